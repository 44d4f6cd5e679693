"""The referral-note screen lists what a note only hedges apart from the clear facts."""

from __future__ import annotations

from textual.app import App

from caseassist.intake.engine import IntakeSession
from caseassist.tui.screens.referral_note import FactReview, ReferralNoteScreen

NOTE = "Woman, 29, from Peru. Maybe pregnant? She has nowhere to sleep tonight."


class _Host(App):
    def __init__(self) -> None:
        super().__init__()
        self.result: tuple[str, list[str]] | None = None

    def on_mount(self) -> None:
        self.push_screen(ReferralNoteScreen(self._done, note=NOTE))

    def _done(self, app: App, text: str, keep: list[str]) -> None:
        self.result = (text, keep)


async def test_a_hedged_fact_is_offered_marked_and_applied_only_when_confirmed() -> None:
    app = _Host()
    async with app.run_test() as pilot:
        await pilot.press("ctrl+e")
        review = app.screen.query_one("#review", FactReview)
        assert "household.pregnant" in review.possible
        assert [fid for fid, _v in review.found][-1] == "household.pregnant"
        cell = str(review.get_cell("household.pregnant", "value"))
        assert cell.startswith("possibly")
        for _ in review.found:
            await pilot.press("y")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result is not None
    text, keep = app.result
    assert "household.pregnant" in keep
    confirmed = IntakeSession()
    confirmed.apply_referral(text, only=keep)
    assert confirmed.known()["household.pregnant"] is True
    unconfirmed = IntakeSession()
    unconfirmed.apply_referral(text)
    assert "household.pregnant" not in unconfirmed.known()
    assert unconfirmed.possible == {"household.pregnant": True}


async def test_a_long_value_is_shortened_so_the_decision_stays_on_screen() -> None:
    """An injury told at length is shown cut with "…" in the review (its whole text is
    what a confirmation settles); the decision column stays in an 80-column terminal."""
    long_injury = (
        "Woman, 29, from Peru. Injuries: deep cut on the left hand from a press at the "
        "packing plant, two fingers badly swollen and bruises on both arms since Monday."
    )
    app = _Host()
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one("#note").text = long_injury
        await pilot.press("ctrl+e")
        await pilot.pause()
        review = app.screen.query_one("#review", FactReview)
        row = next(i for i, (fid, _v) in enumerate(review.found) if fid == "medical.injuries")
        shown = str(review.get_row_at(row)[1])
        assert shown.endswith("…") and len(shown) <= 56
        assert len(dict(review.found)["medical.injuries"]) > 56  # kept whole underneath
        assert "to check" in app.screen.query_one("#review", FactReview).get_row_at(row)[2]
