"""Someone in charge named in several words just before an age or a sex set beside them:
"Le chef de chantier, 50 ans environ", "Responsável pelo lava-jato, 45 anos", "the site
supervisor, about 50", "el jefe de cuadrilla, de 45 años", "the man responsible for the
site, 50". That age is theirs, not hers.

The role words of the other readers are single words, and "chef", "responsável" alone
may be staff ("Responsável: Dra. X") or her ("chef de famille"). Here a role head
(`role_heads`) is another person when it ends the words before the age ("the site
supervisor, 50") or when what it is in charge of follows it (`role_complement_leads`: "de
chantier", "pelo lava-jato"), but not her own household (`role_not_complements`). Between
the words and the age stand only a comma or a bracket and the words that link an age
(`apposition_age_links`: "de", "aged", "environ", "unos") and a noun for a man or a
woman ("le chef de chantier, un homme d'environ 50 ans").
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

_SET_OFF = frozenset([",", "("])
_BOUNDS = frozenset([",", "(", ")", ":", ";", ".", "-", "!", "?", '"'])
_REACH = 8  # words of the phrase before the age
_HEAD_AT = 3  # the head opens the phrase, after a determiner and a word ("the site supervisor")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    heads = lexicon.by_language("role_heads")
    leads = lexicon.by_language("role_complement_leads")
    nots = lexicon.by_language("role_not_complements")
    ws = lexicon.word_sets()  # "le chef, un homme d'environ 50": the noun set beside them too
    nouns = frozenset(w for w in ws.gender_female | ws.gender_male if " " not in w)
    return heads, leads, nots, lexicon.by_language("apposition_age_links") | nouns


def role_in_apposition(before: list[str]) -> bool:
    """The tokens before a value end with someone in charge named in several words, the
    value set beside them ("le chef de chantier , environ" -> True)."""
    heads, leads, nots, links = _words()
    i = len(before)  # "le gérant du salon (homme, ": the bracket and the noun set beside them
    while i and (before[i - 1] in links or before[i - 1] in _SET_OFF):
        i -= 1
    if i == len(before):
        return False  # "the supervisor 50": no apposition
    start = i
    while start > 0 and i - start < _REACH and before[start - 1] not in _BOUNDS:
        start -= 1
    phrase = before[start:i]
    for k, w in enumerate(phrase[:_HEAD_AT]):
        if w not in heads and " ".join(phrase[k : k + 2]) not in heads:
            continue
        rest = phrase[k + 1 :]
        if not rest:
            return len(phrase) > 1 or before[i : i + 1] == [","]  # "the site supervisor,"
        for n in (2, 1):
            lead = " ".join(rest[:n])
            if lead in leads and len(rest) > n:
                tail = rest[n:]
                return tail[0] not in nots and " ".join(tail[:2]) not in nots
    return False
