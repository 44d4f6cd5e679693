"""A knowing nobody is sure of: "we do not know whether the boss knows where she is",
"no sabemos si el patrón sabe dónde está", "nous ne savons pas si le réseau sait où elle
est", "não sabemos se o patrão sabe que ela está aqui".

Why: in a note the writer's not knowing (`writer_unknowns`) sets nothing, so the fact was
left open, though the note said plainly that nobody knows whether they know: the fact's
own unsure value. Only a not-knowing-whether phrase (`unknown_whether` in each language's
words.toml) does so, never a question still to ask ("ask whether", "preguntar si"), and only
for the facts of `[statements] unknown_is_unsure`: the unsure value is applied when the
knower is clearly someone from the life she left, offered otherwise."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction


def unknown_whether(fact: str, folded: str, named: bool, out: Extraction) -> None:
    """Read a writer's not knowing whether someone knows as the fact's unsure value."""
    if fact not in lexicon.words_of_rules("statements", "unknown_is_unsure"):
        return
    unsure = lexicon.hedged_values().get(fact)
    if unsure is None or not lexicon.phrase_regex("unknown_whether").search(folded):
        return
    (out.put if named else out.maybe)(fact, unsure)
