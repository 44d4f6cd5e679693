"""People in general as the subject: a remark on a group, never her state, wish or need.

"Many victims refuse to file a complaint", "Muchas víctimas llegan sin comer", "Beaucoup de
victimes ont besoin d'un accompagnement psy", "Muitas das mulheres que chegam por essa rota
precisam de acompanhamento", "Victims often fear deportation": one rule for every statement
fact (stop 34, general34b, where four readings of it were made one).

The words of the sentence up to the match are read twice, from the sentence's start and
from the clause's start (so the part after "and" or "que" shares the subject, and "she is
safe, but many victims fear the police" has its own). People in general are the subject
when, read from either start:

- a `generic_people` word ("women", "víctimas", "victimes", "vítimas") comes first with
  nothing before it but opener words: those of `generic_marks` ("many", "la mayoria",
  "beaucoup de"), `general_openers` ("of", "all", "todas", "des"), articles and "and";
- the sentence marks it as a remark: a `generic_marks` word stands before the match ("many
  victims", "victims often", "las víctimas suelen"), or the people word has no article
  before it ("Victims fear deportation"). "The women were found in a flat; they need a bed"
  names a group she may be one of, and stays read;
- a label before a colon ("Reminder for all staff: many victims...") is not read as
  part of the sentence's start;
- no "she" or "he" stands between it and the match: "Like many victims, she fears the
  police" (not an opener before it), "Many victims do, and she wants to report" and
  "para vítimas ... e ele quer" are hers or his.

To extend: a word in `generic_people`, `generic_marks` or `general_openers`, in every
language folder."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.segment import tokens


@cache
def _marks() -> frozenset[str]:
    return frozenset(t for p in lexicon.by_language("generic_marks") for t in tokens(p))


@cache
def _openers() -> frozenset[str]:
    fw = function_words()
    listed = frozenset(t for p in lexicon.by_language("general_openers") for t in tokens(p))
    return _marks() | listed | fw.definite_articles | fw.and_words


def _opens_on_people(words: list[str]) -> bool:
    """`words` (a sentence's or clause's words up to the match) open on people in general."""
    people = lexicon.by_language("generic_people")
    k = next((i for i, w in enumerate(words) if w in people), -1)
    if k < 0 or not all(w in _openers() for w in words[:k]):
        return False
    if not function_words().she_or_he.isdisjoint(words[k + 1 :]):
        return False  # "many victims do, and she wants to report"
    bare = not words[:k]
    return bare or lexicon.phrase_regex("generic_marks").search(" ".join(words)) is not None


def about_people(sentence_before: str, before: list[str]) -> bool:
    """Whether a match with the clause's words `before` it, in a sentence whose folded text
    before the clause is `sentence_before`, is said of people in general (module docstring)."""
    people = lexicon.by_language("generic_people")
    earlier = tokens(sentence_before)
    if people.isdisjoint(before) and people.isdisjoint(earlier):
        return False  # (most matches: no set-up for them)
    clause = [w for w in before if w[0].isalnum()]
    if ":" in earlier:  # "Reminder for all staff: many survivors...": the label is no opener
        earlier = earlier[len(earlier) - earlier[::-1].index(":") :]
    earlier = [w for w in earlier if w[0].isalnum()]
    return _opens_on_people(clause) or (bool(earlier) and _opens_on_people(earlier + clause))
