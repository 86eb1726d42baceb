"""Pitch by YIN in numpy (`rehearse.audio.pitch`): the same numbers as librosa's `yin`, without numba.

librosa is the reference here only: measuring a voice in the app must not import it, scipy or numba
(about 210 MiB of a take's 700 MB, and a numba cache that two processes filling it at once could
corrupt: numba/numba#10128).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rehearse.audio.decode import load_audio
from rehearse.audio.pitch import PITCH_FMAX, PITCH_FMIN, PITCH_FRAME, PITCH_HOP, yin

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("clip", ["real-thanks-ending.flac", "hedges-ending.flac"])
def test_the_numpy_yin_gives_librosas_pitch_on_speech(clip):
    librosa = pytest.importorskip("librosa")
    audio = load_audio(DATA / clip)
    want = librosa.yin(audio.astype(np.float64), fmin=PITCH_FMIN, fmax=PITCH_FMAX, sr=16000, frame_length=PITCH_FRAME,
                       hop_length=PITCH_HOP, center=False)
    got = yin(audio)
    assert got.shape == want.shape and len(got) > 20
    np.testing.assert_allclose(got, want, rtol=1e-6)  # in float64 both; librosa in float32 differs from
    # its own float64 result on near-tie frames (a quiet frame, a high voice), where the period jumps


def test_a_steady_tone_has_its_own_pitch():
    t = np.arange(16000 * 2) / 16000
    got = yin((0.3 * np.sin(2 * np.pi * 140 * t)).astype(np.float32))
    assert np.median(got) == pytest.approx(140, rel=0.005)
    assert yin(np.zeros(500, dtype=np.float32)).size == 0  # shorter than a frame: no pitch, no error


MEASURE = """
import sys
import numpy as np
from rehearse.audio.features import measure_voice
t = np.arange(16000 * 3) / 16000
voiced = (0.3 * np.sin(2 * np.pi * 140 * t) * (np.sin(2 * np.pi * 1.5 * t) > 0)).astype(np.float32)
assert measure_voice(voiced).pitch_hz
print(sorted(m for m in ('librosa', 'numba', 'scipy', 'llvmlite') if m in sys.modules))
"""


def test_measuring_a_voice_imports_neither_librosa_nor_numba_nor_scipy():
    done = subprocess.run([sys.executable, "-c", MEASURE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
