"""What the whole note says that one clause's reading needs: the sentence before it (whom a
pronoun may take up) and the people the note gives to the life she left."""

from __future__ import annotations

from functools import lru_cache

from caseassist.intake import lexicon
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.households import employer_household
from caseassist.intake.read.knowers import their_people
from caseassist.intake.read.segment import tokens
from caseassist.intake.text import fold


def previous_sentence(clause_text: object) -> list[str]:
    """The words of the sentence before the clause's own, folded ("The trafficker called
    twice. He knows she is here."): whom a pronoun may take up."""
    if not isinstance(clause_text, OriginalClause) or clause_text.sentence_index < 1:
        return []
    before = clause_text.originals.get(clause_text.sentence_index - 1)
    return tokens(lexicon.respell(fold(before))) if before else []


def note_marks(clause_text: object) -> tuple[bool, frozenset[str]]:
    """Whom the whole note gives to the life she left: a household she worked for ("chez
    une famille"), people of theirs ("an "uncle"", "the owner's brother"); see `knowers`."""
    if not isinstance(clause_text, OriginalClause):
        return False, frozenset()
    return _marks_of(clause_text.originals.text)


@lru_cache(maxsize=4)
def _marks_of(text: str) -> tuple[bool, frozenset[str]]:
    words = tokens(lexicon.respell(fold(text)))
    return employer_household(" ".join(words)), their_people(words)


def other_in_turn(clause_text: object, before: list[str], *, answer: bool = False) -> bool:
    """A clause in one of her own turns whose subject is "she" / "he" ("Caller: my friend
    is 19. She wants to go back tomorrow. Not me."): she speaks of herself as "I", so the
    pronoun is someone else, and the wish is theirs (`speakers.her_turns`). In her answer
    (`answer`), a "he" (`his_subjects`) taking up a person the sentence before names is that
    person ("Mon frère veut qu'on porte plainte. Lui, il veut la police."); a "she" may be
    an interpreter's word for her ("She says she wants the police")."""
    if not isinstance(clause_text, OriginalClause) or not before:
        return False
    if answer and _his_turn(clause_text, before):
        return True
    own = clause_text.originals.own
    k = clause_text.sentence_index
    if not own or not 0 <= k < len(own) or not own[k]:
        return False
    ws = lexicon.word_sets()
    words = [w for w in before if w[0].isalnum()]
    return bool(words) and words[0] in ws.pronoun_female | ws.pronoun_male


def _his_turn(clause_text: OriginalClause, before: list[str]) -> bool:
    """The clause opens on "he" (`his_subjects`, after a stressed one: "Lui, il") and the
    sentence before names another person (`other_people`): he is that person."""
    words = [w for w in before if w[0].isalnum()][:2]
    his = lexicon.by_language("his_subjects")
    if not words or words[0] not in his:
        return False
    return not lexicon.word_sets().other_people.isdisjoint(previous_sentence(clause_text))
