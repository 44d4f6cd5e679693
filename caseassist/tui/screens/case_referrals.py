"""Referring a survivor to a suggested provider, with consent first; a referral's
summary and status. A mixin of `CaseScreen`, like `case_day`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import DataTable, OptionList

from caseassist import i18n
from caseassist.cases import consent as consent_rules
from caseassist.cases import referrals as referral_rules
from caseassist.i18n import _
from caseassist.tui.widgets.dialogs import Choice, ConsentAnswer, ConsentDialog, ShowText

if TYPE_CHECKING:
    from caseassist.cases.model import CaseDetail


class ReferralActions:
    """Enter on a suggestion refers (consent asked first); s summary; n status."""

    code: str
    detail: CaseDetail | None
    _suggestions: dict[str, tuple[str, str, str, str]]

    def action_refer(self) -> None:
        """The highlighted suggestion (the first one if none is highlighted yet)."""
        options = self.query_one("#suggestions", OptionList)
        index = options.highlighted
        if index is None:
            index = next(
                (
                    i
                    for i in range(options.option_count)
                    if not options.get_option_at_index(i).disabled
                ),
                None,
            )
        if index is not None:
            self._refer(options.get_option_at_index(index).id)

    def _refer(self, option_id: str | None) -> None:
        if not self.workspace.can_edit or option_id not in self._suggestions:
            return
        need_id, _category, service_id, provider = self._suggestions[option_id]
        share = None
        if self.detail:
            share = next(
                (f.value for f in self.detail.facts if f.fact_id == "consent.share_with_providers"),
                None,
            )
        labels = {k: _(v) for k, v in consent_rules.CATEGORIES.items()}
        preselected = consent_rules.default_categories(share if isinstance(share, str) else None)

        def done(answer: ConsentAnswer | None) -> None:
            if answer is None:
                return
            ws, code = self.workspace, self.code

            def call():
                consent_id = None
                if answer.categories:
                    consent_id = ws.record_consent(
                        code,
                        purpose="referral",
                        recipient=provider,
                        categories=answer.categories,
                        method=answer.method,
                    )
                return ws.add_referral(
                    need_id, provider=provider, service_id=service_id, consent_id=consent_id
                )

            self.db(call, self._saved, name="refer")
            self.notify(_("Referral proposed to {provider}.").format(provider=provider))

        self.app.push_screen(ConsentDialog(provider, labels, preselected), done)

    def _referral(self):
        table = self.query_one("#referrals", DataTable)
        if self.detail is None or not table.has_focus:
            return None
        if table.cursor_row >= len(self.detail.referrals):
            return None
        return self.detail.referrals[table.cursor_row]

    def action_summary(self) -> None:
        ref = self._referral()
        if ref is None or self.detail is None:
            return
        ws, detail, locale = self.workspace, self.detail, i18n.get_locale()

        def call():
            try:
                return ws.referral_summary(  # as staff read it: their language, as text
                    detail,
                    need=ref.category,
                    provider=ref.provider,
                    consent_id=ref.consent_id,
                    locale=locale,
                    as_text=True,
                )
            except referral_rules.ConsentMissing:
                return None

        def show(text: str | None) -> None:
            if text is None:
                self.notify(
                    _("No live consent covers this referral: nothing about the survivor is shared.")
                )
            else:
                self.app.push_screen(ShowText(_("Referral summary"), text))

        self.db(call, show, name="summary")

    def action_referral_status(self) -> None:
        ref = self._referral()
        if ref is None:
            return
        nexts = referral_rules.TRANSITIONS.get(ref.status, ())
        if not nexts:
            self.notify(_("This referral is finished."))
            return
        options = [(s, _(referral_rules.STATUS_LABELS[s])) for s in nexts]

        def done(status: str | None) -> None:
            if status:
                ws = self.workspace
                self.db(lambda: ws.change_referral(ref.id, status), self._saved, name="referral")

        self.app.push_screen(Choice(_("New status"), options), done)
