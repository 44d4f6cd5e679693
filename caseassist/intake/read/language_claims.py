"""Her languages as another person claims them, and her own word against it.

"The aunt said she speaks only Albanian and Greek ... the patient said she prefers English
and wants to talk to us in English": what another person says, claims or insists
(`claims.claims`: a relative, an employer; not staff) of her languages yields to the
languages the note gives in its own words. The claim's languages are read apart and
kept only when the note names no language of hers outside the claims that the claims
do not name (the claim is then all the note says, as with any other claim of theirs:
"her brother says she speaks only Tigrinya")."""

from __future__ import annotations

from collections.abc import Callable

from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.claims import claims
from caseassist.intake.read.segment import tokens
from caseassist.intake.word_gate import may_hold

_SAID_HERS = (
    lw.PREFERS,
    lw.MAJOR,
    lw.ONLY,
    lw.PLAIN,
    lw.WELL,
    lw.ALSO,
    lw.SECOND,
    lw.OTHER,
    lw.SHARED,
    lw.OWN_INTERP,
)
"""Weights that say, in the note's own words, that she speaks a language."""


def read_apart(
    sentence: str,
    read: Callable[[str, list[tuple[str, str]]], None],
    langs: list[tuple[str, str]],
    claimed: list[tuple[str, str]],
) -> None:
    """`read` (a sentence reader adding to a list) over `sentence` (folded) into `langs`,
    the parts that are another person's claim (blanked there) into `claimed`."""
    words = set(tokens(sentence))  # (a cheap test first: a verb of saying may be there)
    spans = claims(sentence) if may_hold(words, "claim_verbs") else []
    if not spans:
        read(sentence, langs)
        return
    own, at = [], 0
    for a, b in spans:
        own.append(sentence[at:a] + " " * (b - a))
        at = b
    read("".join(own) + sentence[at:], langs)
    read(". ".join(sentence[a:b] for a, b in spans), claimed)


def with_claims(
    langs: list[tuple[str, str]], claimed: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """`langs` with the claimed languages added, unless `langs` says in the note's own
    words that she speaks a language the claims do not name: her word, not theirs."""
    if not claimed:
        return langs
    named = {c for c, _w in claimed}
    if any(w in _SAID_HERS and c not in named for c, w in langs):
        return langs
    merged = list(langs)
    for code, weight in claimed:
        lw.add(merged, code, weight)
    return merged
