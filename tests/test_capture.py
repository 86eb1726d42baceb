"""Recording through the real path: virtual mic -> PortAudio -> Recorder -> take on disk.

The speech file is played into a private PulseAudio null sink whose monitor is
the default input, so what the app saves must match what was "said" (peak
normalised cross-correlation > 0.9). Unplugging is simulated by the server
disconnecting our client, which is what PortAudio sees when a USB mic goes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import numpy as np
import pytest
import soundfile as sf

from rehearse.audio import capture, devices
from rehearse.errors import DeviceError
from rehearse.session.recording import TakeRecording
from rehearse.store import PcmWriter

pytest_plugins = ["tests.vmic"]


def _rehearse(*args: str, env: dict) -> subprocess.CompletedProcess:
    code = "import sys; from rehearse.cli import main; raise SystemExit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=60)


def test_importing_audio_code_does_not_load_portaudio():
    code = ("import sys, rehearse.audio.devices, rehearse.audio.capture, rehearse.session.recording, "
            "rehearse.commands.record, rehearse.store, rehearse.cli\n"
            "assert 'sounddevice' not in sys.modules, 'sounddevice imported eagerly'")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_missing_portaudio_is_one_clear_line(tmp_path):
    """Without libportaudio2 `import sounddevice` raises OSError; we hide the library to see that."""
    code = ("import ctypes.util, sys\nctypes.util.find_library = lambda name: None\n"
            "from rehearse.cli import main\nraise SystemExit(main(sys.argv[1:]))")
    env = {**os.environ, "REHEARSE_HOME": str(tmp_path)}
    for args in (["record", "--list-devices"], ["record", "--seconds", "1"]):
        res = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=60)
        assert res.returncode == 2
        assert res.stderr.strip().splitlines() == [
            "rehearse: error: PortAudio library not found: install libportaudio2 "
            "(apt-get install libportaudio2) to record; analysing files still works"]
    assert not (tmp_path / "recordings").exists()


def test_no_input_device_is_one_clear_line(tmp_path):
    env = {**os.environ, "REHEARSE_HOME": str(tmp_path), "PULSE_SERVER": f"unix:{tmp_path}/no-server"}
    if "(none found)" not in _rehearse("record", "--list-devices", env=env).stdout.split("output devices")[0]:
        pytest.skip("this machine has real input devices, so 'no input device' cannot be produced")
    res = _rehearse("record", "--seconds", "1", env=env)
    assert res.returncode == 2
    assert res.stderr.startswith("rehearse: error: no input device found") and res.stderr.count("\n") == 1


@pytest.mark.device
def test_resolve_input_by_default_index_and_name(vmic):
    inputs = devices.input_devices()
    assert "pulse" in [d.name for d in inputs]
    assert devices.resolve_input(None).is_default
    pulse = devices.resolve_input("PULS")
    assert pulse.name == "pulse" and devices.resolve_input(str(pulse.index)) == pulse
    with pytest.raises(DeviceError, match=r"no input device matching 'usb-mic'; inputs are: .*pulse"):
        devices.resolve_input("usb-mic")
    with pytest.raises(DeviceError, match="no input device with index 99"):
        devices.resolve_input(99)


@pytest.mark.device
def test_recorded_take_matches_what_was_spoken(vmic, speech_wav, tmp_path):
    vmic.stop_players()  # silence, whatever ran before
    tapped: list[np.ndarray] = []
    rec = TakeRecording("drill", speaker="mic test", root=tmp_path, on_audio=tapped.append)
    take = rec.start()
    with pytest.raises(DeviceError, match="while recording"):
        devices.rescan()  # re-initialising PortAudio under an open stream can deadlock
    quiet, loud = [], []
    t0 = time.monotonic()
    while time.monotonic() - t0 < 0.4:
        quiet.append(rec.level)
        time.sleep(0.05)
    player = vmic.play(speech_wav)
    while player.poll() is None:
        loud.append(rec.level)
        time.sleep(0.05)
    time.sleep(0.3)
    take = rec.stop()

    from tests.vmic import best_correlation  # after pytest_plugins loaded it (assert rewriting)

    source, _ = sf.read(speech_wav, dtype="float32")
    audio, rate = sf.read(take.audio_path, dtype="float32")
    ncc, lag = best_correlation(audio, source)
    assert rate == 16000 and ncc > 0.9, f"correlation {ncc:.3f} at lag {lag}"
    assert max(quiet) < 0.01 < 0.05 < max(loud), "the level meter must follow the voice"
    assert np.allclose(np.concatenate(tapped), audio, atol=1 / 32768)  # consumers get exactly what is saved
    assert take.status == "complete" and not take.part_path.exists()
    assert take.duration == pytest.approx(len(audio) / 16000)


@pytest.mark.device
def test_unplugged_mic_stops_take_and_keeps_audio(vmic, speech_wav, tmp_path):
    ended = []
    rec = TakeRecording("drill", root=tmp_path, on_stop=ended.append)
    rec.start()
    vmic.play(speech_wav)
    while rec.elapsed < 1.5:
        time.sleep(0.05)
    vmic.unplug(os.getpid())
    assert rec.wait(5), "a lost device must end the take, not hang it"
    with pytest.raises(DeviceError) as info:
        rec.stop()
    msg = str(info.value)
    assert "\n" not in msg and "was lost" in msg and "saved in" in msg
    take = info.value.take
    assert take.status == "interrupted" and take.duration >= 1.5
    assert sf.info(take.audio_path).frames == round(take.duration * 16000)
    assert len(ended) == 1 and isinstance(ended[0], DeviceError)
    assert capture.live_recorders() == 0, "the stream must be closed"


@pytest.mark.device
def test_device_that_goes_silent_is_detected(vmic, tmp_path):
    writer = PcmWriter(tmp_path / "a.part")
    rec = capture.Recorder(writer.write, stall_s=1.0, name="vmic")
    rec.start()
    deadline = time.monotonic() + 10  # under load the stream may take a moment to deliver
    while rec.frames < 0.5 * 16000 and time.monotonic() < deadline:
        time.sleep(0.05)
    vmic.pactl("suspend-source", "vmic", "1")
    try:
        assert rec.wait(5)
    finally:
        vmic.pactl("suspend-source", "vmic", "0")
    rec.stop()
    writer.close()
    assert isinstance(rec.error, DeviceError) and "stopped delivering audio" in str(rec.error)
    assert writer.frames == rec.frames > 0.3 * 16000
