"""Microphones that refuse 16 kHz: the take is still 16 kHz, with the right length and pitch.

What is real and what is simulated. No capture device on this machine can be made to
refuse 16 kHz: PulseAudio and ALSA's `plug`/`rate` plugins convert any rate, the `pulse`
ALSA plugin has no rate option, a rate-bound `type share` PCM over it makes alsa-lib
abort, and there is neither snd-aloop, a JACK server nor a USB headset. So only the
refusal is simulated: `sounddevice.InputStream` and `check_input_settings` are wrapped to
raise, for 16000 Hz alone, the very PortAudioError PortAudio gives for paInvalidSampleRate
(-9997). Everything else is real: the Recorder then opens PortAudio's ALSA "pulse" device
at that device's own default rate, a 440 Hz tone is played into the PulseAudio virtual
microphone (tests/vmic.py), and the take saved by TakeRecording is read back from disk.
"""

from __future__ import annotations

import ast
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from rehearse.audio import devices, rates
from rehearse.errors import DeviceError
from rehearse.session.recording import TakeRecording

pytest_plugins = ["tests.vmic"]

TONE_HZ, TONE_S = 440.0, 3.0


def _tone(rate: int, seconds: float = TONE_S, hz: float = TONE_HZ) -> np.ndarray:
    return (0.5 * np.sin(2 * np.pi * hz * np.arange(int(rate * seconds)) / rate)).astype(np.float32)


def _dominant_hz(audio: np.ndarray, rate: int) -> float:
    """Peak of the spectrum, refined between bins (parabolic fit on the log magnitude)."""
    spec = np.abs(np.fft.rfft(audio * np.hanning(len(audio)))) + 1e-12
    k = int(np.argmax(spec[1:-1])) + 1
    a, b, c = np.log(spec[k - 1 : k + 2])
    return (k + 0.5 * (a - c) / (a - 2 * b + c)) * rate / len(audio)


