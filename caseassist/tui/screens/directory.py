"""Directory search: by need, language and open now; details of the provider chosen."""

from __future__ import annotations

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Checkbox, DataTable, Input, ProgressBar, Select, Static

from caseassist import vocabulary
from caseassist.directory import MatchResult
from caseassist.directory.model import service_needs
from caseassist.i18n import N_, _, format_alternatives, format_number, ngettext
from caseassist.services.directory_preview import ImportPreview
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.text import literal
from caseassist.tui.widgets.dialogs import Confirm, TextPrompt
from caseassist.tui.widgets.footer import KeyFooter
from caseassist.tui.widgets.table import MeasuredTable
from caseassist.tui.widgets.tick_box import TickBox


class DirectoryScreen(BaseScreen):
    """Runs the same matcher as case work, on filters instead of a case."""

    HELP = N_(
        "Choose a need, optionally a language (its name or code: Nepali, népalais, ne) and "
        "open now, then press Enter. Move through the providers to see why each one is "
        "suggested."
    )
    BINDINGS = [
        Binding("escape", "back", N_("Back"), id="back"),
        Binding("ctrl+o", "import", N_("Import"), id="import-directory"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.result: MatchResult | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="directory-filters"):
            yield Select(
                [(vocabulary.phrase(n).capitalize(), n) for n in service_needs()],
                value=service_needs()[0],
                allow_blank=False,
                id="need",
            )
            hint = _("language (name or code)")
            field = Input(placeholder=hint, id="language")
            field.styles.min_width = cell_len(hint) + 5  # borders, padding, the cursor's cell
            yield field
            yield TickBox(_("Open now"), id="open-now")
        yield Static("", id="providers-empty", markup=False)
        with Horizontal(id="directory-body"):
            yield MeasuredTable(id="providers", cursor_type="row")
            with Vertical(id="provider-detail-box"), VerticalScroll():
                yield Static("", id="provider-detail")
        yield ProgressBar(id="import-progress", show_eta=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.search()

    @on(Select.Changed, "#need")
    @on(Input.Submitted, "#language")
    @on(Checkbox.Changed, "#open-now")
    def search(self) -> None:
        need = str(self.query_one("#need", Select).value)
        language = self.query_one("#language", Input).value.strip() or None
        open_now = self.query_one("#open-now", Checkbox).value
        ws, now = self.workspace, self.app.settings.wall_clock()
        self.db(
            lambda: ws.search_directory(need, language=language, open_now=open_now, now=now),
            self._show,
            exclusive=True,
            name="directory",
        )

    def _show(self, result: MatchResult) -> None:
        self.result = result
        table = self.query_one("#providers", DataTable)
        table.clear(columns=True)
        table.add_columns(_("Provider"), _("Organization"), _("Open"))
        for s in result.suggestions:
            is_open = "" if s.open_now is None else (_("open") if s.open_now else _("closed"))
            table.add_row(literal(s.name), literal(s.organization), is_open)
        detail = self.query_one("#provider-detail", Static)
        empty = self.query_one("#providers-empty", Static)
        table.display = bool(result.suggestions)
        empty.display = not result.suggestions
        if not result.suggestions:
            line = self._nothing_found(result)
            empty.update(line)
            detail.update("")
        else:
            self._detail(0)

    def _nothing_found(self, result: MatchResult) -> str:
        """One line instead of an empty table: that nothing matched, and which filter to
        loosen (only those set; another need always). An empty directory, or one with
        no service mapped to a need, has no filter to loosen: the line says so alone."""
        if result.why in ("empty", "unmapped") and result.message:
            return result.message
        ways = []
        if self.query_one("#language", Input).value.strip():
            ways.append(_("clear the language"))
        if self.query_one("#open-now", Checkbox).value:
            ways.append(_("untick Open now"))
        ways.append(_("choose another need"))
        found = result.message or _("No provider matches these filters.")
        return (
            found + " " + _("To widen the search: {ways}.").format(ways=format_alternatives(ways))
        )

    @on(DataTable.RowHighlighted, "#providers")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._detail(event.cursor_row)

    def _detail(self, row: int) -> None:
        if self.result is None or row >= len(self.result.suggestions):
            return
        s = self.result.suggestions[row]
        text = literal(s.name + "\n", "bold")
        text.append(literal(s.organization + "\n\n"))
        for reason in s.reasons:
            text.append(literal("✓ " + reason + "\n"))
        for caveat in s.caveats:
            text.append(literal("! " + caveat + "\n", "italic"))
        if s.confidential:
            text.append(
                literal("\n" + _("Confidential location: the address is never shown.") + "\n")
            )
        elif s.address:
            text.append(literal("\n" + s.address + "\n"))
        for c in s.contact:
            text.append(literal(c + "\n"))
        self.query_one("#provider-detail", Static).update(text)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "import":
            ws = self.app.workspace
            return ws is not None and ws.role == "admin"
        return True

    def action_import(self) -> None:
        """Ctrl+O: read the directory, show what it would change and its problems, and
        apply it only when staff say so (as a whole, in one transaction)."""

        def chosen(path: str | None) -> None:
            if not path:
                return
            ws, app = self.workspace, self.app
            bar = self._busy_bar()

            def progress(done: int, total: int, _table: str) -> None:
                app.call_from_thread(bar.update, total=max(total, 1), progress=done)

            worker = self.db(
                lambda: ws.preview_directory(path.strip(), progress), self._previewed, name="import"
            )
            self._watch_import(worker)

        self.app.push_screen(
            TextPrompt(
                _(
                    "Directory to import: an HSDS folder or JSON file, or a spreadsheet (CSV or XLSX)"
                )
            ),
            chosen,
        )

    def _busy_bar(self) -> ProgressBar:
        bar = self.query_one("#import-progress", ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        return bar

    def _previewed(self, preview: ImportPreview) -> None:
        self.query_one("#import-progress", ProgressBar).display = False

        def answered(apply: bool | None) -> None:
            if not apply:
                self.notify(_("Nothing was imported; the directory in use is unchanged."))
                return
            ws = self.workspace
            self._busy_bar()
            worker = self.db(
                lambda: ws.apply_directory(preview, replace=apply), self._applied, name="import"
            )
            self._watch_import(worker)

        title = ngettext(
            "Import {count} service from {source}?",
            "Import {count} services from {source}?",
            preview.count,
        ).format(count=format_number(preview.count), source=preview.source)
        yes = _("Import and use this directory")
        if preview.shrinks:  # said first, and the yes says what it does: replace anyway
            title = _("Replace the directory in use?")
            yes = _("Replace the directory in use anyway")
        self.app.push_screen(
            Confirm(title, preview_text(preview), yes=yes, no=_("Do not import")),
            answered,
        )

    def _applied(self, count: int) -> None:
        self.query_one("#import-progress", ProgressBar).display = False
        self.notify(
            ngettext(
                "Directory imported: {count} service.",
                "Directory imported: {count} services.",
                count,
            ).format(count=format_number(count))
        )
        self.search()

    def _watch_import(self, worker) -> None:
        if worker.is_finished:
            self.query_one("#import-progress", ProgressBar).display = False
        else:
            self.set_timer(0.2, lambda: self._watch_import(worker))

    def action_back(self) -> None:
        self.app.pop_screen()


PREVIEW_NAMES = 8
"""How many names of added, changed or removed services the preview lists."""


def preview_text(preview: ImportPreview) -> str:
    """What an import would change, then its problems, as lines of plain text."""
    lines: list[str] = []
    if preview.shrinks:
        lines += [
            _("Not imported unless you confirm: {why}.").format(why=preview.shrinks),
            "",
        ]
    for title, names in (
        (_("Services added: {count}"), preview.added),
        (_("Services changed: {count}"), preview.changed),
        (_("Services removed: {count}"), preview.removed),
    ):
        lines.append(title.format(count=format_number(len(names))))
        lines += [f"  {name}" for name in names[:PREVIEW_NAMES]]
        if len(names) > PREVIEW_NAMES:
            more = format_number(len(names) - PREVIEW_NAMES)
            lines.append("  " + _("and {count} more").format(count=more))
    lines += ["", _("What the import found:"), *preview.problems]
    return "\n".join(lines)
