"""The phrase tree matches what the flat, longest-first alternation matches."""

import random
import re

import pytest

from caseassist.intake.trie import alternation


def _flat(phrases, space):
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", space) for p in ordered) + ")"


@pytest.mark.parametrize("space", [r"\ ", r"\s+", r"[ -]"])
@pytest.mark.parametrize("seed", range(6))
def test_the_tree_finds_what_the_flat_list_finds(space, seed):
    rnd = random.Random(seed)
    letters = "ab -'"
    phrases = {
        "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 6))).strip() or "a"
        for _ in range(rnd.randint(1, 30))
    }
    for wrap in ("{}", r"\b{}(?![a-z])", "{}b", "(?<![a-z]){}(?:a|  b)"):
        flags = re.IGNORECASE if seed % 2 else 0
        flat = re.compile(wrap.format(_flat(phrases, space)), flags)
        tree = re.compile(wrap.format(alternation(phrases, space)), flags)
        for _ in range(40):
            text = "".join(rnd.choice(letters + "AB  ") for _ in range(rnd.randint(0, 30)))
            assert [m.span() for m in flat.finditer(text)] == [
                m.span() for m in tree.finditer(text)
            ], (sorted(phrases), text)


def test_phrases_not_in_lower_case_ascii_stay_a_flat_list():
    assert alternation(["Ab", "ab"]) in ("(?:Ab|ab)", "(?:ab|Ab)")


def test_no_phrase_is_no_alternation():
    assert alternation([]) == ""


def test_shared_beginnings_are_factored():
    assert alternation(["ne mange pas", "ne mange jamais"]) == r"(?:ne\ mange\ (?:jamais|pas))"
