"""Checkbox forms: only what is ticked is stated.

Why: exports of another agency's case system write a choice as boxes ("Embarazada: [ ] sí
[x] no", "[ ] Medical emergency", "[x] Interpreter needed    [ ] TTY"). Read as words, an
unticked option is as much a statement as a ticked one: "Embarazada: [ ] sí" read "yes",
"[ ] Medical emergency" an urgent need. Before reading, each option after a box is kept
when the box is ticked (the box dropped: "Embarazada: no", "Interpreter needed") and taken
out with its box when it is not. A label whose every option is unticked keeps nothing: an
empty choice says nothing. A line whose last box ends it (boxes after their options:
"Pregnant [x]", "yes [x] no [ ]") is left as written: whose box is whose is not clear.

An option runs from its box to the next box, a column gap (three spaces or a tab) or the
end of its line. The marks are typography, not words of a language, so they are here."""

from __future__ import annotations

import re

_BOX = re.compile(
    r"\[\s?(?P<tick>[xX\u2713\u2714\u2715\u2716*])?\s?\]"
    r"|\((?: |(?P<ptick>[xX\u2713\u2714]))\)"
    r"|(?P<glyph>[\u2610\u2611\u2612])"
)
"""A box: "[ ]", "[]", "[x]", "[X]", "[✓]", "( )", "(x)", or the ballot glyphs ☐ (empty),
☑ ☒ (ticked)."""
_GAP = re.compile(r"\t| {3,}")
_LABEL_BEFORE = re.compile(r"(?:^|\t| {2,})(?P<label>[^\t:]{1,48}:\s*)$")
"""The "Label: " right before a line's first box, from the line's start or a column gap."""


def _ticked(m: re.Match[str]) -> bool:
    glyph = m.group("glyph")
    if glyph is not None:
        return glyph != "\u2610"
    return bool(m.group("tick") or m.group("ptick"))


def _line(line: str) -> str:
    """One line with its unticked options taken out and its ticked boxes dropped."""
    boxes = list(_BOX.finditer(line))
    if not boxes or not line[boxes[-1].end() :].strip():
        return line  # none, or boxes after their options ("yes [x] no [ ]"): whose is unclear
    cut: list[tuple[int, int]] = []  # spans to take out
    ticked_at: set[int] = set()  # where a ticked box was cut: an option of its own starts
    options = 0
    ticked_any = False
    for k, m in enumerate(boxes):
        end = boxes[k + 1].start() if k + 1 < len(boxes) else len(line)
        gap = _GAP.search(line, m.end(), end)
        if gap and line[m.end() : gap.start()].strip():
            end = gap.start()
        if not line[m.end() : end].strip():
            continue  # a box after its text ("Pregnant [x]"): left as written
        options += 1
        if _ticked(m):
            ticked_any = True
            ticked_at.add(m.start())
            cut.append((m.start(), m.end() + (line[m.end() : m.end() + 1] == " ")))
        else:
            cut.append((m.start(), end))
    if not options:
        return line
    if not ticked_any:  # "Embarazada: [ ] sí  [ ] no": the label answered by nothing
        label = _LABEL_BEFORE.search(line, 0, boxes[0].start())
        if label:
            cut.insert(0, (label.start("label"), boxes[0].start()))
    out, at, kept = "", 0, False
    for start, end in [*cut, (len(line), len(line))]:
        piece = line[at:start]
        if out.endswith(" ") and piece.startswith(" ") and not _GAP.match(piece):
            piece = piece.lstrip(" ")  # "Embarazada: [ ] sí  [x] no": one space at the cut
        out += piece
        if start in ticked_at:
            if kept:  # two ticked options are two statements, never one run of words
                out = out.rstrip() + "; "  # ("[x] needs interpreter  [x] no bed tonight")
            kept = True
        at = end
    return out.rstrip()


def ticked_only(text: str) -> str:
    """The text with every checkbox choice written as what was ticked."""
    if "[" not in text and "(" not in text and not any(g in text for g in "\u2610\u2611\u2612"):
        return text
    return "\n".join(_line(line) for line in text.split("\n"))
