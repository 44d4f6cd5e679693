"""Notes that correct themselves: a note's structure says which of two values is current.

Referral notes are written over time. A value corrected in place ("Age 17 - correction:
19 per her ID", "Âge : 17 ans – rectificatif : 16 ans"), a paragraph opened as an update
("Update 01:50 from night staff: ...", "Mise à jour : ..."), a forwarded chain whose
message on top answers the older quoted one (">") below it: in each the later, marked
statement is the one that holds. Each is rewritten or marked here before reading:

- `corrected_in_place`: the old number and its mark dropped, the new number kept;
- `paired_labels`: a label naming two things and a value giving two ("DOB/Age: unk / 31",
  "Sexo/Edad: F/34") written as two form lines, so each value answers its own label;
- `chronological`: a top-posted chain put in the order it was written (deepest quote
  first), so the newest message comes last, where a later statement stands;
- `update_blocks`: the sentences an update paragraph (or the newest message of a chain)
  holds;
- `Updates`: the one answer to "does this reading replace those?", which
  `read/clean_reading.py` and the document frames ask: a reading in an update block
  replaces the readings before the block; one in a sentence that says it replaces
  (`supersedes`: "now", "no longer", "ya no") replaces the readings before it; one in a
  sentence that says it is written above the older text (`supersedes` and
  `supersedes_below`: "actualizo lo de abajo", a reply on top of an e-mail) replaces the
  readings after it.

An unmarked disagreement is left as it is (a conflict: nothing applied). The marks are
data (`correction_marks`, `update_heads`, `supersedes`, `supersedes_below` in each
`lexicon/<lang>/words.toml`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from caseassist.intake import fields, lexicon
from caseassist.intake.read.accent_patterns import loose_phrase
from caseassist.intake.read.segment import sentences
from caseassist.intake.text import fold, fold_name, strip_accents


def _loose(phrase: str) -> str:
    """A folded phrase as a regex over the text as written: accents and case free."""
    return loose_phrase(phrase)


def _marks(key: str) -> str:
    phrases = sorted({fold_name(w) for w in lexicon.words().get(key, ())}, key=len, reverse=True)
    return "|".join(_loose(p) for p in phrases)


_NUMBER = r"\d{1,3}"
_DASHES = "-\u2013\u2014"


@cache
def _in_place() -> re.Pattern[str]:
    """An old number, at most two words after it ("17 ans", "17 years"), a dash, comma or
    bracket, a correction mark, then the new number ("17 - correction: 19",
    "17 ans – rectificatif : 16 ans", "17 (corrected to 19)")."""
    return re.compile(
        rf"(?<![\d/.:])(?P<old>{_NUMBER})(?:\s+[^\W\d_]{{1,8}}\.?){{0,2}}\s*[,({_DASHES}]+\s*"
        rf"(?:{_marks('correction_marks')})\s*(?:[:{_DASHES}]\s*)?"
        rf"(?P<new>{_NUMBER})(?![\d/.:])",
        re.IGNORECASE,
    )


def corrected_in_place(text: str) -> str:
    """Each number corrected in place replaced by its correction ("Age 17 - correction: 19
    per her ID" reads "Age 19 per her ID"). Only a number corrected by a number: "Age 17 -
    correction: see her ID" is left as written. A note with no correction mark is not
    searched further (the mark's search costs a third of the pattern's)."""
    if lexicon.phrase_regex("correction_marks").search(strip_accents(text.lower())) is None:
        return text
    return _in_place().sub(lambda m: m.group("new"), text)


_PAIRED = re.compile(
    r"^(?P<lead>[^\S\n]*(?:[-*\u2022\u00b7]+[^\S\n]*)?)(?P<first>[^\W\d_][^:/\n]{0,24}?)[^\S\n]*/"
    r"[^\S\n]*(?P<second>[^\W\d_][^:/\n]{0,24}?)[^\S\n]*:[^\S\n]*(?P<value>[^\n]*?)[^\S\n]*$",
    re.MULTILINE,
)
_VALUE_SPLIT = re.compile(r"\s*/\s*")


def paired_labels(text: str) -> str:
    """A label naming two things and a value giving two, split by "/" alike ("DOB/Age: unk /
    31", "FDN/Edad: n/d / 31", "Sex/Age: F/34"), written as two form lines, each value under
    its own label: "unk" then answers the date of birth (nothing), "31" the age. One part at
    least is a known label; a value that splits otherwise ("DOB/Age: 12/03/1995") is left."""
    if "/" not in text or ":" not in text:
        return text

    def split(m: re.Match[str]) -> str:
        first, second = m.group("first"), m.group("second")
        if fields.fact_of(first) is None and fields.fact_of(second) is None:
            return m.group(0)  # (one may name what no fact holds: "DOB", "FDN")
        value = m.group("value")
        parts = _VALUE_SPLIT.split(value) if value else []
        if len(parts) != 2 and " / " in value:
            parts = value.split(" / ")
        if len(parts) != 2 or not all(p.strip() for p in parts):
            return m.group(0)
        lead = m.group("lead")
        return f"{lead}{first}: {parts[0].strip()}\n{lead}{second}: {parts[1].strip()}"

    return _PAIRED.sub(split, text)


_QUOTED = re.compile(r"^[^\S\n]*((?:>[^\S\n]?)+)")


def _depth(line: str) -> int:
    m = _QUOTED.match(line)
    return m.group(1).count(">") if m else 0


def chronological(text: str) -> tuple[str, str | None]:
    """A chain (a message above or below the older one it quotes with ">") in the order
    it was written: the deepest quote first, the unquoted message last, each without its
    marks, apart by a blank line. Also the first line of the newest message (None: no
    such chain, the text as it was): its sentences are an update of the older ones.
    Replies written between quoted lines ("> Police?" / "No.") are no chain: left; nor
    are ">" bullets: a chain quotes a quote (">>") or names itself (`chain_marks`: "wrote",
    "forwarded", "escribió", "reenviado", "a écrit", "escreveu")."""
    if ">" not in text:
        return text, None
    if ">>" not in text.replace(" ", "") and not lexicon.phrase_regex("chain_marks").search(
        strip_accents(text.lower())
    ):
        return text, None
    lines = text.split("\n")
    depths = [_depth(line) if line.strip() else -1 for line in lines]
    quoted = [k for k, d in enumerate(depths) if d > 0]
    top = [k for k, d in enumerate(depths) if d == 0]
    if not quoted or not top or any(min(quoted) < k < max(quoted) for k in top):
        return text, None  # no quote, no message of its own, or replies between quotes
    by_depth: dict[int, list[str]] = {}
    for line, d in zip(lines, depths, strict=True):
        if d > 0:
            by_depth.setdefault(d, []).append(_QUOTED.sub("", line))
        elif d == 0:
            by_depth.setdefault(0, []).append(line)
        else:
            for block in by_depth.values():
                if block and block[-1]:
                    block.append("")
    blocks = ["\n".join(by_depth[d]).strip("\n") for d in sorted(by_depth, reverse=True)]
    newest = by_depth[0][0] if by_depth.get(0) else None
    return "\n\n".join(b for b in blocks if b), newest


@cache
def _update_head() -> re.Pattern[str]:
    """A paragraph opened as an update: its first word (after a bullet or a time) is an
    `update_heads` mark ("Update 01:50 from night staff:", "Mise à jour :", "ACTUALIZACIÓN
    (turno noche):"), folded."""
    heads = lexicon.phrase_regex("update_heads").pattern
    return re.compile(rf"^[\s*\u2022\-\[\]()\d:h.]*{heads}")


_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")


def update_blocks(text: str, newest: str | None = None) -> dict[int, int]:
    """Each sentence (by its index in `sentences(fold(text))`) of an update paragraph, or
    of the newest message of a chain (from its first line `newest` to the end), mapped to
    the index of the block's first sentence: a clear reading there replaces a reading of
    the same fact before the block (not one inside it)."""
    spans: list[tuple[int, int]] = []
    if newest is not None and newest.strip() and (at := text.rfind(newest)) >= 0:
        spans.append((at, len(text)))
    if lexicon.phrase_regex("update_heads").search(fold(text)) is not None:
        starts = [0, *(m.end() for m in _PARAGRAPH.finditer(text))]
        ends = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
        for start, end in zip(starts, ends, strict=True):
            if start > 0 and _update_head().match(fold(text[start:end].split("\n", 1)[0])):
                spans.append((start, end))
    out: dict[int, int] = {}
    for start, end in spans:
        first = len(sentences(fold(text[:start]))) if start else 0
        last = len(sentences(fold(text[:end])))
        for k in range(first, last):
            out.setdefault(k, first)
    return out


def _supersedes(sentence: str) -> bool:
    """A sentence that says it replaces another reading ("now", "no longer", "update",
    "ya no", "désormais", "já não"); "for now" is no such word."""
    plain = lexicon.phrase_regex("for_nows").sub(" ", sentence)
    return lexicon.phrase_regex("supersedes").search(plain) is not None


@dataclass(frozen=True)
class Updates:
    """A note's marks of a later word replacing an earlier reading, by sentence (folded
    sentences of the note, `blocks` from `update_blocks`)."""

    sentences: list[str]
    blocks: dict[int, int] = field(default_factory=dict)

    def replaces(self, k: int, others: list[int], said: str | None = None) -> bool:
        """A reading in sentence `k` (its words `said`, default the whole sentence)
        replaces the readings in sentences `others`: they all come before the update
        block holding `k`, or before `k` when its words say it replaces; or they all come
        after `k` when its sentence says it is written above the older text."""
        if not others or not 0 <= k < len(self.sentences) or any(o < 0 for o in others):
            return False
        whole = self.sentences[k]
        if all(o < k for o in others):
            opens = self.blocks.get(k)
            if opens is not None and all(o < opens for o in others):
                return True
            return _supersedes(whole if said is None else said)
        if all(o > k for o in others):
            below = lexicon.phrase_regex("supersedes_below").search(whole) is not None
            return below and _supersedes(whole)
        return False
