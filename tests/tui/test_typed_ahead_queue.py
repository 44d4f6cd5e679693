"""Several answers typed ahead, each with its Enter (a new user, stop 28): they ran
together in the answer line ("no quiero hablar de esomi hija tiene 4 años") and the
worker had to pick them apart. Each now waits for its own question, unsent."""

from __future__ import annotations

from textual.widgets import Input

from .helpers import settle
from .test_intake import open_intake
from .test_ux12 import _answered, _app, _typed_at_once, _warned


async def test_answers_typed_ahead_wait_one_per_question_and_are_never_sent_unseen(demo_folder):
    app = _app(demo_folder)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await open_intake(pilot)
        await settle(pilot)
        first = screen.question
        assert first is not None
        _typed_at_once(
            app, "f3", *"first words", "enter", *"second words", "enter", *"third", "enter"
        )
        await settle(pilot)
        line = screen.query_one("#answer", Input)
        assert _answered(screen) == [first.id]  # nothing typed ahead was sent
        assert line.value == "first words"  # the first, alone, under the question in view
        assert _warned(app, "2 more answers typed ahead are waiting")
        second = screen.question
        await pilot.press("enter")  # checked by the worker: sent to the question in view
        await settle(pilot)
        assert second is not None and _answered(screen)[-1] == second.id
        assert screen.session.turns[-1]["answer"] == "first words"
        assert line.value == "second words"  # the next one waits in the line, unsent
        assert _warned(app, "1 more answer typed ahead is waiting")
        await pilot.press("f6")  # answered with a key, the words in view: they go with it
        await settle(pilot)
        assert not any(t["answer"] == "second words" for t in screen.session.turns)
        assert line.value == "third"  # the last one waiting, for the question now in view
        assert _warned(app, "Check the answer fits this question")
        assert not _warned(app, "more answer")
