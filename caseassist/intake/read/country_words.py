"""Which words of a sentence may name a country: the note reads a sentence for an origin
only when one may (a name's words looked up, not every place of the sentence tried)."""

from __future__ import annotations

from caseassist.intake import lexicon

_GENERIC_NAME_ENDS = frozenset(
    ["states", "kingdom", "republic", "islands", "island", "unidos", "unido", "unis", "city"]
    + ["coast", "lands", "territory", "territories", "norte", "nord", "occidental", "oriental"]
)


def multiword_country_ends() -> frozenset[str]:
    """The last word of a country name of several words ("Côte d'Ivoire", "Sri Lanka",
    "Burkina Faso"), unless it is a generic word ("states", "islands"): a sentence
    naming one is read for countries too."""
    return frozenset(
        w
        for n in lexicon.country_names()
        if " " in n and len(w := n.split()[-1]) > 3 and w.isalpha() and w not in _GENERIC_NAME_ENDS
    )


def country_ends() -> dict[str, frozenset[str]]:
    """The last word of each country name -> the first words of the names it ends."""
    out: dict[str, set[str]] = {}
    for n in lexicon.country_names():
        out.setdefault(n.split()[-1], set()).add(n.split()[0])
    return {last: frozenset(firsts) for last, firsts in out.items()}


def may_name_country(tokset: set[str], ends: dict[str, frozenset[str]]) -> bool:
    """Whether a country's name may be among the words: its first and last word are."""
    return any(not ends[w].isdisjoint(tokset) for w in tokset & ends.keys())
