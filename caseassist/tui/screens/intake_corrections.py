"""Correcting a fact during the intake: Enter on "What we know", or Ctrl+R for what
the last answer was read as. A mixin of `IntakeScreen`; the value is typed as words
("Hindi", "not decided yet") and turned into the fact's type here."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from caseassist.i18n import N_, _
from caseassist.intake.facts import FACTS, InvalidValue
from caseassist.tui.text import fact_display, fact_label
from caseassist.tui.widgets.dialogs import TextPrompt
from caseassist.tui.widgets.transcript import Transcript

if TYPE_CHECKING:
    from caseassist.intake.engine import IntakeSession


class IntakeCorrections:
    """Ctrl+R and Enter on a known fact (bound and routed by `IntakeScreen`)."""

    session: IntakeSession
    dirty: bool
    last_read: list[str]

    def action_correct_last(self) -> None:
        """Ctrl+R: correct what the last answer was read as, in one key."""
        if self.last_read:
            self.correct(self.last_read[0])
        else:
            self.notify(_("Nothing has been read from an answer yet."))

    def correct(self, fid: str) -> None:
        current = self.session.facts.get(fid)
        value = fact_display(fid, current.value) if current and current.value is not None else ""

        def done(text: str | None) -> None:
            if not text:
                return
            try:
                self.session.correct(fid, _typed_value(fid, text), who=self.backend.who)
            except (InvalidValue, ValueError):
                hint = HINTS.get(FACTS[fid].type)
                if FACTS[fid].type == "enum":
                    words = ", ".join(fact_display(fid, o) for o in FACTS[fid].options)
                    line = _("That value does not fit this fact. One of: {choices}.")
                    self.notify(line.format(choices=words), severity="warning")
                else:
                    line = _("That value does not fit this fact.")
                    self.notify(line + (" " + _(hint) if hint else ""), severity="warning")
                return
            self.dirty = True
            self.query_one(Transcript).system(_("Corrected by staff:"))
            self._settled_line(fid)
            self.advance()

        self.app.push_screen(
            TextPrompt(_("Correct: {fact}").format(fact=fact_label(fid)), value=value), done
        )


def _typed_value(fact_id: str, text: str) -> object:
    """A correction typed as text, turned into the fact's type (the engine checks it)."""
    kind = FACTS[fact_id].type
    text = text.strip()
    if kind == "int":
        return int(text)
    if kind == "bool":
        folded = text.casefold()
        if folded in {_("yes").casefold(), "yes", "y", "true", "1"}:
            return True
        if folded in {_("no").casefold(), "no", "n", "false", "0"}:
            return False
        raise ValueError(text)
    if kind == "lang":
        return _language_code(text)
    if kind == "langs":
        return [_language_code(p) for p in text.replace(";", ",").split(",") if p.strip()]
    if kind == "country":
        from caseassist.intake.lexicon import country_names
        from caseassist.intake.text import fold_name

        return country_names().get(fold_name(text), text)
    if kind == "enum":  # the words shown ("not decided yet") or the stored code
        for option in FACTS[fact_id].options:
            if text.casefold() in {option.casefold(), fact_display(fact_id, option).casefold()}:
                return option
    return text


def _language_code(text: str) -> str:
    """ "Hindi", "hindi", "हिन्दी" or "hi": the code the fact stores (names in many languages;
    ISO 639-3's reference name where CLDR has none: "Ngazidja Comorian")."""
    from caseassist.intake.lexicon import language_names
    from caseassist.intake.text import fold_name

    key = fold_name(text.strip())
    return language_names().get(key) or _iso639_by_name().get(key) or text.strip()


@cache
def _iso639_by_name() -> dict[str, str]:
    """ISO 639-3 reference names, folded, to their codes (built once, on first miss)."""
    from caseassist.intake.text import fold_name
    from caseassist.language_codes import iso639_names

    return {fold_name(name): code for code, name in iso639_names().items()}


HINTS = {
    "lang": N_("Type a language by its name or code, for example Hindi or hi."),
    "langs": N_("Type languages by name or code, separated by commas, for example Hindi, Nepali."),
    "country": N_("Type a country by its name or code, for example Nepal or NP."),
    "int": N_("Type a whole number."),
    "bool": N_("Type yes or no."),
}
"""What a correction of each fact type accepts, said when one does not fit."""
