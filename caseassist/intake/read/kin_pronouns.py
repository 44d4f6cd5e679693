"""A pronoun that takes up her relative: "her daughter lives in Nairobi, she is 14", "my
son is in Manila he is 20" (a dictated run with no stop), "su hija vive en Nairobi, tiene
14 años", "sa fille vit à Nairobi, elle a 14 ans", "a filha dela vive em Nairobi, ela tem
14 anos". The age after "she is / il a / ela tem" is the relative's when the nearest
person before the pronoun, in its sentence, is a relative of hers or of the writer (a
possessive before the noun, "dela / dele" after it) of the pronoun's sex, with no word
for her, no other pronoun, no "I" and no saying verb between ("her mother says she is
17" is her age). A relative of the other sex ("her son
lives there, she is 29") leaves the age hers."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.roles import _kin_adjectives

_STOPS = frozenset([".", "?", "!", ":", ";"])
_REACH = 10  # words looked back from the pronoun


@cache
def _kin() -> dict[str, frozenset[str]]:
    ws = lexicon.word_sets()
    return {
        "female": lexicon.by_language("language_female_people") | ws.gender_female,
        "male": lexicon.by_language("language_male_people") | ws.gender_male,
    }


@cache
def _her_words() -> frozenset[str]:
    """Words that end the look back: a word for her, a subject pronoun, "I", and a saying
    verb or "that" ("her mother says she is 17": her age, as the relative tells it)."""
    fw = function_words()
    saying = lexicon.by_language("claim_verbs") | lexicon.by_language("speaker_verbs")
    return (
        lexicon.by_language("name_roles")
        | fw.she_words
        | fw.he_words
        | fw.writer_words
        | fw.that_words
        | frozenset(v.split()[v.startswith("a ")] for v in saying)  # "told us", "a dit"
    )


def _owned(toks: list[str], j: int) -> bool:
    mine = lexicon.word_sets().possessives
    prev = toks[j - 1] if j else ""
    return (
        prev in mine
        or (j > 1 and toks[j - 2] in mine and prev in _kin_adjectives())  # "su hija menor"
        or toks[j + 1 : j + 2] in (["dela"], ["dele"])  # "a filha dela"
    )


def kin_taken_up(before: list[str]) -> bool:
    """`before` (a sentence's tokens up to an age) ends with a pronoun and an age verb
    (`third_age_verbs`; after a comma alone, `pro_drop_age_verbs`: "su hija vive allí,
    tiene 14") that take up a relative named just before: the relative's age."""
    if not before or before[-1] not in lexicon.by_language("third_age_verbs"):
        return False
    fw = function_words()
    k = len(before) - 1
    pron = before[k - 1] if k else ""
    if pron in fw.she_words:
        sex: str | None = "female"
    elif pron in fw.he_words:
        sex = "male"
    elif pron == "," and before[-1] in lexicon.by_language("pro_drop_age_verbs"):
        sex = None
    else:
        return False
    kin = _kin()
    for j in range(k - 2, max(-1, k - 2 - _REACH), -1):
        w = before[j]
        if w in _STOPS or w in _her_words():
            return False
        of_sex = [s for s, words in kin.items() if w in words]
        if not of_sex:
            continue
        if not _owned(before, j):
            return False  # "a woman from Kenya, she is 29": her
        return sex is None or sex in of_sex
    return False
