"""The intake's warm-up after unlock (`caseassist.intake.warm.warm`), in a fresh process.

Why a group of its own: `bench intake` times notes and answers with the pipeline built,
so it cannot see what building it costs. The terminal UI runs `warm()` in a background
thread after an unlock, and until it is done every note or answer that needs a pattern
not yet compiled compiles it on the UI's side (the first answers once cost 1-2 s of CPU
each). This group runs `warm()` in a new Python process (imports included, as after an
unlock), then one intake (a 600-character note and 20 answers), and reports:

- warm() CPU and wall time (wall includes the 2 ms it yields after each pattern);
- the statement patterns' regex source and their number (the source is what Python's
  regex parser reads; it was 6.4 MB while every concept phrase carried its own
  intensifier slot, 0.6 MB since `skip_words`);
- the first note and the slowest of the first 20 answers after warm, in CPU ms; and the
  same while warm() runs in its thread, as right after an unlock (CPU of the intake's
  thread: on a loaded machine its wall time is mostly waiting).

Each figure is the median of `ROUNDS` processes, with the lowest and highest.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.common import Figure, median, under, user_env, with_spread

REPO = Path(__file__).resolve().parents[1]
ROUNDS = 3
ANSWERS_TIMED = 20
PARAMETERS = {"rounds": ROUNDS, "answers_after_warm": ANSWERS_TIMED, "note_chars": 600}

CHILD = """
import json, random, sys, time
during = sys.argv[2] == "during"
c0, w0 = time.process_time(), time.perf_counter()
from caseassist.intake.warm import warm, warm_in_background
# (imported before the warm-up's thread starts: a module two threads import at once can
# be seen half-initialised by one of them)
from bench.bench_intake import ANSWERS, make_note
from caseassist.intake.engine import IntakeSession
out = {}
if during:  # the intake starts as the warm-up does, as right after an unlock
    thread = warm_in_background()
else:
    warm()
    out = {"warm_cpu": time.process_time() - c0, "warm_wall": time.perf_counter() - w0}
note = make_note(random.Random(5))[:600]
s = IntakeSession(staff_languages=("en",))
c = time.thread_time()
s.apply_referral(note)
out["note_ms"] = (time.thread_time() - c) * 1000
answers, q = [], s.next_question()
while q is not None and len(answers) < int(sys.argv[1]):
    c = time.thread_time()
    s.answer(ANSWERS[len(answers) % len(ANSWERS)])
    q = s.next_question()
    answers.append((time.thread_time() - c) * 1000)
out["answer_max_ms"] = max(answers)
if during:
    thread.join()
from caseassist.intake import statement_rules
patterns = [p for rule in statement_rules.rules() for p in rule.patterns]
out["patterns"] = len(patterns)
out["source_mb"] = sum(len(p.source) for p in patterns) / 1e6
print(json.dumps(out))
"""


def measure_once(root: Path = REPO, mode: str = "after") -> dict[str, float]:
    """One fresh process: warm(), then one intake ("after"), or the intake while warm()
    runs in its thread ("during"); `root`: another checkout's code, for an A/B against it
    (its bench generates the same note and answers)."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(ANSWERS_TIMED), mode],
        cwd=root,
        env=user_env(PYTHONPATH=str(root)),
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    rounds = [measure_once() for _ in range(ROUNDS)]
    during = [measure_once(mode="during") for _ in range(ROUNDS)]

    def figure(name: str, key: str, unit: str, limit: float, of: list | None = None) -> Figure:
        values = [r[key] for r in (of or rounds)]
        return with_spread(under(name, round(median(values), 3), unit, limit), values)

    return [
        figure("intake warm() after unlock, CPU (fresh process)", "warm_cpu", "s", 5),
        figure("intake warm() after unlock, wall (fresh process)", "warm_wall", "s", 10),
        figure("statement patterns' regex source", "source_mb", "MB", 1.5),
        figure("statement patterns compiled by warm()", "patterns", "n", 1500),
        figure("first 600-char note after warm(), CPU", "note_ms", "ms", 100),
        figure(
            f"slowest of the first {ANSWERS_TIMED} answers after warm(), CPU",
            "answer_max_ms",
            "ms",
            50,
        ),
        figure(
            "first 600-char note while warm() runs, CPU of its thread",
            "note_ms",
            "ms",
            2000,
            during,
        ),
        figure(
            f"slowest of the first {ANSWERS_TIMED} answers while warm() runs, CPU of its thread",
            "answer_max_ms",
            "ms",
            500,
            during,
        ),
    ]