def _tone_span(audio: np.ndarray, rate: int) -> tuple[int, int]:
    """First and last sample of the 10 ms windows loud enough to be the tone (RMS 0.35)."""
    hop = rate // 100
    rms = np.sqrt(np.mean(audio[: len(audio) // hop * hop].reshape(-1, hop) ** 2, axis=1))
    loud = np.flatnonzero(rms > 0.1)
    assert len(loud), "the tone never reached the recording"
    return int(loud[0]) * hop, (int(loud[-1]) + 1) * hop


@pytest.fixture
def refuse_rates(monkeypatch):
    """`refuse(*rates)`: make PortAudio refuse those rates (see the module docstring);
    returns the list of rates capture then asked PortAudio for."""
    sd = devices.sd()
    asked: list[int] = []
    real_stream, real_check = sd.InputStream, sd.check_input_settings

    def refuse(*refused: int) -> list[int]:
        def check(samplerate):
            asked.append(int(samplerate))
            if int(samplerate) in refused:
                raise sd.PortAudioError("Error opening InputStream: Invalid sample rate",
                                        rates.PA_INVALID_SAMPLE_RATE)

        def stream(*args, samplerate=None, **kwargs):
            check(samplerate)
            return real_stream(*args, samplerate=samplerate, **kwargs)

        def check_settings(*args, samplerate=None, **kwargs):
            check(samplerate)
            return real_check(*args, samplerate=samplerate, **kwargs)

        monkeypatch.setattr(sd, "InputStream", stream)
        monkeypatch.setattr(sd, "check_input_settings", check_settings)
        return asked

    return refuse


@pytest.fixture(scope="module")
def tone_wav(tmp_path_factory) -> Path:
    """3 s of 440 Hz at 16 kHz, with 0.3 s of silence before and 0.7 s after."""
    path = tmp_path_factory.mktemp("tone") / "tone.wav"
    silence = np.zeros(16000, np.float32)
    sf.write(path, np.concatenate([silence[:4800], _tone(16000), silence[:11200]]), 16000, subtype="PCM_16")
    return path


@pytest.mark.parametrize("rate", [44100, 48000])
def test_streaming_resampler_keeps_length_pitch_and_block_edges(rate):
    """Block by block (0.1 s, as capture hands them over) equals one smooth 16 kHz tone."""
    tone = np.rint(_tone(rate) * 32767).astype(np.int16)
    resample = rates.BlockResampler(rate, 16000)
    step = rate // 10
    out = np.concatenate([resample(tone[i : i + step]) for i in range(0, len(tone), step)]
                         + [resample(np.zeros(0, np.int16), last=True)])
    assert out.dtype == np.int16 and abs(len(out) - TONE_S * 16000) <= 1
    middle = slice(800, len(out) - 800)  # the filter's ramp at the very start and end of the take
    error = out[middle] / 32768.0 - _tone(16000)[: len(out)][middle]
    assert np.max(np.abs(error)) < 0.01, "a click or a shift at a block edge"
    assert _dominant_hz(out / 32768.0, 16000) == pytest.approx(TONE_HZ, rel=0.002)


def test_device_modules_import_each_other_without_a_cycle():
    """capture <-> devices used to import each other (issue 12 §4); lazy imports count too.

    Checked from the modules that hold streams (capture, playback, devices); the analysis
    side (features, pitch) is another matter.
    """
    audio = Path(__file__).resolve().parents[1] / "rehearse" / "audio"
    graph: dict[str, set[str]] = {}
    for path in audio.glob("*.py"):
        deps = graph.setdefault(path.stem, set())
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module == "rehearse.audio":
                deps |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("rehearse.audio."):
                deps.add(node.module.rsplit(".", 1)[1])
    graph = {mod: {d for d in deps if d in graph and d != mod} for mod, deps in graph.items()}
    done: set[str] = set()

    def visit(mod: str, path: tuple[str, ...]) -> None:
        assert mod not in path, f"import cycle: {' -> '.join((*path, mod))}"
        if mod not in done:
            for dep in graph[mod]:
                visit(dep, (*path, mod))
            done.add(mod)

    for mod in ("capture", "playback", "devices"):
        visit(mod, ())
    assert "capture" not in graph["devices"] and "streams" in graph["devices"]


@pytest.mark.device
def test_mic_that_refuses_16k_still_saves_a_16k_take(vmic, tone_wav, tmp_path, refuse_rates):
    vmic.stop_players()
    own = int(devices.sd().query_devices(None, "input")["default_samplerate"])
    assert own != 16000, "the default input must have a rate of its own for this test to mean anything"
    asked = refuse_rates(16000)
    tapped: list[np.ndarray] = []
    rec = TakeRecording("drill", speaker="rate test", root=tmp_path, on_audio=tapped.append)
    rec.start()
    assert asked == [16000, own], "16 kHz first, then the device's own rate"
    time.sleep(0.3)
    loud = []
    player = vmic.play(tone_wav)
    while player.poll() is None:
        loud.append(rec.level)
        time.sleep(0.05)
    time.sleep(0.3)
    take = rec.stop()

    audio, rate = sf.read(take.audio_path, dtype="float32")
    assert rate == 16000 and take.status == "complete" and not take.part_path.exists()
    assert take.duration == pytest.approx(len(audio) / 16000)
    first, last = _tone_span(audio, 16000)
    assert (last - first) / 16000 == pytest.approx(TONE_S, abs=0.3), "wrong length: the wrong ratio?"
    pitch = _dominant_hz(audio[first + 3200 : last - 3200], 16000)
    assert pitch == pytest.approx(TONE_HZ, rel=0.02), f"heard {pitch:.1f} Hz"
    assert max(loud) > 0.1, "the level meter must follow the tone"
    assert np.allclose(np.concatenate(tapped), audio, atol=1 / 32768)  # consumers get exactly what is saved


@pytest.mark.device
def test_mic_that_refuses_every_rate_is_one_clear_line(vmic, tmp_path, refuse_rates):
    own = int(devices.sd().query_devices(None, "input")["default_samplerate"])
    refuse_rates(16000, own)
    rec = TakeRecording("drill", root=tmp_path)
    with pytest.raises(DeviceError) as info:
        rec.start()
    msg = str(info.value)
    assert "\n" not in msg and f"at 16000 Hz or at its own {own} Hz" in msg and "Invalid sample rate" in msg
    left = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not left, "a take that never started leaves nothing behind"
