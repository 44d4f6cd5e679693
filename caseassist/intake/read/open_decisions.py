"""A decision she has not made yet, said as a negated deciding verb and a "whether"
("Todavía no decidió si quiere denunciar", "No decidió todavía si quiere poner una
denuncia", "She hasn't decided yet if she wants to report", "Elle n'a toujours pas décidé
si elle porte plainte", "Ainda não decidiu se vai apresentar queixa").

Why: the wish inside the "whether" clause was read as her wish, a yes ("quiere poner una
denuncia") or, with the negator before it, a no; both are wrong values on a critical fact.
Here any reading of a fact that has an unsure value (`[hedged]` of rules.toml:
"undecided", "unsure") made in a clause holding an open decision becomes that unsure
value, before the critical facts' clean-reading check; the words are data
(`[open_decision]` in each language's words.toml): negators, deciding verbs, the adverbs
that may stand between ("todavía", "yet", "encore", "ainda") and the "whether" words; a
deciding verb alone (`deciding`, never "knows") opens its question with a topic word too
(`topics`: "would rather not decide about the police", "n'a pas encore décidé pour la
plainte", "no ha decidido nada sobre la denuncia", "ainda não decidiu quanto à queixa")."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction, Reading
from caseassist.intake.text import fold_name
from caseassist.intake.trie import alternation


@cache
def _open_decision() -> re.Pattern[str] | None:
    """A negator, up to two words, a deciding verb, adverbs, then a "whether" word."""
    t = lexicon.words().get("open_decision", {})

    def alt(key: str) -> str:
        return alternation({fold_name(w) for w in t.get(key, ()) if w.strip()}, r"\s+")

    parts = [alt(k) for k in ("negators", "verbs", "adverbs", "whether", "deciding", "topics")]
    if not all(parts[:2]) or not parts[3]:
        return None
    neg, verb, adv, whether, deciding, topic = parts
    adverbs = rf"(?:\s+{adv})*" if adv else ""
    opened = rf"{verb}{adverbs}\s*,?\s+{whether}"
    if deciding and topic:  # "would rather not decide about the police", "no decidió sobre"
        opened = rf"(?:{opened}|{deciding}{adverbs}\s+{topic})"
    return re.compile(rf"\b{neg}(?:\s+[a-z']+){{0,2}}?\s+{opened}(?![a-z])")


def settle_open_decisions(out: Extraction) -> None:
    """Each reading of a fact with an unsure value, made in a clause (or, with no clause,
    a sentence) holding an open decision, becomes that unsure value; the fact's value
    follows when every clear reading then agrees."""
    pattern = _open_decision()
    if pattern is None or not out.readings:
        return
    unsure = lexicon.hedged_values()
    changed: set[str] = set()
    readings: list[Reading] = []
    for r in out.readings:
        where = r.clause or r.sentence
        if r.fact in unsure and r.value != unsure[r.fact] and where and pattern.search(where):
            r = r._replace(value=unsure[r.fact])
            changed.add(r.fact)
        readings.append(r)
    if not changed:
        return
    out.readings = readings
    for fid in changed:
        values = {r.value for r in readings if r.fact == fid and r.clear}
        if values == {unsure[fid]}:
            out.conflicts.discard(fid)
            out.values[fid] = unsure[fid]
        elif len(values) > 1:
            out.values.pop(fid, None)
            out.conflicts.add(fid)
