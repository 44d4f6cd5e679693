"""Precision and recall of the extraction on the labelled corpus (`make eval`).

Every item is read the way the product reads it: a note through `extract`, an
answer through `interpret_answer` for each fact its question asked (the asked
fact first, then whatever else it states). Each labelled fact is then

- right (tp): the value read equals the label;
- wrong: a different value was read (counts against precision and recall);
- missed: nothing was read (against recall);
- spurious: a value was read for a fact the label does not state, or a clear
  value for a fact labelled only as possible (against precision).

Text facts (name, safe contact, dietary needs, injuries) cannot be compared
character by character: they match when the content words of one (folded,
plural "s" dropped, small function words left out) are all among the content
words of the other, so "allergic to peanuts" meets "peanut allergy" only if
staff would read them alike ("peanut" in both) and never meets "shellfish".
Injuries and diets compare word stems and read clinical shorthand as its word
("lac L wrist" is "laceration left wrist"; `resources/intake/eval_text.toml`).

Hedged facts (`[possible]` in an item) are scored apart: read as possible
facts they count for the possible-fact figures; applied as clear facts they
count as spurious.

A fact beyond the contract (`contract = false` in facts.toml, such as a child's need
told in an answer) is never labelled by the corpus: its readings are left unscored,
not counted spurious, unless an item labels it.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from caseassist.intake.corpus import KINDS, SPLITS, CorpusError, Item, freeze, load_items
from caseassist.intake.facts import FACTS
from caseassist.intake.text import fold

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "intake" / "corpus"
RESULTS = REPO / "bench" / "results.json"
GOALS = {"precision": 99.5, "recall": 90.0}
RECALL_GOAL = {"pt": 85.0}
NEVER_WRONG = (
    "safety.wants_law_enforcement",
    "safety.trafficker_knows_location",
    "safety.in_immediate_danger",
)
_TEXT = tomllib.loads((REPO / "resources" / "intake" / "eval_text.toml").read_text("utf-8"))
_STOP = frozenset(_TEXT["stop_words"])
_STEMMED = frozenset(_TEXT["stem_facts"])
_STEM = int(_TEXT["stem_length"])
_SHORT = {form: name for name, forms in _TEXT["shorthand"].items() for form in forms}
_SIDE = {x: n for n, xs in _TEXT["side_letters"].items() for x in xs}
_SIDE_CLOSING = {x: n for n, xs in _TEXT["side_letters_closing"].items() for x in xs}
_SIDE_LETTER = re.compile(
    rf"\b({'|'.join(_SIDE)})\b(?!['’])|\b({'|'.join(_SIDE_CLOSING)})\b(?=\s*(?:[.,;:+)/]|$))"
)
_WORDS = re.compile(r"[a-z0-9]+")


def never_wrong(fact_id: str) -> bool:
    return fact_id in NEVER_WRONG or fact_id.startswith("consent.")


def _content(text: str, stem: bool = False) -> set[str]:
    if stem:  # "lac L hand": the capital alone is a side before folding loses its case
        text = _SIDE_LETTER.sub(lambda m: f" {_SIDE.get(m[1]) or _SIDE_CLOSING[m[2]]} ", text)
    out = set()
    for w in _WORDS.findall(fold(text)):
        if w in _STOP:
            continue
        w = w[:-1] if len(w) > 3 and w.endswith("s") else w
        if stem:
            w = _SHORT.get(w, w)
            w = w if w.isdigit() else w[:_STEM]
        out.add(w)
    return out


def same(fact_id: str, expected: object, got: object) -> bool:
    """Whether a value read counts as the labelled one (see the module docstring)."""
    t = FACTS[fact_id].type
    if t == "text":
        stem = fact_id in _STEMMED
        a, b = _content(str(expected), stem), _content(str(got), stem)
        return bool(a) and bool(b) and (a <= b or b <= a)
    if t == "langs":
        return isinstance(got, list) and set(got) == set(expected)  # type: ignore[arg-type]
    return expected == got


@dataclass
class Outcome:
    clear: dict[str, object]
    possible: dict[str, object] = field(default_factory=dict)


def _offered(got: object) -> dict[str, object]:
    offered = getattr(got, "offered", None)  # (absent before possible facts existed)
    return dict(offered()) if offered else {}


def read(item: Item) -> Outcome:
    """What the extraction reads from one item."""
    from caseassist.intake import read as ex

    if item.kind == "note":
        got = ex.extract(item.text)
        return Outcome(dict(got.values), _offered(got))
    clear: dict[str, object] = {}
    possible: dict[str, object] = {}
    for fid in item.asked:
        got = ex.interpret_answer(
            fid, item.text, question=item.question if fid == item.asked[0] else None
        )
        if fid in got.values:
            clear[fid] = got.values[fid]
        for other, value in got.values.items():
            clear.setdefault(other, value)
        for other, value in _offered(got).items():
            possible.setdefault(other, value)
    pref = clear.get("person.preferred_language")
    others = clear.get("person.other_languages")
    if pref and isinstance(others, list):  # as the session does once the main one is known
        clear["person.other_languages"] = [c for c in others if c != pref]
    return Outcome(clear, {k: v for k, v in possible.items() if k not in clear})


@dataclass
class Counts:
    tp: int = 0
    wrong: int = 0
    missed: int = 0
    spurious: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.wrong += other.wrong
        self.missed += other.missed
        self.spurious += other.spurious

    @property
    def precision(self) -> float | None:
        n = self.tp + self.wrong + self.spurious
        return 100.0 * self.tp / n if n else None

    @property
    def recall(self) -> float | None:
        n = self.tp + self.wrong + self.missed
        return 100.0 * self.tp / n if n else None


@dataclass
class Error:
    item: str
    split: str
    fact: str
    kind: str  # wrong / spurious / missed / hedged-applied
    expected: object
    got: object


@dataclass
class Report:
    counts: dict[tuple[str, str, str, str], Counts] = field(
        default_factory=lambda: defaultdict(Counts)
    )  # (lang, kind, split, fact)
    possible: dict[tuple[str, str], Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[Error] = field(default_factory=list)
    items: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))

    def total(
        self, lang: str | None, split: str, fact: str | None = None, kind: str | None = None
    ) -> Counts:
        out = Counts()
        for (lg, kd, sp, fid), c in self.counts.items():
            if sp == split and lang in (None, lg) and fact in (None, fid) and kind in (None, kd):
                out.add(c)
        return out


def score(item: Item, split: str, got: Outcome, report: Report) -> None:
    """Add one item's outcome to the report."""
    report.items[(item.lang, split)] += 1
    for fid, expected in item.facts.items():
        c = report.counts[(item.lang, item.kind, split, fid)]
        if fid not in got.clear:
            c.missed += 1
            report.errors.append(Error(item.id, split, fid, "missed", expected, None))
        elif same(fid, expected, got.clear[fid]):
            c.tp += 1
        else:
            c.wrong += 1
            report.errors.append(Error(item.id, split, fid, "wrong", expected, got.clear[fid]))
    for fid, value in got.clear.items():
        if fid in item.facts or not _labelled(fid, item):
            continue
        report.counts[(item.lang, item.kind, split, fid)].spurious += 1
        kind = "hedged-applied" if fid in item.possible else "spurious"
        report.errors.append(Error(item.id, split, fid, kind, item.possible.get(fid), value))
    p = report.possible[(item.lang, split)]
    for fid, expected in item.possible.items():
        if fid in got.possible and same(fid, expected, got.possible[fid]):
            p.tp += 1
        elif fid in got.possible:
            p.wrong += 1
        else:
            p.missed += 1
    p.spurious += sum(
        1 for fid in got.possible if fid not in item.possible and _labelled(fid, item)
    )


