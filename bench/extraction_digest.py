"""Identity check for speed work: every value, offer, conflict and past reading the
intake reads from a fixed body of text, as one canonical JSON.

Why: a change meant only to make reading cheaper must leave what is read unchanged,
and precision/recall figures can hide a swap (one fact lost, another gained). This
reads the whole note and answer extraction over

- every **dev** item of the corpus (`tests/intake/corpus/split.toml`; test items are
  never opened beyond their id),
- the shared scenarios and the reviewed tuning sets (`/work/shared/scenarios`,
  `/work/scen-r6` to `/work/scen-r10` `reviewed/`): the note, each survivor answer
  read for its fact, and the whole practice session (turns, facts, offers),
- the bench's generated 2 KB notes and its answer turns (`bench_intake`),

and writes a canonical JSON (sorted keys, sets sorted). Usage:

    python -m bench.extraction_digest --write FILE     # a baseline
    python -m bench.extraction_digest --compare FILE   # the differences, exit 1 if any
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "intake" / "corpus"
SCENARIO_DIRS = [Path("/work/shared/scenarios")] + [
    d
    for r in range(6, 11)
    for d in sorted(Path(f"/work/scen-r{r}/reviewed").glob("*"))
    if d.is_dir()
]
BENCH_SEEDS = (11, 12, 13)
BENCH_NOTES = 120


def _plain(value: object) -> object:
    """A value as JSON can hold it, in a fixed order."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return repr(value)


def _extraction(ex: object) -> dict[str, object]:
    """Everything an `Extraction` holds that a later step may read."""
    return _plain(
        {
            "values": ex.values,
            "conflicts": ex.conflicts,
            "possible": ex.possible,
            "offered": ex.offered(),
            "past": ex.past,
            "readings": [tuple(r) for r in ex.readings],
        }
    )


def _dev_items() -> dict[str, object]:
    from caseassist.intake.corpus import load_file
    from caseassist.intake.read import extract, interpret_answer

    dev = set(tomllib.loads((CORPUS / "split.toml").read_text(encoding="utf-8"))["dev"])
    out: dict[str, object] = {}
    for path in sorted(CORPUS.glob("*/*.toml")):
        if path.name in ("split.toml", "disputes.toml"):
            continue
        for item in load_file(path):
            if item.id not in dev:
                continue  # (the test split is never read)
            if item.kind == "note":
                out[item.id] = _extraction(extract(item.text))
                continue
            out[item.id] = {
                fid: _extraction(
                    interpret_answer(
                        fid, item.text, question=item.question if fid == item.asked[0] else None
                    )
                )
                for fid in item.asked
            }
    return out


def _scenarios() -> dict[str, object]:
    from caseassist.intake.practice import ScenarioError, load_scenario, run_practice
    from caseassist.intake.read import extract, interpret_answer

    out: dict[str, object] = {}
    for d in SCENARIO_DIRS:
        for path in sorted(d.glob("*.toml")):
            key = f"{d}/{path.name}"
            try:
                sc = load_scenario(path)
            except ScenarioError as exc:
                out[key] = {"error": str(exc)}
                continue
            answers = {
                fid: _extraction(interpret_answer(fid, value))
                for fid, value in sorted(sc.survivor.items())
                if isinstance(value, str)
            }
            out[key] = {
                "note": _extraction(extract(sc.referral_note)),
                "answers": answers,
                "session": _plain(run_practice(sc)),
            }
    return out


def _bench() -> dict[str, object]:
    from bench.bench_intake import ANSWERS, make_note
    from caseassist.intake.engine import IntakeSession
    from caseassist.intake.read import extract

    out: dict[str, object] = {}
    for seed in BENCH_SEEDS:
        rnd = random.Random(seed)
        notes = [make_note(rnd) for _ in range(BENCH_NOTES)]
        for i, note in enumerate(notes):
            out[f"note-{seed}-{i}"] = _extraction(extract(note))
        for i in range(10):
            s = IntakeSession(staff_languages=("en",))
            s.apply_referral(notes[i][:600])
            q = s.next_question()
            j = 0
            while q is not None:
                s.answer(ANSWERS[(i + j) % len(ANSWERS)])
                j += 1
                q = s.next_question()
            out[f"turns-{seed}-{i}"] = _plain({"facts": s.known(), "possible": s.possible})
    return out


def digest() -> dict[str, object]:
    return {"dev": _dev_items(), "scenarios": _scenarios(), "bench": _bench()}


def _differences(old: object, new: object, where: str = "") -> list[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[str] = []
        for k in sorted(old.keys() | new.keys()):
            if k not in new:
                out.append(f"{where}/{k}: gone")
            elif k not in old:
                out.append(f"{where}/{k}: new {json.dumps(new[k], ensure_ascii=False)[:300]}")
            else:
                out += _differences(old[k], new[k], f"{where}/{k}")
        return out
    if old != new:
        o = json.dumps(old, ensure_ascii=False)[:300]
        n = json.dumps(new, ensure_ascii=False)[:300]
        return [f"{where}: {o} -> {n}"]
    return []


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction_digest")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the digest to this file")
    mode.add_argument("--compare", type=Path, help="compare against a saved digest")
    args = parser.parse_args(argv)
    text = json.dumps(digest(), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    sha = hashlib.sha256(text.encode()).hexdigest()[:16]
    if args.write:
        args.write.write_text(text, encoding="utf-8")
        print(f"written {args.write} ({len(text)} chars, sha256 {sha})")
        return 0
    old = json.loads(args.compare.read_text(encoding="utf-8"))
    diffs = _differences(old, json.loads(text))
    for d in diffs[:200]:
        print(d)
    print(f"{'IDENTICAL' if not diffs else f'{len(diffs)} DIFFERENCES'} (sha256 {sha})")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
