"""Coming alone, or being alone now, said of her: no child with her (`alone_cues`), not a
journey alone to a place or at a time ("Llegó solo a la frontera hace un año")."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.child_cues import _ARRIVED
from caseassist.intake.read.segment import _with_data

_ALONE_SRC = (
    r"\b(?:came alone|arrived alone|is alone|traveling alone|travelling alone|on (?:her|his|their) own|"
    r"(?:llego|llega|vino|viene|esta|anda|viaja) sol[oa]s?|arrivee? seule?|venue? seule?|est seule?|"
    r"(?:i am|i m|im) alone|(?:estoy|vine|llegue) sol[oa]|je suis (?:venue? )?seule?)\b"
)
_ALONE = lexicon.Lazy(lambda: _with_data(_ALONE_SRC, "alone_cues"))
_TO_A_PLACE_OR_THEN = re.compile(
    r" (?:to|at|in|into|a|al|a la|au|aux|en|na|no|ao|para|hace|il y a|ha|in 20\d\d|"
    r"\d+ (?:years?|months?) ago)\b"
)


def _alone_now(sent_folded: str) -> bool:
    """ "Alone" said of her now ("she is alone", "vino sola"); not of a journey to a place
    or at a time ("Llegó solo a la frontera hace un año"); an arrival alone at the service
    itself ("Chegou sozinha à recepção") is hers now."""
    unobserved = lexicon.phrase_regex("alone_unobserved").search(sent_folded)
    for m in _ALONE.finditer(sent_folded):
        arrived = _ARRIVED.search(m.group(0))
        went = arrived and _TO_A_PLACE_OR_THEN.match(sent_folded, m.end())
        if went and not _to_care_place(sent_folded, went.end()):
            continue
        if not arrived and unobserved:
            continue  # "la señora salió, estoy sola": left alone for now, not unaccompanied
        return True
    return False


_OUR = frozenset(["our", "notre", "nuestra", "nuestro", "nossa", "nosso"])


def _to_care_place(sent_folded: str, at: int) -> bool:
    """The place an arrival alone names is the service's own (`care_places`, maybe after
    an article or "our": "Chegou sozinha à recepção", "came alone to our office")."""
    words = sent_folded[at:].split()[:3]
    if words and (words[0] in function_words().definite_articles or words[0] in _OUR):
        words = words[1:]
    return bool(lexicon.phrase_regex("care_places").match(" ".join(words)))


def came_alone(sent_folded: str) -> bool:
    """Every "alone" of the sentence is a coming alone ("came alone", "veio sozinho",
    "est venue seule"), not "nobody is with her" or "she is alone"."""
    found = [m.group(0) for m in _ALONE.finditer(sent_folded)]
    return bool(found) and all(_ARRIVED.search(f) for f in found)
