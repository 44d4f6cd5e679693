"""What one answer settles: the asked fact's state and value, and any other fact it states.

Kept apart from the session so that reading an answer stays a pure function of
the answer (and of the preferred language already known)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import NamedTuple

from caseassist.intake import lexicon
from caseassist.intake.facts import FACTS, InvalidValue, State, coerce
from caseassist.intake.lexicon import hedged_values
from caseassist.intake.questions import Question
from caseassist.intake.read import DECLINED, UNKNOWN, answer_kind, extract, interpret_answer
from caseassist.intake.read.answer_kinds import words_besides_kind
from caseassist.intake.read.answer_words import has, sentences
from caseassist.intake.read.answers import LONG_TEXT_ANSWER
from caseassist.intake.read.ellipsis import fill_ellipsis
from caseassist.intake.read.text_answer import own_text, spanned, too_long_for

_YES_NO_WORDS = frozenset({"no", "si", "oui", "non", "yes", "ok"})
_NAMED_IN_ANSWER = frozenset({"person.name"})  # text read out of the answer: "call me Maya"
_STATED_BESIDE = 2  # words beside "no sé" that state a text fact: "no sé, como de todo"
_KIND_ONLY = 20
_WORDS_KEPT = frozenset(
    {"self_described", "ask_each_time"}
)  # her words say what it means  # an answer this short is its kind alone ("No lo sé", "Prefiero no decirlo")


class Settled(NamedTuple):
    fact: str
    state: State
    value: object = None
    note: str = ""


def open_to(one: Settled, had: object) -> bool:
    """Another fact an answer states may be settled: not settled yet (`had` None), or
    declined or unknown before and now stated plainly (an injury she declined to describe,
    then told in a later answer, is kept)."""
    return had is None or (
        one.state is State.KNOWN and getattr(had, "state", None) is not State.KNOWN
    )


def _others(
    fid: str, text: str, values: dict[str, object], question: str | None = None
) -> list[Settled]:
    """The facts other than the asked one an answer states, also in a clause that leaves
    its verb out ("I want to work, but I don't know if I'm allowed to")."""
    filled = fill_ellipsis(text)
    more = interpret_answer(fid, filled, question).values if filled else {}
    found = {**more, **values}
    return [Settled(o, State.KNOWN, found[o]) for o in FACTS if o in found and o != fid]


def _kind_state(kind: str) -> State:
    return State.DECLINED if kind == DECLINED else State.UNKNOWN


def _stated_after_kind(
    fid: str, text: str, first: Settled, question: str | None = None
) -> list[Settled]:
    """An answer's kind, and the facts it states clearly after it: "No sé si quiero
    regresar, pero sí quiero llamar a mi hija" leaves going home open and settles family
    contact. A "don't know" whose words state the asked fact itself is content: "No sé si
    puedo quedarme en este país" is a worry about her stay, not "I don't know"."""
    if len(text) <= _KIND_ONLY:
        return [first]
    ex = interpret_answer(fid, text, question)
    if first.state == State.UNKNOWN and fid in ex.values:
        stated = extract(text, answer=True).values.get(fid)  # a statement, not "No (lo sé)"
        if stated is None and ex.values[fid] is True:
            stated = True  # "I don't know if my visa is still good": a worry, read in words
        first = Settled(fid, State.KNOWN, stated) if stated is not None else first
    return [first, *_others(fid, text, ex.values, question)]


def kind_and_besides(
    asked: Sequence[str], state: State, text: str, question: str | None = None
) -> list[Settled]:
    """An answer of one kind ("No sé", "Prefiero no decirlo") to a question: its facts in that
    state, then the other facts its words state clearly after it ("No sé. Tengo miedo de que
    me deporten" to the legal-help question settles the worry about her status too)."""
    out = [Settled(f, state) for f in asked]
    if not asked or len(text) <= _KIND_ONLY:
        return out
    read = interpret_answer(asked[0], text, question).values
    return out + [o for o in _others(asked[0], text, read, question) if o.fact not in asked]


@cache
def _later() -> dict:
    """`[later]` of answers.toml: the offers a later word puts later, and its most words."""
    return dict(lexicon.with_languages("answers.toml").get("later", {}))


def asks_later(asked: Sequence[str], text: str) -> bool:
    """An offer answered only "later" ("maybe later, not now"): put it later (see `[later]`
    in answers.toml), unless a yes is read in it."""
    conf = _later()
    if len(asked) != 1 or asked[0] not in conf.get("facts", ()):
        return False
    toks = [t for s in sentences(text) for t in s if t[0].isalnum()]
    if not toks or len(toks) > conf.get("words", 0) or not has(toks, "later_answers"):
        return False
    return interpret_answer(asked[0], text).values.get(asked[0]) is not True


