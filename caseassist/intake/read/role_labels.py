"""A form label that names her by her role around the data label ("Student age: 15",
"Pupil nationality:", "Âge de l'élève : 15 ans", "Edad del menor: 15", "Idade da aluna:
15", "Nacionalidad del trabajador:"): written as the plain label ("Age: 15") before the
form lines are read, so every fact's label is read whoever the form calls her.

The role words are the lexicon's words for the person referred (`name_roles`,
`person_nouns`); the linking words ("of the", "de l'", "del", "da") are each language
folder's `role_label_links`. A label is rewritten only when what is left is a label the
form tables know. A label naming an exploiter the same way ("Employer nationality:",
"Edad del patrón:", "Nationalité de l'employeur :", `exploiters`) keeps its label and
loses its value: his age or origin is never hers. Any other label keeps its words.
"""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import fields, lexicon
from caseassist.intake.read.their_side import exploiters
from caseassist.intake.text import fold_name

_LINE_LABEL = re.compile(
    r"(?m)^(?P<lead>[^\S\n]*(?:[-*\u2022][^\S\n]*)?)(?P<label>[^\W\d][^:\n]{2,40}?)(?P<colon>[^\S\n]?:)"
    r"(?P<value>[^\n]*)"
)
_WORD = re.compile(r"[a-z0-9]+")


@cache
def _roles() -> frozenset[str]:
    return lexicon.by_language("name_roles") | lexicon.by_language("person_nouns")


@cache
def _links() -> tuple[tuple[str, ...], ...]:
    """The linking phrases, as word tuples, longest first."""
    phrases = {tuple(_WORD.findall(p)) for p in lexicon.by_language("role_label_links")}
    return tuple(sorted((p for p in phrases if p), key=len, reverse=True))


def _without_role(
    words: list[str], roles: frozenset[str] | None = None
) -> tuple[str, list[str]] | None:
    """The role and the label's other words (the role before the data label, or after it
    behind a link), or None when the label names no role of `roles` (hers by default)."""
    roles = _roles() if roles is None else roles
    if len(words) > 1 and words[0] in roles:
        rest = words[1:]
        return words[0], (rest[1:] if rest[:1] == ["s"] and len(rest) > 1 else rest)
    if len(words) > 2 and words[-1] in roles:
        for link in _links():
            n = len(link)
            if len(words) > n + 1 and tuple(words[-1 - n : -1]) == link:
                return words[-1], words[: -1 - n]
    return None


def plain_role_labels(text: str) -> str:
    """Each line's "<role> <label>:" / "<label> <link> <role>:" as "<role>." then "<label>:"
    ("student's age" folds to "student s age": the genitive s goes too)."""
    if ":" not in text:
        return text

    def plain(m: re.Match[str]) -> str:
        words = _WORD.findall(fold_name(m.group("label")))
        if fields.fact_of(m.group("label")) is not None:
            return m.group(0)
        his = _without_role(words, exploiters())
        if his and fields.fact_of(" ".join(his[1])) is not None:
            return f"{m.group('lead')}{m.group('label')}{m.group('colon')}"  # his, not hers
        found = _without_role(words)
        if not found:
            return m.group(0)
        role, rest = found
        label = " ".join(rest)
        if fields.fact_of(label) is None:
            return m.group(0)
        # the role stays, as a line of its own: "aluna", "el trabajador" tell her or his sex
        return f"{m.group('lead')}{role}.\n{m.group('lead')}{label}{m.group('colon')}{m.group('value')}"

    return _LINE_LABEL.sub(plain, text)
