"""A person named by a title and a name or an initial ("M. P., 29 ans", "a Sra. F., 66
anos", "Mrs. Okonkwo-Bell (she is 68"): whose the age right after it is. The titled
person is the one the age describes; that person is someone else only when the title
stands in apposition to another person ("her boss Mr. Lee, 50", "a neighbour, Mrs. X
(she is 68"); after "de / of", an article or a verb ("l'avocate de M. P., 29 ans",
"encaminhamos a Sra. F., 66 anos") the titled person is the one the note refers."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.companions import companion_before
from caseassist.intake.read.people_counts import referred
from caseassist.intake.read.phrase_heads import of_complement

_BETWEEN = frozenset([",", "(", "-", "\u2013", "de", "aged"])  # "la Sra. P., de 40 años"
_NAME_WIDTH = 3
_SET_OFF = frozenset([",", "("])  # an age set off after the titled name is theirs


@cache
def _titles() -> frozenset[str]:
    return lexicon.by_language("person_titles")


def _title_at(toks: list[str]) -> int | None:
    """Where the title of a titled name ending `toks` stands, or None."""
    k = len(toks) - 1
    while k >= 0 and toks[k] in _BETWEEN:
        k -= 1
    names = 0
    while k >= 0 and names <= _NAME_WIDTH:
        t = toks[k]
        if t == ".":
            k -= 1
            continue
        if t in _titles() and names and (t != "m" or toks[k + 1 : k + 2] == ["."]):
            fw = function_words()  # "una señora de unos 60", "a senhora que o trouxe": a noun
            if (k and toks[k - 1] in fw.indefinite_articles) or toks[k + 1] in fw.relatives:
                return None
            return k
        if not t.isalpha():
            return None
        names += 1
        k -= 1
    return None


def titled_other(toks: list[str]) -> bool | None:
    """`toks` (a sentence up to a value) end with a titled name: True when it is in
    apposition to another person, False when not (the value describes the titled person),
    None when `toks` end with no titled name."""
    t = _title_at(toks)
    if t is None or (
        of_complement(toks, t) and toks[t - 1] not in _BETWEEN and not _SET_OFF & set(toks[t:])
    ):
        return None  # "la hija de esa señora tiene 9 años": the daughter's, not the lady's
    if companion_before(toks[:t]):
        return True  # "la bénévole qui l'accompagne, Mme D., 58 ans": who came with her
    if with_titled(toks[:t]):
        return True  # "vit chez Mme D., 60 ans", "vive con la señora P., de 70 años"
    k = t - 1
    if k >= 0 and toks[k] in function_words().definite_articles:
        k -= 1  # "su patrona, la Sra. P., de 60 años"
    if k >= 0 and toks[k] == ",":
        k -= 1
    return k >= 0 and toks[k] in lexicon.word_sets().other_people


def with_titled(before: list[str]) -> bool:
    """The words before a title end with a `title_not_after` word, an article may follow
    ("chez Mme", "con la señora", "com o Sr.", "employed by Mr."): the titled person is
    someone she lives or works with, or who acts on her, not her."""
    k = len(before) - 1
    if k >= 0 and before[k] in function_words().definite_articles:
        k -= 1
    if k < 0 or before[k] not in lexicon.by_language("title_not_after"):
        return False
    return not referred(before[: k + 1])  # "hablamos con la Sra. P.": the one referred
