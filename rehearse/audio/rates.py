"""Devices that refuse 16 kHz: noticing the refusal, the rate to use instead, and the way back.

Through PulseAudio or PipeWire any rate works, but a USB headset opened directly
through ALSA usually offers only 44.1 or 48 kHz, and PortAudio then refuses the
stream with paInvalidSampleRate. Recording must still work there (these are the
laptops a training centre hands out), so capture opens such a device at its own
default rate and converts every block back to 16 kHz before anything else sees it.
"""

from __future__ import annotations

import numpy as np

PA_INVALID_SAMPLE_RATE = -9997
"""PortAudio's paInvalidSampleRate: the device cannot run at the rate asked for."""


def refuses_rate(exc: BaseException) -> bool:
    """Whether opening a stream failed on the sample rate alone (worth retrying at another)."""
    code = exc.args[1] if len(exc.args) > 1 else None
    return code == PA_INVALID_SAMPLE_RATE or "invalid sample rate" in str(exc).lower()


def own_rate(sd, device: int | str | None, kind: str, refused: int) -> int | None:
    """The device's default rate, or None if unknown or the same as `refused` (no use retrying)."""
    try:
        rate = int(round(float(sd.query_devices(device, kind)["default_samplerate"])))
    except (sd.PortAudioError, ValueError, KeyError, TypeError):
        return None
    return rate if rate > 0 and rate != refused else None


class BlockResampler:
    """int16 blocks at `rate` -> int16 blocks at `target`, continuous across blocks.

    A real streaming resampler (soxr) rather than resampling each block alone: it keeps
    its filter state from one call to the next, so block edges make no clicks and the
    lengths add up exactly. It holds back about 30 ms, which `last=True` flushes when
    the take ends; a crash loses at most that much of the take.
    """

    def __init__(self, rate: int, target: int):
        import soxr  # installed with librosa; imported only for a device that refuses 16 kHz

        self.rate, self.target = rate, target
        self._stream = soxr.ResampleStream(rate, target, 1, dtype="float32")

    def __call__(self, block: np.ndarray, last: bool = False) -> np.ndarray:
        out = self._stream.resample_chunk(np.asarray(block, np.float32) / 32768.0, last=last)
        return np.clip(np.rint(out * 32768.0), -32768, 32767).astype(np.int16)
