"""Ways into the intake screen: a new intake, a paused one, a practice scenario."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from textual.app import App

from caseassist import i18n
from caseassist.cases.model import CaseDetail
from caseassist.directory import MatchResult
from caseassist.i18n import _
from caseassist.intake.engine import IntakeSession, Question
from caseassist.services.workspace import apply_referral
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.screens.intake import IntakeBackend, IntakeScreen

# -- starting, resuming, practising -----------------------------------------------------


def start_intake(app: App) -> None:
    """From the cases list: the referral note first, then the conversation."""
    from caseassist.tui.screens.referral_drafting import DraftBackend
    from caseassist.tui.screens.referral_note import ReferralNoteScreen

    ws = app.workspace  # type: ignore[attr-defined]
    drafts = None
    if ws.can_edit and ws.can_read_identity:  # a supervisor never writes nor sees a draft
        drafts = DraftBackend(ws.keep_referral_draft, ws.referral_draft, ws.discard_referral_draft)

    def begin(app: App, text: str, keep: list[str]) -> None:
        session = ws.new_intake(i18n.get_locale())
        apply_referral(session, text, keep)
        backend = IntakeBackend(
            who=ws.user,
            save=ws.save_intake,
            suggestions=ws.suggestions,
            returning=ws.returning_candidates,
            continue_case=ws.continue_case,
        )
        app.switch_screen(IntakeScreen(session, backend))

    app.push_screen(ReferralNoteScreen(begin, drafts=drafts))


def resume_intake(app: App, detail: CaseDetail) -> None:
    ws = app.workspace  # type: ignore[attr-defined]
    session = ws.resume_intake(detail)
    if session is None:
        app.notify(_("This case has no paused intake."))
        return
    backend = IntakeBackend(
        who=ws.user, save=ws.save_intake, suggestions=ws.suggestions, code=detail.summary.code
    )
    app.push_screen(IntakeScreen(session, backend))


def reassess(app: App, detail: CaseDetail, topics: list[str]) -> None:
    """A follow-up conversation on the case: only what is open and what may have changed."""
    ws = app.workspace  # type: ignore[attr-defined]
    code = detail.summary.code

    def begin(session: IntakeSession) -> None:
        backend = IntakeBackend(
            who=ws.user, save=ws.save_intake, suggestions=ws.suggestions, code=code
        )
        app.push_screen(IntakeScreen(session, backend))

    screen = app.screen
    if isinstance(screen, BaseScreen):
        screen.db(lambda: ws.reassessment(code, topics, i18n.get_locale()), begin, name="reassess")


def practice_screen_factory(scenario_path: Path) -> Callable[[], BaseScreen]:
    """The base screen of a practice run: the scenario's note, then the same intake screen."""
    from caseassist.errors import InvalidInput
    from caseassist.intake.practice import ScenarioError, load_scenario, survivor_answers
    from caseassist.paths import resources_dir
    from caseassist.services import directory as directory_svc
    from caseassist.tui.screens.referral_note import ReferralNoteScreen

    try:
        scenario = load_scenario(scenario_path)
    except ScenarioError as exc:
        raise InvalidInput(_("Invalid scenario: {problem}").format(problem=str(exc))) from None

    def simulated(session: IntakeSession, q: Question) -> None:
        """The invented survivor answers as the scenario says (as `practice --json` does)."""
        survivor_answers(session, scenario, q)

    def suggestions(facts: Mapping[str, object], needs: list[str]) -> dict[str, MatchResult]:
        from caseassist.directory import suggest_all

        directory = directory_svc.open_folder(resources_dir() / "directory")
        known = [n for n in needs if n in directory.by_need]
        return suggest_all(directory, facts, known, now=scenario.now)

    def factory() -> BaseScreen:
        def begin(app: App, text: str, keep: list[str]) -> None:
            session = IntakeSession(
                staff_locale=i18n.get_locale(),
                staff_languages=scenario.staff_languages,
                recorded_by="practice",
            )
            apply_referral(session, text, keep)
            backend = IntakeBackend(who="practice", suggestions=suggestions, simulated=simulated)
            app.switch_screen(IntakeScreen(session, backend, practice=True))

        return ReferralNoteScreen(begin, note=scenario.referral_note, practice=True)

    return factory
