"""A real, private virtual microphone for tests: PulseAudio null sink + remapped source.

Why this instead of mocks: the app's recording path (PortAudio -> sounddevice ->
Recorder -> store) is exactly what breaks in the field, so tests drive it for
real. The recipe and every ordering rule here come from
../shared/testing/virtual-mic.md, where each pitfall was measured:

- PortAudio only looks for a PulseAudio server when it initialises, so after the
  environment changes we call `rehearse.audio.devices.rescan()`.
- An idle null sink wakes only every 2 s; a low-latency `parec` keep-alive reader
  stays connected for the daemon's lifetime so capture starts at once.
- Closing a stream whose server is dead deadlocks in `Pa_Terminate`, so teardown
  closes every stream first and only then kills the daemon.

The daemon itself is tests/pulse_daemon.py: its log is kept after any trouble, a
daemon that died is restarted before the next test with a warning, and a failed test
that used a microphone shows the log's tail.

Use it as the session fixture `vmic` (tests/conftest.py loads this module as a plugin,
so any test may ask for it); `speech_wav` is a short espeak-ng sentence padded with silence.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tests.pulse_daemon import PulseDaemon, spawn

SINK = "vmic_sink"
SOURCE = "vmic"
RATE = 16000


class VirtualMic:
    """One private PulseAudio daemon whose default source is fed by `play()`."""

    def __init__(self, workdir: Path | str, log_dir: Path | None = None):
        self.dir = Path(workdir)
        self.keepalive: subprocess.Popen | None = None
        self._drain: subprocess.Popen | None = None
        self.players: list[subprocess.Popen] = []
        self._saved_env: dict[str, str | None] = {}
        self.client_env = {
            "PULSE_SERVER": f"unix:{self.dir}/native",
            "PULSE_LATENCY_MSEC": "30",
        }
        script = (
            f"load-module module-native-protocol-unix auth-anonymous=1 socket={self.dir}/native\n"
            f"load-module module-null-sink sink_name={SINK} rate={RATE} channels=1\n"
            f"load-module module-remap-source master={SINK}.monitor source_name={SOURCE}\n"
            f"set-default-sink {SINK}\nset-default-source {SOURCE}\n"
            # Not in the recipe: a command socket, so tests can kill a client (= unplug the mic).
            f"load-module module-cli-protocol-unix socket={self.dir}/cli\n"
        )
        self.pulse = PulseDaemon(self.dir, script, self.client_env, after_restart=self._restart_helpers,
                                 **({"log_dir": log_dir} if log_dir else {}))

    def env(self) -> dict[str, str]:
        """Environment for a subprocess (e.g. `rehearse record`) that should use this mic."""
        return {**os.environ, **self.client_env}

    def start(self) -> VirtualMic:
        self.pulse.start()
        self._start_keepalive()
        for key, value in self.client_env.items():
            self._saved_env[key] = os.environ.get(key)
            os.environ[key] = value
        from rehearse.audio import devices

        devices.rescan()
        return self

    def _start_keepalive(self) -> None:
        self.keepalive = spawn(
            ["parec", "--raw", "--latency-msec=20", f"--device={SOURCE}"],
            env=self.env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        self.keepalive.stdout.read(2)  # wait once for the first bytes: the sink is awake
        # Keep draining the pipe, or parec would block once it fills.
        self._drain = spawn(["cat"], stdin=self.keepalive.stdout, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
        self.keepalive.stdout.close()

    def _stop_helpers(self) -> None:
        for proc in [*self.players, self.keepalive, self._drain]:
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=5)
        self.players.clear()

    def _restart_helpers(self) -> None:
        """After the daemon came back (same socket, so no PortAudio re-scan): a new keep-alive."""
        self._stop_helpers()
        self._start_keepalive()

    def pactl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(["pactl", *args], env=self.env(), capture_output=True, text=True,
                              check=check, timeout=10)

    def cli(self, command: str) -> str:
        """Run a `pacmd`-style command on the daemon's CLI socket; returns its reply."""
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(5)
            sock.connect(str(self.dir / "cli"))
            sock.sendall(command.encode() + b"\n")  # never "exit": on this socket it stops the daemon
            sock.shutdown(socket.SHUT_WR)
            reply = b""
            while chunk := sock.recv(4096):
                reply += chunk
        return reply.decode(errors="replace")

    def clients_of(self, pid: int) -> list[str]:
        """Indexes of the PulseAudio clients opened by process `pid`."""
        out, found, index = self.pactl("list", "clients").stdout, [], None
        for line in out.splitlines():
            line = line.strip()
            if line.startswith("Client #"):
                index = line.split("#", 1)[1]
            elif line == f'application.process.id = "{pid}"' and index is not None:
                found.append(index)
        return found

    def unplug(self, pid: int) -> None:
        """Disconnect every client of `pid` from the server: what pulling a USB mic looks like."""
        for index in self.clients_of(pid):
            self.cli(f"kill-client {index}")

    def play(self, path: Path | str, wait: bool = False) -> subprocess.Popen:
        """'Speak' a sound file into the microphone (paplay into the null sink).

        One voice at a time: whatever an earlier call (or test) still plays is stopped first.
        """
        self.stop_players()
        # A deep playback buffer: with the low latency the capture side wants, a busy CI
        # machine starves paplay and the null sink fills the gaps with silence.
        env = {**self.env(), "PULSE_LATENCY_MSEC": "500"}
        proc = spawn(["paplay", "--latency-msec=500", f"--device={SINK}", str(path)], env=env,
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        self.players.append(proc)
        if wait:
            proc.wait(timeout=120)
        return proc

    def stop_players(self) -> None:
        """Silence: end every `play()` still running, so one test never hears the last one."""
        for proc in self.players:
            if proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=5)
        self.players.clear()

    def stop(self) -> None:
        """Close streams, then stop the readers and the daemon: this order avoids the deadlock."""
        from rehearse.audio import capture

        capture.close_all_streams()
        self._stop_helpers()
        self.pulse.close()
        for key, value in self._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


