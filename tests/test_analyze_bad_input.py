"""What `rehearse analyze` does with files a user might really hand it.

Bad files: one line on stderr that names the file, exit code 2, never a
traceback; good files given alongside are still analysed. Other formats and
rates (phones record m4a at 44.1 kHz, old recorders 8 kHz wav) give the same
speech the same words. The mixed run and the formats run the real CLI in a subprocess; each
bad kind alone runs through the CLI's `main` in process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import parse_json_lines, run_cli


def _bad(kind: str, folder, speech):
    """Make one kind of broken input in `folder`; return its path."""
    if kind == "missing":
        return folder / "no-such-take.flac"
    if kind == "directory":
        (folder / "takes").mkdir(exist_ok=True)
        return folder / "takes"
    path = folder / {"empty": "empty.wav", "random": "random.flac", "text": "notes.wav",
                     "truncated": "cut-off.flac"}[kind]
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(os.urandom(64_000))
    elif kind == "text":
        path.write_text("Speech notes: why, how, three examples, the ask.\n" * 200)
    else:  # header and metadata only: the take was cut off before its first audio frame
        path.write_bytes(speech("SHORT").read_bytes()[:200])
    return path


BAD = ["missing", "empty", "random", "text", "truncated", "directory"]


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


@pytest.mark.parametrize("kind", BAD)
def test_bad_file_gets_one_line_and_exit_2(kind, tmp_path, speech, capsys):
    """In process, through the CLI's own `main`: the same code as the console script without six
    more interpreter start-ups (the mixed run below goes through the real script)."""
    from rehearse.cli import main

    path = _bad(kind, tmp_path, speech)
    rc = main(["analyze", str(path), "--json"])
    out, err = capsys.readouterr()
    lines = _error_lines(err)
    assert rc == 2, (rc, out[:300], err[-1500:])
    assert "Traceback" not in err
    assert len(lines) == 1 and path.name in lines[0], lines
    assert out.strip() == ""


def test_good_files_are_still_analysed_beside_bad_ones(tmp_path, speech):
    """Bad files first, between and after good ones (the truncated case has its own test above)."""
    good = speech("SHORT")
    bad = [_bad(kind, tmp_path, speech) for kind in BAD if kind != "truncated"]
    proc = run_cli("analyze", str(bad[0]), str(good), *map(str, bad[1:]), str(good), "--json", timeout=300)
    assert proc.returncode == 2, proc.stderr[-1500:]
    assert "Traceback" not in proc.stderr
    lines = _error_lines(proc.stderr)
    assert len(lines) == len(bad), lines
    for path, line in zip(bad, lines, strict=True):
        assert path.name in line, (path.name, line)
    reports = parse_json_lines(proc.stdout)
    assert len(reports) == 2 and all(r["words"] > 40 for r in reports), proc.stdout[:500]


CLOSING_S = 14.0
"""The last 14 s or so of the SHORT speech, from a pause: the ask and a sentence before it, enough
words to compare across ten formats at half the cost of the whole clip."""


def _closing_clip(source: Path, out: Path) -> Path:
    """The end of `source` from its quietest 50 ms in a 4 s window around CLOSING_S before the end:
    a cut in a pause, never mid-word (cut mid-word, Whisper makes up the rest of the sentence)."""
    import numpy as np
    import soundfile as sf

    a, rate = sf.read(source, dtype="float32")
    hop = rate // 20
    lo, hi = len(a) - int((CLOSING_S + 2) * rate), len(a) - int((CLOSING_S - 2) * rate)
    energy = [float(np.mean(a[i : i + hop] ** 2)) for i in range(lo, hi, hop)]
    cut = lo + hop * int(np.argmin(energy))
    sf.write(out, a[cut:], rate, subtype="PCM_16")
    return out


VARIANTS = {
    "wav": ["-c:a", "pcm_s16le"],
    "mp3": ["-c:a", "libmp3lame", "-b:a", "64k"],
    "ogg": ["-c:a", "libopus", "-b:a", "32k"],
    "opus": ["-c:a", "libopus", "-b:a", "24k"],
    "m4a": ["-c:a", "aac", "-b:a", "64k"],
    "8k.wav": ["-ar", "8000", "-c:a", "pcm_s16le"],
    "44k.flac": ["-ar", "44100"],
    "stereo.wav": ["-ac", "2", "-c:a", "pcm_s16le"],
    "24bit.wav": ["-ar", "48000", "-c:a", "pcm_s24le"],
}
"""ffmpeg output options per variant of the same 16 kHz FLAC speech."""


@pytest.fixture(scope="session")
def format_reports(tmp_path_factory, speech):
    """One CLI run over the FLAC and every variant: ({variant: report}, stderr)."""
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg makes the format variants")
    folder = tmp_path_factory.mktemp("formats")
    source = _closing_clip(speech("SHORT"), folder / "short.flac")
    paths = {"flac": source}
    for name, opts in VARIANTS.items():
        out = folder / f"short.{name}"
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(source), *opts, str(out)], check=True, timeout=60)
        paths[name] = out
    proc = run_cli("analyze", *map(str, paths.values()), "--json", timeout=600)
    by_file = {r.get("file"): r for r in parse_json_lines(proc.stdout)}
    return {name: by_file.get(str(path)) for name, path in paths.items()}, proc.stderr


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_formats_and_rates_give_the_same_words(format_reports, variant):
    reports, stderr = format_reports
    reference, r = reports["flac"], reports[variant]
    assert reference is not None and r is not None, stderr[-2000:]
    assert r["no_speech"] is False and reference["words"] > 25 and reference["rubric"]["ask"]["found"]
    assert abs(r["words"] - reference["words"]) <= max(4, 0.1 * reference["words"]), (
        variant, r["words"], reference["words"], r["transcript"]["text"])
    assert abs(r["audio_s"] - reference["audio_s"]) < 0.5, (r["audio_s"], reference["audio_s"])
    assert r["rubric"]["ask"]["found"] == reference["rubric"]["ask"]["found"]
