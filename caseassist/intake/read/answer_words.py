"""The words and clauses the multi-fact answer readers work on: the word lists of
`lexicon/answers.toml` (and each language folder's), as token tuples, and an answer cut
into sentences and clauses of folded tokens.

Kept apart so that each reader (answer_group.py, answer_knowers.py) is only its reading."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import ffold, tokens

Phrases = tuple[tuple[str, ...], ...]
Clause = list[str]

OPENING = 3  # words at a clause's start that may name whom it is about ("mi hermana tiene...")
_SENTENCE_ENDS = frozenset([".", "!", "?", ";", "\n"])
_CLAUSE_ENDS = frozenset([","])
_CONTRASTS = frozenset(["but", "pero", "mais", "mas", "though", "aunque", "sinon"])


@cache
def _data() -> dict:
    """`answers.toml` merged with every language folder's: lists extended."""
    return lexicon.with_languages("answers.toml")


@cache
def phrases(key: str) -> Phrases:
    """The phrases under `key`, folded and cut into tokens, longest first."""
    found = {tuple(tokens(lexicon.respell(ffold(w)))) for w in _data()["words"].get(key, ())}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


@cache
def titles() -> frozenset[str]:
    """Titles before a name ("mrs", "sr", "mme"), folded: a dot after one ends nothing."""
    return lexicon.by_language("person_titles") | lexicon.by_language("titles")


@cache
def group_of(fact_id: str) -> str:
    """The question group `fact_id` belongs to ("" when none)."""
    return next((g for g, fs in _data().get("groups", {}).items() if fact_id in fs), "")


@cache
def group_facts(group: str) -> tuple[str, ...]:
    """The facts of a question group."""
    return tuple(_data().get("groups", {}).get(group, ()))


@cache
def not_me_groups() -> frozenset[str]:
    """The groups whose asked fact "not for me" answers no (data: `[not_me]`)."""
    return frozenset(_data().get("not_me", {}).get("groups", ()))


@cache
def yes_for_others_facts() -> frozenset[str]:
    """The asked facts a yes about another person only leaves open (`[yes_for_others]`)."""
    return frozenset(_data().get("yes_for_others", {}).get("facts", ()))


@cache
def yes_own_words() -> dict[str, str]:
    """The parallel wishes, where a bare yes beside another wish is that wish's, each with
    the word list naming it (data: `[yes_of_another.own_words]`)."""
    return dict(_data().get("yes_of_another", {}).get("own_words", {}))


@cache
def state_words() -> dict[str, str]:
    """The states asked beside a wish, each with the word list naming it (data:
    `[yes_of_another.state_words]`)."""
    return dict(_data().get("yes_of_another", {}).get("state_words", {}))


@cache
def side_plain() -> dict[str, tuple[str, frozenset[str], str]]:
    """The side facts an answer applies only when it says them in plain words or speaks of
    none of their rivals: each with the `words.toml` key of those words, the rival facts and
    the answers word list that names a rival sense (data: `[side_plain]`)."""
    table = _data().get("side_plain", {})
    return {
        f: (e["plain"], frozenset(e.get("rivals", ())), e.get("rival_words", ""))
        for f, e in table.items()
    }


@cache
def fact_for(reading: str) -> str:
    """The fact a reader sets (data: `[facts]`)."""
    return str(_data().get("facts", {}).get(reading, ""))


@cache
def _by_first(key: str) -> dict[str, Phrases]:
    """The `key` phrases by their first word, longest first: one look-up per token."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases(key):
        out.setdefault(p[0], []).append(p)
    return {w: tuple(ps) for w, ps in out.items()}


def at(toks: list[str], i: int, key: str) -> int:
    """The length of the longest `key` phrase starting at `toks[i]` (0: none)."""
    if i >= len(toks) or i < 0:
        return 0
    for p in _by_first(key).get(toks[i], ()):
        if tuple(toks[i : i + len(p)]) == p:
            return len(p)
    return 0


def find(toks: list[str], key: str, start: int = 0, end: int | None = None) -> int:
    """Where the first `key` phrase starts in `toks[start:end]` (-1: nowhere)."""
    stop = len(toks) if end is None else end
    for i in range(start, stop):
        if at(toks, i, key):
            return i
    return -1


def has(toks: list[str], key: str) -> bool:
    return find(toks, key) >= 0


def sentences(text: str) -> list[Clause]:
    """The answer's sentences, as folded tokens (shorthand written out, "doesnt" -> "does
    not"); a question mark is kept as the sentence's last token."""
    out: list[Clause] = [[]]
    for t in tokens(lexicon.respell(ffold(text))):
        if t == "." and out[-1][-1:] and out[-1][-1] in titles():
            continue  # "Mrs. Delacruz has no idea": the title's dot ends no sentence
        if t in _SENTENCE_ENDS:
            if t == "?":
                out[-1].append(t)
            out.append([])
        else:
            out[-1].append(t)
    return [s for s in out if s]


def contrast_at(sentence: Clause, i: int) -> bool:
    """A contrast word at `sentence[i]` that opens what follows: never one right before a
    comma or the sentence's end, where "mais" / "más" is "more" ("não quero trabalhar mais,
    nem fazer curso", "no quiero trabajar más")."""
    if sentence[i] not in _CONTRASTS:
        return False
    return i + 1 < len(sentence) and sentence[i + 1] not in _CLAUSE_ENDS and sentence[i + 1] != "?"


def has_contrast(sentence: Clause) -> bool:
    return any(contrast_at(sentence, i) for i in range(len(sentence)))


def clauses(sentence: Clause) -> list[Clause]:
    """A sentence cut at commas and at "but" ("Quiero trabajar, pero no tengo papeles")."""
    out: list[Clause] = [[]]
    for i, t in enumerate(sentence):
        if t in _CLAUSE_ENDS or contrast_at(sentence, i):
            out.append([])
        else:
            out[-1].append(t)
    return [c for c in out if c]


def clause_segments(sentence: Clause) -> list[tuple[Clause, int]]:
    """The clauses of `sentence` (as `clauses` cuts them), each with the number of the
    stretch between contrasts it stands in: a hedge before "but" is not about what follows
    ("maybe in a kitchen, but I have no permit here")."""
    out: list[tuple[Clause, int]] = [([], 0)]
    seg = 0
    for i, t in enumerate(sentence):
        contrast = contrast_at(sentence, i)
        if contrast:
            seg += 1
        if t in _CLAUSE_ENDS or contrast:
            out.append(([], seg))
        else:
            out[-1][0].append(t)
    return [(c, k) for c, k in out if c]


def settle(out: Extraction, fact: str, values: set[object], offered: bool) -> None:
    """Set `fact` when every reading of it in the answer gave one value and nothing read
    it before (the note pipeline's readings always win); `offered`: only offer it."""
    if len(values) != 1 or not fact or fact in out.values or fact in out.conflicts:
        return
    value = next(iter(values))
    (out.maybe if offered else out.put)(fact, value)