_shared: dict = {"mic": None, "users": 0}


@pytest.fixture(scope="session")
def vmic(tmp_path_factory):
    """The virtual mic, one daemon per test process.

    Shared through a refcount because a module that imports this fixture and a module
    that loads this plugin get separate session fixtures; two daemons would fight over
    PULSE_SERVER.
    """
    for tool in ("pulseaudio", "pactl", "parec", "paplay"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} not installed (apt-get install pulseaudio pulseaudio-utils)")
    if _shared["mic"] is None:
        _shared["mic"] = VirtualMic(tmp_path_factory.mktemp("vmic")).start()
    _shared["users"] += 1
    yield _shared["mic"]
    _shared["users"] -= 1
    if _shared["users"] == 0:
        _shared["mic"].stop()
        _shared["mic"] = None


@pytest.fixture(scope="session")
def speech_wav(tmp_path_factory) -> Path:
    """About 3 s of espeak-ng speech, 16 kHz mono int16, padded with 0.3 s / 0.7 s of silence."""
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} not installed")
    d = tmp_path_factory.mktemp("speech")
    raw, out = d / "raw.wav", d / "speech.wav"
    text = "Good morning. The convoy leaves at nine. Check the radios before you go."
    subprocess.run(["espeak-ng", "-s", "170", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out), "pad", "0.3", "0.7"],
                   check=True)
    return out


def best_correlation(recorded: np.ndarray, source: np.ndarray) -> tuple[float, int]:
    """Peak normalised cross-correlation of `source` inside `recorded`, and the lag (samples).

    Normalised per window (not globally), so silence around the speech does not
    dilute the score: 1.0 means the source appears in the recording unchanged.
    """
    rec = np.asarray(recorded, np.float64)
    src = np.asarray(source, np.float64)
    if len(rec) < len(src):
        rec = np.concatenate([rec, np.zeros(len(src) - len(rec))])
    n = 1 << int(np.ceil(np.log2(len(rec) + len(src))))
    corr = np.fft.irfft(np.fft.rfft(rec, n) * np.conj(np.fft.rfft(src, n)), n)[: len(rec) - len(src) + 1]
    energy = np.concatenate([[0.0], np.cumsum(rec * rec)])
    window = np.sqrt(np.maximum(energy[len(src):] - energy[: -len(src)], 1e-12))
    score = corr / (window * np.linalg.norm(src))
    lag = int(np.argmax(score))
    return float(score[lag]), lag
