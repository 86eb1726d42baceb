"""The languages a scenario may be spoken in: the codes Whisper knows.

Kept here, not read from faster-whisper, because the core imports no engine (a test checks
this tuple against faster-whisper's own list). A scenario's `language` is refused unless
it is one of these, so "french" or "FR " fails at load time with one line, not at the
first take.
"""

from __future__ import annotations

WHISPER_LANGUAGES: tuple[str, ...] = (
    "af", "am", "ar", "as", "az", "ba", "be", "bg", "bn", "bo", "br", "bs", "ca", "cs", "cy", "da", "de",
    "el", "en", "es", "et", "eu", "fa", "fi", "fo", "fr", "gl", "gu", "ha", "haw", "he", "hi", "hr", "ht",
    "hu", "hy", "id", "is", "it", "ja", "jw", "ka", "kk", "km", "kn", "ko", "la", "lb", "ln", "lo", "lt",
    "lv", "mg", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "ne", "nl", "nn", "no", "oc", "pa", "pl",
    "ps", "pt", "ro", "ru", "sa", "sd", "si", "sk", "sl", "sn", "so", "sq", "sr", "su", "sv", "sw", "ta",
    "te", "tg", "th", "tk", "tl", "tr", "tt", "uk", "ur", "uz", "vi", "yi", "yo", "zh", "yue",
)
"""ISO 639-1 codes (and Whisper's "haw", "jw", "yue"), in faster-whisper's order."""
ENGLISH_ONLY: tuple[str, ...] = ("en",)
"""What an `.en` model (the bundled tiny.en) can transcribe."""
