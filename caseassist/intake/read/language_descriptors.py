"""Whose language, in a shorthand line that lists a person's particulars part by part
("supervisor, 45, Bengali/Hindi", "le patron, 50 ans, arabe", "el capataz, 40,
guatemalteco, habla mam"): the first comma part names the person, the short parts
after it (an age, a sex mark, a nationality) describe them, and a language in the
next part is theirs. A line naming her ("Rafiq, 30, male, Bengali") is hers."""

from __future__ import annotations

from caseassist.intake.read.roles import _other_subject

_LINE_STOPS = frozenset({":", ";", "."})
_SHORT = 3
"""At most this many words in each part between the person and the language."""


def described_another(before: list[str]) -> bool:
    """The words `before` a language (from the start of its sentence) open a shorthand
    part of the line with another person and only short particulars after it."""
    start = max([k + 1 for k, t in enumerate(before) if t in _LINE_STOPS] or [0])
    parts: list[list[str]] = [[]]
    for t in before[start:]:
        if t == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) < 2:
        return False  # "the supervisor speaks Hindi" is read by its verb's subject
    first, middle = parts[0], parts[1:-1]
    if not first or len(first) > _SHORT + 1 or any(len(p) > _SHORT for p in middle):
        return False
    return _other_subject(first)
