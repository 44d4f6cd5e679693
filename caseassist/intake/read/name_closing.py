"""A name that closes a line describing her: "Usuário: M, 40a, indonésio (Java), "Budi".",
"1 indiv. masc., 23A, timorense, "Zito"", "homem, 28 anos, senegalês, Moussa.". Shorthand
and chat notes set the name last, after her sex, age and people; read sentence by
sentence, the last comma part is a word alone. The sentence before it must describe a
person (an age, and a sex mark, a gender noun or a people) and name no one else. A name
in quotes is how she is called (applied); a bare capitalised word may be a town
("senegalês, Dakar"), so it is only offered."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _gender_noun_words
from caseassist.intake.read.segment import ffold, tokens

_NAME = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'\u2019-]+"
_CLOSING = re.compile(
    rf",\s*(?P<q>[\"\u201c\u00ab]\s*)?(?P<name>{_NAME}(?:\s{_NAME})?)\s*"
    rf"(?(q)[\"\u201d\u00bb])\s*(?:[.;]|$)",
    re.M,
)
_AGE = re.compile(r"^\d{1,2}(?:a|ans|anos|y|yo|yrs)?$")
_SEX_MARKS = frozenset(["f", "m", "h", "fem", "masc"])


def _describes_her(before: str) -> bool:
    """The words before the name give an age (12 to 99) and a sex or a people, and name no
    other person."""
    toks = tokens(ffold(before))
    if not lexicon.word_sets().other_people.isdisjoint(toks):
        return False
    aged = any(_AGE.match(t) and 12 <= int(re.match(r"\d+", t).group()) <= 99 for t in toks)
    kinds = _gender_noun_words() | _SEX_MARKS
    dem = lexicon.demonyms()
    return aged and (not kinds.isdisjoint(toks) or any(t in dem for t in toks))


@cache
def _prefers_part() -> re.Pattern[str]:
    """A comma part that is a preference verb and a quoted name: ", prefers "Noi"."""
    verbs = sorted(lexicon.words().get("name_bracket_prefers", ()), key=len, reverse=True)
    alts = "|".join(re.escape(v) for v in verbs) or "(?!)"
    return re.compile(rf",\s*(?i:{alts})\s+[\"\u201c\u00ab]\s*(?P<name>{_NAME})\s*[\"\u201d\u00bb]")


def closing_names(text: str) -> list[tuple[str, int, bool]]:
    """(name, offset, quoted) of each name that closes a sentence describing her, or that
    a comma part says she prefers ("Client: Ms Achara S., prefers "Noi"")."""
    if "," not in text:
        return []
    found = [(m.group("name"), m.start("name"), True) for m in _prefers_part().finditer(text)]
    for m in _CLOSING.finditer(text):
        start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1)
        if _describes_her(text[start : m.start()]):
            found.append((m.group("name"), m.start("name"), bool(m.group("q"))))
    return found
