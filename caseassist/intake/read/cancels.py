"""What voids a statement rule's match in its sentence: a `cancelled_by` phrase ("a cut,
dressed and seen by the nurse" is cared for, no urgent need), unless the phrase stands
inside an `until_done` phrase or the rule's own clear phrase ("keep taking it until
finished", "no ha sido atendida": no care done), or negates a holding ("NÃO devolvidos"),
or, for a need (`[statements] but_keeps`), stands before a "but" that opens the
statement's side ("le dimos un bocadillo pero necesita comer", "on lui a donné un café
mais il demande à manger"): what the "but" says still holds (stop 39, tonight4). A need
said for a place to live later ("..., so she will need somewhere to live for the longer
term") voids no place she has now, for the facts `[statements] long_term` lists (stop 40,
tonight5)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon, statement_rules
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.scope import negated_word
from caseassist.intake.read.segment import tokens


def voided(
    rule: statement_rules.Rule, clause_text: object, folded: str, m: re.Match[str]
) -> bool | None:
    """A `cancelled_by` phrase of `rule` in the sentence of the match `m` voids it (True);
    None: no such phrase counts there (False: one does but undoes nothing)."""
    sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else folded
    padded = f" {' '.join(tokens(sent))} "
    cms = rule.cancel_regex.finditer(padded)
    cm = next(cms, None)
    while cm and _long_need(rule, padded, cm):
        cm = next(cms, None)  # "but must leave Friday, so will need a stable home"
    if cm and any(u.start() <= cm.start() < u.end() for u in _not_done(rule, padded)):
        cm = None  # "until finished", "no ha sido atendida": no care done
    # (a holding is not undone by "NÃO devolvidos", "never returned")
    if (
        cm
        and rule.fact in lexicon.words_of_rules("statements", "but_keeps")
        and _but_after(padded, cm.end(), _start_in(padded, folded, m))
    ):
        cm = None  # "we gave her a coffee but she asks for food": the need stands
    if cm is None:
        return None
    return not (rule.value is False and negated_word(padded, cm.start(), m.group()))


def _long_need(rule: statement_rules.Rule, padded: str, cm: re.Match[str]) -> bool:
    """The cancel phrase is a need cue whose next words name a place to live later (a
    `long_term_words` word or a `housing_nouns` phrase, no `tonight_words`): it voids no
    reading that she has a place now (`[statements] long_term`)."""
    if rule.value is not False or rule.fact not in lexicon.words_of_rules(
        "statements", "long_term"
    ):
        return False
    cue = cm.group().strip()
    if not any(lexicon.phrase_regex(k).fullmatch(cue) for k in ("need_cues", "referrer_need_cues")):
        return False
    after = " ".join(padded[cm.end() :].split()[:_LONG_NEED_WORDS])
    if lexicon.phrase_regex("tonight_words").search(after):
        return False
    return any(lexicon.phrase_regex(k).search(after) for k in ("long_term_words", "housing_nouns"))


_LONG_NEED_WORDS = 8  # the words after a need cue that say what it is for


def _not_done(rule: statement_rules.Rule, padded: str) -> list[re.Match[str]]:
    """The spans of `until_done` phrases ("until finished") and of the rule's own clear
    phrases ("no ha sido atendida", "not been seen"): a cancel word inside is no care done."""
    own = list(rule.clear_regex.finditer(padded)) if rule.clear_regex else []
    return list(lexicon.phrase_regex("until_done").finditer(padded)) + own


def _start_in(padded: str, folded: str, m: re.Match[str]) -> int:
    """Where the match starts in the padded sentence (-1: the clause is not found there)."""
    at = padded.find(f" {' '.join(tokens(folded))} ")
    return -1 if at < 0 else at + len(" ".join(tokens(folded[: m.start()]))) + 1


def _but_after(padded: str, cancel_end: int, start: int) -> bool:
    """A `but_words` word between a cancel phrase that ends before the match and the
    match: the statement after the "but" is the one that still holds."""
    if start < 0 or cancel_end > start:
        return False
    return lexicon.phrase_regex("but_words").search(padded[cancel_end - 1 : start + 1]) is not None
