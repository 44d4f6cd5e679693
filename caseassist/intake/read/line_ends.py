"""Short lines that end a statement without a mark.

Shorthand notes put one statement on each line and leave the full stop out ("no kids
with her" / "has 2 kids in the Philippines w/ her mother" / "needs somewhere to sleep
TONIGHT"); joined as wrapped prose, the lines run into one sentence and a person at the
end of one ("her mother") becomes the subject of the next ("needs somewhere to sleep").
A line wrapped by width is full: its next word would not have fitted. So a line that ends
in a letter, a digit or a bracket (not a word a statement goes on after: "of", "de",
"her"), with room left for the next line's first word by a quarter
of the width, ends its statement: a full stop is written after it. Form lines and turns (a
colon), bullets and lines of a table are left as they are (the sentence splitter already
ends them), and so are texts whose lines are all short (no width to judge by).
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.text import fold

_SHORT = 0.75
"""A line and the next line's first word this share of the width or less: a short line
(lines wrapped by hand vary by a few words, never by a quarter of the width)."""
_MIN_WIDTH = 50
"""A text whose longest line is shorter has no width to judge a short line by."""
_ENDS = frozenset(".!?;:,-/&+(")
_OPENERS = frozenset("-*\u2022>|[")


@cache
def _continuing() -> frozenset[str]:
    """Words a statement does not end on: articles, "and", prepositions, possessives
    (function words and each folder's `line_continuers`: "of", "de", "chez", "com")."""
    fw = function_words()
    return (
        fw.definite_articles
        | fw.indefinite_articles
        | fw.and_words
        | fw.but_words
        | fw.in_words
        | fw.relatives
        | fw.that_words
        | fw.third_possessives
        | lexicon.by_language("line_continuers")
        | frozenset(lexicon.word_sets().negators)  # "does not" / "want the police"
    )


def ended_short_lines(text: str) -> str:
    """`text` with a full stop after each short line that ends a statement unmarked."""
    lines = text.split("\n")
    if len(lines) < 3:
        return text
    width = max(len(line.rstrip()) for line in lines)
    if width < _MIN_WIDTH:
        return text
    out = list(lines)
    for k, line in enumerate(lines[:-1]):
        body = line.rstrip()
        nxt = lines[k + 1].strip()
        if not body.strip() or not nxt or body[-1] in _ENDS or nxt[0] in _OPENERS:
            continue
        if ":" in body or "|" in body or "\t" in body or ":" in nxt.split(" ", 1)[0]:
            continue
        if fold(body.split()[-1]) in _continuing():
            continue  # "natural de" / "Anápolis (GO)": the statement goes on
        if len(body) + 1 + len(nxt.split()[0]) <= _SHORT * width:
            out[k] = body + "."
    return "\n".join(out)
