"""Saving an intake (F8, and as the app locks), the end of a practice, and the
providers for the needs found so far (F9). A mixin of `IntakeScreen`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caseassist.cases import needs as need_rules
from caseassist.directory import MatchResult
from caseassist.i18n import _
from caseassist.tui.widgets.dialogs import Choice, ShowText

if TYPE_CHECKING:
    from caseassist.intake.engine import IntakeSession, Question
    from caseassist.tui.screens.intake import IntakeBackend


class IntakeSaving:
    """F8 saves and pauses (or ends a practice); F9 shows providers."""

    session: IntakeSession
    backend: IntakeBackend
    question: Question | None
    dirty: bool
    saving: bool

    def action_pause(self) -> None:
        save = self.backend.save
        if save is None:
            self._practice_review()
            return
        if self.saving:
            return
        self.saving = True
        session, code = self.session, self.backend.code

        def saved(new_code: str) -> None:
            self.saving = False
            self.dirty = False
            self.backend.code = new_code
            if self.question is None:  # complete: nothing is left to resume
                self.notify(_("Saved with case {code}.").format(code=new_code))
            else:
                self.notify(
                    _("Saved with case {code}. Resume it from the case.").format(code=new_code)
                )
            self.app.pop_screen()

        returning, continue_case = self.backend.returning, self.backend.continue_case
        if code is not None or returning is None or continue_case is None:
            self.db(
                lambda: save(session, code), saved, name="save-intake", failed=self._save_failed
            )
            return

        def offer(found: list[tuple[str, list[str]]]) -> None:
            if not found:
                self.db(
                    lambda: save(session, None), saved, name="save-intake", failed=self._save_failed
                )
                return
            options = [
                (c, _("Continue case {code} (same {what})").format(code=c, what=", ".join(why)))
                for c, why in found
            ] + [("new", _("No, open a new case"))]

            def chosen(answer: str | None) -> None:
                if answer is None:
                    self.saving = False
                elif answer == "new":
                    self.db(
                        lambda: save(session, None),
                        saved,
                        name="save-intake",
                        failed=self._save_failed,
                    )
                else:
                    self.db(
                        lambda: continue_case(answer, session),
                        saved,
                        name="save-intake",
                        failed=self._save_failed,
                    )

            self.app.push_screen(
                Choice(_("This may be someone who came before. Continue their case?"), options),
                chosen,
            )

        self.db(lambda: returning(session), offer, name="returning", failed=self._save_failed)

    def save_before_lock(self) -> bool:
        """Called by the app as it locks, in its lock thread once other vault work has ended."""
        save = self.backend.save
        if save is None or not self.dirty:
            return False
        self.backend.code = save(self.session, self.backend.code)
        self.dirty = False
        return True

    def _practice_review(self) -> None:
        """End of practice: what was needed, given, declined, found, and what to do better."""
        from caseassist.services import practice_review

        session, suggest = self.session, self.backend.suggestions

        def build() -> str:
            needs = [n.category for n in session.needs()]
            matches = suggest(session.known(), needs) if suggest and needs else {}
            return practice_review.as_text(practice_review.review(session, matches))

        def show(text: str) -> None:
            self.app.push_screen(
                ShowText(_("What this practice showed"), text), lambda _r: self.app.exit(0)
            )

        self.db(build, show, name="practice-review")

    def _save_failed(self) -> None:
        """A failed save (shown by the app) lets staff try again; answers wait meanwhile."""
        self.saving = False

    def action_providers(self) -> None:
        suggest = self.backend.suggestions
        needs = [n.category for n in self.session.needs()]
        if suggest is None:
            return
        if not needs:
            self.notify(_("No needs identified yet."))
            return
        facts = self.session.known()

        def show(results: dict[str, MatchResult]) -> None:
            lines: list[str] = []
            for need in needs:
                result = results.get(need)
                lines.append(need_rules.label(need))
                if result is None:
                    lines.append("  " + _("No provider in the directory for this need."))
                    continue
                if not result.suggestions and result.message:
                    lines.append("  " + result.message)
                for s in result.suggestions:
                    lines.append(f"  • {s.name}")
                    lines.extend(f"      {r}" for r in s.reasons)
                    lines.extend(f"      ! {c}" for c in s.caveats)  # what staff must check
                lines.append("")
            self.app.push_screen(ShowText(_("Providers for the needs found"), "\n".join(lines)))

        self.db(lambda: suggest(facts, needs), show, name="providers")
