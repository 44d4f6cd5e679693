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

People in general as the subject ("Women who escape are often in danger", "las víctimas a
menudo corren peligro") state nothing of her either, for every fact: `general_people.py`.

A habit word alone is no such talk: "the owner usually picks her up from school" is his
habit, and he knows where she is."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.answer_kin import person_of_hers
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.general_people import about_people
from caseassist.intake.read.note_context import previous_sentence
from caseassist.intake.read.quoted_speakers import helper_subject, spoken_quote_lead
from caseassist.intake.read.segment import tokens

_PURPOSE_REACH = 7  # words a purpose lead may stand before the statement it governs


@cache
def _place_of_others() -> frozenset[str]:
    return frozenset(lexicon.words_of_rules("statements", "place_of_others"))


def not_of_her(fact: str, clause: object, folded: str, before: list[str], m: re.Match[str]) -> bool:
    """A statement rule's match `m` in the clause `folded` says nothing of her now: people in
    general (`general_people.about_people`, for every fact), a report denied before it
    (`report_denials`: "it is not true that she refused"), a goal or a way to reach her
    (`unstated`), what a match sets aside (`rather_than`), a quote a helper speaks
    (`quoted_speakers`: another person's quote may be hers, 'Disse que a patroa "no sabe
    dónde estoy"'), or the place of a group marked as others (`others_place`) or of a
    person named right after the place ("knows which school her daughter goes to")."""
    sent = clause.folded_sentence if isinstance(clause, OriginalClause) else ""
    earlier = sent[: max(0, sent.find(folded))]
    if about_people(earlier, before):
        return True  # "Many of the women from that network need a doctor"
    if lexicon.phrase_regex("report_denials").search(f"{earlier} {' '.join(before)}"):
        return True  # "Não é verdade que ela recusou a polícia": a report denied
    if unstated(fact, before):
        return True
    if lexicon.phrase_regex("rather_than").search(m.group()):
        return True  # "a home rather than an emergency bed tonight": the bed set aside
    if (lead := spoken_quote_lead([*tokens(earlier), *before])) and helper_subject(lead):
        return True  # 'El intérprete dice: «Llevo todo el día sin comer»': his own words
    if fact not in _place_of_others():
        return False
    if _person_at_place(tokens(m.group())[-1:], tokens(folded[m.end() :])[:4]):
        return True  # "sabe em que escola a filha dela estuda", "quelle école va sa fille"
    return others_place(
        tokens(folded[m.start() :])[: len(tokens(m.group())) + 2],  # "donde están ellas"
        [*previous_sentence(clause), ".", *tokens(earlier), *before],
    )


def _person_at_place(last: list[str], after: list[str]) -> bool:
    """A person of hers or another right after the match ("dónde estudia su hija"), or one
    word after a kind of place ("quelle école va sa fille"): that person's place, not hers."""
    if person_of_hers(after):
        return True
    if lexicon.by_language("place_kinds").isdisjoint(last):
        return False
    return bool(after) and after[0].isalpha() and person_of_hers(after[1:])


def unstated(fact: str, before: list[str]) -> bool:
    """The words before a match of `fact` in its clause (`before`) say it is not stated of
    her now: a purpose of reaching her, or a goal."""
    reach = lexicon.phrase_regex("contact_purposes")
    if fact in lexicon.words_of_rules("statements", "not_in_contact") and reach.search(
        " ".join(before)
    ):
        return True  # "pour la joindre"
    purpose = fact in lexicon.words_of_rules("statements", "not_as_purpose")
    leads = lexicon.phrase_regex("purpose_leads")  # "so that he does not know where she is"
    return purpose and leads.search(" ".join(before[-_PURPOSE_REACH:])) is not None


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
