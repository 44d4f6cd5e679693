"""Tick boxes in a form: only the options ticked are stated.

Why: a referral exported from a case system or typed from a paper form lists options with
boxes ("Shelter tonight: [x] needed", "Embarazada: [ ] sí  [x] no", "[ ] Medical
emergency"). Read as words, an empty box's option states what was not ticked, and a
ticked box hides its option behind the mark. Here each box owns the words after it up to
the next box or the line's end: a ticked box's words stay (the mark dropped), an empty
box's words go. A line whose boxes come after their options ("yes [x] no [ ]") is left as
it is: which words a box belongs to is not clear there."""

from __future__ import annotations

import re

_TICKED = r"\[\s*[xX\u2713\u2714]\s*\]|\(\s*[xX\u2713\u2714]\s*\)|[\u2612\u2611]"
_EMPTY = r"\[\s?\]|\(\s?\)|\u2610"
_BOX = re.compile(rf"(?P<ticked>{_TICKED})|(?P<empty>{_EMPTY})")
_TRIGGERS = ("[", "(", "\u2610", "\u2611", "\u2612")


def ticked_only(text: str) -> str:
    """The text with each boxed option kept when ticked and left out when empty."""
    if not any(t in text for t in _TRIGGERS) or not _BOX.search(text):
        return text
    return "\n".join(_ticked_line(line) for line in text.split("\n"))


def _ticked_line(line: str) -> str:
    boxes = list(_BOX.finditer(line))
    if not boxes or boxes[-1].end() == len(line.rstrip()):
        return line  # no box, or boxes after their options ("yes [x] no [ ]")
    kept = [line[: boxes[0].start()]]
    for k, box in enumerate(boxes):
        words = line[box.end() : boxes[k + 1].start() if k + 1 < len(boxes) else len(line)]
        if box.group("ticked"):
            kept.append(words.strip())
    head, options = kept[0].rstrip(), [w for w in kept[1:] if w]
    return f"{head} {', '.join(options)}".strip() if options else head
