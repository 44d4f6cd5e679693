"""A description set right after another person's name is that person's.

"Orientée avec sa belle-sœur, Fatou, enceinte de 8 mois, qui sera accueillie ce soir",
"Encaminhada com a irmã, Daiane, grávida de 7 meses", "Referred with her sister-in-law,
Fatou, 8 months pregnant": the clause has no subject or verb of its own (it opens on the
statement, or on a number: "8 months"), and the clause before it is only a name the note
sets off after a person word (`other_subjects._named_other`). The name is what the
description is set against, so it is hers, not the survivor's, unless the person word is
only male ("con su esposo, Juan, embarazada de 7 meses" agrees with her)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.numbers import to_int


@cache
def _only_male() -> frozenset[str]:
    """Person words only a man or a boy is (`language_male_people` less the female ones)."""
    male = lexicon.by_language("language_male_people")
    return male - lexicon.by_language("language_female_people")


def _verbless(before: list[str]) -> bool:
    """The clause's words before the statement are none, or a number and its unit ("8
    months pregnant"): no subject and no verb of their own."""
    if not before:
        return True
    first = before[0]
    return len(before) <= 2 and (first.isdigit() or to_int(first) is not None)


def described_after_name(
    text: str, sentence_before: str, before: list[str], named: Callable[[str, str], bool]
) -> bool:
    """The statement opens a verbless clause right after a name set off after another
    person word (`named(text, word)`: the note names `word` as someone else)."""
    if not _verbless(before):
        return False
    told = sentence_before.rsplit(":", 1)[-1].rstrip()
    if not told.endswith(","):
        return False
    parts = told[:-1].rsplit(",", 1)
    if len(parts) != 2:
        return False
    name = parts[1].split()
    if len(name) != 1 or not name[0].isalpha() or not named(text, name[0]):
        return False
    noun = parts[0].replace("-", " ").split()
    return not {" ".join(noun[-2:]), *noun[-1:]} & _only_male()
