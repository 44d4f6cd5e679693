"""The field tables every form line is read with, and the kinds of value they name.

Labels and value words live in each `resources/intake/lexicon/<lang>/fields.toml`, all
languages merged (a note's language is not known beforehand). A value's kind (yes, no,
unsure, none, a gender mark...) is the table its whole folded wording is in. Two kinds of
value say nothing of the survivor: a placeholder for one nobody gave ("unknown", "n/k",
"desconocido", "see above"), and a pointer to another document or another part of the
note ("see attached medical report", "voir certificat médical", "ver informe adjunto":
a `pointer_leads` word first and, among the five words after it, a `pointer_targets`
word, so "ver a su familia", a wish, is no pointer)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.facts import FACTS
from caseassist.intake.text import fold_name
from caseassist.paths import resources_dir

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Tables:
    labels: dict[str, str]  # folded label -> fact id
    subjects: tuple[str, ...]  # words a label may begin with ("client age")
    values: dict[str, frozenset[str]]  # yes/no/unsure/female/... -> folded words
    lacking: frozenset[str] = frozenset()  # labels naming what she may lack ("Accommodation")
    lacking_only: frozenset[str] = frozenset()  # of those, the ones that ask for nothing
    unremarkable: frozenset[str] = frozenset()  # labels of a state ("Santé"): "nothing" denies


@cache
def tables() -> Tables:
    """Every language folder's field table, merged."""
    labels: dict[str, str] = {}
    lacking: set[str] = set()
    asking: set[str] = set()
    plain: set[str] = set()
    subjects: set[str] = set()
    values: dict[str, set[str]] = {}
    for path in sorted((resources_dir() / "intake" / "lexicon").glob("*/fields.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for table in ("fields", "lacking", "unremarkable"):
            for fact_id, names in data.get(table, {}).items():
                if fact_id not in FACTS:
                    raise ValueError(f"{path}: unknown fact {fact_id}")
                for name in names:
                    labels.setdefault(fold_name(name), fact_id)
                    {"lacking": lacking, "unremarkable": plain}.get(table, asking).add(
                        fold_name(name)
                    )
        subjects.update(fold_name(s) for s in data.get("subjects", ()))
        for kind, words in data.get("values", {}).items():
            values.setdefault(kind, set()).update(fold_name(w) for w in words)
    return Tables(
        labels,
        tuple(sorted(subjects, key=len, reverse=True)),
        {k: frozenset(v) for k, v in values.items()},
        frozenset(lacking),
        frozenset(lacking - asking),
        frozenset(plain - asking),
    )


def value_words(text: str) -> list[str]:
    """The folded words of a label or a value."""
    return _WORD.findall(fold_name(text))


def value_kind(words: list[str], *kinds: str) -> str | None:
    """Which of the value kinds (yes, no, unsure...) the whole value is, if any."""
    t = tables().values
    key = " ".join(words)
    for k in kinds:
        if key in t.get(k, ()):
            return k
    return None


def is_placeholder(value: str) -> bool:
    """A value that only stands in for one nobody gave ("unknown", "n/k", "desconocido"):
    the writer's not knowing, which says nothing of the survivor."""
    return value_kind(value_words(value), "placeholder") is not None or points_elsewhere(value)


@cache
def _pointer_words() -> tuple[frozenset[str], frozenset[str]]:
    return lexicon.by_language("pointer_leads"), lexicon.by_language("pointer_targets")


def points_elsewhere(value: object) -> bool:
    """The value sends the reader to another document or place ("see attached report")."""
    if not isinstance(value, str):
        return False
    words = value_words(value)
    leads, targets = _pointer_words()
    return bool(words) and words[0] in leads and not targets.isdisjoint(words[1:6])
