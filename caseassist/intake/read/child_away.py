"""Children said to be elsewhere: a child word and then where or with whom else they are.

Why: a note often names children who are not with her ("wife + 2 kids still in Cuenca",
"Mis tres hijos están en Guatemala", "a daughter in Lagos with her sister"); such a mention
states nothing of the children with her, and must not cloud a clear count elsewhere."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.child_joined import other_person_at
from caseassist.intake.read.roles import _other_people
from caseassist.intake.read.segment import tokens

_LOCATIVE = frozenset(["in", "en", "au", "aux", "no", "na", "em", "a"])
_WITH_WORDS = frozenset(["with", "w", "con", "avec", "com", "chez"])
_AGE_LIST = frozenset(["(", ")", ",", "and", "y", "et", "e", "&", "+"])


def located_away(sent_folded: str) -> bool:
    """A child word and then where or with whom else they are, a country or another
    person ("Mis tres hijos estan en Guatemala", "meu filho ta no Brasil", "a daughter
    in Lagos with her sister"): not with them."""
    ws = lexicon.word_sets()
    names = lexicon.country_names()
    others = _other_people()
    toks = tokens(sent_folded)
    stays = lexicon.phrase_regex("away_locatives")  # "still in Cuenca", "siguen en Olancho"
    for c, w in enumerate(toks):
        if w in ws.child_singular or w in ws.child_plural or w in ws.child_pairs:
            c = _past_ages(toks, c)  # "her two kids (9 and 12) are back in Cebu"
            s = c + 1 + (c + 1 < len(toks) and toks[c + 1] == ",")  # "de 24, vive en Cali"
            if stays.match(" ".join(toks[s : s + 3])):
                return True
            for j in _unbracketed(toks, c + 1, 6):  # "kids in Batangas (ages 12, 15) w/ her sister"
                if toks[j] in _LOCATIVE and any(
                    " ".join(toks[j + 1 : j + 1 + n]) in names for n in (1, 2, 3)
                ):
                    return True
                if (
                    toks[j] in _WITH_WORDS
                    and other_person_at(toks, j + 1, others)
                    and _WITH_WORDS.isdisjoint(toks[max(0, c - 3) : c])
                ):
                    return True  # not "llegó con su hija y con la abuela": both with her
    return False


def _unbracketed(toks: list[str], start: int, width: int) -> list[int]:
    """The positions of the `width` tokens from `start` (the last token left out) that
    stand outside a bracket: an aside between the child and where she is ("in Batangas
    (ages 12, 15) with her sister") does not push the place out of reach."""
    out: list[int] = []
    depth = 0
    for j in range(start, len(toks) - 1):
        if toks[j] == "(":
            depth += 1
        elif toks[j] == ")":
            depth = max(0, depth - 1)
        elif not depth:
            out.append(j)
            if len(out) == width:
                break
    return out


def _past_ages(toks: list[str], c: int) -> int:
    """The last token of the ages right after a child word ("kids (9 and 12)", "hijos, 4 y
    7", "2 children (ages 7 and 10)", "su hija mayor, de 24,"): where they are comes after
    them. Only a list of numbers moves it, with a `child_age_words` unit right after one."""
    ages = lexicon.by_language("child_age_words")
    k, last = c + 1, c
    while k < len(toks) and (toks[k] in _AGE_LIST or toks[k].isdigit() or toks[k] in ages):
        if toks[k].isdigit() or toks[k] == ")" or (toks[k] in ages and last == k - 1 > c):
            last = k
        k += 1
    return last


def located_next(rest: str) -> bool:
    """The words open on where someone is: a locative and a country, a word for staying
    (`away_locatives`: "remain in", "se quedaron en") or a country ("todos no Bangladesh",
    "both remain in the Philippines", "les deux au Mali"); not a description ("todos
    adultos, moram na cidade natal")."""
    toks = rest.split()
    if not toks:
        return False
    names = lexicon.country_names()
    if lexicon.phrase_regex("away_locatives").match(rest) or toks[0] in _WITH_WORDS:
        return True
    at = 1 if toks[0] in _LOCATIVE else 0
    return any(" ".join(toks[at : at + n]) in names for n in (1, 2, 3))
