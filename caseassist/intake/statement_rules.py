"""The statement rules of `rules.toml` (and the folders'), compiled once.

A rule names a fact, a value and its patterns over folded text, with the checks that keep
a match from being read (`not_after`, `cancelled_by`, who the clause is about...). Each
pattern's needles (words it cannot match without) index it, so a clause is searched only
with the patterns its words can open (`sift.py`); concept rules (`all_of`: word groups in
a clause, `concepts.py`) are opened by their word groups instead (`concept_gate.py`)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache

from caseassist.intake.concepts import concept_patterns
from caseassist.intake.heads import rule_needles
from caseassist.intake.lazy import LazyPattern
from caseassist.intake.lexicon import by_language, phrase_regex, rules_data, words
from caseassist.intake.skip_words import ConceptPattern, skipper
from caseassist.intake.text import fold_name
from caseassist.intake.trie import alternation


@dataclass(frozen=True)
class Rule:
    """One statement rule of `rules.toml`, compiled."""

    fact: str
    value: object
    patterns: tuple[LazyPattern, ...]  # compiled on first search
    negated: object = None  # value when negated; None: a negated match is ignored
    fixed: bool = False
    roles: bool = True  # skip when another person is the subject of the clause
    children_hers: bool = False  # with `roles`, a child subject is hers ("her son has not eaten")
    describe: str | None = None
    # `describe` kept when a `cancelled_by` phrase voids the match (an injury cared for is
    # still one); None with `describe_cared = false` (a pain said not urgent is no injury)
    cared_describe: str | None = None
    # `describe_mild = false`: described only when its `clear_with` words are in the sentence
    # ("me duele mucho el brazo"); a mild pain in a note ("dolor de espalda y tos") is a symptom
    describe_mild: bool = True
    needles: tuple[tuple[tuple[str, ...], ...], ...] = ()  # per pattern, see `needles`
    not_after: frozenset[str] = frozenset()  # skip a match right after one of these words
    not_before: frozenset[str] = frozenset()  # skip a match right before one ("job training")
    country_after: bool | str = False  # a country name must follow ("place": or a place name)
    possible: bool = False  # the statement only suggests the value: offered, never applied
    cancelled_by: tuple[str, ...] = ()  # phrases that, in the same sentence, void the match
    subject_other: bool = False  # keep a match only when another person is its subject
    negated_possible: bool = False  # the negated value is only offered ("not ready to ...")
    affirmed_possible: bool = False  # the value, not negated, is only offered ("knows she left")
    clear_with: str = ""  # word list(s) that, in the sentence, make a `possible` rule clear
    clear_when_named: bool = False  # a `possible` rule is clear when another person is named
    needs_words: tuple[frozenset[str], ...] = ()  # `all_of`: a clause lacking a group is skipped
    needs_phrases: tuple[tuple[frozenset[str], ...], ...] = ()  # per group, each phrase's words
    que_clause: bool = False  # "teme que la deporten": a "que" after the cue is still hers
    hedge_offers: bool = False  # hedged, the value is offered, never the fact's unsure value
    past_act: bool = False  # a past act ("filed a report"): kept only if nothing says now
    note_offers: bool = False  # in a note only offered (the writer relays it); her answer settles
    # a state begun at the time its sentence names and going on ("ran out of her insulin two
    # weeks ago", "se quedó sin su medicación hace dos semanas"): that time is no time gone by
    ongoing: bool = False
    verb_negation: bool = False  # negated only around the cue ("ne sait pas"), never by a
    # word of the place after it ("sabe que está no hospital": Portuguese "no" is "in the")
    cancel_regex: re.Pattern[str] | None = None  # `cancelled_by` as one search (`any_phrase`)
    clear_regex: re.Pattern[str] | None = None  # `clear_with` (both compiled with the rules)
    offer_regex: re.Pattern[str] | None = None  # `offered_by`: in the clause, only offered


def _phrases(listed: str | list[str]) -> tuple[str, ...]:
    """A rule's phrase list: written out, or the name of a word group (every language);
    a written-out list may name groups among its phrases ("housing_left": a name with an
    underscore is never a phrase)."""
    if isinstance(listed, str):
        return tuple(sorted(by_language(listed)))
    groups = [w for w in listed if "_" in w and w in words()]
    return tuple(
        [fold_name(w) for w in listed if w not in groups]
        + [w for g in groups for w in sorted(by_language(g))]
    )


def _patterns(row: dict) -> tuple[LazyPattern, ...]:
    """A rule's patterns: a concept rule's searched in a view of the clause without its
    intensifiers (`skip_words`), the others in the clause itself."""
    if "skip" not in row:
        return tuple(LazyPattern(p) for p in row["patterns"])
    skip = skipper(row["skip"], row["keeps"])
    return tuple(ConceptPattern(p, skip) for p in row["patterns"])


def _clear_regex(groups: str | list[str]) -> re.Pattern[str]:
    """A rule's `clear_with`: one word group, or several ("legal_nouns", "help_verbs")."""
    if isinstance(groups, str):
        return phrase_regex(groups)
    return re.compile("|".join(phrase_regex(g).pattern for g in groups))