def _labelled(fid: str, item: Item) -> bool:
    """Whether the corpus can label this fact: a contract fact, or one this item names."""
    return FACTS[fid].contract or fid in item.facts or fid in item.possible


def evaluate(items: Iterable[Item], split: dict[str, str]) -> Report:
    report = Report()
    for item in items:
        score(item, split[item.id], read(item), report)
    return report


def _pct(v: float | None) -> str:
    return "   -  " if v is None else f"{v:6.1f}"


def render(
    report: Report, *, errors_for: Iterable[str] = ("dev",), splits: Iterable[str] = SPLITS
) -> str:
    """The figures of `splits` (an engineer tuning rules sees dev alone) and the errors of `errors_for`."""
    splits = tuple(sp for sp in SPLITS if sp in set(splits))
    langs = sorted({lg for lg, _sp in report.items})
    lines = ["lang  kind    split  facts   prec  recall  wrong  missed  spurious"]
    for lg in langs:
        for kind in (None, *KINDS):
            for sp in splits:
                c = report.total(lg, sp, kind=kind)
                lines.append(
                    f"{lg:<4}  {kind or 'all':<6}  {sp:<5}  {c.tp + c.wrong + c.missed:>5}  "
                    f"{_pct(c.precision)}  {_pct(c.recall)}  {c.wrong:>5}  {c.missed:>6}  {c.spurious:>8}"
                )
    lines += [
        "",
        "per fact (all languages)",
        "fact                                  split   prec  recall  tp wrong missed spur",
    ]
    facts = sorted({fid for _lg, _kd, _sp, fid in report.counts})
    for fid in facts:
        for sp in splits:
            c = report.total(None, sp, fid)
            lines.append(
                f"{fid:<36}  {sp:<5}  {_pct(c.precision)}  {_pct(c.recall)}  "
                f"{c.tp:>3} {c.wrong:>4} {c.missed:>6} {c.spurious:>4}"
            )
    lines += ["", "possible facts (hedged)"]
    for (lg, sp), c in sorted(report.possible.items()):
        if sp not in splits:
            continue
        lines.append(
            f"{lg:<4}  {sp:<5}  offered right {c.tp}, other value {c.wrong}, not offered {c.missed}, offered unlabelled {c.spurious}"
        )
    shown = set(errors_for)
    bad = [e for e in report.errors if e.kind != "missed" and e.split in shown]
    lines += [
        "",
        f"wrong, spurious and hedged-applied values ({', '.join(sorted(shown)) or 'none shown'})",
    ]
    for e in sorted(bad, key=lambda e: (e.split, e.fact, e.item)):
        flag = "  NEVER-WRONG" if never_wrong(e.fact) else ""
        lines.append(
            f"  {e.split:<4} {e.item:<28} {e.kind:<14} {e.fact}: label {e.expected!r}, read {e.got!r}{flag}"
        )
    missed = [e for e in report.errors if e.kind == "missed" and e.split in shown]
    lines += ["", f"missed ({', '.join(sorted(shown)) or 'none shown'})"]
    for e in sorted(missed, key=lambda e: (e.split, e.fact, e.item)):
        lines.append(f"  {e.split:<4} {e.item:<28} {e.fact}: label {e.expected!r}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m caseassist.intake.evaluate", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument(
        "--errors",
        default="dev",
        help="splits whose per-item errors are listed (dev; the test split is only scored)",
    )
    ap.add_argument(
        "--splits",
        default=",".join(SPLITS),
        help="splits whose figures are printed (dev alone while changing rules)",
    )
    ap.add_argument("--lang", default="", help="only these languages (comma-separated)")
    ap.add_argument("--no-results", action="store_true", help="do not write bench/results.json")
    args = ap.parse_args(argv)
    from caseassist.intake.eval_results import figures, group, merge_results

    try:
        items = load_items(args.corpus)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.lang:
        items = [it for it in items if it.lang in args.lang.split(",")]
    split = freeze(args.corpus / "split.toml", [it.id for it in load_items(args.corpus)])
    report = evaluate(items, split)
    sys.stdout.write(
        render(
            report,
            errors_for=[s for s in args.errors.split(",") if s],
            splits=[s for s in args.splits.split(",") if s],
        )
    )
    if not args.no_results and not args.lang:
        merge_results(group(report, figures(report)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
