"""The words a `describe` rule keeps as a text fact ("Hand injury from a press, two fingers
badly cut"): the clause that states it and the clauses after it that go on with it,
unless its sentence says it has healed."""

from __future__ import annotations

from caseassist.intake import statement_rules
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.healed import healed
from caseassist.intake.read.segment import clauses, tokens


def describe(
    describes: dict[str, str], rule: statement_rules.Rule, clause_text: object, folded: str
) -> None:
    """Record the clause as the rule's text fact, unless its sentence says it has healed
    ("burn scar, old, healed", "ancienne, cicatrisée"): no injury to ask about now."""
    sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else folded
    if not healed(sent):
        describes.setdefault(rule.describe, described(rule, clause_text))  # type: ignore[arg-type]


def described(rule: statement_rules.Rule, clause_text: object) -> str:
    """The clause that states a `describe` rule's fact, with the clauses after it in its
    sentence that go on with it: another match of the rule, its care, or a short item of
    the same list ("Hand injury from a press, two fingers badly cut", "un corte en la mano,
    suturado, ya dada de alta", "des plaies aux pieds et la gale")."""
    text = str(clause_text).strip()
    if not isinstance(clause_text, OriginalClause) or clause_text.index >= clause_text.count - 1:
        return text
    sentence = clause_text.originals.get(clause_text.sentence_index)
    folded = clauses(clause_text.folded_sentence)
    parts = clauses(sentence) if sentence is not None else []
    if len(parts) != clause_text.count or len(folded) != len(parts):
        return text
    out = [text]
    rest = zip(parts[clause_text.index + 1 :], folded[clause_text.index + 1 :], strict=True)
    for part, fc in rest:
        care = rule.cancel_regex and rule.cancel_regex.search(f" {' '.join(tokens(fc))} ")
        short = len(tokens(fc)) <= 3  # one more item of its list: "plaies aux pieds et la gale"
        if not (care or short or any(p.search(fc) for p in rule.patterns)):
            break
        out.append(part.strip())
    return ", ".join(out)
