"""How a fact's value reads to staff: one function per fact type, every word through gettext.

The vault and the engine keep values as codes (`True`, `"undecided"`,
`"ne"`, `"NP"`); nothing a person reads may show one. Screens, summaries and
transcripts call `fact_value(fact_id, value)`, which picks the function for
the fact's type in `facts.toml`. Free text is what a person typed and is
returned as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from caseassist import i18n
from caseassist.i18n import N_, _

ENUM_WORDS: dict[str, str] = {
    "yes": N_("yes"),
    "no": N_("no"),
    "unsure": N_("not sure"),
    "undecided": N_("not decided yet"),
    "ask_each_time": N_("ask each time"),
    "female": N_("woman"),
    "male": N_("man"),
    "nonbinary": N_("non-binary"),
    "self_described": N_("in their own words"),
}
"""Every option of every enum fact, as staff read it (a test checks none is missing)."""


def show_bool(value: object) -> str:
    return _("yes") if value is True else _("no") if value is False else _("not known")


def show_int(value: object) -> str:
    return i18n.format_number(value) if isinstance(value, int) else str(value)


def show_text(value: object) -> str:
    """Words a person typed: shown as typed (the screens make control characters visible)."""
    return str(value)


def show_enum(value: object) -> str:
    words = ENUM_WORDS.get(str(value))
    return _(words) if words else str(value)


def show_lang(value: object) -> str:
    """The language's name in the UI language, else in English, else as the lexicon knows it."""
    code = str(value)
    shown = i18n.language_name(code)
    if shown == code:
        shown = i18n.language_name(code, "en")
    if shown == code:
        shown = _lexicon_names().get(code.split("-")[0], code)
    return shown


@cache
def _lexicon_names() -> dict[str, str]:
    """Code -> a name from the intake lexicon's aliases (for languages CLDR does not name)."""
    from caseassist.intake.lexicon import words

    names: dict[str, str] = {}
    for name, code in words()["language_aliases"].items():
        if name.isascii():
            names.setdefault(code.split("-")[0], name.title())
    return names


def show_langs(value: object) -> str:
    """A list of languages; an empty one is a stated "speaks no other", never a blank."""
    if isinstance(value, list | tuple):
        if not value:
            return _("no other language")
        return i18n.join_list([show_lang(v) for v in value])
    return show_lang(value)


def show_country(value: object) -> str:
    return i18n.country_name(str(value))


BY_TYPE: dict[str, Callable[[object], str]] = {
    "bool": show_bool,
    "int": show_int,
    "text": show_text,
    "enum": show_enum,
    "lang": show_lang,
    "langs": show_langs,
    "country": show_country,
}


def fact_value(fact_id: str, value: object) -> str:
    """`value` of fact `fact_id` in the UI language ("not decided yet", "Nepali", "Nepal")."""
    from caseassist.intake.facts import FACTS

    definition = FACTS.get(fact_id)
    if definition is None:
        return show_bool(value) if isinstance(value, bool) else str(value)
    return BY_TYPE[definition.type](value)


def answer_value(fact_id: str, value: object) -> str:
    """An answer given with a one-key choice, as the transcript shows it ("Yes", "Not sure")."""
    shown = fact_value(fact_id, value)
    return shown[:1].upper() + shown[1:]
