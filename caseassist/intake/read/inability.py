"""An inability is not a refusal: "No puedo trabajar legalmente", "Não posso trabalhar",
"I can't work", "Je ne peux pas travailler" answer "Would you like to work?" with a
barrier, not with a wish. Whether she wants it is left open (her words are kept), so a
barrier never closes the help that would lift it (work authorization is asked only of
someone who wants work).

Two readings, one per way a language puts it (the words are data, each folder's
`answers.toml`: `ability_modals`, `inabilities`; the facts `[inability] facts`):

- a "no" that opens the answer and negates an ability modal right after it ("No puedo
  ...", "Não consigo ...") is the verb's negator, not the answer's no;
- a bare no ("No, I can't work legally", "Non, je ne peux pas travailler") whose next
  words give an inability is the barrier's no, not the wish's: for the wishes in
  `[inability] facts`. Going home is not among them: the dev labels read "No. I can't go
  back to Benin, the people who sent me are there" as a no to going back (en-a-180)."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import _data, phrases
from caseassist.intake.read.segment import tokens

_REASON_WORDS = 12
"""How far after the opening no an inability still gives its reason ("No. Right now I
can't, ..."): the first sentence after it, at most this many words."""
_LEAD = 3  # the no may follow a filler or two ("Bueno, no, ...")
_SENTENCE_ENDS = frozenset([".", "!", "?", ";", "\n"])


@cache
def _facts() -> frozenset[str]:
    return frozenset(_data().get("inability", {}).get("facts", ()))


@cache
def _modals() -> frozenset[str]:
    return frozenset(w for p in phrases("ability_modals") for w in p)


def word_after_opening_no(toks: list[str]) -> str | None:
    """The word an opening no negates (no stop between: "No puedo", "No quiero que..."),
    or None: then that no is the verb's negator, not a bare answer word."""
    if len(toks) > 1 and toks[0] in lexicon.word_sets().no and toks[1][0].isalnum():
        return toks[1]
    return None


def negates_ability(toks: list[str]) -> bool:
    """`toks` (an answer's words after its fillers) open on a no word that negates the
    ability modal right after it ("no puedo", "nao consigo"): no answer word."""
    return word_after_opening_no(toks) in _modals()


def inability_no(fact_id: str, folded: str) -> bool:
    """The bare no of an answer to the wish `fact_id` goes on to an inability in its next
    words ("No, I can't work legally", "Non. Je ne peux pas travailler"): the barrier's no."""
    if fact_id not in _facts():
        return False
    toks = tokens(folded)
    no = lexicon.word_sets().no
    at = next((i for i, t in enumerate(toks[:_LEAD]) if t in no), None)
    if at is None:
        return False
    k = at + 1
    while k < len(toks) and not toks[k][0].isalnum():
        k += 1  # "No.", "No,", "No -"
    words: list[str] = []
    for t in toks[k:]:
        if t in _SENTENCE_ENDS or len(words) >= _REASON_WORDS:
            break
        if t[0].isalnum():
            words.append(t)
    padded = f" {' '.join(words)} "
    return any(f" {' '.join(p)} " in padded for p in phrases("inabilities"))
