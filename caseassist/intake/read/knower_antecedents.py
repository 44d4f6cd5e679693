"""Whom a "he" or "she" in a knowing statement takes up (`knowers.knower`): the person
named before it, in its sentence and the one before, when that person is from the life she
left and no one else is named; in her own words, the person she named before it."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _other_people
from caseassist.intake.read.their_side import exploiters, on_their_side

CLEAR = "clear"
_OTHER_OF = {  # the pronouns that, after "he" or "she", are someone else
    **dict.fromkeys(["he", "el", "il", "ele"], frozenset(["she", "her", "ella", "elle", "ela"])),
    **dict.fromkeys(["she", "ella", "elle", "ela"], frozenset(["he", "him", "his", "el", "il"])),
}
_OF = frozenset(
    ["from", "of", "with", "by", "for", "to", "at", "de", "del", "con", "por", "para", "al"]
    + ["par", "avec", "pour", "chez", "du", "des", "da", "do", "com", "pelo", "pela", "dos"]
)
_WE = frozenset(["we", "us", "nous", "nosotros", "nosotras", "nos"])
_POSSESSIVES = frozenset(
    ["her", "his", "their", "su", "sus", "sa", "son", "leur", "o", "a", "seu", "sua"]
)


@cache
def _safe_knowers() -> frozenset[str]:
    return lexicon.by_language("safe_knowers")


@cache
def _people() -> frozenset[str]:
    """The person words `on_their_side` reads as an exploiter's when one follows "of":
    her people, other people and their members ("deux hommes du réseau", "la gente de la
    clica", `their_members`)."""
    return _safe_knowers() | _other_people() | lexicon.by_language("their_members")


def _antecedent(words: list[str]) -> bool:
    """Someone from the life she left is the only person named in `words` (the sentence
    before and this one up to the pronoun): whom a "he" there takes up. With another
    person named too ("The trafficker called her brother. He knows..."), the pronoun
    could be either: not clear."""
    safe, bad, others = _safe_knowers(), exploiters(), _other_people()
    found = False
    words = on_their_side(words, _people(), bad)  # "the owner's brother" is his
    for i, w in enumerate(words):
        pair = f"{words[i - 1]} {w}" if i else ""
        if _opens_pair(words, i, bad):
            continue  # "agency" of "the agency man"
        if w in bad or pair in bad:
            found = True
        elif w in _WE:
            continue  # "we moved her ...; he does not know": a "he" never takes up "we"
        elif w in others and _apposed_to(words, i, bad):
            continue  # "The guy, her so-called boyfriend, ...": one person, his
        elif w in safe or pair in safe or w in others or pair in others:
            return False
    return found


def _apposed_to(words: list[str], i: int, bad: frozenset[str]) -> bool:
    """`words[i]` set beside someone from that life by a comma, a possessive and the words
    of a claim between at most ("The guy, her so-called boyfriend,", "el tipo, su supuesto
    novio,"): the same person."""
    if words[i + 1 : i + 2] != [","]:
        return False
    claims = {w for m in lexicon.by_language("claimed_markers") for w in m.split()}
    between = _POSSESSIVES | claims | {"-"}
    for w in words[i + 2 : i + 6]:
        if w in bad:
            return True
        if w not in between:
            return False
    return False


def _opens_pair(words: list[str], i: int, bad: frozenset[str]) -> bool:
    """`words[i]` opens an exploiter of two words ("agency man", "crew boss"): not a person
    of its own ("agency" is another person alone)."""
    return i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in bad


def _sentence_subject(words: list[str]) -> bool:
    """The pronoun's own sentence opens with someone from the life she left as its subject
    and names no one else but after "to / at / of" ("The employer's husband came to the
    neighbour's door asking for her, so he knows she is there"): a later "he" takes the
    subject up, whoever the sentence before named. Another person named plainly ("The
    trafficker called her brother, he knows...") leaves it to `_antecedent`."""
    safe, bad, others = _safe_knowers(), exploiters(), _other_people()
    words = on_their_side(words, _people(), bad)
    subject = False
    for i, w in enumerate(words):
        pair = f"{words[i - 1]} {w}" if i else ""
        bare = w.rstrip("'")
        if _opens_pair(words, i, bad):
            continue
        if w in bad or pair in bad or bare in bad:
            subject = True
        elif (w in safe or pair in safe or w in others or pair in others or bare in others) and (
            not subject or not set(words[max(0, i - 2) : i]) & _OF
        ):
            return False
    return subject


def _taken_up_in_her_words(words: list[str], pronoun: str) -> str:
    """In her own words, "he / she knows where I am" takes up the person named before it:
    one of hers only ("Mi hermana está conmigo, ella sabe dónde estoy", "a minha mãe... ela
    nem sabe onde eu estou") says nothing; someone from that life named, no one of hers
    the pronoun can take up ("chez ma grand-mère, il sait pas que je suis là"), or one
    named only after the same pronoun began a chain ("Il sait où habite mon ami ... il
    sait où je suis") is clear."""
    safe, bad = _safe_knowers(), exploiters()
    words = on_their_side(words, _people(), bad)  # "the boss's brother" is his
    if pronoun in words:  # the same pronoun before: a chain ("Il sait où habite mon ami")
        words = words[: words.index(pronoun)]
    said = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    if not (said & safe) - _of_the_other_sex(pronoun) or said & bad:
        return CLEAR
    return ""


@cache
def _people_by_sex() -> tuple[frozenset[str], frozenset[str]]:
    """The person words that are only female, and only male (`language_female_people`,
    `language_male_people`)."""
    female = lexicon.by_language("language_female_people")
    male = lexicon.by_language("language_male_people")
    return female - male, male - female


def _of_the_other_sex(pronoun: str) -> frozenset[str]:
    """The person words a "he" (or a "she") cannot take up: "il" is not "ma grand-mère"."""
    female, male = _people_by_sex()
    his = "she" in _OTHER_OF.get(pronoun, ())  # a "he": whom "she" would be someone else
    return female if his else male
