"""What an answer says about a child of hers is the child's (stop 27, answers15).

"Y el pequeño tiene fiebre desde ayer y no tienen ropa de invierno" to the safety
question was read as her own urgent medical need, and "My daughter has not eaten since
morning" left the child-needs question to be put. The subject of the clause decides, as
it does in notes: a clause whose subject is a child (a child word, `child_nominals` such
as "el pequeño", "the little one"; a bare noun or a pronoun after a clause that named a
child in its sentence: "es mi hijo, la fiebre", "mon fils aussi, il n'a rien mangé") states the child's need when

- the note reader reads a need of hers (`[child_needs] facts` in answers.toml) from the
  clause's predicate (the words after the child): every phrasing of hunger, fever,
  illness or care it reads in a note ("has not eaten since morning", "tiene fiebre",
  "a de la fièvre") is read here too, with no list of its own;
- or it names a need word (`child_needs`) in a plain clause;
- or it denies having a thing a child needs (`child_lacks`: "no tienen ropa de
  invierno", "has no shoes"), unless the denied verb is a need ("doesn't need clothes",
  `need_verbs`).

The child-needs fact is then yes, and the facts of hers that only the child's clauses
gave (`[child_needs] not_hers`: a fever is not her urgent medical need) are dropped."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import (
    Clause,
    at,
    clauses,
    fact_for,
    find,
    has,
    sentences,
)
from caseassist.intake.read.note import extract
from caseassist.intake.read.result import Extraction

_OPENING = 5  # words before the child that open its clause: "c'est mon fils", "it's my son"
_NEAR = 1  # a negator right beside the have-verb: "does not have", "has no", "n'ont pas"


@cache
def _conf() -> tuple[frozenset[str], frozenset[str]]:
    """(need facts read from a child's predicate, facts never hers when only a child's)."""
    data = lexicon.with_languages("answers.toml").get("child_needs", {})
    return frozenset(data.get("facts", ())), frozenset(data.get("not_hers", ()))


@cache
def _determiners() -> frozenset[str]:
    """Words that open a bare noun ("la fiebre", "the fever"): a clause that goes on about
    the child named before it, never one with a verb of hers ("necesito un médico")."""
    return lexicon.by_language("subject_determiners")


@cache
def _kids() -> tuple[frozenset[str], frozenset[str]]:
    """(child words that are a child alone, those that are only after a possessive)."""
    ws = lexicon.word_sets()
    every = ws.child_singular | ws.child_plural | ws.child_pairs
    return frozenset(every - ws.child_ambiguous), frozenset(ws.child_ambiguous)


def _child_end(c: Clause) -> int:
    """Where the child subject of a clause ends (-1: no child opens it before anyone else);
    a child further on is an object ("la chica ... tiene un bebé"), not the subject."""
    plain, ambiguous = _kids()
    owners = lexicon.word_sets().possessives
    for i, t in enumerate(c[:_OPENING]):
        if at(c, i, "not_child") or at(c, i, "have_verbs"):
            return -1  # "I took my son...", "my sister is sick"; "é que tem um bebé": an object
        n = at(c, i, "child_nominals")
        if n:
            return i + n
        if t in plain or (t in ambiguous and i > 0 and c[i - 1] in owners):
            return i + 1
    return -1


def _her_own(c: Clause, start: int) -> int:
    """Where her own words open again after a child's ("and my back hurts": `not_child`,
    `her_possessives`), else the clause's end; "me" after a preposition is an object
    ("my boy is with me", "mon fils est avec moi"): the clause is still the child's."""
    preps = lexicon.by_language("pronoun_prepositions")
    for i in range(start, len(c)):
        if at(c, i, "not_child") and not (i > start and c[i - 1] in preps and i + 1 == len(c)):
            return i
        if at(c, i, "her_possessives"):
            return i
    return len(c)


def _goes_on(c: Clause) -> bool:
    """A clause that goes on about the child named before it: a bare noun ("la fiebre",
    "the fever") or a pronoun for the child opening it (`child_pronouns`: "il n'a rien
    mangé", "que ellos no han comido"), never one with a word of hers ("necesito")."""
    if has(c, "not_child"):
        return False
    return c[0] in _determiners() or any(at(c, i, "child_pronouns") for i in range(min(2, len(c))))


def states_need(pred: Clause) -> bool:
    """The predicate of a child's clause states a need (see the module)."""
    if not pred:
        return False
    facts, _ = _conf()
    got = extract(" ".join(pred), answer=True)
    if any(got.values.get(f) or got.possible.get(f) for f in facts):
        return True
    if has(pred, "child_needs") and not has(pred, "negators"):
        return True
    return _lack(pred)


def _lack(c: Clause) -> bool:
    """A have-verb denied, then a thing a child needs ("no tienen ropa de invierno", "has
    no shoes", "n'ont pas de vêtements", "não têm roupa"); a need denied is none."""
    if has(c, "need_verbs"):
        return False
    for i in range(len(c)):
        if not at(c, i, "have_verbs"):
            continue
        near = range(max(0, i - _NEAR), min(len(c), i + _NEAR + 1))
        if any(at(c, j, "negators") for j in near) and find(c, "child_lacks", i, i + 5) >= 0:
            return True
    return False


def child_parts(text: str, about_child: bool = False) -> tuple[list[Clause], list[Clause]]:
    """(the predicates of the clauses about a child, every other clause) of an answer;
    `about_child`: it answers a question about her child, so a clause with no one else
    in it ("il a de la fièvre") is the child's."""
    kid: list[Clause] = []
    rest: list[Clause] = []
    carried = False
    for s in sentences(text):
        # a sentence may go on about the child the last one ended on ("My boy is with me.
        # He is sleeping in the car"), only through a child pronoun opening it
        before, carried = carried, False
        if before and _goes_on(s) and s[0] not in _determiners():
            carried = True
            kid.append(s)
            continue
        for c in clauses(s):
            end = _child_end(c)
            if end < 0 and about_child and not has(c, "not_child"):
                end = 0
            if s[-1:] == ["?"]:
                end = -1
            if end >= 0:
                mine = _her_own(c, end)  # "the baby moves less and my back hurts"
                kid.append(c[end:mine])
                rest.extend([c[mine:]] if mine < len(c) else [])
                carried = mine == len(c)
            elif carried and _goes_on(c):
                kid.append(c)  # "es mi hijo, la fiebre"; "mon fils aussi, il n'a rien mangé"
            else:
                carried = False
                rest.append(c)
    return kid, rest


def read_child_clauses(fact_id: str, text: str, out: Extraction) -> None:
    """The child's need from the clauses about a child, and the facts of hers only they
    gave taken back (see the module)."""
    fact = fact_for("child_need")
    kid, rest = child_parts(text, about_child=fact_id == fact)
    if not kid or not any(states_need(p) for p in kid):
        return
    if fact not in out.values:
        out.put(fact, True)
    _, not_hers = _conf()
    found = [f for f in not_hers if out.values.get(f) or out.possible.get(f)]  # (her no stays)
    if not found:
        return
    hers = extract(" . ".join(" ".join(c) for c in rest), answer=True) if rest else Extraction()
    for f in found:
        if not hers.values.get(f) and not hers.possible.get(f):
            if out.values.get(f):
                out.values.pop(f)
            if out.possible.get(f):
                out.possible.pop(f)
