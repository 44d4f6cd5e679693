"""Which creole a bare "creole", "crioulo" or "kriol" names: the one of her country.

Referrers name a creole by the bare word far more often than by its full name: a Cape
Verdean "fala crioulo" (Kabuverdianu, `kea`), a Bissau-Guinean "fala kriol" (`pov`), a
Mauritian "parle créole" (Morisyen, `mfe`). The lexicon gives the Portuguese- and
Spanish-lexified bare words the group code `crp` and "creole" Haitian Creole (as a
directory reads it); her country of origin, where `[creole_by_country]` lists it, says
which one she speaks. A bare word no country resolves stays a possible language for
staff to confirm, never a stated one.
"""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction

UNRESOLVED = "crp"
"""ISO 639-5 "creoles and pidgins": a creole named by the bare word."""
_BARE_DEFAULT = "ht"
"""What the lexicon makes of a bare "creole" (Haitian Creole, as a directory reads it)."""
_COUNTRY = "person.country_of_origin"
_PREF = "person.preferred_language"
_OTHERS = "person.other_languages"


def resolve(found: list[tuple[str, str]], out: Extraction) -> list[tuple[str, str]]:
    """`found` with each bare creole made her country's one, where it is known."""
    codes = {c for c, _w in found}
    if UNRESOLVED not in codes and _BARE_DEFAULT not in codes:
        return found
    by_country = lexicon.words().get("creole_by_country", {})
    country = out.values.get(_COUNTRY)
    creole = by_country.get(str(country)) if country else None
    named = {c for c in codes if c in by_country.values() and c != _BARE_DEFAULT}
    if not creole and len(named) == 1:
        creole = named.pop()  # "fala crioulo cabo-verdiano ... prefere o crioulo": that one
    if not creole:
        return found
    # (a Cape Verdean's "creole" too: Haitian Creole is the default of a bare word only)
    return [(creole if c in (UNRESOLVED, _BARE_DEFAULT) else c, w) for c, w in found]


def offer_unresolved(out: Extraction) -> None:
    """A creole no country resolved is offered, not stated ("fala crioulo" alone)."""
    if out.values.get(_PREF) == UNRESOLVED:
        out.maybe(_PREF, out.values.pop(_PREF))
    others = out.values.get(_OTHERS)
    if isinstance(others, list) and UNRESOLVED in others:
        rest = [c for c in others if c != UNRESOLVED]
        if rest:
            out.values[_OTHERS] = rest
        else:
            del out.values[_OTHERS]
        out.maybe(_OTHERS, others)
