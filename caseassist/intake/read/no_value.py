"""A form value that gives none: "Nombre: (no lo dio)", "Name: —", "Nome: não informado".

Forms are filled in by people who did not get every answer; what stands in the field
then is the writer's note that nothing was given, never the value itself."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.field_tables import tables
from caseassist.intake.text import fold_name

_WORD = re.compile(r"[a-z0-9]+")
_ASIDE_ONLY = re.compile(r"^\s*[(\[][^)\]]*[)\]]?\s*[.!]?\s*$")
_ASIDE_THEN_MORE = re.compile(r"^\s*([(\[][^)\]]*[)\]])\s*[.!;]\s")


def _of_kind(words: list[str], *kinds: str) -> bool:
    values = tables().values
    key = " ".join(words)
    return any(key in values.get(k, ()) for k in kinds)


def gives_no_value(value: str) -> bool:
    """A value a person would give (a name, a contact) that gives none: no word at all
    ("—", "?"), a placeholder ("n/a", "desconocido"), or only a bracketed aside that says
    none was given, led by a no or a refusal ("(no lo dio)", "(refused)", "(não quis
    dizer)"). Not for a yes/no label, where "(no quiere)" is her answer."""
    lead = _ASIDE_THEN_MORE.match(value)
    if lead:  # "Nombre: (no lo dio). Man, 41, ...": the field ends with its aside
        value = lead.group(1)
    words = _WORD.findall(fold_name(value))
    if not words or _of_kind(words, "placeholder"):
        return True
    if not _ASIDE_ONLY.match(value):
        return False
    ws = lexicon.word_sets()
    said = " ".join(words)
    return (
        words[0] in ws.negators
        or _of_kind(words[:1], "no", "unsure")
        or _of_kind(words, "no", "unsure")
        or any(said.startswith(d) for d in ws.declines)
    )
