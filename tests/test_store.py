"""The take store: safe names, atomic writes, junk on disk, recovery of a crashed `.part`.

No audio device needed: takes are written through the same `PcmWriter` the
recorder uses, and "crashes" are real (a child process SIGKILLed mid-write, or a
take whose recorder pid is dead).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
import soundfile as sf
from hypothesis import given, settings
from hypothesis import strategies as st

from rehearse import store
from rehearse.errors import StorageError
from rehearse.store.atomic import atomic_write_json

RATE = 16000


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def _tone(seconds: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(int(seconds * RATE)) * 3000).astype(np.int16)


def _wait_while(busy, procs: list, what: str, timeout: float = 60.0) -> None:
    """Poll until `busy()` is false (a real signal); fail if a process exits or a minute passes."""
    deadline = time.monotonic() + timeout
    while busy():
        assert all(p.poll() is None for p in procs) and time.monotonic() < deadline, what
        time.sleep(0.002)


def _crashed_take(root, samples: np.ndarray, extra: bytes = b"") -> store.Take:
    """A take exactly as a SIGKILLed recorder leaves it: status recording, .part, dead pid."""
    take = store.create_take("drill", speaker="Ann", root=root)
    writer = store.PcmWriter(take.part_path)
    writer.write(samples)
    writer.close()
    with open(take.part_path, "ab") as f:
        f.write(extra)
    take.pid = _dead_pid()
    store.save_take(take)
    return take


@pytest.mark.parametrize("text", ["../../etc", "..", ".", "/", "a/b\\c", "\x00\x1b[31m", "   ", "CON", "nul"])
def test_hostile_names_stay_inside_recordings(tmp_path, text):
    root = tmp_path / "recordings"
    take = store.create_take(text, speaker=text, team=text, title=text, root=root)
    assert take.path.resolve().parent.parent == root.resolve()
    assert not {".", ".."} & {take.path.name, take.path.parent.name}
    assert take.path.parent.name.lower() not in {"con", "nul"}
    assert json.loads((take.path / "take.json").read_text())["scenario"] == text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600))
def test_safe_name_is_one_short_portable_component(text):
    name = store.safe_name(text)
    assert name and name not in {".", ".."}
    assert not set(name) & set('/\\:*?"<>|\x00')
    assert len(name.encode("utf-8")) <= 48
    assert not name.startswith(("-", ".")) and not name.endswith((".", " "))  # options, Windows
    assert name not in {"con", "prn", "aux", "nul", "com1", "lpt0"}


def test_unicode_and_huge_names_are_kept_readable(tmp_path):
    take = store.create_take("Übung 1", speaker="Zoë Ñúñez/日本" + "x" * 500, root=tmp_path)
    assert take.path.parent.name == "übung-1"
    assert "zoë-ñúñez-日本" in take.path.name
    assert len(take.path.name.encode()) < 60
    again = store.create_take("Übung 1", speaker="Zoë Ñúñez/日本" + "x" * 500, root=tmp_path)
    assert again.path != take.path  # same second, same speaker: still a new folder


def test_atomic_json_survives_sigkill_mid_write(tmp_path):
    """A writer killed at random moments leaves either the old or the new file, never a mix.

    Each kill waits for the child's first write (a new inode), so none is wasted on a child
    still importing Python, then for a varying delay, to fall at different points of a write.
    """
    target = tmp_path / "take.json"
    atomic_write_json(target, {"n": -1, "pad": ""})
    code = (
        "import sys; from pathlib import Path; from rehearse.store.atomic import atomic_write_json\n"
        "p = Path(sys.argv[1]); n = 0\n"
        "while True:\n"
        "    atomic_write_json(p, {'n': n, 'pad': 'x' * 400000}); n += 1\n"
    )
    for i in range(15):
        before = target.stat().st_ino
        proc = subprocess.Popen([sys.executable, "-c", code, str(target)])
        _wait_while(lambda: target.stat().st_ino == before, [proc], "the writer never wrote")  # noqa: B023
        time.sleep(0.01 * i)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        data = json.loads(target.read_text())  # must never be truncated
        assert data["pad"] == "x" * 400000 and data["n"] >= 0  # a write happened, and is whole
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "take.json"]
    assert all(name.endswith(".tmp") for name in leftovers)  # only orphaned temp files, never junk in take.json


def test_finish_converts_part_to_flac_sample_exact(tmp_path):
    samples = _tone(1.3)
    take = store.create_take("drill", speaker="Ann", root=tmp_path)
    writer = store.PcmWriter(take.part_path)
    for block in np.array_split(samples, 13):
        writer.write(block)
    writer.close()
    take = store.finish_take(take)
    audio, rate = sf.read(take.audio_path, dtype="int16")
    assert rate == RATE and np.array_equal(audio, samples)
    assert not take.part_path.exists()
    saved = store.load_take(take.path)
    assert (saved.status, saved.audio, saved.pid) == ("complete", "audio.flac", None)
    assert saved.duration == pytest.approx(1.3, abs=1e-3)


def test_recover_part_truncated_to_whole_samples(tmp_path):
    samples = _tone(2.0, seed=1)
    take = _crashed_take(tmp_path, samples, extra=b"\x01")  # half a sample, as a crash leaves it
    found = store.find_interrupted(tmp_path)
    assert [t.path for t in found] == [take.path]
    lines = store.recover_interrupted(tmp_path)
    assert len(lines) == 1 and "recovered interrupted take" in lines[0] and "2.0 s" in lines[0]
    rec = store.load_take(take.path)
    assert rec.status == "recovered" and rec.duration == pytest.approx(2.0, abs=1e-3)
    assert np.array_equal(sf.read(rec.audio_path, dtype="int16")[0], samples)
    assert not rec.part_path.exists() and store.find_interrupted(tmp_path) == []


def test_processes_recovering_at_once_recover_each_take_once(tmp_path):
    root, go = tmp_path / "recordings", tmp_path / "go"
    takes = [_crashed_take(root, _tone(3.0, seed=i)) for i in range(6)]
    code = ("import os, sys, time; from pathlib import Path; from rehearse import store\n"
            "Path(sys.argv[3]).touch()\n"  # imported: ready
            "while not os.path.exists(sys.argv[2]): time.sleep(0.005)\n"  # start together
            "print('\\n'.join(store.recover_interrupted(sys.argv[1])))")
    ready = [tmp_path / f"ready{i}" for i in range(3)]
    procs = [subprocess.Popen([sys.executable, "-c", code, str(root), str(go), str(flag)], stdout=subprocess.PIPE,
                              text=True) for flag in ready]
    _wait_while(lambda: not all(flag.exists() for flag in ready), procs, "a recoverer did not start")
    go.touch()
    lines = [ln for p in procs for ln in p.communicate(timeout=60)[0].splitlines() if ln]
    assert all("recovered interrupted take" in ln for ln in lines), lines
    assert sorted(ln.split()[3] for ln in lines) == sorted(str(t.path) for t in takes)
    for i, t in enumerate(takes):
        assert np.array_equal(sf.read(store.load_take(t.path).audio_path, dtype="int16")[0], _tone(3.0, seed=i))


def test_live_recorder_is_not_recovered_but_reused_pid_is(tmp_path):
    take = store.create_take("drill", root=tmp_path)  # our own pid: still recording
    store.PcmWriter(take.part_path).close()
    assert store.find_interrupted(tmp_path) == []
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        take.pid, take.pid_started = sleeper.pid, 1  # pid alive, but started at another time
        store.save_take(take)
        assert [t.path for t in store.find_interrupted(tmp_path)] == [take.path]
    finally:
        sleeper.kill()
        sleeper.wait()


@pytest.mark.parametrize("junk", [b"", b"{not json", b"[1, 2]", b"\xff\xfe\x00garbage", b'{"duration": "abc"}'])
def test_damaged_take_json_is_reported_and_rebuilt_from_audio(tmp_path, junk):
    samples = _tone(1.0, seed=2)
    take = store.finish_take(_crashed_take(tmp_path, samples))
    (take.path / "take.json").write_bytes(junk)
    takes, problems = store.scan_takes(root=tmp_path)
    assert len(takes) == 1 and len(problems) == 1
    assert "take.json" in problems[0] and "rebuilt" in problems[0] and "\n" not in problems[0]
    assert takes[0].audio == "audio.flac" and takes[0].duration == pytest.approx(1.0, abs=1e-3)
    assert takes[0].scenario == "drill" and takes[0].started_at
    assert json.loads((take.path / "take.json").read_text())["status"] == "recovered"  # rebuilt on disk


def test_missing_take_json_with_only_part_is_recoverable(tmp_path):
    take = _crashed_take(tmp_path, _tone(0.5, seed=3))
    (take.path / "take.json").unlink()
    assert [t.path for t in store.find_interrupted(tmp_path)] == [take.path]
    store.recover_interrupted(tmp_path)
    assert store.load_take(take.path).duration == pytest.approx(0.5, abs=1e-3)


def test_listing_never_crashes_on_junk(tmp_path):
    good = store.finish_take(_crashed_take(tmp_path, _tone(0.2)))
    (tmp_path / "stray.txt").write_text("hello")
    (tmp_path / "drill" / "empty-folder").mkdir()
    (tmp_path / "drill" / "a-file").write_bytes(b"\x00" * 10)
    (tmp_path / "drill" / "bad-audio").mkdir()
    (tmp_path / "drill" / "bad-audio" / "audio.flac").write_bytes(b"not flac")
    (tmp_path / "drill" / ".20250101T000000Z-x.123.new").mkdir()  # a take being created
    takes, problems = store.scan_takes(root=tmp_path)
    assert good.path in [t.path for t in takes]
    assert any("empty-folder" in p and "skipped" in p for p in problems)
    bad = next(t for t in takes if t.path.name == "bad-audio")
    assert bad.duration == 0.0  # listed, duration unknown, no crash
    assert store.list_takes(root=tmp_path / "nothing-here") == []


def test_report_roundtrip_and_damaged_report(tmp_path):
    take = store.create_take("drill", root=tmp_path)
    assert store.load_report(take) is None
    store.save_report(take, {"schema": 1, "text": "ünïcode"})
    assert store.load_report(take) == {"schema": 1, "text": "ünïcode"}
    (take.path / "report.json").write_text('{"schema": 1,')
    with pytest.raises(StorageError, match="damaged report"):
        store.load_report(take)


def test_pcm_writer_syncs_at_least_twice_a_second(tmp_path, monkeypatch):
    clock = [0.0]
    synced = []
    monkeypatch.setattr("rehearse.store.pcm.time.monotonic", lambda: clock[0])
    real_fsync = os.fsync
    monkeypatch.setattr("rehearse.store.pcm.os.fsync", lambda fd: (synced.append(clock[0]), real_fsync(fd)))
    writer = store.PcmWriter(tmp_path / "a.part")
    for _ in range(50):  # 5 s of 0.1 s blocks
        clock[0] += 0.1
        writer.write(np.zeros(1600, np.int16))
    writer.close()
    gaps = np.diff([0.0, *synced])
    assert gaps.max() <= 0.5 + 1e-9 and len(synced) >= 10


def test_writer_restores_folder_removed_under_it(tmp_path):
    take = store.create_take("drill", root=tmp_path / "recordings")
    writer = store.PcmWriter(take.part_path, sync_interval=0.0)
    samples = _tone(0.5, seed=4)
    writer.write(samples[:4000])
    shutil.rmtree(tmp_path / "recordings")
    with pytest.raises(StorageError, match="removed during recording"):
        writer.write(samples[4000:])
    writer.close()
    assert writer.frames == 4000  # the failed block was not written, and is not counted
    data = np.frombuffer(take.part_path.read_bytes(), np.int16)
    assert np.array_equal(data, samples[:4000])  # nothing written before the removal was lost


@pytest.mark.parametrize("command", [["takes", "--json"], ["summary", "--format", "csv", "--output", "-"]])
def test_commands_that_list_takes_recover_the_take_killed_last(tmp_path, monkeypatch, capsys, command):
    """Issue 12: a take killed mid-recording was missing from `rehearse takes` until the next record."""
    from rehearse import cli

    monkeypatch.setenv("REHEARSE_HOME", str(tmp_path))
    take = _crashed_take(tmp_path / "recordings", _tone(2.0))
    assert cli.main(command) == 0
    out, err = capsys.readouterr()
    assert f"recovered interrupted take {take.path}" in err
    assert take.id in out
    assert store.load_take(take.path).status == "recovered"
