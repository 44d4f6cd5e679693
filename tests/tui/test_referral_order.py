"""Suggested providers come in the order a shelter worker acts on them: tonight's needs first."""

from __future__ import annotations

from caseassist.cases import needs as need_rules
from caseassist.tui.app import make_app
from caseassist.tui.settings import TuiSettings

from .helpers import open_case, settle


async def test_suggestions_list_immediate_needs_before_long_term_ones(demo_folder):
    app = make_app(demo_folder, settings=TuiSettings(idle_lock_seconds=0))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_case(pilot, tab="1")
        # housing (long-term), then clothing (immediate): added in that order
        for keys in (["end"] + ["up"] * 8, ["end"]):
            await pilot.press("plus", *keys, "enter")
            await settle(pilot)
            await pilot.press("enter")  # no note
            await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        detail = screen.detail
        horizon = {n.id: n.horizon for n in detail.needs}
        shown = [horizon[need_id] for need_id, *_rest in screen._suggestions.values()]
        assert "immediate" in shown and "long_term" in shown, shown
        order = need_rules.horizons()
        assert shown == sorted(shown, key=order.index), shown
        categories = [category for _id, category, *_rest in screen._suggestions.values()]
        assert categories.index("clothing") < categories.index("housing"), categories
