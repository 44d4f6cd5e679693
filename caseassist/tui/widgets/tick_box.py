"""A checkbox whose mark is drawn only when it is ticked.

Textual's own draws its "X" either way and tells ticked from not by colour alone: a
worker on a dim or monochrome screen read every consent box as ticked and sent a
referral that shared nothing. Here an unticked box is empty.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class TickBox(Checkbox):
    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button
