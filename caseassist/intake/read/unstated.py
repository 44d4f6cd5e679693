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
victimes sont souvent en danger": a clause with people in general as its subject
(`generic_people`, with no "she" after it: "like many victims, she is in danger" is hers)
is general risk talk, not her state (the same facts, and `not_of_people_in_general`: "many
survivors on expired visas fear deportation" is no fear of hers). So is a need said of people
in general heading its sentence with a mark of a remark on them (`generic_marks`: "Many
victims arrive hungry and without a bed", "muchas víctimas llegan sin comer", "beaucoup de
victimes arrivent sans hébergement": `[statements] not_of_people`), never one where they
stand further on ("referred by a women's shelter, nowhere to sleep"). A habit word alone
is no such talk: "the owner usually picks her up from school" is his habit, and he knows
where she is."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.segment import tokens

_PURPOSE_REACH = 7  # words a purpose lead may stand before the statement it governs
_SUBJECT_REACH = 3  # for a need, people in general open its clause ("beaucoup de victimes")


def unstated(fact: str, before: list[str], clause: object = None, folded: str = "") -> bool:
    """The words before a match of `fact` in its clause (`before`) say it is not stated of
    her now: a purpose of reaching her, a goal, or risk talk about people in general; for a
    need the words of the sentence before its clause (`folded`) count too ("many victims arrive
    hungry and without a bed": the second part shares the first's subject)."""
    reach = lexicon.phrase_regex("contact_purposes")
    if fact in lexicon.words_of_rules("statements", "not_in_contact") and reach.search(
        " ".join(before)
    ):
        return True  # "pour la joindre"
    purpose = fact in lexicon.words_of_rules("statements", "not_as_purpose")
    if purpose and lexicon.phrase_regex("purpose_leads").search(" ".join(before[-_PURPOSE_REACH:])):
        return True  # "so that he does not know where she is"
    general = fact in lexicon.words_of_rules("statements", "not_of_people_in_general")
    need = fact in lexicon.words_of_rules("statements", "not_of_people")
    if not (purpose or general or need):
        return False
    if need and isinstance(clause, OriginalClause):
        sent = clause.folded_sentence
        before = [*tokens(sent[: max(0, sent.find(folded))]), *before]
    people = lexicon.by_language("generic_people")
    at = max((k for k, w in enumerate(before) if w in people), default=-1)
    fw = function_words()
    if at < 0 or not (fw.she_words if need else fw.she_or_he).isdisjoint(before[at + 1 :]):
        return False  # "like many victims, she fears ...", "para vítimas ... e ele quer"
    if purpose or general:
        return purpose or _opens_clause(before[:at])
    # a need: people in general head the clause with a mark of a remark on them ("many",
    # "often", "beaucoup de"), not "a women's shelter", "refugio para mujeres"
    return (
        at < _SUBJECT_REACH
        and before[at + 1 : at + 2] != ["s"]
        and lexicon.phrase_regex("generic_marks").search(" ".join(before)) is not None
    )


def _opens_clause(lead: list[str]) -> bool:
    """Only articles, "and" or quantifiers (`generic_marks`: "many", "muitas") stand before
    the people in general: they are the subject ("many survivors on expired visas fear
    deportation"), not a complement ("a permit for victims of trafficking")."""
    fw = function_words()
    marks = lexicon.by_language("generic_marks")
    return all(w in marks or w in fw.definite_articles or w in fw.and_words for w in lead)
