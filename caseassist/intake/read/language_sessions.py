"""The language a conversation with her was held in through an interpreter: hers.

"Call in Spanish, phone interpreter", "entrevista realizada en rumano con intérprete",
"entretien en dari via interprète", "conversa em mandarim com intérprete": when an
interpreter carried the conversation, the language it was held in is the one she is
to be spoken to in (weight `interp`). Without an interpreter the language of a call or
an interview says nothing of hers: it may be the staff's ("Interview conducted in
English"). The conversation nouns are per-language data (`conversation_nouns`).
"""

from __future__ import annotations

from collections.abc import Callable

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_names import _lang_at

_CONVERSATIONS = lexicon.Words(set(), "conversation_nouns")
_BETWEEN = frozenset(
    {"held", "conducted", "done", "was", "is", "realizada", "realizado", "hecha", "hecho",
     "fue", "se", "hizo", "menee", "mene", "fait", "faite", "a", "ete", "s'est", "deroule",
     "deroulee", "feita", "feito", "foi", "realizou", "decorreu", "the", "la", "el", "le", "l'",
     "o", "whole", "entire", "toda", "tout", "toute"}
)  # fmt: skip
"""Words between a conversation noun and "in" ("call held in", "entrevista realizada en")."""


def held_in(
    toks: list[str],
    folded: str,
    collected: list[tuple[str, str]],
    waived: Callable[[str], bool],
) -> None:
    """Add the language a conversation in this sentence was held in, when an interpreter
    carried it (`waived`: whether the sentence says no interpreter was needed; asked
    only of a sentence with a conversation noun, to stay cheap)."""
    if _CONVERSATIONS.all().isdisjoint(toks):
        return
    if lexicon.phrase_regex("interpreter_nouns").search(folded) is None or waived(folded):
        return
    for i, t in enumerate(toks):
        if t not in _CONVERSATIONS:
            continue
        j = i + 1
        while j < len(toks) and j < i + 5 and toks[j] in _BETWEEN:
            j += 1
        if not (toks[j : j + 1] and toks[j] in function_words().in_words):
            continue
        j += 1 + (toks[j + 1 : j + 2] and toks[j + 1] in function_words().definite_articles)
        hit = _lang_at(toks, j) if j < len(toks) else None
        if hit:
            lw.add(collected, hit[0], lw.INTERP)
