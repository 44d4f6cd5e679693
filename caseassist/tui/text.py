"""Display helpers shared by screens and widgets: literal text, labels, translated bindings.

Anything a person typed (notes, names, answers, referral notes) is shown with
`literal()`: a Rich `Text` that is never parsed for markup, so `[bold]` or an
escape sequence is displayed as typed. Escape and other control characters are
made visible (`\\x1b` becomes `␛`), so stored text can never drive the terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rich.text import Text
from textual.binding import Binding, BindingType

from caseassist import i18n
from caseassist.i18n import _

_CONTROL = {i: chr(0x2400 + i) for i in range(32) if chr(i) not in "\n\t"}
_CONTROL[0x7F] = "\u2421"
_CONTROL.update({i: "\ufffd" for i in range(0x80, 0xA0)})


def visible(text: str) -> str:
    """`text` with control characters replaced by their visible pictures."""
    return str(text).translate(_CONTROL)


def literal(text: object, style: str = "") -> Text:
    """Free text exactly as typed: no markup, no emoji codes, no control sequences."""
    return Text(visible(str(text)), style=style, end="")


def translate_bindings(bindings: Iterable[BindingType]) -> list[BindingType]:
    """`BINDINGS` with descriptions translated now (they are written as N_ markers)."""
    out: list[BindingType] = []
    for b in bindings:
        if isinstance(b, Binding):
            out.append(
                Binding(
                    b.key,
                    b.action,
                    _(b.description) if b.description else "",
                    b.show,
                    b.key_display,
                    b.priority,
                    _(b.tooltip) if b.tooltip else "",
                    b.id,
                    b.system,
                )
            )
        else:
            out.append(b)
    return out


def when(value: dt.datetime | dt.date | None, style: str = "medium") -> str:
    """A date or time in the UI locale, local time; an empty string for None.

    `style` is Babel's: "medium" ("Dec 1, 2026") everywhere there is room, "short"
    ("12/1/26") where a table would otherwise cut it (`widgets.table.fill`)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        # One style everywhere: the date as in "Dec 1, 2026" with the time of day beside it.
        from babel import Locale

        local = value.astimezone()
        pattern = str(Locale.parse(i18n.get_locale()).datetime_formats[style])
        return pattern.replace("{1}", i18n.format_date(local.date(), style)).replace(
            "{0}", i18n.format_time(local, "short")
        )
    return i18n.format_date(value, style)


def day(value: str | None) -> str:
    """An ISO day from plain report data (`2026-12-03`) in the UI locale; other text as is."""
    if not value:
        return ""
    try:
        return i18n.format_date(dt.date.fromisoformat(value), "medium")
    except ValueError:
        return value


def week(value: str) -> str:
    """An ISO week (`2026-W06`) as the date of its Monday in the UI locale; other text as is."""
    try:
        return i18n.format_date(dt.datetime.strptime(value + "-1", "%G-W%V-%u").date(), "medium")
    except ValueError:
        return value


def fact_display(fact_id: str, value: object) -> str:
    """A fact's value as staff read it: `caseassist.display`, one function per fact type."""
    from caseassist.display import fact_value

    return fact_value(fact_id, value)


def labelled(label: str) -> str:
    """ "Label:" as the UI language writes it: French puts a space before the colon ("En
    danger immédiat : non"), and a colon added in code beside one from the catalog read
    "appelée: Rosa Elena" on the same screen."""
    return _("{label}:").format(label=label)


def fact_label(fact_id: str) -> str:
    from caseassist.intake.facts import FACTS

    return FACTS[fact_id].label_in(i18n.get_locale()) if fact_id in FACTS else fact_id


def state_label(state: str) -> str:
    return {"declined": _("declined to say"), "unknown": _("not known")}.get(state, "")


def source_label(source: str) -> str:
    return {
        "referral": _("referral note"),
        "survivor": _("survivor"),
        "staff_observation": _("staff"),
    }.get(str(source), str(source))
