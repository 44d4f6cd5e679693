"""Which words of a sentence may name a country: the note reads a sentence for an origin
only when one may (a name's words looked up, not every place of the sentence tried)."""

from __future__ import annotations

from collections.abc import Callable

from caseassist.intake import lexicon
from caseassist.intake.read.general_people import about_people

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


_PLACE_LINKS = frozenset([",", "in", "en", "au", "aux", "em", "no", "na", "(", "-"])
"""What joins a town or region to its country: "from Oaxaca, Mexico", "from Edo State in
Nigeria", "de Tucupita (Venezuela)", "originaire de Kayes au Mali"."""
_NOT_PLACE_WORDS = frozenset(
    ["the", "a", "an", "her", "his", "their", "my", "la", "el", "le", "les", "los", "las", "su"]
    + ["sus", "sa", "son", "ses", "um", "uma", "o", "os", "as", "un", "una", "une", "des", "and"]
    + ["y", "et", "e", "work", "home", "here", "there", "aqui", "ici", "where", "what", "which"]
)


def place_then_country(
    toks: list[str], start: int, country_at: Callable[[list[str], int], tuple[str, int] | None]
) -> tuple[str, int] | None:
    """After an origin word, a place of one to three words (no article, possessive or
    person: never "from her employer in Mexico") joined to a country: the country."""
    people = lexicon.word_sets().other_people
    times = lexicon.by_language("time_clause_leads")  # "from when I was in Sudan": a time
    for n in range(1, 4):
        words = toks[start : start + n]
        if len(words) < n or not all(w.isalpha() and w not in _NOT_PLACE_WORDS for w in words):
            return None
        if any(w in people or w in times for w in words):
            return None
        k = start + n
        if k < len(toks) and toks[k] in _PLACE_LINKS:
            j = k + 1 + (k + 1 < len(toks) and toks[k + 1] in ("the", "la", "le", "l", "o", "a"))
            hit = country_at(toks, j) if j < len(toks) else None
            if hit:
                return hit
    return None


def denied_before(before: list[str]) -> bool:
    """A negator (`negators`: "not", "denies", "niega", "nie", "nega") in the three words
    before, within its comma part: "denies being Mexican", "is not from Mexico"."""
    near: list[str] = []
    for w in reversed(before[-3:]):
        if not (w[:1].isalnum() or "'" in w):
            break
        near.append(w)
    return not lexicon.word_sets().negators.isdisjoint(near)


def names_a_language(toks: list[str], i: int) -> bool:
    """The people word at `i` names a language, not where she is from: after a word for a
    language (`language_nouns`: "lengua búlgara", "língua guineense", "langue turque") or
    opening a language's name of two or three words ("Nigerian Pidgin", "Cameroonian
    Pidgin English") or closing one ("crioulo cabo-verdiano", "créole haïtien")."""
    if i and toks[i - 1] in lexicon.by_language("language_nouns"):
        return True
    langs = lexicon.language_names()
    if any(" ".join(toks[i : i + n]) in langs for n in (2, 3) if i + n <= len(toks)):
        return True
    for start in range(max(0, i - 2), i):
        for end in range(i + 1, min(len(toks), i + 3) + 1):
            if " ".join(w for w in toks[start:end] if w != "-") in langs:
                return True  # (a hyphen inside the demonym: "cabo - verdiano")
    return False


def passed(toks: list[str], i: int, key: str) -> bool:
    """A country's name that is a demonym too ("Libia", "Líbia") after a place word
    (`place_preps`), with no origin word before it ("from a village in Eritrea" is hers):
    where she was, not where she is from ("estuvo dos años en Libia")."""
    from caseassist.intake.read.countries import _ORIGIN_TRIGGERS  # (it imports this module)

    near = " ".join(toks[max(0, i - 8) : i])
    return key in lexicon.country_names() and not _ORIGIN_TRIGGERS.search(near)


def of_people(sentence_before: str) -> bool:
    """The origin is said of people in general ("many women arriving from Nigeria are
    mothers", "muchas de las mujeres que llegan de Nigeria"): no one's origin
    (`general_people.about_people`, its `generic_people` words)."""
    return about_people(sentence_before, [])
