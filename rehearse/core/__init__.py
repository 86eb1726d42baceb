"""The analysis core: pure functions on plain data.

No UI, no audio device, no speech engine, no DSP library: everything here can
be tested on a hand-made list of words. pyproject's import-linter contract
enforces it.
"""
