"""Her guess in so many words: "Sí, supongo", "Oui, j'imagine", "Sim, suponho", "Yes, I
guess"; "Me imagino que sí", "Deve ser que sim". A guess word of her own voice
(`guesses` of each folder's answers.toml) hedges her reply as "maybe" does: the reply is
offered, or an undecided fact is undecided, never a plain yes or no. These are words of a
survivor's answer, not of a note ("deve ser" is "must be" in a writer's sentence), so they
are read only in answers.

"Pode ser" / "puede ser" alone is a mild "all right" to an offer ("¿Quiere un té?" "Puede
ser") but "maybe" to a question of her state ("¿Está embarazada?" "Puede ser"): those are
`state_guesses`, read only for the facts of `[guesses] states`."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import _data, find, sentences
from caseassist.intake.read.segment import tokens


@cache
def _states() -> frozenset[str]:
    return frozenset(_data().get("guesses", {}).get("states", ()))


def guessed(fact_id: str, folded: str) -> bool:
    """A guess of hers in the (folded) answer part, for the asked fact."""
    toks = tokens(folded)  # (folded already; a phrase never spans a stop, a token of its own)
    if find(toks, "guesses") >= 0:
        return True
    return fact_id in _states() and find(toks, "state_guesses") >= 0


def request_only(fact_id: str, folded: str, yn: bool | None) -> bool | None:
    """`yn`, unless its yes is only a word of asking (`request_yes`: "please", "por favor",
    "s'il vous plaît") opening the answer to a question of her state: "Please, no more
    questions about them" to whether they know where she is answers nothing; to an offer
    ("Something to eat?" "Please") it stays the yes it is."""
    if yn is not True or fact_id not in _states():
        return yn
    toks = sentences(folded)[0] if folded.strip() else []
    if find(toks[:4], "request_yes") != 0:
        return yn
    yes = lexicon.word_sets().yes - lexicon.by_language("request_yes")
    return yn if any(t in yes for t in toks[1:]) else None  # "Please, yes, they know"
