"""Gender from agreement in es/fr/pt: a participle or adjective after a copula whose
subject is the person the note is about ("Llegó muy cansada", "elle est arrivée",
"ele chegou assustado"). Counted as a pronoun is: a weak vote, two of one gender and
none of the other are needed (see gender._settle_gender)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.text import fold_name


@dataclass(frozen=True)
class _Tables:
    verbs: dict[str, tuple[tuple[str, ...], ...]]  # first word -> the copulas it opens
    firsts: frozenset[str]
    impersonal: frozenset[str]
    words: dict[str, str]  # whole word -> gender
    endings: tuple[tuple[str, str], ...]  # (ending, gender), longest first


@cache
def _tables() -> _Tables:
    w = lexicon.words()
    verbs = frozenset(tuple(fold_name(v).split()) for v in w.get("agreement_verbs", ()))
    words: dict[str, str] = {}
    endings: list[tuple[str, str]] = []
    for gender in ("female", "male"):
        for item in w.get(f"agreement_{gender}", ()):
            if item.startswith("-"):
                endings.append((fold_name(item[1:]), gender))
            else:
                words[fold_name(item)] = gender
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for v in sorted(verbs, key=len, reverse=True):
        if v:
            by_first.setdefault(v[0], []).append(v)
    return _Tables(
        {k: tuple(v) for k, v in by_first.items()},
        frozenset(by_first),
        frozenset(fold_name(v) for v in w.get("agreement_impersonal", ())),
        words,
        tuple(sorted(endings, key=lambda e: len(e[0]), reverse=True)),
    )


def triggers() -> frozenset[str]:
    """Words without which a sentence holds no agreement to read (the copulas' first)."""
    return _tables().firsts


_BETWEEN = frozenset(
    ["muy", "bastante", "tan", "un", "poco", "algo", "mas", "super", "re", "bien", "todavia"]
    + ["muito", "bem", "tao", "meio", "um", "pouco", "ainda", "ja", "mais", "super"]
    + ["tres", "assez", "un", "peu", "pas", "plus", "encore", "toujours", "deja", "si", "bien"]
    + ["ya", "aun", "ne", "n'", "nao", "no", "jamais", "nunca", "completamente", "totalement"]
)
"""Adverbs and negators that stand between a copula and its adjective, or before it."""

_SUBJECTS = frozenset(["ella", "el", "ela", "ele", "elle", "il"])
_OPENERS = frozenset(
    [",", ";", ":", "(", "y", "e", "et", "pero", "mas", "mais", "porque", "pois", "car"]
    + ["que", "hoy", "hoje", "ahora", "agora", "aujourd'hui", "maintenant", "tambien"]
    + ["tambem", "aussi", "ici", "aqui", "alli", "la", "ali", "ayer", "ontem", "hier"]
)
"""What may stand before a copula whose subject is the person the note is about: a
clause's start, a conjunction, a time word, or her or his own pronoun."""


def _gender_of(word: str, t: _Tables) -> str | None:
    if word in t.words:
        return t.words[word]
    for end, gender in t.endings:
        if word.endswith(end) and len(word) >= len(end) + 3:
            return gender
    return None


def agreement_votes(
    toks: list[str], pron: dict[str, int], *, others_here: Callable[[], bool]
) -> None:
    """Add a weak vote for every copula and agreeing word whose subject is the person the
    note is about: no subject (or a conjunction, her or his pronoun) before the copula;
    in a sentence that names someone else, only at the sentence's start."""
    t = _tables()
    for i, w in enumerate(toks):
        if w not in t.firsts:
            continue
        verb = next(
            (v for v in t.verbs[w] if len(v) == 1 or tuple(toks[i : i + len(v)]) == v), None
        )
        if verb is None:
            continue
        j = i - 1
        while j >= 0 and toks[j] in _BETWEEN:
            j -= 1
        if j >= 0 and toks[j] not in _OPENERS and toks[j] not in _SUBJECTS:
            continue  # "la víctima está asustada", "su hija llegó cansada": another subject
        if j > 2 and others_here():
            continue
        k = i + len(verb)
        while k < len(toks) and toks[k] in _BETWEEN:
            k += 1
        if k >= len(toks):
            continue
        gender = _gender_of(toks[k], t)
        if gender is None:
            continue
        if gender == "male" and " ".join(verb) in t.impersonal:
            continue  # "es peligroso volver", "está prohibido": no man meant
        pron[gender] = pron.get(gender, 0) + 1