@cache
def any_phrase(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `phrases` as whole words of a text of single-spaced tokens padded with a space
    (one search, not one test per phrase). As a tree of shared beginnings (`trie`): a flat
    list of hundreds of phrases was tried phrase by phrase at every space of the sentence
    (13 us a search). A match starts where the flat list's would (its start is all that is
    read; which phrase matched, and so its end, may differ)."""
    return re.compile(f" {alternation(phrases)} ")


_building = threading.Lock()


def rules() -> tuple[Rule, ...]:
    """Every statement rule, built once. A note read while `warm.warm()` builds them in its
    thread waits for that build (about 0.6 s of CPU) instead of doing it a second time."""
    with _building:
        return _rules()


@cache
def _rules() -> tuple[Rule, ...]:
    """Loaded from the cache folder when built there before from the same data and code
    (`rule_cache`: building them is about 1.3 s of CPU after every unlock)."""
    from caseassist.intake.rule_cache import cached_rules

    rules = cached_rules(_built_rules, Rule)
    _word_groups()
    return rules


def _word_groups() -> None:
    """The word groups the rules name, each read once as building the rules reads them
    (`by_language`, `phrase_regex`: cached, and read again by the readers): rules loaded
    from the cache folder leave them to `warm()` too, not to the first answers."""
    fact_cancels = rules_data().get("fact_cancels", {})
    for row in rules_data()["rule"]:
        _phrases(row.get("cancelled_by", ()))
        _phrases(row.get("offered_by", ()))
        for group in fact_cancels.get(row["fact"], ()):
            by_language(group)
        if clear_with := row.get("clear_with", ""):
            _clear_regex(clear_with)


def _built_rules() -> tuple[Rule, ...]:
    out = []
    # word groups that void every rule of a fact (`[fact_cancels]`: an errand, "to fetch her
    # things", voids a going-back rule), besides each rule's own `cancelled_by`
    fact_cancels = rules_data().get("fact_cancels", {})
    for row in rules_data()["rule"]:
        if "all_of" in row:
            opts = {k: row[k] for k in ("in_order", "within", "gap_words") if k in row}
            row = {**row, **concept_patterns(words(), row["all_of"], **opts)}
        cancelled, clear_with = _phrases(row.get("cancelled_by", ())), row.get("clear_with", "")
        for group in fact_cancels.get(row["fact"], ()):
            cancelled += tuple(sorted(by_language(group)))
        out.append(
            Rule(
                fact=row["fact"],
                value=row["value"],
                patterns=_patterns(row),
                negated=row.get("negated"),
                fixed=bool(row.get("fixed", False)),
                roles=bool(row.get("roles", not row.get("fixed", False))),
                children_hers=bool(row.get("children_hers", False)),
                describe=row.get("describe"),
                cared_describe=row.get("describe") if row.get("describe_cared", True) else None,
                describe_mild=bool(row.get("describe_mild", True)),
                # a concept rule is opened by its words (`concept_gate`), never by needles
                needles=tuple(() if "all_of" in row else rule_needles(p) for p in row["patterns"]),
                not_after=frozenset(row.get("not_after", ())),
                not_before=frozenset(row.get("not_before", ())),
                country_after=row.get("country_after", False),
                possible=bool(row.get("possible", False)),
                cancelled_by=cancelled,
                subject_other=bool(row.get("subject_other", False)),
                negated_possible=bool(row.get("negated_possible", False)),
                affirmed_possible=bool(row.get("affirmed_possible", False)),
                clear_with=clear_with if isinstance(clear_with, str) else " ".join(clear_with),
                clear_when_named=bool(row.get("clear_when_named", False)),
                needs_words=tuple(row.get("needs_words", ())),
                needs_phrases=tuple(row.get("needs_phrases", ())),
                que_clause=bool(row.get("que_clause", False)),
                hedge_offers=bool(row.get("hedge_offers", False)),
                past_act=bool(row.get("past_act", False)),
                note_offers=bool(row.get("note_offers", False)),
                verb_negation=bool(row.get("verb_negation", False)),
                ongoing=bool(row.get("ongoing", False)),
                cancel_regex=any_phrase(cancelled) if cancelled else None,
                clear_regex=_clear_regex(clear_with) if clear_with else None,
                offer_regex=any_phrase(offered)
                if (offered := _phrases(row.get("offered_by", ())))
                else None,
            )
        )
    return tuple(out)


@cache
def flat_patterns() -> tuple[
    tuple[Rule, LazyPattern, tuple[tuple[str, ...], ...], tuple[str, ...] | None], ...
]:
    """Every (rule, pattern, needle sets, anchor set) in rule order; the anchor is the needle
    set with the longest shortest member (None when the pattern has no needles)."""
    out = []
    for rule in rules():
        for pat, need in zip(rule.patterns, rule.needles, strict=True):
            anchor = max(need, key=lambda g: (min(len(x) for x in g), -len(g))) if need else None
            out.append((rule, pat, need, anchor))
    return tuple(out)


@cache
def anchor_index() -> tuple[tuple[tuple[str, tuple[int, ...]], ...], tuple[int, ...]]:
    """(anchor needle -> pattern numbers it gates, pattern numbers with no anchor)."""
    by_needle: dict[str, list[int]] = {}
    free: list[int] = []
    for k, (r, _p, _need, anchor) in enumerate(flat_patterns()):
        if r.needs_words:
            continue  # concept rules are gated by their word groups (`concept_gate`)
        if anchor is None:
            free.append(k)
            continue
        for n in anchor:
            by_needle.setdefault(n, []).append(k)
    return tuple((n, tuple(ks)) for n, ks in sorted(by_needle.items())), tuple(free)
