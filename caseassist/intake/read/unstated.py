"""A safety statement that says nothing of her now: the way to reach her, a goal, a rule of
thumb.

"Pour la joindre sans risque : passer par moi", "Para contactarla sin riesgo, llamar a
la parroquia", "To reach her safely, call me": the clause opens on a purpose of reaching
her (`contact_purposes`), and the "safe" or "without risk" after it says how to call,
never that she is out of danger (the facts of `[statements] not_in_contact`).

"We moved her so that the trafficker would not know where she is", "para que el tratante
no sepa dónde vive", "pour qu'il ne sache pas où elle est", "garantir que o patrão nunca
saiba": a goal (`purpose_leads`, at most `_PURPOSE_REACH` words before the match) says what
someone works for, not what he knows or whether she is safe (`[statements] not_as_purpose`).

"Women who escape are often in danger", "las víctimas a menudo corren peligro", "les
victimes sont souvent en danger": people in general as the subject is general talk, not her
state or her wish. Three kinds of facts read it three ways (each fact list in `[statements]`
of rules.toml), to be made one:

- `not_of_people` (safety, police, consent): a `generic_people` word before the match with no
  "she" after it, or one opening the sentence ("many victims refuse to file a complaint",
  "Muchas víctimas temen que ... y no quieren saber nada de la policía");
- `not_of_people_in_general` (papers, status, work, going home): the people word is the
  clause's subject, with only articles, "and" or `generic_marks` before it and no "she" or
  "he" after ("many survivors on expired visas fear deportation"; not "a permit for victims
  of trafficking");
- `needs_of_people` (bed, food, housing): the people word heads the sentence with a mark of
  a remark on them (`generic_marks`: "Many victims arrive hungry and without a bed",
  "beaucoup de victimes arrivent sans hébergement"), never further on ("referred by a
  women's shelter, nowhere to sleep").

A habit word alone is no such talk: "the owner usually picks her up from school" is his
habit, and he knows where she is."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.general_people import about_people
from caseassist.intake.read.note_context import previous_sentence
from caseassist.intake.read.segment import tokens

_PURPOSE_REACH = 7  # words a purpose lead may stand before the statement it governs
_SUBJECT_REACH = 3  # words from a sentence's start its generic subject may stand in


@cache
def _place_of_others() -> frozenset[str]:
    return frozenset(lexicon.words_of_rules("statements", "place_of_others"))


def not_of_her(fact: str, clause: object, folded: str, before: list[str], m: re.Match[str]) -> bool:
    """A statement rule's match `m` in the clause `folded` says nothing of her now: people in
    general (`about_people`, `unstated`), a goal or a way to reach her (`unstated`), or the
    place of a group marked as others (`others_place`)."""
    if about_people(fact, clause, folded, m.start()):
        return True  # "Many of the women from that network need a doctor"
    sent = clause.folded_sentence if isinstance(clause, OriginalClause) else ""
    earlier = sent[: max(0, sent.find(folded))]
    if unstated(fact, before, earlier):
        return True
    return fact in _place_of_others() and others_place(
        tokens(folded[m.start() :])[: len(tokens(m.group())) + 2],  # "donde están ellas"
        [*previous_sentence(clause), ".", *tokens(earlier), *before],
    )


def unstated(fact: str, before: list[str], sentence_before: str = "") -> bool:
    """The words before a match of `fact` in its clause (`before`) say it is not stated of
    her now: a purpose of reaching her, a goal, or talk about people in general (the words
    of the sentence before the clause, `sentence_before`, count for its subject)."""
    reach = lexicon.phrase_regex("contact_purposes")
    if fact in lexicon.words_of_rules("statements", "not_in_contact") and reach.search(
        " ".join(before)
    ):
        return True  # "pour la joindre"
    purpose = fact in lexicon.words_of_rules("statements", "not_as_purpose")
    if purpose and lexicon.phrase_regex("purpose_leads").search(" ".join(before[-_PURPOSE_REACH:])):
        return True  # "so that he does not know where she is"
    if fact in lexicon.words_of_rules("statements", "not_of_people"):
        return _said_of_people(before, tokens(sentence_before))
    if fact in lexicon.words_of_rules("statements", "not_of_people_in_general"):
        return _people_subject(before)
    if fact in lexicon.words_of_rules("statements", "needs_of_people"):
        return _need_of_people([*tokens(sentence_before), *before])
    return False


def _last_people(words: list[str]) -> int:
    people = lexicon.by_language("generic_people")
    return max((k for k, w in enumerate(words) if w in people), default=-1)


def _said_of_people(before: list[str], opening: list[str]) -> bool:
    she = function_words().she_words
    at = _last_people(before)
    if at >= 0 and she.isdisjoint(before[at + 1 :]):
        return True
    people = lexicon.by_language("generic_people")
    return not people.isdisjoint(opening[:_SUBJECT_REACH]) and she.isdisjoint([*opening, *before])


def _people_subject(before: list[str]) -> bool:
    at = _last_people(before)
    if at < 0 or not function_words().she_or_he.isdisjoint(before[at + 1 :]):
        return False  # "like many victims, she fears ...", "para vítimas ... e ele quer"
    fw = function_words()
    marks = lexicon.by_language("generic_marks")
    return all(w in marks or w in fw.definite_articles or w in fw.and_words for w in before[:at])


def _need_of_people(words: list[str]) -> bool:
    at = _last_people(words)
    if at < 0 or not function_words().she_words.isdisjoint(words[at + 1 :]):
        return False
    return (
        at < _SUBJECT_REACH
        and words[at + 1 : at + 2] != ["s"]  # "a women's shelter"
        and lexicon.phrase_regex("generic_marks").search(" ".join(words)) is not None
    )


_GROUP_REACH = 2  # words between "other" and the people it marks ("the other two women")


def others_place(matched: list[str], before: list[str]) -> bool:
    """A place said of a group the sentence marks as others ("As outras mulheres estão em
    perigo; o aliciador sabe onde elas estão", "the other girls ... knows where they
    live"): a plural pronoun in the match (`group_pronouns`) takes up that group, not her
    (`[statements] place_of_others`). "Knows where they are" of her and her children,
    with no "other" before, stays hers."""
    if lexicon.by_language("group_pronouns").isdisjoint(matched):
        return False
    marks = lexicon.by_language("another_person_words")
    people = lexicon.by_language("generic_people") | lexicon.word_sets().other_people
    for k, w in enumerate(before):
        after = before[k + 1 : k + 2 + _GROUP_REACH]
        cut = next((j for j, a in enumerate(after) if not a[0].isalnum()), len(after))
        if w in marks and not people.isdisjoint(after[:cut]):  # not "con otros seis; the"
            return True
    return False
