"""A clean reading for the critical facts: applied only when nothing in the note reads
them otherwise.

A wrong value on some facts sends a survivor to the wrong place (the police she does
not want, a shelter the people she fled know of). Phrasing rules leave wrong values on
notes nobody wrote them for, so for the facts `[critical] facts` of `rules.toml` lists,
a value is applied only when every reading of the fact in the text gives that value and
no sentence that gives it holds a cue that makes it less than plain (the cue lists of
each `lexicon/<lang>/words.toml`):

- `contrasts` ("but", "aunque", "bien que", "embora"): a second side in the sentence;
- `second_opinions`, for the wish facts (`[replies] wish_facts`): a wish put off or
  someone else's ("for now", "not yet", "pas encore", "her brother wants her to");
- `hypotheticals`: a past or a condition ("at first", "al principio", "only if",
  "si elle", "se ela"), once a question told or the writer's own not knowing
  ("asked if", "je ne sais pas si") is set aside.

Anything else is offered as a possible fact, for staff to confirm."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import tokens


@cache
def critical_facts() -> tuple[str, ...]:
    """The facts applied only on a clean reading (`[critical] facts`)."""
    return tuple(lexicon.words_of_rules("critical", "facts"))


@cache
def _wish_facts() -> frozenset[str]:
    return frozenset(lexicon.words_of_rules("replies", "wish_facts"))


@cache
def _topics() -> dict[str, tuple[frozenset[str], ...]]:
    """Each critical fact's topic: the word sets its question is known by
    (`[questions.about]`) and `[critical.topics]`, for a reading with no sentence."""
    about = lexicon.words_of_rules("questions", "about")
    more = lexicon.words_of_rules("critical", "topics") or {}
    return {
        fid: tuple(frozenset(c.split()) for c in (*about.get(fid, ()), *more.get(fid, ())))
        for fid in critical_facts()
    }


@cache
def _set_aside() -> re.Pattern[str]:
    """A question told, the writer's own not knowing or an indirect question: its "if" is
    no condition ("asked if she", "je ne sais pas si", "does not know if he knows")."""
    keys = ("reported_questions", "writer_unknowns", "not_conditions")
    return re.compile("|".join(lexicon.phrase_regex(k).pattern for k in keys))


_ELLIPTIC = 3
"""A side of a contrast this short goes on with the statement ("but not where", "pero
mañana", "but she is scared"); so does a short one opening with a negator ("aunque no la
dirección exacta", "mas não a morada")."""
_CLAUSE_END = re.compile(r"[,;:.!?]")


def _contrasted(fid: str, plain: str, clause: str | None) -> str | None:
    """A contrast inside the statement's clause or opening the clause right after it,
    whose other side speaks of the same fact, holds a hedge or is too short to be a
    statement of its own. A contrast before the statement concedes and leaves it standing
    ("Aunque tiene miedo, quiere denunciar"); one after a later clause is about that one
    ("safe at a friend's, no bed needed tonight but needs housing")."""
    at = plain.find(clause) if clause else -1
    end = at + len(clause) if clause and at >= 0 else 0
    marks = [m for m in lexicon.phrase_regex("contrasts").finditer(plain) if m.start() > at]
    for m in marks:
        if m.start() >= end and any(t[:1].isalnum() for t in tokens(plain[end : m.start()])):
            break  # it contrasts a later clause, not this statement
        side = _CLAUSE_END.split(plain[m.end() :], maxsplit=1)[0]
        words = [t for t in tokens(side) if t[:1].isalnum()]
        if words and (
            len(words) <= _ELLIPTIC
            or (words[0] in lexicon.word_sets().negators and len(words) <= 2 * _ELLIPTIC - 2)
            or _speaks_of(fid, side)
            or _has_hedge(side)
        ):
            return m.group(0)
    return None


@lru_cache(maxsize=512)
def unclean_cue(fid: str, value: object, sentence: str, clause: str | None = None) -> str | None:
    """The cue that makes a sentence less than a plain statement of `value`, or None. The
    fact's own unsure value ("undecided") is what a put-off wish or a contrast states:
    only a past or a condition makes it unclear."""
    plain = _set_aside().sub(" ", sentence)
    own_unsure = value == lexicon.hedged_values().get(fid)
    keys = ["hypotheticals"]
    if fid in _wish_facts() and not own_unsure:
        keys.append("second_opinions")
        if value not in ("no", False):  # a no for now is a no; a yes for now is not plain,
            keys += ["for_nows", "limits"]  # nor one with a limit ("only with the clinic")
    for key in keys:
        if m := lexicon.phrase_regex(key).search(plain):
            return m.group(0)
    return None if own_unsure else _contrasted(fid, plain, clause)


@lru_cache(maxsize=1024)
def _speaks_of(fid: str, sentence: str) -> bool:
    words = set(tokens(sentence))
    return any(c <= words for c in _topics().get(fid, ()))


def _offered_apart(sentence: str | None) -> bool:
    """An offered reading that holds a critical fact back: one in a statement of its own
    ("Not in danger now. She may have been followed."), not in a reply after a question
    ("¿Sabe dónde vive?: no está segura" is "not sure", never "not safe") nor one from a
    question or a label (no sentence)."""
    return sentence is not None and not sentence.lstrip().startswith((":", "-", "\u2013"))


def prepare() -> None:
    """Compile the cue patterns ahead of the first note (`warm.warm`)."""
    _set_aside()
    for key in ("contrasts", "second_opinions", "for_nows", "limits", "hypotheticals"):
        lexicon.phrase_regex(key)
    _topics()


def hold_unclean(sentences: list[str], out: Extraction) -> None:
    """Each critical fact applied in `out` moves to the possible facts unless its reading
    is clean: no reading of it elsewhere with another value, and no cue in the sentences
    that give it (for a reading from a form line, a reply or a topic: in the sentences
    that speak of its topic)."""
    for fid in critical_facts():
        if fid not in out.values:
            continue
        value = out.values[fid]
        readings = [r for r in out.readings if r.fact == fid]
        other = any(r.value != value and (r.clear or _offered_apart(r.sentence)) for r in readings)
        scope = {(r.sentence, r.clause) for r in readings if r.sentence and r.value == value}
        if not scope or any(r.sentence is None and r.clear for r in readings):
            scope |= {(s, None) for s in sentences if _speaks_of(fid, s)}
        if other or any(unclean_cue(fid, value, s, c) for s, c in scope):
            del out.values[fid]
            out.maybe(fid, value)