def asked_words(
    q: Question, fid: str | None, known: Mapping[str, object], locale: str
) -> str | None:
    """The words `q` was put to her in (her language's, else the staff's) for reading a
    free-text answer to its first fact; None for the other facts of a joint question (as
    the corpus is scored). `known`: the session's known values (her language)."""
    if fid is not None and fid != q.facts[0]:
        return None
    lang = known.get("person.preferred_language")
    return q.survivor_prompt(str(lang)) if lang else q.prompt(locale)


def settle_answer(
    fid: str, value: object, preferred: object = None, question: str | None = None
) -> list[Settled]:
    """The asked fact first, then every other fact a free-text answer states clearly.

    `value` is a typed value, DECLINED / UNKNOWN, or the survivor's words; `preferred` is
    the preferred language already known (never listed again among the others);
    `question` the words she was asked, which say how a bare yes or no reads ("Have you
    eaten today?" - "No") and whether a "No tengo teléfono" answers it at all."""
    if value == DECLINED:
        return [Settled(fid, State.DECLINED)]
    if value == UNKNOWN or value is None:
        return [Settled(fid, State.UNKNOWN)]
    fd = FACTS[fid]
    if isinstance(value, str) and fd.type != "text":
        kind = answer_kind(value)
        if kind is not None:
            if kind == UNKNOWN and fid in hedged_values():
                first = Settled(fid, State.KNOWN, hedged_values()[fid])
            else:
                first = Settled(fid, _kind_state(kind))
            return _stated_after_kind(fid, value, first, question)
    try:
        typed = coerce(fid, value)
    except InvalidValue:
        typed = None
    bare_yes_no = isinstance(value, str) and value.strip().casefold() in _YES_NO_WORDS
    if bare_yes_no and fd.type in ("lang", "country"):
        typed = None
    rare = isinstance(typed, str) and typed.split("-")[0] not in lexicon.known_language_codes()
    if rare and fd.type == "lang":
        typed = None  # words typed are read, not taken for a rare code: "any", "one"
    kind = answer_kind(value) if isinstance(value, str) and fd.type == "text" else None
    if kind is not None and words_besides_kind(str(value)) < _STATED_BESIDE:
        return [Settled(fid, _kind_state(kind))]  # "No sé", "Prefiero no decirlo" alone
    if fd.type == "text" and isinstance(value, str) and fid in _NAMED_IN_ANSWER:
        said = extract(value, answer=True).values.get(fid)
        typed = said if isinstance(said, str) else typed  # "call me Maya" -> "Maya"
        if not isinstance(said, str) and too_long_for(fid, value):
            typed = None  # "Mi tía se llama Teresa... luego le digo": a sentence, no name
    if fd.type == "text" and isinstance(value, str) and len(value.strip()) > LONG_TEXT_ANSWER:
        typed = None  # a long answer: the part that states it, else kept as a note to cut down
    elif fd.type == "text" and isinstance(value, str) and fid not in _NAMED_IN_ANSWER:
        typed = own_text(fid, value)  # "I told you. penicillin"; another fact's sentence left out
        typed = spanned(fid, typed) or typed or None  # "No como cerdo." -> "sin cerdo"
    if typed is not None and not (isinstance(value, str) and fd.type in ("bool", "int")):
        first = Settled(fid, State.KNOWN, typed)
        if fd.type != "text" or not isinstance(value, str) or len(value) <= _KIND_ONLY:
            return [first]
        read = interpret_answer(fid, value, question).values
        return [first, *_others(fid, value, read, question)]
    if not isinstance(value, str):
        raise InvalidValue(f"{fid}: a value of the wrong type")
    if fd.type == "text":
        kind = answer_kind(value)
        if kind is not None and len(value) < 40:
            return [Settled(fid, _kind_state(kind))]
    ex = interpret_answer(fid, value, question)
    got = ex.values.get(fid)
    if fd.type == "langs" and isinstance(got, list) and preferred:
        got = [c for c in got if c != preferred]
    out = [
        Settled(
            fid,
            State.KNOWN,
            got,
            value.strip() if isinstance(got, str) and got in _WORDS_KEPT else "",
        )
        if fid in ex.values
        else Settled(fid, State.UNKNOWN, note=value.strip())
    ]
    return out + _others(fid, value, ex.values, question)
