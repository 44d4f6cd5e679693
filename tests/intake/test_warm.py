"""The statement patterns compile on first use, and `warm()` builds them all ahead."""

from __future__ import annotations

import re

from caseassist.intake import statement_rules
from caseassist.intake.lazy import LazyPattern
from caseassist.intake.warm import warm


def test_a_lazy_pattern_reads_as_its_compiled_pattern():
    source = r"\b(?:needs?|necesita) (?:a )?(?P<cue>bed|cama)\b"
    lazy, plain = LazyPattern(source), re.compile(source)
    assert lazy.pattern == source and not lazy.compiled
    text = "she needs a bed tonight, necesita cama"
    assert lazy.search(text).group() == plain.search(text).group()
    assert lazy.compiled
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.match(text) is None and lazy.match("needs bed").group("cue") == "bed"


def test_warm_compiles_every_statement_pattern_and_reads_after():
    warm()
    patterns = [p for rule in statement_rules.rules() for p in rule.patterns]
    assert len(patterns) > 500
    assert all(p.compiled for p in patterns)
    warm()  # once a process: the second call finds it done
    from caseassist.intake.read import extract

    got = extract("Walk-in: woman, 31, needs a bed tonight.").values
    assert got["person.age"] == 31 and got["shelter.needs_shelter_tonight"] is True
