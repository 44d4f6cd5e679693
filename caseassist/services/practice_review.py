"""What a trainee learns at the end of a practice intake.

Read from the session itself (nothing is stored): the questions that were
needed, what the referral note already said, what the invented survivor
declined, the needs found and the providers matched, and what could have
gone differently (questions put off with F6 and never returned to, facts
staff had to correct).
"""

from __future__ import annotations

from collections.abc import Mapping

from caseassist.cases import needs as need_rules
from caseassist.directory import MatchResult
from caseassist.i18n import _, get_locale
from caseassist.intake.engine import IntakeSession, Question, question_bank
from caseassist.intake.facts import FACTS


def _label(fact_id: str) -> str:
    return FACTS[fact_id].label_in(get_locale()) if fact_id in FACTS else fact_id


def review(
    session: IntakeSession, matches: Mapping[str, MatchResult] | None = None
) -> list[tuple[str, list[str]]]:
    """Sections of (heading, lines), in the staff language."""
    state = session.to_dict()
    facts = {f["id"]: f for f in state["facts"]}  # type: ignore[union-attr]
    prompts = {q.id: q for q in question_bank()}
    asked = [str(q) for q in state["asked"]]  # type: ignore[union-attr]
    locale = get_locale()

    def prompt(qid: str) -> str:
        q = prompts.get(qid)
        return Question(q, q.facts).prompt(locale) if q is not None else qid

    from_note = [_label(f) for f, row in facts.items() if row["source"] == "referral"]
    declined = [_label(f) for f, row in facts.items() if row["state"] == "declined"]
    needs = [need_rules.label(n.category) for n in session.needs()]
    providers = []
    for need, result in (matches or {}).items():
        names = [s.name for s in result.suggestions[:2]]
        if names:
            providers.append(f"{need_rules.label(need)}: {', '.join(names)}")
    never = [
        prompt(str(q))
        for q in state["deferred"]  # type: ignore[union-attr]
        if q not in asked and any(f not in facts for f in getattr(prompts.get(q), "facts", ()))
    ]
    corrected = sorted({_label(str(h["fact"])) for h in state["history"]})  # type: ignore[union-attr]
    none = [_("none")]
    better = [_("Put off with F6 and never asked: {q}").format(q=q) for q in never]
    better += [_("Corrected afterwards: {fact}").format(fact=c) for c in corrected]
    return [
        (
            _("Questions that were needed ({n})").format(n=len(asked)),
            [prompt(q) for q in asked] or none,
        ),
        (_("Facts the referral note already gave"), from_note or none),
        (_("Declined (their right; never pressed)"), declined or none),
        (_("Needs found"), needs or none),
        (_("Providers matched"), providers or none),
        (_("What you could do differently"), better or [_("Nothing: every question was put.")]),
    ]


def as_text(sections: list[tuple[str, list[str]]]) -> str:
    out: list[str] = []
    for heading, lines in sections:
        out.append(heading)
        out += [f"  • {line}" for line in lines]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
