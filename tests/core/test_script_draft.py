"""A draft file read as the words a speaker says: Markdown markers gone, paragraphs and
sentence ends kept; every bad file a one-line ScriptError."""

from __future__ import annotations

import pytest

from rehearse.core.script.draft import MAX_BYTES, ScriptError, decode_draft, ends_sentence, parse_draft

MD = """# Brief to the Force Commander

<!-- note to self: breathe -->

General, **thank you** for seeing me. I am your _gender advisor_, see [the policy](https://un.org/x).

## Examples

- First, deploy mixed teams in Gao
- Second, appoint a focal point by May.

---

> Will you sign the directive?
"""


def test_markdown_markers_are_not_words_and_headings_name_paragraphs():
    d = parse_draft(MD, "brief.md")
    texts = [w.text for w in d.words]
    assert "#" not in " ".join(texts) and "**" not in " ".join(texts) and "Brief" not in texts
    assert "note" not in texts  # HTML comments are speaker notes, not speech
    assert d.text(0, 5) == "General, thank you for seeing"
    assert "policy." in texts and "https://un.org/x" not in " ".join(texts)
    assert [p.heading for p in d.paragraphs] == ["Brief to the Force Commander", "Examples", "Examples"]
    assert d.text(d.paragraphs[2].start, d.paragraphs[2].end) == "Will you sign the directive?"


def test_each_list_item_ends_a_sentence_even_without_a_full_stop():
    d = parse_draft(MD, "brief.md")
    sentences = [d.text(s, e) for s, e in d.sentences]
    assert "First, deploy mixed teams in Gao" in sentences
    assert "Second, appoint a focal point by May." in sentences


def test_plain_text_keeps_markers_and_joins_wrapped_lines():
    d = parse_draft("General, thank you\nfor seeing me.\n\n**Second** point.", "brief.txt")
    assert len(d.paragraphs) == 2
    assert d.text(0, d.paragraphs[0].end) == "General, thank you for seeing me."
    assert d.words[-2].text == "**Second**"


def test_abbreviations_and_initials_do_not_end_a_sentence():
    assert not ends_sentence("e.g.") and not ends_sentence("U.N.") and not ends_sentence("Gen.")
    assert ends_sentence("today.") and ends_sentence("it?\u201d") and ends_sentence("now!)")
    d = parse_draft("We work with e.g. UN Women in Gao. Then we report.", "d.txt")
    assert len(d.sentences) == 2


def test_lone_punctuation_is_not_a_word():
    d = parse_draft("First - the why — and then the how.", "d.txt")
    assert [w.text for w in d.words] == ["First", "the", "why", "and", "then", "the", "how."]


@pytest.mark.parametrize(("data", "says"), [
    (b"", "empty"),
    (b"   \n\n\t ", "empty"),
    (b"PK\x03\x04\x00\x00binary", "binary"),
    ("General, merci beaucoup.".encode("latin-1") + b"\xe9", "not UTF-8"),
    (b"a" * (MAX_BYTES + 1), "too big"),
])
def test_bad_bytes_are_one_line_errors(data, says):
    with pytest.raises(ScriptError) as err:
        decode_draft(data, "draft.txt")
    assert says in str(err.value) and "\n" not in str(err.value) and "draft.txt" in str(err.value)


def test_utf8_with_bom_and_crlf_reads():
    text = decode_draft("\ufeffGeneral, thank you.\r\n\r\nSign it.".encode(), "d.txt")
    d = parse_draft(text, "d.txt")
    assert d.words[0].text == "General," and len(d.paragraphs) == 2


def test_markdown_with_only_headings_has_no_words():
    with pytest.raises(ScriptError, match="no words"):
        parse_draft("# Title\n\n## Another\n", "d.md")
