"""A transcript's legend: which short turn labels stand for which speaker, read once.

A call or chat log often names its speakers once in a header and then labels each turn
with a short form: "Volunteer: K.  Caller: young woman" then "K: ..." and "C: ...";
'Utilizadora: mulher, anónima ("flor_luanda")' then "01:15 flor_luanda: ...";
"Persona que llama: mujer (L)" then "L: ...". Without the legend her turns go
unrecognised (her "I am sixteen", "romanian is my language" is taken for the writer's)
and a staff turn's "I" may be taken for hers. One reading serves every module that asks
whose a short label is (`chat_turns` rewrites her one-letter turns to her role's label
and takes staff's off; `speakers.her_turns` weighs her turns). A short label stands for

- the one header label with that initial ("C:" for "Caller:"), unless a staff label
  names that letter ("Volunteer: C.": then it is staff's, or no one's known),
- a handle or name a header label's value holds ('Utilizadora: anónima ("flor_luanda")'),
- a letter or word in brackets on a header line ("Persona que llama: mujer (L)"), or
  in brackets after a header turn's label ("Appelante (A) : Bonsoir").

Whose each header label is (hers, staff's, or another speaker's) is the asking module's
`side`, from its role word lists (`name_roles`, `caller_speakers`, `staff_speakers`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

HER, STAFF, OTHER = "her", "staff", "other"
Side = Callable[[str], str | None]
"""A header label's side: `HER`, `STAFF`, `OTHER` (a speaker, neither), or None (no
speaker's label: never counted among the labels sharing an initial)."""

_HEADING = re.compile(r"(?<!\w)([^\W\d_][^\W\d]{1,24}) ?: ?([^\W\d_]\b\.?)?")
"""A one-word label anywhere in a line ("Volunteer: K.  Caller: young woman"), with the
one letter after it when it names a speaker by an initial."""
_BRACKETED = re.compile(
    r"(?:^|\s)([^\W\d_][^:()]{0,24}?) ?: [^:()\n]{0,40}?\(\W{0,2}([^\W\d_][\w ]{0,19}?)\W{0,2}\)"
)
"""A label whose value gives a short form in brackets ("Caller: anonymous (C)")."""
_LABEL_ALIAS = re.compile(
    r"^[^\S\n]*([^\W\d_][^:()\n]{0,24}?) ?\(\W{0,2}([^\W\d_]{1,3})\W{0,2}\) ?:"
)
"""A turn label with its short form in brackets before the colon ("Appelante (A) : Bonsoir"),
after which the turns are labelled "A :"."""
_HEADER_LINES = 4  # (a bracket alias is read in the header: the first lines)


@dataclass(slots=True)
class Legend:
    """What a transcript's header says of its speakers' short labels."""

    firsts: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    """An initial (folded) -> the (label, side) of the header labels with it."""
    named: dict[str, set[str]] = field(default_factory=dict)
    """A letter (folded) -> the staff labels that name it ("Volunteer: K.")."""
    values: list[tuple[str, str]] = field(default_factory=list)
    """Her header labels' values, each with its label ("Utilizadora", 'anónima ("flor")')."""
    brackets: dict[str, set[str]] = field(default_factory=dict)
    """A bracket alias -> the sides of the header labels that give it."""

    def initial(self, letter: str) -> tuple[str, str] | None:
        """The (label, side) a one-letter turn label stands for, or None (unknown)."""
        short = self.firsts.get(letter, set())
        named = self.named.get(letter)
        if named and not any(side == HER for _l, side in short):
            return min(named), STAFF  # "Volunteer: K." then "K: are you safe to talk?"
        if len(short) == 1 and not named:
            return next(iter(short))  # "Caller: young woman" then "C: sixteen"
        return None

    def hers(self, labels: set[str]) -> set[str]:
        """The turn `labels` (as written in the legend's text) that stand for one of her
        labels: her label's initial, a handle her label's value holds, a bracket alias."""
        found: set[str] = set()
        for lab in labels:
            if len(lab) == 1:
                got = self.initial(lab)
                if got and got[1] == HER:
                    found.add(lab)
                    continue
            elif len(lab) > 2:
                word = re.compile(rf"(?<!\w){re.escape(lab)}(?!\w)")
                if any(word.search(value) for _label, value in self.values):
                    found.add(lab)
                    continue
            if HER in self.brackets.get(lab, ()):
                found.add(lab)  # "Persona que llama: mujer (L)" then "L: ..."
        return found


def read_legend(text: str, side: Side, fold: Callable[[str], str] = str) -> Legend:
    """`text`'s legend, each header label's side told by `side`; `fold` folds an initial
    to the form the asker's turn labels take."""
    legend = Legend()
    heads = list(_HEADING.finditer(text))
    for k, m in enumerate(heads):
        label, letter = m.group(1), m.group(2)
        kind = side(label)
        if kind is None:
            continue
        legend.firsts.setdefault(fold(label[0]), set()).add((label, kind))
        if kind == STAFF and letter:
            legend.named.setdefault(fold(letter[0]), set()).add(label)
        if kind == HER:
            end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
            line_end = text.find("\n", m.end())
            value = text[m.end(1) : min(end, line_end if line_end >= 0 else len(text))]
            legend.values.append((label, value))
    if "(" in text:
        for line in text.split("\n", _HEADER_LINES)[:_HEADER_LINES]:
            for m in [*_BRACKETED.finditer(line), *_LABEL_ALIAS.finditer(line)]:
                kind = side(m.group(1).strip())
                if kind is not None:
                    legend.brackets.setdefault(m.group(2).strip(), set()).add(kind)
    return legend
