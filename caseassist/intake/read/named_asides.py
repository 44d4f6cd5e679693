"""A description set right after another person's name, or in a bracket after a clause about
another person, is that person's.

"Orientée avec sa belle-sœur, Fatou, enceinte de 8 mois, qui sera accueillie ce soir",
"Encaminhada com a irmã, Daiane, grávida de 7 meses", "Referred with her sister-in-law,
Fatou, 8 months pregnant", "Accompagnée d'une amie, Nadia, indemne", "llega con compañera
de piso (Lidia), que no presenta lesiones": the clause has no subject or verb of its own
(it opens on the statement, on a number: "8 months", or on a relative pronoun), and the
clause before it ends on a name, capitalised in the note, set off by a comma or a bracket
right after a word for another person. What follows the name describes that person, not
the survivor, unless the person word is only male ("con su esposo, Juan, embarazada de 7
meses" agrees with her).

A bracket opening a clause with no subject of its own ("Le gérant a été blessé lors de
l'interpellation (bras cassé selon la police)", "The manager was hurt in the raid (broken
arm)") says more of the clause it follows: of its subject, when that is another person
(`topics._subject`, read from the clause's first words, so "she was hit by the manager
(broken arm)" stays hers)."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import to_int
from caseassist.intake.read.roles import _SURVIVOR_SUBJECTS
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.topics import NONE, OTHER, _subject

_NOUN_REACH = 3  # words before the name the person word may stand ("compañera de piso")


@cache
def _only_male() -> frozenset[str]:
    """Person words only a man or a boy is (`language_male_people` less the female ones)."""
    male = lexicon.by_language("language_male_people")
    return male - lexicon.by_language("language_female_people")


@cache
def _others() -> frozenset[str]:
    return lexicon.word_sets().other_people - lexicon.by_language("person_titles")


def _no_own_subject(before: list[str]) -> bool:
    """The clause's words before the statement are none, a number and its unit ("8 months
    pregnant"), or a relative pronoun with no subject of hers after it ("qui est blessée")."""
    if not before:
        return True
    first = before[0]
    if first in lexicon.by_language("relative_pronouns"):
        return not any(w in _SURVIVOR_SUBJECTS for w in before[1:])
    return len(before) <= 2 and (first.isdigit() or to_int(first) is not None)


def _name_and_noun(told: str) -> tuple[str, set[str]] | None:
    """The name that ends `told` and the words that may be the person it names: set off by
    commas or a bracket, the last few words before it ("sa belle-soeur, Fatou,", "compañera
    de piso (Lidia),"); right after the person word, that word ("her friend Rosa,")."""
    told = told.rstrip()
    if not told.endswith(","):
        return None
    told = told[:-1].rstrip()
    if told.endswith(")"):
        at = told.rfind("(")
        name, noun = told[at + 1 : -1].split(), told[:at].replace("-", " ").split()
        noun = noun[-_NOUN_REACH:]
    else:
        head, _, last = told.rpartition(",")
        words = last.replace("-", " ").split()
        if len(words) == 1 and head:
            name, noun = words, head.replace("-", " ").split()[-_NOUN_REACH:]
        else:
            name, noun = words[-1:], words[-3:-1]
            return (name[0], {noun[-1], " ".join(noun)}) if len(noun) == 2 else None
    if len(name) != 1 or not name[0].isalpha() or len(name[0]) < 3:
        return None
    return name[0], set(noun) | {f"{a} {b}" for a, b in zip(noun, noun[1:], strict=False)}


def described_after_name(
    text: str, sentence_before: str, before: list[str], capitalised: frozenset[str]
) -> bool:
    """The statement opens a clause with no subject of its own right after a name
    (`capitalised` in the note) set off after a word for another, not only male, person."""
    if not _no_own_subject(before):
        return False
    found = _name_and_noun(sentence_before.rsplit(":", 1)[-1])
    if found is None or found[0] not in capitalised or found[0] in _others():
        return False
    said = found[1]
    return bool(said & _others()) and not said & _only_male()


def aside_of_other(sentence_before: str, before: list[str]) -> bool:
    """The statement opens a bracket, with no subject of its own or only a "he" / "she",
    after a clause whose subject is another person: the nearest part of the sentence before
    it that names a subject says whose ("Son voisin, Teodor, 45 ans, est lui aussi réorienté
    (il cherche du travail)": his, past the parts that name none; stop 40, needs4)."""
    if not sentence_before.rstrip().endswith("("):
        return False
    pronoun = bool(before) and before[0] in _pronouns()
    if not pronoun and not _no_own_subject(before):
        return False
    told = sentence_before.rstrip()[:-1].rsplit(":", 1)[-1].replace(";", ",")
    for group in reversed([g for g in (tokens(p) for p in told.split(",")) if g]):
        if (who := _subject(group, answer=False)) != NONE:
            return who == OTHER
    return False


@cache
def _pronouns() -> frozenset[str]:
    """A third person subject pronoun opening a bracket ("il", "she", "ele", "él")."""
    fw = function_words()
    return frozenset(fw.she_words) | frozenset(fw.he_words)
