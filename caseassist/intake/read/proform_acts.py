"""An act named, then wished for by a pro-form: the wish is for that act.

"The national was informed of the possibility of filing a complaint with the local police
and expressed the wish to do so", "manifestó su deseo de hacerlo", "a exprimé le souhait
de le faire", "manifestou o desejo de o fazer": the clause of the wish names no act of its
own, only "do so" / "hacerlo" / "le faire" / "o fazer" (`act_proforms`), right after a
wish (`proform_wishes`); what it stands for is an act named before it in the sentence
(`[proform_acts]` of rules.toml: the fact, the word group of its acts, the value a wish
for it sets), at most `_REACH` characters before the wish. A negated wish, or the
writer's own ("we intend to do so"), sets nothing."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _negated
from caseassist.intake.read.segment import tokens

_GAP = 4  # characters between the wish and its pro-form (" de ", " a ")
_REACH = 90  # characters before the wish the act may be named in


@cache
def _acts() -> dict[str, tuple[str, object]]:
    """fact -> (its act word group, the value a wish for the act sets)."""
    return {
        fid: (group, value)
        for fid, (group, value) in lexicon.rules_data().get("proform_acts", {}).items()
    }


@cache
def _writers() -> frozenset[str]:
    return lexicon.by_language("first_person_subjects") | lexicon.by_language("writer_we_subjects")


def proform_acts(sentences: list[str], asks: list[bool]) -> dict[str, object]:
    """The facts a wish for an act named by a pro-form sets, over the folded sentences."""
    out: dict[str, object] = {}
    wishes, proforms = lexicon.phrase_regex("proform_wishes"), lexicon.phrase_regex("act_proforms")
    for sent, asked in zip(sentences, asks, strict=True):
        if asked or not (wish := wishes.search(sent)):
            continue
        form = proforms.search(sent, wish.end())
        if not form or form.start() - wish.end() > _GAP:
            continue
        if _negated(sent, wish.start(), wish.end()) or _writers() & set(
            tokens(sent[: wish.start()])[-3:]
        ):
            continue  # "did not wish to do so", "we intend to do so"
        for fid, (group, value) in _acts().items():
            if lexicon.phrase_regex(group).search(
                sent, max(0, wish.start() - _REACH), wish.start()
            ):
                out.setdefault(fid, value)
    for k, (sent, asked) in enumerate(zip(sentences, asks, strict=True)):
        if asked or (tail := _undecided_tail(sent)) is None:
            continue
        before = sentences[k - 1] if k and not asks[k - 1] else ""
        said = f"{before} {sent}"  # "...recomienda denuncia; usuaria no ha decidido"
        tail += len(before) + 1
        for fid, (group, _) in _acts().items():
            hedged = lexicon.hedged_values().get(fid)
            if hedged and lexicon.phrase_regex(group).search(said, max(0, tail - _REACH), tail):
                out.setdefault(fid, hedged)
    return out


_CLAUSE_END = re.compile(r"\s*(?:$|[.;:,)!])")


def _undecided_tail(sent: str) -> int | None:
    """Where a decision left open ends a clause with no act of its own (`undecided_tails`:
    "la TS recomienda denuncia; usuaria no ha decidido", "a police report only if she
    instructs us to; she has not decided"): the act named before it is what she has not
    decided on, set as the fact's hedged value. "Has not decided about housing" names its
    own object: none."""
    for m in lexicon.phrase_regex("undecided_tails").finditer(sent):
        if _CLAUSE_END.match(sent, m.end()):
            return m.start()
    return None
