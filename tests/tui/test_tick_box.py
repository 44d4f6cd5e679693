"""An unticked consent box is drawn empty: the stock checkbox drew an X either way."""

from __future__ import annotations

from textual.app import App, ComposeResult

from caseassist.tui.widgets.tick_box import TickBox


class _One(App):
    def compose(self) -> ComposeResult:
        yield TickBox("Name", False, id="box")


async def test_the_mark_shows_only_when_ticked():
    app = _One()
    async with app.run_test() as pilot:
        box = app.query_one("#box", TickBox)
        assert "X" not in box.render().plain
        box.focus()
        await pilot.press("space")
        await pilot.pause()
        assert box.value is True
        assert "X" in box.render().plain
