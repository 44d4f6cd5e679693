"""The footer key map, with the quick-hide and help keys always first (visible at 80 columns)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from caseassist.i18n import _

FIRST = ("quick_hide", "help")


class KeyFooter(Footer):
    """Textual's footer, compact, its keys reordered so F12 and F1 are never cut off."""

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)

    def compose(self) -> ComposeResult:
        items = list(super().compose())

        def rank(widget: object) -> int:
            action = getattr(widget, "action", None)
            return FIRST.index(action) if action in FIRST else len(FIRST)

        if not any(getattr(w, "action", None) == "quick_hide" for w in items):
            # Modal screens do not list the app's keys; the quick-hide key must always show.
            items.insert(
                0,
                FooterKey("f12", "F12", _("Hide"), "quick_hide").data_bind(compact=Footer.compact),
            )
        yield from sorted(items, key=rank)
