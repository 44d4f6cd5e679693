"""The weight a language verb gives the languages after it: "does not speak" (neg),
"only speaks" (only), "also speaks", "understands", "se defiende en" (minor), "domina"
(well), "mother tongue" (major), and "prefers", "would rather speak", "ha preferido"
(prefers: her own word on which one)."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_prefer import asked_of_us, prefer_stems
from caseassist.intake.read.language_words import (
    _ALSO,
    _LANGUAGE_WORDS,
    _MAIN_ADJECTIVES,
    _MINOR_TRIGGERS,
    _MORE_IN_TRIGGER,
    _NEGATORS,
    _ONLY,
    _UNDERSTAND,
    _WELL,
)


@cache
def _phrases(key: str) -> tuple[str, ...]:
    """The phrases of `key` in every language, for `str.startswith`."""
    return tuple(sorted(lexicon.by_language(key)))


@cache
def _major_triggers() -> tuple[str, ...]:
    """A trigger naming her main language ("mother tongue", "langue est") or her choice."""
    return _phrases("language_major_triggers") + prefer_stems()


def _trigger_weight(trigger: str, before: list[str], after: list[str]) -> str:
    """The weight a language verb gives the list after it: "does not speak" (neg),
    "only speaks" (only), "also speaks", "understands", "se defiende en", "prefers"."""
    if _negated(before[-3:]) or (
        after[:1] != []
        and (
            after[0] in _phrases("language_after_negators")
            or " ".join(before[-1:] + after[:1]) in _phrases("language_after_negators")
        )
    ):
        return lw.NEG  # "does not speak", "no habla", "ne parle pas", "speaks no", "ne parle plus"
    if set(before[-2:]) & _DENY_VERBS.all() or " ".join(before[-3:-1]) in _DENY_VERBS.all():
        return lw.NEG  # "denies speaking any English", "refuses to speak", "recusa-se a falar"
    if asked_of_us(before):
        return lw.PREFERS  # "he asked that we speak English with him"
    if trigger in _LITERACY.all() and not _verbs_joined(before):
        return lw.UNDERSTAND  # "reads English", "lee inglés": read, not said to be spoken
    if trigger.split()[0] in _LANGUAGE_WORDS and set(before[-2:]) & _OTHER_ADJECTIVES.all():
        return lw.OTHER  # "her only other language is Swahili", "su otra lengua es el igbo"
    if before[-1:] and before[-1] in _ONLY:
        # "only understands Spanish": understood, not her only language
        return lw.UNDERSTAND if trigger.split()[0] in _UNDERSTAND else lw.ONLY
    if before[-1:] and before[-1] in _ALSO:
        return lw.ALSO
    if (before[-1:] and before[-1] in function_words().more_words) or _MORE_IN_TRIGGER.search(
        trigger
    ):
        return lw.MAJOR  # "most comfortable in", "plus à l'aise en", "se expresa mejor en"
    if trigger.startswith(tuple(_MINOR_TRIGGERS)):
        # "se defiende bien en español": a second language she uses, never her main one
        return lw.ALSO if not _WELL.all().isdisjoint(trigger.split()) else lw.MINOR
    if trigger in _WELL_TRIGGERS and not set(before[-1:]) & lexicon.word_sets().possessives:
        return lw.WELL  # "domina el inglés", "maîtrise le français": well, not preferred
    if trigger.split()[0] in _UNDERSTAND:
        return lw.UNDERSTAND
    if trigger.startswith(prefer_stems()) or trigger.startswith(tuple(_PREFER_WORDS)):
        return lw.PREFERS  # "prefers French", "preferred language", "would rather speak"
    if trigger.startswith(_major_triggers()) or " ".join(before[-1:] + [trigger]).startswith(
        _phrases("language_own_nouns")
    ):
        return lw.MAJOR
    if any(t.startswith(prefer_stems()) for t in before[-2:]):
        return lw.PREFERS  # "préfère s'exprimer en pachto", "prefers to express himself in"
    if trigger.split()[0] in _LANGUAGE_WORDS and before[-1:] and before[-1] in _MAIN_ADJECTIVES:
        return lw.MAJOR  # "su primer idioma es el garífuna", "sa première langue"
    return lw.PLAIN


_LITERACY = lexicon.Words(set(), "language_literacy_verbs")
"""Verbs of reading and writing ("reads", "lee", "lit", "sabe ler")."""


def _verbs_joined(before: list[str]) -> bool:
    """ "and" right before, after a word that is no language ("speaks and reads English"):
    the reading verb shares the language with the one before it."""
    return (
        len(before) > 1
        and before[-1] in function_words().and_words
        and not _lang_at(before, len(before) - 2)
        and before[-2] not in _LITERACY.all()  # not "reads and writes English"
    )


_DENY_VERBS = lexicon.Words(set(), "language_deny_verbs")
"""A verb that denies the language verb right after it ("denies speaking", "niega hablar"):
one word, so a denial earlier in the sentence ("denies pain, speaks Spanish") is not it."""
_WELL_TRIGGERS = lexicon.Words(set(), "language_well_triggers")
_OTHER_ADJECTIVES = lexicon.Words(set(), "language_other_adjectives")
"""Right before a language noun ("her other language is", "su otra lengua es", "son
autre langue est", "a outra língua dela é"): the language after it is one of her others,
never her main one (a main-language trigger such as "langue est" would make it so)."""


def without_trigger_words(trigger: str, before: list[str]) -> list[str]:
    """`before` without a word right before `trigger` that belongs to it and names no
    subject: an other-adjective of the language noun opening it (in "a outra língua dela
    é", "outra" is the language's, not another woman), or the writer as the object of her
    request (`language_object_writers`: "nos pide seguir en castellano", "elle nous a
    demandé de garder le roumain": she asks us)."""
    if trigger.split()[0] in _LANGUAGE_WORDS and before[-1:] and before[-1] in _OTHER_ADJECTIVES:
        return before[:-1]
    if before[-1:] and before[-1] in _OBJECT_WRITERS and trigger.startswith(tuple(_PREFER_WORDS)):
        return before[:-1]
    return before


_OBJECT_WRITERS = lexicon.Words(set(), "language_object_writers")


_PREFER_WORDS = lexicon.Words(set(), "language_prefer_words")
"""Words opening a language verb that say she prefers it without a "prefer" stem ("would
rather speak", "aimerait mieux parler")."""


def _negated(window: list[str]) -> bool:
    """A negator in the words before the verb that a language after it does not take
    ("no English, phone interpreter (Vietnamese) used": the no is English's)."""
    at = [k for k, t in enumerate(window) if t in _NEGATORS.all()]
    return bool(at) and not any(_lang_at(window, k) for k in range(at[-1] + 1, len(window)))
