"""What a question, or a form line's label, asks about: the facts its own words state
or suggest, and those its `[questions.about]` / `[questions.asked]` words name. Read
with the note's own rules (`statements`), so a new fact's question needs only data."""

from __future__ import annotations

from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import clauses, tokens
from caseassist.intake.read.statements import _apply_rules, _rule_candidates


@cache
def _about(key: str = "about") -> dict[str, tuple[frozenset[str], ...]]:
    return {
        fid: tuple(frozenset(c.split()) for c in cues)
        for fid, cues in lexicon.words_of_rules("questions", key).items()
    }


def _composed() -> dict[str, list[list[str]]]:
    """`[questions.about_composed]`: per fact, groups of word lists, one phrase of each."""
    return lexicon.rules_data().get("questions", {}).get("about_composed", {})


def _found(key: str, folded: str) -> bool:
    return lexicon.phrase_regex(key).search(folded) is not None


@lru_cache(maxsize=512)
def asked_facts(
    question: str,
    *,
    writer: bool = True,
    suggested: bool = True,
    about: bool = True,
    a_question: bool = False,
) -> tuple[str, ...]:
    """The facts a question (or a form line's label) asks about: those its own words
    state (or, with `suggested`, only suggest: "Injuries: none" says nothing of an urgent
    need), and those whose `[questions.about]` words it holds, in any order ("¿Sabe el
    tratante dónde está?", "Est-ce que tu es en sécurité ?"); with `a_question` (a question, not a
    form line's label), those of `[questions.asked]` too ("Any children with you?")."""
    asked = Extraction()
    parts = clauses(question)
    candidates = _rule_candidates(parts)
    for j, fc in enumerate(parts):
        _apply_rules(fc, fc, asked, {}, candidates, j, writer=writer)
    seen = [*asked.possible] if suggested else []
    out = list(dict.fromkeys([*seen, *asked.values, *asked.conflicts]))
    words = set(tokens(question)) if about else set()
    not_about = _about("not_about")  # "Is she safe to call?" asks about the phone
    if a_question:  # "Vous pouvez parler sans danger ?": of talking, whatever its words state
        out = [f for f in out if not any(c <= words for c in not_about.get(f, ()))]
    tables = _about()
    if a_question:  # (each fact's word sets of both tables, in the tables' order)
        more = _about("asked")
        tables = {f: tables.get(f, ()) + more.get(f, ()) for f in dict.fromkeys([*tables, *more])}
    for fid, groups in _composed().items() if about and a_question else ():
        if fid not in out and all(any(_found(k, question) for k in g) for g in groups):
            out.append(fid)  # "A-t-il un lit pour cette nuit ?": a place word, a night word
    for fid, cues in tables.items():
        if (
            fid not in out
            and any(c <= words for c in cues)
            and not any(c <= words for c in not_about.get(fid, ()))
        ):
            out.append(fid)
    return tuple(out)
