"""Form lines read as statements: a label's value read for the facts its label names
("Visto de trabalho: caducado", "Police: refuses"), and whether words before a colon are
a label at all."""

from __future__ import annotations

import re

from caseassist.intake import field_tables, fields, lexicon
from caseassist.intake.read.asked import asked_facts
from caseassist.intake.read.clause_context import LazyOriginals, OriginalClause
from caseassist.intake.read.denied_labels import seen_none
from caseassist.intake.read.replies import said_words
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import _HYPHEN_SLASH, clauses, tokens
from caseassist.intake.read.statements import _apply_rules, _rule_candidates
from caseassist.intake.read.told_questions import next_turn
from caseassist.intake.text import fold


def is_label(label: str, value: str, *, answer: bool) -> bool:
    """The words before a colon ask about a fact the value answers ("In danger: no",
    "Police: refuses"), not a statement of their own ("She is in danger: they are
    looking for her" states it, and its longer value says why)."""
    words = [t for t in tokens(value) if t[0].isalnum()]
    yes_no = field_tables.value_kind(field_tables.value_words(value), "yes", "no")
    if fields.fact_of(label) and (field_tables.is_placeholder(value) or yes_no or seen_none(value)):
        return True  # "Has ID: N", "Has ID: Y/N", "Injuries: none observed": a form's own label
    if not asked_facts(label, writer=not answer, suggested=False):
        return False
    if not asked_facts(label, writer=not answer, suggested=False, about=False):
        return True  # "Police: ...", "Current danger: ...": the label states nothing
    ws = lexicon.word_sets()
    if not words or field_tables.is_placeholder(value):
        return True  # "Le réseau connaît son adresse : inconnue", "Wants police: ?": unanswered
    # "Pregnant: no", "Hungry: possibly": a yes, a no or a hedge answers the label; so does
    # a form's own yes or no ("Trafficker aware of location: N"), never read as a statement
    if yes_no or only_unknown(value):
        return True  # "Pregnant: doesn't know", "Enceinte : ne sait pas": no statement
    if " ".join(field_tables.value_words(value)) in lexicon.by_language("not_now"):
        return True  # "Quiere denunciar: ahora no", "Wants police: not now": a no for now
    return bool(words) and (words[0] in ws.yes or words[0] in ws.no or _has_hedge(value))


def labelled(
    line: re.Pattern[str], sents: list[str], asks: list[bool], k: int, *, answer: bool
) -> re.Match[str] | None:
    """Sentence `k`'s "Label: value" when its label is one (`is_label`), also after a
    speaker ("Nurse Hollis: Wants police: Undecided": the label after the speaker's). A
    sentence read as a question is a form line only when its value is left unanswered and
    no reply follows it ("Trafficker knows location: ?" then "Thanks, call me back"), never
    when one does ("Police: ?" then "No." or "She said no.")."""
    sentence = sents[k]
    form = line.match(sentence) if ":" in sentence else None
    if not form and ":" in sentence and (long := _LONG_LABEL.match(sentence)):
        form = long if _form_answer(long.group("value")) else None  # (a question as a label)
    if form and not is_label(form.group("label"), form.group("value"), answer=answer):
        form = line.match(form.group("value"))
    if not form:
        return None
    # a question written as a label, its mark left out, and a form's answer after its colon
    # ("Is she in immediate danger at this moment: no"): the value is its reply
    asks_here = asks[k] and not ("?" not in sentence and _form_answer(form.group("value")))
    if asks_here and not _unanswered(form.group("value")):
        return None
    if asks_here and (next_turn(sents, asks, k) or _plain_reply(sents[k + 1 : k + 2])):
        return None
    return form if is_label(form.group("label"), form.group("value"), answer=answer) else None


