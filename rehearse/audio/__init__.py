"""Audio in and out: decoding files, measuring the voice, capture and playback."""

SAMPLE_RATE = 16000
"""Everything inside rehearse is 16 kHz mono float32: what Whisper wants, and enough for the voice."""
