"""The survivor's language on the intake screen: which phrasing to show her, and its name.

The question bank holds a phrasing per language; the screen shows hers when it has it,
else another language she speaks, else the staff member's, and says so plainly when the
one shown is not her own (F7 shows it large to hold up to her).
"""

from __future__ import annotations

from caseassist import i18n
from caseassist.i18n import _
from caseassist.intake.engine import IntakeSession, Question
from caseassist.tui.widgets.dialogs import ShowText


class SurvivorLanguage:
    """Mixed into the intake screen, which holds `session` and `question`."""

    session: IntakeSession
    question: Question | None

    def _phrasing_language(self, q: Question) -> str:
        """The language to show the survivor's phrasing in: hers when the bank has it, else
        another she speaks, else the staff member's (English when the bank lacks all)."""
        return q.survivor_language(self._survivor_languages())

    def _shown_in(self, lang: str) -> str:
        """The name of the phrasing's language, saying so when it is not her own: a worker
        must not hold up Spanish to a Romanian speaker as if it were her language."""
        name = i18n.language_name(lang)
        *spoken, _staff = self._survivor_languages()
        base = [code.split("-")[0].lower() for code in spoken]
        if not spoken or base[0] == lang.split("-")[0].lower():
            return name
        own = i18n.language_name(spoken[0])
        if lang.split("-")[0].lower() in base:  # another language she speaks
            note = _("no wording in {language}").format(language=own)
        else:
            note = _("no wording in {language}: use an interpreter").format(language=own)
        return f"{name} ({note})"

    def _survivor_languages(self) -> list[str]:
        """Her preferred language, then her others, then the staff member's: the order to try."""
        known = [
            f.value
            for fid in ("person.preferred_language", "person.other_languages")
            if (f := self.session.facts.get(fid)) is not None and str(f.state) == "known"
        ]
        spoken = [v for value in known for v in (value if isinstance(value, list) else [value])]
        return [*(v for v in spoken if isinstance(v, str)), i18n.get_locale()]

    def action_show_large(self) -> None:
        q = self.question
        if q is None:
            return
        lang = self._phrasing_language(q)
        self.app.push_screen(ShowText(self._shown_in(lang), q.survivor_prompt(lang), large=True))