_LONG_LABEL = re.compile(
    r"^\s*(?:[-*\u2022>\u00b7]+\s*)?(?P<label>[^:\s]+(?:\s+[^:\s]+){6,13})(?<!\d)\s*:\s*(?P<value>.*)$"
)
"""A label longer than a form line's usual six words, a whole question written as one
("L'employeur sait-il où il se trouve actuellement : inconnu", "Does the employer know
where he is now: no", "O empregador sabe onde ele está agora: não"): a label only when
its value is a form's own answer (`_form_answer`), never a sentence's colon."""
_FORM_ANSWER_WORDS = 3


def _form_answer(value: str) -> bool:
    """A value of a few words that is only a yes, a no, a placeholder or her not knowing
    ("inconnu", "N", "não", "doesn't know"): what a form prints after its question."""
    words = [t for t in tokens(value) if t[0].isalnum()]
    if not words or len(words) > _FORM_ANSWER_WORDS:
        return False
    yes_no = field_tables.value_kind(field_tables.value_words(value), "yes", "no")
    return bool(yes_no) or field_tables.is_placeholder(value) or only_unknown(value)


def _plain_reply(after: list[str]) -> bool:
    """The next sentence opens with a yes or a no: a reply ("No.", "Sí, ...")."""
    ws = lexicon.word_sets()
    first = [t for t in tokens(after[0]) if t[0].isalnum()][:1] if after else []
    return bool(first) and first[0] in ws.yes | ws.no


def only_unknown(value: str) -> bool:
    """A value that is only her not knowing (`relayed_dont_know`, `dont_know`) or a test
    still awaited (`results_pending`: "Pregnant: test pending"): no answer."""
    said = said_words(lexicon.respell(fold(value)))
    return (
        said in lexicon.by_language("relayed_dont_know")
        or said in lexicon.word_sets().dont_know
        or said in lexicon.by_language("results_pending")
    )


def _unanswered(value: str) -> bool:
    """A form value that is no answer: nothing, "?", "……", "-"."""
    return not any(t[0].isalnum() for t in tokens(value)) or field_tables.is_placeholder(value)


def form_statements(text: str, out: Extraction, *, answer: bool) -> None:
    """Form lines read as statements, each part of the value after its label ("Visto de
    trabalho: caducado", "Souhait : formation"): a fact's label keeps only its fact, a wish
    label any; only facts the rest of the text left open."""

    def folded(part: str) -> str:
        return lexicon.respell(" ".join(fold(part).translate(_HYPHEN_SLASH).split()))

    lines: list[tuple[str | None, list[OriginalClause]]] = []
    for fact_id, label, value in fields.statement_lines(text):
        if only_unknown(value):
            continue  # "Gestante: não sabe", "Pregnant: doesn't know": the label states nothing
        parts = clauses(folded(value))
        line = LazyOriginals(f"{label} {value}", 1)  # the whole line: what cancels a rule
        whole, head = folded(f"{label} {value}"), folded(label)
        lines.append(
            (  # "Permis de travail : permis fermé, valide"
                fact_id,
                [
                    OriginalClause(line, 0, j, len(parts), f"{head} {part}", whole)
                    for j, part in enumerate(parts)
                ],
            )
        )
    if not lines:
        return
    # the statement patterns worth a search in each clause, sifted once for every line (as a
    # note's own clauses are): searching all of them took a form note a quarter of its time
    candidates = _rule_candidates([cl.folded for _fid, cls in lines for cl in cls])
    at = 0
    for fact_id, cls in lines:
        got = Extraction()
        for j, cl in enumerate(cls):
            _apply_rules(
                cl, cl.folded, got, {}, {j: candidates.get(at + j, set())}, j, writer=not answer
            )
        at += len(cls)
        for fid, value in got.values.items():
            if fact_id in (None, fid) and fid not in out.values and fid not in out.conflicts:
                out.put(fid, value)
        # an offered reading the label's own words make ("Consent to share" is a consent
        # and a share act) yields to the line's clear value ("... : ask her each time")
        out.readings += [
            r
            for r in got.readings
            if fact_id in (None, r.fact) and (r.clear or got.values.get(r.fact, r.value) == r.value)
        ]
        out.past.update({f: v for f, v in got.past.items() if fact_id in (None, f)})
