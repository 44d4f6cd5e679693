"""A sentence saying she speaks no language besides the ones it names ("speaks no other
language", "English is her first and only language", "no habla ningún otro idioma", "sa
langue maternelle et la seule qu'elle parle", "a única que fala"): her other languages
are an empty list, as "Other languages: none" says on a form.

Only when the words before the phrase are about her: "the interpreter speaks no other
language" says nothing of hers; and not before a level word ("the only language she
speaks well": others she speaks less well)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_subjects import _about_another
from caseassist.intake.read.language_words import _MINOR_PHRASES, _WELL, _phrase_at
from caseassist.intake.read.segment import tokens

_CONVERSATIONS = lexicon.Words(set(), "conversation_nouns")


def no_others(
    sent_folded: str,
    collected: list[tuple[str, str]],
    *,
    answer: bool,
    own_turn: bool = False,
) -> None:
    """Record `NONE` (no other language) when the sentence says so of her."""
    for m in lexicon.phrase_regex("language_no_others").finditer(sent_folded):
        after = tokens(sent_folded[m.end() :])[:3]
        if _phrase_at(after, 0, _WELL) or _phrase_at(after, 0, _MINOR_PHRASES):
            continue  # "the only language she speaks well"
        before = tokens(sent_folded[: m.start()])
        if _about_another(before, answer=answer, own_turn=own_turn):
            continue  # "the interpreter speaks no other language"
        lw.add(collected, lw.NONE, lw.NO_OTHERS)


def either_said(
    sent_folded: str,
    collected: list[tuple[str, str]],
    *,
    answer: bool,
    own_turn: bool = False,
) -> None:
    """Record `ANY` when a sentence naming a language says of her that any of them will do
    (`language_indifferent`: "comfortable talking in either", "le da igual", "tanto faz"):
    which one she prefers is then not said, however the note weighs them."""
    m = lexicon.phrase_regex("language_indifferent").search(sent_folded)
    if m is None:
        return
    toks = tokens(sent_folded)
    if not any(
        _lang_at(toks, k) for k in range(len(toks[: len(tokens(sent_folded[: m.start()]))]))
    ):
        return  # "either way", "les deux enfants", "en lo mismo": no language before it
    if not _CONVERSATIONS.all().isdisjoint(toks):
        return  # "l'audition s'est faite en mélangeant les deux": the session's, not her wish
    if _about_another(tokens(sent_folded[: m.start()]), answer=answer, own_turn=own_turn):
        return  # "the interpreter can do either"
    lw.add(collected, lw.ANY, lw.EITHER)
