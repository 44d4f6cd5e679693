"""Children with them stated as a form line ("Children: 0 with her", "Menores a cargo:
ninguno con ella"), as the reply to a question in the note ("des enfants avec elle ? -
Non, aucun."). Children all elsewhere ("ses 2 enfants sont au Cameroun") say nothing
of any with her: the blind labels leave it open, and so does this."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.numbers import number_words
from caseassist.intake.read.child_away import located_next
from caseassist.intake.read.child_split import here_of_total
from caseassist.intake.read.segment import tokens

_LABEL_LINE = re.compile(r"^(?P<label>[^:]{1,40}?)\s?:\s?(?P<value>.*)$")


@cache
def _none_words() -> frozenset[str]:
    """A reply or value that says there are none: "no", "none", "ninguno", "aucun"."""
    return frozenset(lexicon.by_language("child_none_words"))


def _is_child(w: str) -> bool:
    ws = lexicon.word_sets()
    return w in ws.child_singular or w in ws.child_plural or w in ws.child_pairs


def _count_opening(toks: list[str]) -> int | None:
    """The count a value or reply opens with: a number (digits or words) or a none word."""
    toks = [t for t in toks if t not in (",", "-", ".", "!")]
    if not toks:
        return None
    first = toks[0]
    if first in _none_words():
        return 0
    if first.isdigit():
        return int(first) if int(first) <= 20 else None
    n = number_words().get(first)
    return n if n is not None and n <= 20 else None


def _with_here(text: str) -> bool:
    """ "with her" in a line; not "w/ her mother", "con su abuela", "com a mulher": with
    someone else."""
    from caseassist.intake.read import children as c  # children.py imports this module
    from caseassist.intake.read.roles import _other_people

    ws = lexicon.word_sets()
    kids = ws.child_singular | ws.child_plural
    people = _other_people() | ws.gender_female | ws.gender_male  # "com a mulher": his wife
    for m in c._WITH_CUE.finditer(text):
        after = tokens(text[m.end() :])[:2]
        if not any(w in people and w not in kids for w in after):
            return True
    return bool(c._WITH_PRONOUN.search(text))


def label_count(sent_folded: str) -> int | bool | None:
    """A "Label: value" line whose label names children: the count the value opens with,
    when the line says they are with her ("Children: 2 with her", "Kids w/ her: 1"); a
    none ("Children: none", "Hijos: ninguno") is 0 either way; a count put elsewhere
    ("Hijos: 2 (en Guatemala)") or not said to be with her ("Children: 2 (with her)" is)
    is unclear (False). None: no
    such line."""
    m = _LABEL_LINE.match(sent_folded)
    label = _label_words(tokens(m.group("label"))) if m else []
    if not label or len(label) > _LABEL_MOST or any(w[:1].isdigit() for w in label):
        return here_of_total(sent_folded)  # "tiene 3 hijos: dos aquí con ella": not a label
    if not any(_is_child(w) for w in label):
        return _nobody_with(" ".join(label), m.group("value"))
    value = m.group("value")
    main = value.split("(")[0]
    n = _count_opening(tokens(main))
    if n is None:
        return None
    if n == 0:
        return 0
    from caseassist.intake.read import children as c

    if _split_count(tokens(lexicon.phrase_regex("child_totals").sub(" ", value))):
        return False  # "Children: 2 (one with her, one in Honduras)": where each is, unclear
    if _with_here(m.group("label")) or _with_here(value):
        return False if c._away(value) else n  # the bracket may say: "Children: 2 (with her)"
    only = n == 1 and main.strip()[:1].isdigit()  # "Filhos: 1": her only child
    return 0 if only and _all_elsewhere(value) is ELSEWHERE else _all_elsewhere(value)


def _all_elsewhere(value: str) -> int | bool:
    """Where the count a children line opens with is put: 0 when all of them are said to
    be elsewhere ("Kids: 2 - both remain in the Philippines", "Filhos: 3, todos no
    Bangladesh"; a count of one in digits, her only child: "Filhos: 1 (ficou com a avó)", not
    "Enfants : une fille de 6 ans, restée au Nigeria"): none
    with her; None when they are only put elsewhere ("Hijos: 2 (se
    quedaron en Honduras)", "Enfants : 3, au Maroc avec leur mère", "Filhos: 4, todos
    adultos, moram na cidade natal"), which says nothing of any child with her, as the
    blind labels read it since stop 39; False (unclear) otherwise. Read as if the child
    word stood before the place."""
    from caseassist.intake.read import children as c

    rest = " ".join(t for t in tokens(value)[1:] if t not in ("(", ")", "-", ",", ":"))
    total = lexicon.phrase_regex("child_totals").match(rest)
    rest = rest[total.end() :].strip() if total else rest  # "both", "tous les deux"
    words = rest.split()
    if not words:
        return False
    said = " ".join(tokens(value))  # "todos no Bangladesh", "adult children, all in Ecuador"
    totals = lexicon.phrase_regex("child_totals").finditer(said)
    every = any(located_next(said[t.end() :].strip()) for t in totals)
    if not _is_child(words[0]) and not (len(words) > 1 and _is_child(words[1])):
        rest = f"kids {rest}"  # "2 (in Honduras)": the label's children
    if not c._away(rest):
        return False
    return 0 if every else ELSEWHERE


ELSEWHERE = -1
"""A children line that only puts them elsewhere: nothing said of any with her (the
sentence's reading is None, and no other reading of the line is tried)."""


_LABEL_MOST = 8
_PLURAL_MARKS = frozenset(["s", "es", "as", "os", "x", "(", ")", "."])  # and "Accomp.:"
_COUNT_LEADS = frozenset(
    ["n", "no", "nb", "nbr", "number", "numero", "nombre", "num", "of", "de", "d"]
)


def _label_words(label: list[str]) -> list[str]:
    """A form label's words without the plural marks a form writes ("Enfant(s) présent(s)
    avec elle") and the "number of" it opens with ("N° de hijos que la acompañan")."""
    words = [w for w in label if w not in _PLURAL_MARKS]
    while words and words[0] in _COUNT_LEADS:
        words = words[1:]
    return words


def companion_label(label: list[str]) -> bool:
    """A form label's tokens name who came with her (`companion_labels`: "Acompañantes",
    "Accompanied by", "Companion(s)"): the line is about them, not her."""
    words = [w for w in _label_words(label) if w.isalnum()]  # no bullet before it
    return " ".join(words) in lexicon.by_language("companion_labels")


def _nobody_with(label: str, value: str) -> int | None:
    """0 when a label naming who came with her (`companion_label`) says nobody did
    ("Acompañantes: ninguno", "Accompanied by: alone", "Acompanhantes: —" says nothing);
    None for any other line."""
    if label not in lexicon.by_language("companion_labels"):
        return None
    said = " ".join(t for t in tokens(value.split("(")[0]) if t.isalnum())
    return 0 if said in lexicon.by_language("companion_none") else None


def nobody_came(sent_folded: str) -> bool:
    """A companions line that says nobody came with her ("Acompañantes: ninguno")."""
    m = _LABEL_LINE.match(sent_folded) if ":" in sent_folded else None
    return (
        m is not None
        and _nobody_with(" ".join(_label_words(tokens(m.group("label")))), m.group("value")) == 0
    )


_ARTICLE_NUMBERS = frozenset(["un", "una", "une", "um", "uma", "a", "an"])
_OTHER_ONE = frozenset(["other", "another", "otro", "otra", "autre", "outro", "outra"])


def _split_count(toks: list[str]) -> bool:
    """A second count after the one a value opens with, not an age ("2 (one with her,
    one in Honduras)", "2: 1 con ella"); "2 (4 and 6 years old)" is ages."""
    from caseassist.intake.read.ages import _UNIT_AFTER_NUMBER

    nums = number_words()
    words = [t for t in toks if t.isalnum()]
    if not _OTHER_ONE.isdisjoint(words):
        return True  # "uno con ella, otro en Honduras"
    ones = ("one", "uno", *_ARTICLE_NUMBERS)
    bare = [k for k, w in enumerate(words[1:-1], 1) if w in ones and not _is_child(words[k + 1])]
    if len(bare) >= 2:
        return True  # "2 (un avec elle, un au Mali)"; not "2 (a boy and a girl)"
    for k, t in enumerate(words[1:], 1):
        if not (t.isdigit() or (t in nums and t not in _ARTICLE_NUMBERS)):
            continue
        rest = words[k + 1 : k + 4]
        if not any(r in _UNIT_AFTER_NUMBER for r in rest) and "and" not in rest[:1]:
            return True
    return False


def replied_count(question: str, reply: str) -> int | None:
    """The count a question about children with her gets from the sentence after it
    ("¿Hijos con ella? - No.", "Des enfants avec elle ? Non, aucun."). None: the
    question is about something else, or the reply gives no count."""
    qt = tokens(question)
    rt = tokens(reply)
    head = rt[:10]
    if ":" in head:
        rt = rt[len(head) - head[::-1].index(":") :]  # a speaker's label, a time before it
    if not any(_is_child(w) for w in qt):
        return _company_reply(question, qt, rt)
    if not _with_here(question):
        return None
    return _count_opening(rt)


_REPLY_HEAD = 4


def _company_reply(question: str, qt: list[str], rt: list[str]) -> int | None:
    """The children a reply names to a question about who is with her ("Is anyone with
    her? - Her two girls, 4 and 7.", "¿Viene sola? - Con mi hija, tiene 8 años."): their
    count when a child word opens the reply and every count is clear; None otherwise
    ("Is anyone with her? - Her sister.")."""
    from caseassist.intake.read import children as c

    asks_company = c._ALONE.search(question) or (
        _with_here(question) and not lexicon.by_language("company_askers").isdisjoint(qt)
    )
    if not asks_company or not any(_is_child(w) for w in rt[:_REPLY_HEAD]):
        return None
    mentions = c._children_mentions(" ".join(rt), answer=False)
    counts = [n for _w, n in mentions]
    if not counts or any(n is None or n == 0 for n in counts):
        return None
    return sum(counts)
