"""What a demonym describes: the person, or a thing ("una red nigeriana", "a Thai
restaurant") or a noun whose own gender it takes ("de nationalité ivoirienne"), or
whether it is a name others give her ("they call me 'the Nigerian'")."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.comitatives import with_another
from caseassist.intake.read.roles import (
    _gender_noun_words,
    _other_people,
    mark_reach,
    other_marks,
)

_THING_NOUNS = lexicon.Words(
    frozenset(
        ["restaurant", "restaurants", "restaurante", "restaurantes", "food", "cuisine", "comida"]
        + ["plat", "plats", "company", "empresa", "entreprise", "shop", "tienda", "boutique"]
        + ["loja", "market", "mercado", "marche", "embassy", "consulate", "embajada"]
        + ["consulado", "ambassade", "consulat", "embaixada", "border", "frontera", "frontiere"]
        + ["fronteira", "police", "policia", "government", "gobierno", "gouvernement", "governo"]
    ),
    "thing_nouns",
)
"""Nouns a demonym may describe that are not the person (a place, a firm, a state)."""


_DETERMINERS = frozenset(
    ["un", "una", "el", "la", "los", "las", "del", "al", "une", "le", "les", "du", "des", "au"]
    + ["um", "uma", "o", "os", "as", "do", "da", "dos", "das", "num", "numa", "no", "na"]
    + ["su", "sus", "sa", "son", "ses", "seu", "sua", "seus", "suas", "este", "esta", "ce", "cette"]
)


def _heads_a_thing(det: str, noun: str) -> bool:
    """A demonym after a determiner and a noun that is no word for a person (es/fr/pt
    put it after what it describes: "una red nigeriana", "un salon vietnamien", "uma
    fábrica chinesa"); a nationality word keeps it hers ("su pasaporte nigeriano")."""
    return (
        det in _DETERMINERS
        and noun.isalpha()
        and noun not in _DETERMINERS
        and not _person_word(noun)
        and noun not in lexicon.by_language("name_roles")
        and noun not in lexicon.by_language("nationality")
        and noun not in _other_people()
    )


def _person_word(w: str) -> bool:
    """A word for the person a demonym may describe: "woman", "trabajador", "joven"."""
    return w in _gender_noun_words() or w in lexicon.by_language("person_nouns")


_OWN_GENDER_NOUNS = frozenset(
    ["nacionalidad", "nacionalidade", "nationalite", "pasaporte", "passaporte", "passeport"]
    + ["origen", "origem", "origine", "ciudadania", "cidadania", "citoyennete", "documento"]
    + ["document", "nac", "nat", "nacion", "nation", "familia", "famille", "red", "rede", "reseau"]
)


def own_gender_noun(w: str) -> bool:
    """A noun right before a demonym whose own gender the demonym takes ("de
    nacionalidad mexicana" of a man, "pasaporte nigeriano" of a woman): the demonym
    tells where she is from, not her gender."""
    return w in _OWN_GENDER_NOUNS


_QUOTES = frozenset(['"', "\u00ab", "\u201c", "\u201d", "'", "\u2018"])
_NAMING_STEMS = ("call", "nam", "nick", "llam", "apod", "appel", "surnom", "cham", "apel")


def _nickname(toks: list[str], i: int) -> bool:
    """The demonym at `i` is a name others give her ("they call me 'the Nigerian'",
    "me llaman la hondureña", "on l'appelle « la Malienne »", "chamam-me a angolana")."""
    j = i - 1
    if j >= 0 and toks[j] in ("the", "la", "el", "le", "a", "o", "l'"):
        j -= 1
    if j >= 0 and toks[j] in _QUOTES:
        j -= 1
        if j >= 0 and toks[j] in ("the", "la", "el", "le", "a", "o", "l'"):
            j -= 1  # "the 'Nigerian'"
    if j == i - 1:
        return False  # a name given is "the X" or quoted, not "des Philippines"
    # "a" / "o" is the Portuguese article only after a Portuguese verb ("called about a")
    stems = _NAMING_STEMS if toks[i - 1] not in ("a", "o") else ("cham", "apel")
    for w in reversed(toks[max(0, j - 4) : j + 1]):  # back to the clause's start
        if w in (",", ".", ":", ";", "(", ")"):
            return False
        if w.startswith(stems):
            return True
    return False


def marked_other(before: list[str]) -> bool:
    """Another person introduced before a demonym in its clause window: a mark of another
    (`other_person_marks`: "otra", "another", "autre", "outra") right before a word for
    a person, in the singular or plural ("otra mujer localizada en el mismo local (22
    años, rumana)", "another worker, Nepali", "two other workers (from Laos)"), with no "she / ella" after it taking her up again."""
    if with_another(before):
        return True  # "Viajaba con un joven, Elmer, 19, hondureño": the one she was with
    marks = other_marks()  # (built once, not per sentence)
    if marks.isdisjoint(before):
        return False  # most sentences: one set test
    people = _people()
    for k, w in enumerate(before[:-1]):
        if w not in marks:
            continue
        j = mark_reach(before, k)  # "otro de los trabajadores", "another of the"
        if j >= len(before):
            continue
        nxt = before[j]  # in the plural too: "two other workers", "otras trabajadoras"
        if any(x in people or x in _other_people() for x in (nxt, nxt[:-1], nxt[:-2])):
            rest = before[j + 1 :]
            return _SHE_HE.isdisjoint(rest) or _resumed(rest)
    return False


_APPOSITION = 4
"""How many tokens an apposition between commas may hold ("the other woman, Zina, she")."""


def _resumed(rest: list[str]) -> bool:
    """The first "she / he" after another person takes that person up again: it follows a
    comma, or an apposition set off by commas, and nothing else ("The other woman, Zina,
    she's 58", "l'autre femme, elle a 40 ans")."""
    j = next(i for i, w in enumerate(rest) if w in _SHE_HE)
    between = rest[:j]
    return between == [","] or (
        2 <= len(between) <= _APPOSITION
        and between[0] == ","
        and between[-1] == ","
        and "." not in between
    )


@cache
def _people() -> frozenset[str]:
    """Words for a person a mark of another may open; the words for her role too ("other
    victims: 1 (F, 22, Kazakhstan)", "otra víctima", "autre victime", "outra vítima")."""
    roles = frozenset(w for w in lexicon.by_language("name_roles") if " " not in w)
    return _gender_noun_words() | lexicon.by_language("person_nouns") | roles


_SHE_HE = frozenset(["she", "he", "ella", "elle", "il", "ela", "ele"])  # not "el": an article too
