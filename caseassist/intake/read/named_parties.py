"""Whom a reading reaches, named in its own sentence (`[clean_reading] named_parties` of
rules.toml): such a reading is judged by its own sentence for the police or a court, not by
the note's header and sign-off ("Autorizou que os seus dados fossem partilhados com as
entidades de apoio. ... Inspetor J. Calado": her consent to support services, whoever
signs). One naming nobody is still held by a police signature (stop 43)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.result import Reading


def names_its_party(fid: str, value: object, readings: list[Reading]) -> bool:
    """A reading of `value` for `fid` whose sentence holds a word of the fact's group."""
    group = lexicon.rules_data().get("clean_reading", {}).get("named_parties", {}).get(fid)
    return group is not None and any(
        r.sentence and r.value == value and lexicon.phrase_regex(group).search(r.sentence)
        for r in readings
    )
