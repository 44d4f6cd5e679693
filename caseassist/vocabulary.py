"""The need vocabulary: categories, their horizons and wording, read from `resources/needs.toml`.

One home for what a need category is, so adding one is a change to that file
(and its translations), not to every package that names needs. Intake rules,
the case lifecycle, directory matching and reports all ask here. Labels are
gettext message ids, translated when shown.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from caseassist.i18n import _
from caseassist.paths import resources_dir

FILE_NAME = "needs.toml"


@dataclass(frozen=True, slots=True)
class Category:
    """One need category: its code, default horizon, and its two message ids."""

    code: str
    horizon: str
    label: str  # on its own: "Work and training"
    phrase: str  # inside a sentence: "jobs and training"
    in_directory: bool  # a term providers are tagged with and matched for
    contract: bool  # one of the intake contract's eight, which facts can identify


@dataclass(frozen=True, slots=True)
class Vocabulary:
    horizons: MappingProxyType  # horizon code -> its label (message id), in display order
    categories: MappingProxyType  # category code -> Category, in display order

    def codes(self) -> tuple[str, ...]:
        return tuple(self.categories)

    def contract(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.categories.values() if c.contract)

    def in_directory(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.categories.values() if c.in_directory)

    def immediate(self) -> frozenset[str]:
        return frozenset(c.code for c in self.categories.values() if c.horizon == "immediate")


class VocabularyError(ValueError):
    """`resources/needs.toml` is missing a field or names an unknown horizon."""


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary as shipped (read once; `vocabulary.cache_clear()` re-reads it)."""
    path = resources_dir() / FILE_NAME
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    horizons = {code: str(row["label"]) for code, row in data["horizon"].items()}
    categories = {}
    for code, row in data["category"].items():
        missing = {"horizon", "label", "phrase"} - set(row)
        if missing:
            raise VocabularyError(
                f"{path.name}: category {code} lacks {', '.join(sorted(missing))}"
            )
        if row["horizon"] not in horizons:
            raise VocabularyError(f"{path.name}: category {code} has unknown horizon")
        categories[code] = Category(
            code,
            row["horizon"],
            row["label"],
            row["phrase"],
            bool(row.get("in_directory")),
            bool(row.get("contract")),
        )
    return Vocabulary(MappingProxyType(horizons), MappingProxyType(categories))


def categories() -> tuple[str, ...]:
    """Every category code, in display order."""
    return vocabulary().codes()


def horizons() -> tuple[str, ...]:
    """Every horizon code (`immediate`, `long_term`), in display order."""
    return tuple(vocabulary().horizons)


def default_horizon(category: str) -> str:
    """The category's horizon; `long_term` for a code the vocabulary does not know."""
    found = vocabulary().categories.get(category)
    return found.horizon if found else "long_term"


def label(category: str) -> str:
    """The category's translated name on its own; an unknown code as it is."""
    found = vocabulary().categories.get(category)
    return _(found.label) if found else category


def category_named(text: str) -> str:
    """The category code `text` names: a code, or its name or in-sentence name in any UI
    language ("hébergement", "Alojamiento esta noche"), accents and case aside; unknown
    text as it is (a French worker typed a French need and was told in English to
    choose among English codes)."""
    from caseassist import i18n
    from caseassist.intake.text import fold

    key = fold(text.strip())
    names: dict[str, str] = {}
    for code, found in vocabulary().categories.items():
        names[fold(code)] = code
        for loc in i18n.UI_LOCALES:
            for name in (found.label, found.phrase):
                names.setdefault(fold(i18n.translate_in(loc, name)), code)
    return names.get(key, text)


def phrase(category: str) -> str:
    """The category's translated name inside a sentence; an unknown code as it is."""
    found = vocabulary().categories.get(category)
    return _(found.phrase) if found else category


def horizon_label(horizon: str) -> str:
    """The horizon's translated name; an unknown code as it is."""
    found = vocabulary().horizons.get(horizon)
    return _(found) if found else horizon


def extract_messages(fileobj, keywords, comment_tags, options):
    """A Babel extractor: the labels of a vocabulary file as message ids (see .ci/babel.cfg)."""
    data = tomllib.load(fileobj)
    for row in data.get("horizon", {}).values():
        yield 0, None, row["label"], []
    for row in data.get("category", {}).values():
        yield 0, None, row["label"], []
        yield 0, None, row["phrase"], []
