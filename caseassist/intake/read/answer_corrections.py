"""An answer that corrects itself ("Yes. No, sorry, I mean no", "Não. Quer dizer, sim, ele
anda atrás de mim", "Oui... enfin non", "They don't know. Well, actually they do"): what
she says after the last correction is her answer to the question; what she said before
it no longer settles the asked fact.

A correction is a marker (data: `self_corrections` in `lexicon/<lang>/answers.toml`)
followed at once by a yes, a no or a verb-only reply ("they do"): "actually, I'd like to
work" corrects nothing."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import at, phrases
from caseassist.intake.read.segment import ffold, tokens

_GAP = 2  # punctuation or "sorry" between the marker and the new yes or no


def _reply_at(toks: list[str], i: int) -> bool:
    """A yes, a no or a verb-only reply ("they do", ending its clause) starts at `toks[i]`."""
    ws = lexicon.word_sets()
    for n in (3, 2, 1):
        head = " ".join(toks[i : i + n])
        if head in ws.yes or head in ws.no:
            return True
        rest = toks[i + n : i + n + 1]
        if head in lexicon.by_language("echo_yes") and (not rest or not rest[0][0].isalnum()):
            return True
    return False


def _opens(previous: str) -> bool:
    """A marker opens a correction after a stop or comma, or right after a yes or a no ("Sí
    digo no"); after another word it is an ordinary one ("yo te digo", "I mean it")."""
    ws = lexicon.word_sets()
    return not previous[0].isalnum() or previous in ws.yes or previous in ws.no


def corrected_part(text: str) -> str | None:
    """The folded words after the answer's last self-correction (None: it has none)."""
    toks = tokens(lexicon.respell(ffold(text)))
    if not phrases("self_corrections"):
        return None
    cut = None
    for i in range(1, len(toks)):  # never at the very start: nothing before it to correct
        n = at(toks, i, "self_corrections")
        if not n or not _opens(toks[i - 1]):
            continue  # "me dices a quién y yo te digo. No todo de golpe": no correction
        j = i + n
        while j < len(toks) and j <= i + n + _GAP and not toks[j][0].isalnum():
            j += 1
        if j < len(toks) and _reply_at(toks, j):
            cut = j
    if cut is None:
        return None
    return " ".join(toks[cut:])
