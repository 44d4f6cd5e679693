"""Her country in an answer to the origin question when her own reading found none.

Why: the answer's fallback took the first country it named, whoever it belonged to ("The
man who brought me is from Thailand. Me... I prefer not to say") or wherever she only
passed ("Je suis passée par l'Espagne"), and a place she lived over the nationality she
gave ("I'm Romanian ... But I was living in Italy"). The note's reading of the answer
knows subjects and passages: its country, when the answer names it, is hers. Otherwise a
short answer ("Honduras, San Pedro Sula") gives its first country or its one demonym; in
a longer one that country is only offered."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.countries import _country_at
from caseassist.intake.read.note import extract
from caseassist.intake.read.result import Extraction

BARE_COUNTRY_WORDS = 8
"""Words an answer may hold and still give her the first country it names."""


def bare_country(fact_id: str, text: str, toks: list[str], out: Extraction) -> object:
    """The country the answer `text` (folded tokens `toks`) gives her; None when it only
    offers one (put in `out`) or names none."""
    hits = [h[0] for i in range(len(toks)) if (h := _country_at(toks, i))]
    dem = lexicon.demonyms()
    codes = {dem[t] for t in toks if t in dem}
    named = set(hits) | codes
    if not named:
        return None
    noted = extract(text).values.get(fact_id) if not set(toks) & _third_persons() else None
    if noted in named:
        return noted  # "I'm Romanian, from near Iasi. But I was living in Italy"
    own = hits[0] if hits else (codes.pop() if len(codes) == 1 else None)
    if own is not None and len(toks) > BARE_COUNTRY_WORDS:
        out.maybe(fact_id, own)  # "The man who brought me is from Thailand. Me..."
        return None
    return own


@cache
def _third_persons() -> frozenset[str]:
    """She or he: in her answer someone else, whom the note's reading takes for her."""
    ws = lexicon.word_sets()
    return ws.pronoun_female | ws.pronoun_male
