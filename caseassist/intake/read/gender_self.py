"""A gender she describes in her own words: "Describes herself as travesti, pronouns
she/her", "(self-described gender, pronouns he/they)", "Se define como travesti", "se
décrit comme genre fluide". The contract's value for it is `self_described`; her
pronouns in the same sentence are not read as her sex.

A self-description cue (`gender_self_cues`: "describes herself as", "se define como",
"s'identifie comme", "se identifica como") followed within a few words by a word of
gender that is neither female, male nor non-binary (`gender_self_terms`: "travesti",
"two-spirit", "muxe"), or a label that says the gender is self-described
(`gender_self_labels`). "Identifies as Brazilian" or "se identifica como indígena" says
nothing of her gender, and "describes herself as a woman" is read as the other nouns are.
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

_REACH = 4  # words from the cue to the term ("describes herself as a proud travesti")


@cache
def _terms() -> frozenset[str]:
    return lexicon.by_language("gender_self_terms")


def self_described(toks: list[str]) -> bool:
    """The sentence's folded tokens say her gender in her own words."""
    text = " ".join(t for t in toks if t not in (",", "(", ")", "-"))
    if lexicon.phrase_regex("gender_self_labels").search(text):
        return True
    m = lexicon.phrase_regex("gender_self_cues").search(text)
    if m is None:
        return False
    after = text[m.end() :].split()[:_REACH]
    return any(" ".join(after[k : k + n]) in _terms() for k in range(len(after)) for n in (1, 2))
