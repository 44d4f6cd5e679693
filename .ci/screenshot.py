"""Regenerate docs/images/intake-screen.svg (the README's picture): a practice intake, a few turns in.

Run: .venv/bin/python .ci/screenshot.py
"""

from __future__ import annotations

import asyncio
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "tests" / "intake" / "scenarios" / "01-outreach-ukrainian-mother.toml"


async def main() -> None:
    from caseassist.tui.app import CaseAssistApp, TuiSettings
    from caseassist.tui.screens.intake_start import practice_screen_factory

    app = CaseAssistApp(
        None, settings=TuiSettings(idle_lock_seconds=0), practice=practice_screen_factory(SCENARIO)
    )
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+e")  # find the facts in the referral note
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(12):  # confirm each, one key each
            await pilot.press("y")
        await pilot.press("ctrl+s")
        for _ in range(4):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        for key in ("f10", "f10", "f10"):
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        app.save_screenshot(filename="intake-screen.svg", path=str(ROOT / "docs" / "images"))


if __name__ == "__main__":
    asyncio.run(main())
