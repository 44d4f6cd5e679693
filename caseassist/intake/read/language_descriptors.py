"""Whose language, in a shorthand line that lists a person's particulars part by part
("supervisor, 45, Bengali/Hindi", "le patron, 50 ans, arabe", "el capataz, 40,
guatemalteco, habla mam"): the first comma part names the person, the short parts
after it (an age, a sex mark, a nationality) describe them, and a language in the
next part is theirs. A line naming her ("Rafiq, 30, male, Bengali") is hers."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.language_owners import names_another
from caseassist.intake.read.language_wordsets import INTERPRETER_STEMS as _INTERPRETER
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import _LANGUAGE_ROLE_WORDS

_LINE_STOPS = frozenset({":", ";", "."})
_SHORT = 3
"""At most this many words in each part between the person and the language."""


def described_another(before: list[str]) -> bool:
    """The words `before` a language (from the start of its sentence) open a shorthand
    part of the line with another person and short particulars after it (at least one),
    and the language's own part holds no subject of its own."""
    start = max([k + 1 for k, t in enumerate(before) if t in _LINE_STOPS] or [0])
    parts: list[list[str]] = [[]]
    for t in before[start:]:
        if t == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) < 3 or len(parts[-1]) > 1:
        return False  # "No interpreter needed, the woman speaks English": the woman's verb
    first, middle = parts[0], parts[1:-1]
    if not first or len(first) > _SHORT + 1 or any(len(p) > _SHORT for p in middle):
        return False
    return _other_subject(first)


def speaking_another(toks: list[str], end: int) -> bool:
    """The language ending at toks[end] makes a speaker word of another person or of
    staff ("no interpreter needed for Spanish-speaking staff", "a Dari speaker
    volunteer"): theirs, not an item of her list."""
    return (
        toks[end : end + 1] != []
        and toks[end] in _LANGUAGE_ROLE_WORDS
        and not toks[end].startswith(_INTERPRETER)
        and (
            names_another(toks[end + 1 : end + 3])
            or not _BODIES.all().isdisjoint(toks[end + 1 : end + 1 + _BODY_REACH])
        )
    )


def speakers_named(toks: list[str], i: int) -> bool:
    """The speaker word toks[i] names other people or a body, not her ("our
    Arabic-speaking volunteer", "an Arabic-speaking women's network")."""
    after = toks[i + 1 : i + 1 + _BODY_REACH]
    return bool(after) and (names_another(after[:2]) or not _BODIES.all().isdisjoint(after))


_BODIES = lexicon.Words(set(), "language_bodies")
"""Bodies and groups of people a language may name ("association", "network", "grupo",
"femmes"): the language is theirs ("the Arabic-speaking women's association")."""
_BODY_REACH = 4
"""How far from the speaker word, or before the "of", the body's noun may stand ("women's
association", "association des femmes")."""
_OF = frozenset({"de", "d'", "of"})


def a_body_of_speakers(clause: list[str]) -> bool:
    """The words before a language verb or noun end in "of" after a body or a group
    (`language_bodies`: "la asociación de mujeres de [habla árabe]", "l'association des
    femmes de [langue arabe]", "um grupo de mulheres de [língua inglesa]"): the language
    names the body, it is not said to be hers."""
    if clause[-1:] and clause[-1] in _BODIES.all():
        return True  # "une association arabophone": the speaker word describes the body
    return (
        len(clause) > 1
        and clause[-1] in _OF
        and not _BODIES.all().isdisjoint(clause[-1 - _BODY_REACH : -1])
    )
