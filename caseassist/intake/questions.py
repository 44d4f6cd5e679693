"""The question bank (`resources/intake/questions.toml`) and a question as put now.

Each question names the facts it establishes, its staff and survivor wordings per
language, and when it applies (`when` / `unless` conditions on known facts).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from caseassist.intake.facts import FACTS, STAGES, Fact, State
from caseassist.paths import resources_dir


@dataclass(frozen=True, slots=True)
class Condition:
    fact: str
    value: object
    more_than: bool = False  # `more_than = N` in the bank: a known number above N

    def holds(self, facts: Mapping[str, Fact]) -> bool:
        f = facts.get(self.fact)
        if f is None or f.state is not State.KNOWN:
            return False
        if self.more_than:
            return (
                isinstance(f.value, int) and not isinstance(f.value, bool) and f.value > self.value
            )  # type: ignore[operator]
        return f.value == self.value


def _condition(row: Mapping[str, object]) -> Condition:
    if "more_than" in row:
        return Condition(str(row["fact"]), row["more_than"], more_than=True)
    return Condition(str(row["fact"]), row["is"])


@dataclass(frozen=True)
class QuestionDef:
    id: str
    facts: tuple[str, ...]
    stage: str
    staff: Mapping[str, str]
    survivor: Mapping[str, str]
    rest: Mapping[str, Mapping[str, Mapping[str, str]]] = field(default_factory=dict)
    when: tuple[Condition, ...] = ()
    unless: tuple[Condition, ...] = ()
    language_gap: bool = False
    options: tuple[str, ...] = ()
    confirm_doubt: bool = False
    """A doubtful reply ("I think not") is followed up once, gently (`intake.doubts`)."""
    held_by: str = ""
    """A reading that holds the question back for the caseworker (`intake.held`)."""
    follows: tuple[str, ...] = ()
    """Facts this question follows up: once any of them is declined it is not put (a
    survivor who would rather not give a name is not asked for her other names). The
    facts of `when` count too; those of `unless` do not: a declined gender is not "male",
    so the pregnancy question is still put (gently; it can be declined too)."""

    def withdrawn(self, facts: Mapping[str, Fact]) -> bool:
        """Whether a fact this question follows up (or conditions on) was declined: then it
        is not put, since it would ask again, another way, what she chose not to say."""
        followed = (*self.follows, *(c.fact for c in self.when))
        return any(
            (f := facts.get(fid)) is not None and f.state is State.DECLINED for fid in followed
        )


@cache
def _bank_data() -> dict:
    with (resources_dir() / "intake" / "questions.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def question_bank() -> tuple[QuestionDef, ...]:
    """Every question, in the order they are put (first contact before follow-up)."""
    out: list[QuestionDef] = []
    seen: set[str] = set()
    for row in _bank_data()["question"]:
        facts = tuple(row["facts"])
        for f in (*facts, *row.get("follows", ())):
            if f not in FACTS:
                raise ValueError(f"questions.toml: {row['id']} names unknown fact {f}")
        stages = {FACTS[f].stage for f in facts}
        if len(stages) != 1 or row["id"] in seen:
            raise ValueError(f"questions.toml: {row['id']} mixes stages or repeats")
        seen.add(row["id"])
        out.append(
            QuestionDef(
                id=row["id"],
                facts=facts,
                stage=stages.pop(),
                staff=row["staff"],
                survivor=row["survivor"],
                rest=row.get("rest", {}),
                when=tuple(_condition(c) for c in row.get("when", ())),
                unless=tuple(_condition(c) for c in row.get("unless", ())),
                language_gap=bool(row.get("language_gap", False)),
                options=tuple(row.get("options", ())),
                follows=tuple(row.get("follows", ())),
                confirm_doubt=bool(row.get("confirm_doubt", False)),
                held_by=str(row.get("held_by", "")),
            )
        )
    out.sort(key=lambda q: STAGES.index(q.stage))
    return tuple(out)


@cache
def _bank_by_id() -> dict[str, QuestionDef]:
    return {q.id: q for q in question_bank()}


@cache
def answer_labels() -> dict[str, dict[str, str]]:
    """Labels for decline / don't know / skip and the option values, per language."""
    return dict(_bank_data()["labels"])


def _pick(table: Mapping[str, str], lang: str) -> str:
    base = lang.replace("_", "-").split("-")[0].lower() if lang else "en"
    return table.get(lang) or table.get(base) or table.get("en") or next(iter(table.values()), "")


@dataclass(frozen=True)
class Question:
    """A question as put now: `facts` are the fact ids it still sets out to establish."""

    definition: QuestionDef
    facts: tuple[str, ...]
    confirming: bool = False
    """Put again after a doubtful reply (`intake.doubts`): once, gently."""

    @property
    def id(self) -> str:
        return self.definition.id

    @property
    def stage(self) -> str:
        return self.definition.stage

    def _table(self, kind: str) -> Mapping[str, str]:
        """The wordings of this question as put now, by language (`kind`: staff or survivor)."""
        d = self.definition
        if len(self.facts) == 1 and len(d.facts) > 1 and self.facts[0] in d.rest:
            table = d.rest[self.facts[0]].get(kind)
            if table:
                return table
        return d.staff if kind == "staff" else d.survivor

    def _wording(self, kind: str, lang: str) -> str:
        return _pick(self._table(kind), lang)

    def survivor_language(self, wanted: Iterable[str]) -> str:
        """The first language of `wanted` this question has a survivor phrasing in.

        A survivor whose own language the bank lacks may read another she speaks
        better than the staff member's; English when none of them is there.
        """
        table = self._table("survivor")
        for lang in wanted:
            base = lang.replace("_", "-").split("-")[0].lower()
            if lang in table or base in table:
                return lang
        return "en"

    def prompt(self, locale: str = "en") -> str:
        """The words shown to staff, in their UI language."""
        return self._wording("staff", locale)

    def survivor_prompt(self, lang: str = "en") -> str:
        """A phrasing staff can read out or show, in the survivor's language (English if none)."""
        return self._wording("survivor", lang)

    @property
    def fact_type(self) -> str:
        return FACTS[self.facts[0]].type if len(self.facts) == 1 else "multi"

    @property
    def options(self) -> tuple[str, ...]:
        if len(self.facts) != 1:
            return ()
        fd = FACTS[self.facts[0]]
        if fd.type == "bool":
            return ("yes", "no")
        return self.definition.options or fd.options

    def option_label(self, option: str, lang: str = "en") -> str:
        table = answer_labels().get(option)
        return _pick(table, lang) if table else option


def turn_prompt(turn: Mapping[str, object], locale: str) -> str:
    """A stored turn's question in `locale`: a resumed intake shows what was asked in the
    language of the screens now, not in the one of the day it was asked (the words stored
    with the turn when the bank no longer has that question)."""
    d = _bank_by_id().get(str(turn.get("question", "")))
    facts = turn.get("facts")
    if d is None or not isinstance(facts, list | tuple) or not facts:
        return str(turn.get("prompt", ""))
    return Question(d, tuple(str(f) for f in facts)).prompt(locale)
