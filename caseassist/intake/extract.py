"""Facts from free text: referral notes and free-text answers, in English, Spanish and French.

The rule throughout: a value the text does not clearly state stays unknown,
because a wrong fact is worse than one more question. So

- a statement with a hedge in its clause ("maybe", "no está segura",
  "peut-être") sets nothing (or an enum's own "unsure"/"undecided");
- two clear statements that disagree set nothing;
- a statement whose subject is another person ("her son is hungry", "the
  officer, 45 years old") is not the survivor's;
- the survivor's name is taken only from "her name is ..." / "se llama ..." /
  "s'appelle ..." forms, never from a capitalised word, so an officer's or a
  nurse's name is never hers.

Text is split into sentences (ages, gender, languages, countries, children) and
clauses (statement rules from `rules.toml`), and matched in folded form.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from caseassist.intake import fields, lexicon
from caseassist.intake.facts import FACTS, InvalidValue, coerce
from caseassist.intake.numbers import AMBIGUOUS, number_words, to_int
from caseassist.intake.text import fold

# ---------------------------------------------------------------- splitting


def _with_data(src: str, key: str) -> re.Pattern[str]:
    """A built-in alternation `\\b(?:...)` with the phrases the language folders list
    under `key` added to it."""
    extra = lexicon.alternatives(key)
    return re.compile(src.replace(r"\b(?:", rf"\b(?:{extra}|", 1) if extra else src)


_ABBREV = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "sr",
        "sra",
        "srta",
        "mme",
        "mlle",
        "approx",
        "aprox",
        "env",
        "yrs",
        "yr",
        "vs",
        "no",
        "nr",
        "dra",
        "m",
        "p",
        "ca",
        "req",
        "ofc",
        "sgt",
        "det",
        "insp",
        "pt",
        "ref",
        "dob",
        "ddn",
        "tel",
    ]
)
_SENT_END = re.compile(r"[.!?;]*\?[.!?;]*|[.!?;]+(?=\s|$)|\n\s*\n|\n(?=\s*[-*\u2022])")
_CLAUSE_SPLIT_SRC = (
    r"\s*[,:()\[\]]\s*|\s+-\s+|\s+(?:but|pero|mais|while|whereas|mientras|tandis que)\s+"
    # "and" joins two statements, except before an article: "needs work and a lawyer"
    r"|\s+(?:and|y|et)\s+(?!(?:a|an|un|una|une|des|unos|unas|some|her|his|their|su|sus|ses|son|sa)\s)"
)


def _breaks(src: str) -> re.Pattern[str]:
    """A clause splitter with the language folders' `clause_breaks` ("mas", "porem")."""
    extra = lexicon.alternatives("clause_breaks")
    return re.compile(
        src.replace("(?:but|", f"(?:{extra}|but|", 1) if extra else src, re.IGNORECASE
    )


_CLAUSE_SPLIT = lexicon.Lazy(lambda: _breaks(_CLAUSE_SPLIT_SRC))


_LAST_WORD = re.compile(r"[\w.]+$")
_DOTTED = re.compile(r"(?:\w\.)+\w")


_WISH_WORDS = (
    r"\b(?:wants? to|would like to|hopes? to|wishes to|quiere|desea|le gustaria|espera|veut|"
    r"voudrait|souhaite|aimerait)\b"
)
_WISH = lexicon.Lazy(lambda: _with_data(_WISH_WORDS, "wish_words"))
_WISH_AND = lexicon.Lazy(lambda: re.compile(_WISH.pattern.pattern + r"[^,;:()]*?\s(?:and|y|et)\s"))


def _wished(sent: str) -> list[str]:
    """A wish carried over "and" to the verbs after it: "voudrait trouver un travail et
    suivre une formation" -> "voudrait suivre une formation" (with the words just before
    the wish, so that "does not want to" stays negated)."""
    out: list[str] = []
    for part in _LOOSE_SPLIT.split(sent):
        subs = clauses(part) if part else []
        wish = ""
        for sub in subs:
            m = _WISH.search(sub)
            if m:
                wish = " ".join([*tokens(sub[: m.start()])[-3:], m.group(0)])
            elif wish and tokens(sub)[:1] and tokens(sub)[0] not in _SURVIVOR_SUBJECTS:
                out.append(f"{wish} {sub}")
    return out


_LOOSE_SPLIT_SRC = (
    r"\s*[,:;()\[\]]\s*|\s+-\s+|\s+(?:but|pero|mais|while|whereas|mientras|tandis que)\s+"
)
_LOOSE_SPLIT = lexicon.Lazy(lambda: _breaks(_LOOSE_SPLIT_SRC))


_LANGUAGE_ROLE_WORDS = frozenset(
    {
        "speaking",
        "speaker",
        "hablante",
        "parlant",
        "parlante",
        "interpreter",
        "interprete",
        "translator",
    }
)
"""Words that, right after a language name, say it is spoken or interpreted ("a Nepali
speaker", "a Spanish interpreter")."""


def sentences(text: str, questions: list[bool] | None = None) -> list[str]:
    """Sentences of the original text (single line breaks joined); `questions` gets, for
    each, whether it asks rather than states ("Quiere denunciar?")."""
    out: list[str] = []
    marks: list[bool] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group().startswith("."):
            last = _LAST_WORD.findall(text[max(start, m.start() - 24) : m.start()])
            if last and last[0].lower().rstrip(".") in _ABBREV:
                continue
            if last and _DOTTED.fullmatch(last[0]):
                continue  # "y.o." and other dotted abbreviations
            if last and len(last[0]) == 1 and last[0].isalpha():
                continue  # an initial: "Ofc. D. Kowalczyk"
        out.append(text[start : m.start()])
        marks.append("?" in m.group())
        start = m.end()
    out.append(text[start:])
    marks.append(False)
    if questions is not None:
        questions.extend(q for s, q in zip(out, marks, strict=True) if s.strip())
    return [" ".join(s.split()) for s in out if s.strip()]


def clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip()]


_HYPHEN_SLASH = str.maketrans("-/", "  ")


def ffold(text: str) -> str:
    """Folded, with hyphens and slashes as spaces and single spaces."""
    return " ".join(fold(text).translate(_HYPHEN_SLASH).split())


_TOKEN = re.compile(r"[a-z0-9]+'?|[^\sa-z0-9]")


@lru_cache(maxsize=4096)
def _tokens(folded: str) -> tuple[str, ...]:
    return tuple(t for t in _TOKEN.findall(folded) if t.strip())


def tokens(folded: str) -> list[str]:
    """Words (and punctuation marks) of folded text."""
    return list(_tokens(folded))


# ---------------------------------------------------------------- results


@dataclass
class Extraction:
    """What a text states: fact id -> value, for clear statements only."""

    values: dict[str, object] = field(default_factory=dict)
    conflicts: set[str] = field(default_factory=set)
    possible: dict[str, object] = field(default_factory=dict)
    """Hedged statements ("maybe pregnant?"): offered to staff, never applied."""

    def put(self, fact_id: str, value: object) -> None:
        if fact_id in self.conflicts:
            return
        try:
            value = coerce(fact_id, value)
        except InvalidValue:
            return
        if fact_id in self.values and self.values[fact_id] != value:
            del self.values[fact_id]
            self.conflicts.add(fact_id)
            return
        self.values[fact_id] = value

    def maybe(self, fact_id: str, value: object) -> None:
        """A value a hedged statement suggests; two that disagree offer nothing."""
        try:
            value = coerce(fact_id, value)
        except InvalidValue:
            return
        if self.possible.get(fact_id, value) != value:
            self.possible[fact_id] = None
        else:
            self.possible[fact_id] = value

    def offered(self) -> dict[str, object]:
        """The possible facts worth showing: none a clear statement settled or contradicted."""
        return {
            k: v
            for k, v in self.possible.items()
            if v is not None and k not in self.values and k not in self.conflicts
        }

    def weak(self, fact_id: str, value: object) -> None:
        """A value kept only when no clear statement gave one."""
        if fact_id not in self.values and fact_id not in self.conflicts:
            self.put(fact_id, value)


# ---------------------------------------------------------------- subjects

_SURVIVOR_SUBJECTS = lexicon.Words(
    frozenset(
        [
            "she",
            "he",
            "they",
            "i",
            "survivor",
            "client",
            "victim",
            "caller",
            "ella",
            "elle",
            "il",
            "ils",
            "elles",
            "yo",
            "je",
            "sobreviviente",
            "victima",
            "persona",
            "usuaria",
            "usuario",
            "cliente",
            "personne",
        ]
    ),
    "survivor_subjects",
)


@cache
def _other_people() -> frozenset[str]:
    return lexicon.word_sets().other_people


@cache
def _gender_noun_words() -> frozenset[str]:
    ws = lexicon.word_sets()
    return ws.gender_female | ws.gender_male


@cache
def _child_words() -> frozenset[str]:
    ws = lexicon.word_sets()
    return (
        (ws.child_singular | ws.child_plural | ws.child_pairs)
        - ws.child_ambiguous
        - {
            "petit",
            "petite",
            "petits",
            "petites",
        }
    )


def _other_subject(toks: list[str], *, with_children: bool = True) -> bool:
    """True when the nearest subject-like word in `toks` (read backwards) is another person
    (`with_children`: a child counts as another person)."""
    ws = lexicon.word_sets()
    others = _other_people() | _child_words() if with_children else _other_people() - _child_words()
    nouns = _gender_noun_words()
    n = len(toks)
    for i in range(n - 1, -1, -1):
        w = toks[i]
        bigram = f"{toks[i - 1]} {w}" if i > 0 else ""
        prev = toks[i - 1] if i > 0 else ""
        if w in _SURVIVOR_SUBJECTS:
            return False
        if bigram in others or w in others:
            # "a mother", "la madre" describe the survivor; "her mother" is someone else
            if (w in nouns or bigram in nouns) and prev not in ws.possessives:
                return _appositive_of_other(toks, i) or _acts_on_survivor(toks, i)
            return True
        if w in nouns:
            return (
                prev in ws.possessives
                or _appositive_of_other(toks, i)
                or _acts_on_survivor(toks, i)
            )
    return False


_WHO = frozenset(["who", "that", "que", "qui"])
_OBJECT_PRONOUNS = frozenset(
    ["her", "him", "them", "me", "la", "lo", "los", "las", "le", "les", "l'", "m'"]
)


def _acts_on_survivor(toks: list[str], i: int) -> bool:
    """`toks[i]` is someone who did something to the survivor: "the man who brought her",
    "el hombre que la trajo", "l'homme qui l'a amenee"."""
    return i + 2 < len(toks) and toks[i + 1] in _WHO and toks[i + 2] in _OBJECT_PRONOUNS


def _first_person_is_other(toks: list[str]) -> bool:
    """The sentence's first word for a person (its subject, mostly) is someone else:
    "her friend came with two kids" (but not "she came with her husband and two kids")."""
    ws = lexicon.word_sets()
    others = _other_people() - _child_words()
    nouns = _gender_noun_words()
    for i, w in enumerate(toks):
        prev = toks[i - 1] if i else ""
        if w in _SURVIVOR_SUBJECTS:
            return False
        if w in others:
            return not (w in nouns and prev not in ws.possessives)
        if w in nouns:
            return prev in ws.possessives
    return False


def _appositive_of_other(toks: list[str], i: int) -> bool:
    """`toks[i]` describes someone else named just before a comma: "his employer, a woman"."""
    others = _other_people()
    nouns = _gender_noun_words()
    j = i - 1
    steps = 0
    while j >= 0 and toks[j] != "," and steps < 3:
        j -= 1
        steps += 1
    if j < 1 or toks[j] != ",":
        return False
    return any(t in others and t not in nouns for t in toks[max(0, j - 3) : j])


# ---------------------------------------------------------------- statement rules


@lru_cache(maxsize=1024)
def _has_hedge(folded: str) -> bool:
    return lexicon.hedge_regex().search(folded) is not None


def _negated(folded: str, start: int, end: int | None) -> bool:
    neg = lexicon.word_sets().negators
    before = tokens(folded[:start])[-3:]
    inside = tokens(folded[start:end]) if end is not None else []
    return any(t in neg or t.rstrip("'") in neg for t in before + inside)


_WISH_ABOUT_OTHERS = frozenset({"safety.wants_law_enforcement", "consent.share_with_providers"})
_WANTS_OF_OTHER = re.compile(r" (?:(?:her|him|them|me|us) to|que|qu')\b")
_NOW_FACTS = frozenset(
    {
        "medical.urgent_need",
        "food.needs_food_now",
        "shelter.needs_shelter_tonight",
        "safety.in_immediate_danger",
    }
)
_PAST = re.compile(
    r"\b(?:last (?:week|month|year|summer|winter)|(?:years?|months?|weeks?) ago|in the past|previously|"
    r"used to|el (?:mes|ano) pasado|la semana pasada|hace (?:unos |varios |dos |tres )?(?:anos|meses|semanas|ano|mes)|"
    r"l' (?:an|annee) derniere?|le mois dernier|la semaine derniere|autrefois|"
    r"il y a (?:des|quelques|plusieurs|deux|trois|\d+) (?:ans|mois|semaines)|"
    r"(?:was|were|had been) (?:in (?:\w+ )?danger|unsafe)|estaba en peligro|etait en danger)\b"
)
_NOW = re.compile(
    r"\b(?:now|right now|currently|tonight|today|ahora|ahorita|actualmente|esta noche|hoy|"
    r"maintenant|actuellement|ce soir|aujourd' hui)\b"
)
_SEP = " | "
_SIFT_FROM = 200
_GRAMS_FROM = 400  # below this, a search of the text is cheaper than its 3-letter pieces


def _rule_candidates(folded_clauses: list[str]) -> dict[int, set[int]]:
    """Clause number -> the pattern numbers worth a search there.

    Every pattern carries literal "needles", one of which occurs in any match
    (`lexicon.needles`; the pattern's anchor set). The clauses are joined by
    " | " once, each anchor needle is looked for with `in` / `str.find` (after a look-up
    of its 3-letter pieces in those of the text's words), and a pattern is searched only
    in the clauses where one of its anchors occurs."""
    starts: list[int] = []
    pos = 0
    for c in folded_clauses:
        starts.append(pos)
        pos += len(c) + len(_SEP)
    joined = _SEP.join(folded_clauses)
    by_needle, free = lexicon.anchor_index()
    parents = lexicon.needle_parents()
    absent: set[str] = set()
    out: dict[int, set[int]] = {}
    if len(joined) < _GRAMS_FROM:
        grams = None
        pairs: Iterable = ((n, None) for n in by_needle)
    else:
        grams = {w[i : i + 3] for w in set(joined.split()) for i in range(len(w) - 2)}
        pairs = zip(by_needle, lexicon.anchor_grams(), strict=True)
    for (needle, ks), need_grams in pairs:
        inside = parents[needle]
        if (
            (inside and not absent.isdisjoint(inside))
            or (grams is not None and not need_grams <= grams)
            or needle not in joined
        ):
            absent.add(needle)
            continue
        at = joined.find(needle)
        while at >= 0:
            out.setdefault(bisect_right(starts, at) - 1, set()).update(ks)
            at = joined.find(needle, at + 1)
    if free:
        for c in range(len(folded_clauses)):
            out.setdefault(c, set()).update(free)
    return out


@dataclass(frozen=True)
class _OriginalClause:
    """A clause's own words, cut from its sentence only when a rule keeps them."""

    originals: _LazyOriginals
    sentence_index: int
    index: int
    count: int
    folded: str
    folded_sentence: str

    def __str__(self) -> str:
        sentence = self.originals.get(self.sentence_index)
        if sentence is None:
            return self.folded
        parts = clauses(sentence)
        return parts[self.index] if len(parts) == self.count else self.folded


class _LazyOriginals:
    """The note's own sentences, split only when a clause's own words are wanted."""

    def __init__(self, text: str, count: int) -> None:
        self._text = text
        self._count = count
        self._sentences: list[str] | None = None

    def get(self, k: int) -> str | None:
        if self._sentences is None:
            self._sentences = sentences(self._text)
        if len(self._sentences) != self._count:
            return None
        return self._sentences[k]


def _apply_rules(
    clause_text: object,
    folded: str,
    out: Extraction,
    describes: dict[str, str],
    candidates: dict[int, set[int]] | None = None,
    index: int = 0,
) -> None:
    if not folded:
        return
    flat = lexicon.flat_patterns()
    if candidates is None:
        todo: Iterable[int] = range(len(flat))
    else:
        todo = sorted(candidates.get(index, ()))
    hedge = None
    done: set[int] = set()
    for k in todo:
        rule, pat, _need, _anchor = flat[k]
        if id(rule) in done:
            continue
        m = pat.search(folded)
        if not m:
            continue
        before = tokens(folded[: m.start()])
        if rule.not_after and before and before[-1] in rule.not_after:
            continue
        if rule.country_after and not _country_at(tokens(folded[m.end() :])[:4], 0):
            continue  # "go back to school", "volver a estudiar": not a place
        if rule.roles and _other_subject(before):
            continue
        if (
            rule.fact not in _WISH_ABOUT_OTHERS
            and "cue" in m.re.groupindex
            and m.group("cue")
            and _WANTS_OF_OTHER.match(folded, m.end("cue"))
        ):
            continue  # "wants her to work", "quiere que su hija estudie": someone else's action
        done.add(id(rule))
        if (
            rule.fact in _NOW_FACTS
            and not _NOW.search(folded)
            and _PAST.search(
                clause_text.folded_sentence if isinstance(clause_text, _OriginalClause) else folded
            )
        ):
            continue  # "injured last month", "hace un ano no tenia donde dormir": not now
        if hedge is None:
            hedge = _has_hedge(folded)
        value = rule.value
        if not rule.fixed:
            if "cue" in m.groupdict() and m.group("cue") is not None:
                negated = _negated(folded, m.start("cue"), m.end("cue"))
            else:
                negated = _negated(folded, m.start(), None)
            if negated:
                if rule.negated is None:
                    continue
                value = rule.negated
        if hedge:
            hv = lexicon.hedged_values().get(rule.fact)
            if hv is not None:
                out.put(rule.fact, hv)
            else:
                out.maybe(rule.fact, value)
            continue
        if rule.possible:
            out.maybe(rule.fact, value)
        else:
            out.put(rule.fact, value)
        if rule.describe and value is True:
            describes.setdefault(rule.describe, str(clause_text).strip())


# ---------------------------------------------------------------- ages

_DURATION = lexicon.Words(
    frozenset(
        [
            "for",
            "since",
            "past",
            "last",
            "hace",
            "durante",
            "lleva",
            "llevaba",
            "llevan",
            "desde",
            "por",
            "hasta",
            "tras",
            "despues",
            "depuis",
            "pendant",
            "pour",
            "dans",
            "apres",
            "y a",
            "il y a",
            "en",
            "over",
            "within",
            "ago",
        ]
    ),
    "duration_words",
)
_SEX_AGE = re.compile(
    r"(?:^|[(,])\s?(?P<sex>f|m|female|male)\s?,?\s?(?P<n>\d{1,2})(?P<after>)\s?(?=[),]|$)"
)
_UNIT_RE = re.compile(
    r"\b(?:years?|yrs?|anos|ans|annees)(?: old| of age| de edad| d' age)?\b(?P<after>(?: \w+){0,2})"
)
_NWORDS = r"[a-z0-9]+(?: [a-z]+){0,3}"
_NOT_AGE_UNITS = frozenset(
    [
        "%",
        "percent",
        "minutes",
        "minute",
        "hours",
        "hour",
        "days",
        "day",
        "weeks",
        "week",
        "months",
        "month",
        "km",
        "miles",
        "meses",
        "mes",
        "mois",
        "semanas",
        "semaines",
        "dias",
        "jours",
        "heures",
        "horas",
    ]
)


def _leading_number(words: str) -> tuple[int, str] | None:
    """The number the words begin with ("treinta y cinco anos" -> 35) and the word after it."""
    toks = words.split()
    for width in range(min(4, len(toks)), 0, -1):
        v = to_int(" ".join(toks[:width]))
        if v is not None:
            return v, toks[width] if width < len(toks) else ""
    return None


_AGE_PATTERNS = (
    re.compile(r"\b(?P<n>\d{1,3}) ?(?:yo|y\.? ?o\.?|yrs?\.?)(?=\W|$)(?P<after>(?: \w+){0,2})"),
    re.compile(r"\b(?P<n>\d{1,2})[fm]\b(?P<after>)"),
    re.compile(
        r"\b(?:woman|man|boy|girl|female|male|client|survivor|caller|patient|victim|mujer|hombre|chica|chico|"
        r"joven|senora|femme|homme|fille|garcon|cliente|victima|victime)\s?[,(]\s?(?:age |aged |approx\.? |about |around |approximately |roughly |~)?"
        r"(?P<n>\d{1,2})\s?(?=[,)]|$)(?P<after>)"
    ),
    re.compile(
        rf"\b(?:aged|age|edad|agee de|age de|de edad) (?:de |of |about |around )?(?P<n>{_NWORDS})(?P<after>)"
    ),
)
_IS_AGE = re.compile(
    r"\b(?:client|survivor|patient|caller|victim|she|he|they|i|person) (?:is|was|am|are) "
    r"(?:about |around |approximately |roughly |only |just )?(?P<n>\d{1,2}|(?:twenty|thirty|forty|fifty|"
    r"sixty|seventy|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?: [a-z]+)?)"
    r"(?P<after>)(?! ?(?:%|percent|minutes|hours|days|weeks|months|km|miles|dollars|euros|pesos))\b"
)
_OF_AGE = re.compile(
    r"\b(?:woman|man|boy|girl|person|client|lady|mujer|hombre|chica|chico|joven|femme|homme|garcon|fille) "
    r"(?:of|aged|age|de) (?:about |around |approximately |roughly |unos |environ )?(?P<n>"
    + _NWORDS
    + r")(?P<after>)"
)
_DECADES_EN = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "20s": 20,
    "30s": 30,
    "40s": 40,
    "50s": 50,
    "60s": 60,
}
_DECADE_RE = re.compile(
    r"\b(?:in (?:her|his|their|my) )?(?P<part>early|mid|late)? ?(?P<dec>twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s)\b"
)
_FR_DECADE = {
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
}
_FR_DECADE_RE = re.compile(
    r"\b(?P<la>la|une) (?P<dec>vingtaine|trentaine|quarantaine|cinquantaine|soixantaine)\b"
)
_UNIT_AFTER_NUMBER = frozenset(
    [
        "year",
        "years",
        "yr",
        "yrs",
        "old",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "ano",
        "anos",
        "mes",
        "meses",
        "semanas",
        "dias",
        "an",
        "ans",
        "mois",
        "semaines",
        "jours",
    ]
)


_VAGUE_AGE = re.compile(
    r"(?:something|somethings|odd|plus|\+|y (?:tantos|pico|algo)|et quelques|et des poussieres)\b"
)
"""After a number, words that make it a span of ten years: such an age is left open."""


def _age_owner_is_survivor(folded: str, start: int, after: str) -> bool:
    return _age_owner_ok(tokens(folded[:start]), after)


def _age_owner_ok(before: list[str], after: str) -> bool:
    """The age belongs to the survivor: not "her 3 year old son", not "Officer Brown, 45"."""
    ws = lexicon.word_sets()
    nxt = tokens(after)
    if nxt:
        w = nxt[0]
        if w in ws.child_singular or w in ws.child_plural:
            if w in ws.child_ambiguous:
                return not (before and before[-1] in ws.possessives)
            return False
        if w in _other_people() and w not in _gender_noun_words():
            return False
    return not _other_subject(before[-10:])


@lru_cache(maxsize=64)
def _needles_of(pat: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    return lexicon.needles(pat.pattern)


def _may_match(pat: re.Pattern[str], text: str) -> bool:
    """False when a literal the pattern needs is missing: no regex scan needed."""
    return all(any(n in text for n in group) for group in _needles_of(pat))


_DIGIT = re.compile(r"\d")


@cache
def _number_firsts() -> frozenset[str]:
    return frozenset(w.split()[0] for w in number_words() if len(w.split()[0]) > 2) - AMBIGUOUS


def _ages(sent_folded: str, out: Extraction) -> None:
    found: set[int] = set()
    has_number = _DIGIT.search(sent_folded) is not None or not _number_firsts().isdisjoint(
        _tokens(sent_folded)
    )
    decades = "ties" in sent_folded or "0s" in sent_folded or "aine" in sent_folded
    if not (has_number or decades) or _has_hedge(sent_folded):
        return
    for pat in (*_AGE_PATTERNS, _IS_AGE, _OF_AGE, _SEX_AGE) if has_number else ():
        if not _may_match(pat, sent_folded):
            continue
        for m in pat.finditer(sent_folded):
            lead = _leading_number(m.group("n"))
            if lead is None or lead[1] in _NOT_AGE_UNITS:
                continue
            if _VAGUE_AGE.match(f"{lead[1]} {sent_folded[m.end('n') :]}".lstrip()):
                continue  # "thirty-something", "treinta y tantos": a decade, not an age
            n = lead[0]
            if not 0 < n <= 110 or (pat in (_IS_AGE, _OF_AGE) and n < 12):
                continue
            if _age_owner_is_survivor(sent_folded, m.start("n"), m.group("after") or ""):
                found.add(n)
    unit = has_number and _may_match(_UNIT_RE, sent_folded)
    for m in _UNIT_RE.finditer(sent_folded) if unit else ():
        before = tokens(sent_folded[: m.start()])
        for width in (4, 3, 2, 1):
            if len(before) < width:
                continue
            n = to_int(" ".join(before[-width:]))
            if n is None:
                continue
            unit = m.group(0).split()[0]
            lead = before[:-width]
            if unit.startswith(("year", "yr")) and not re.match(r"\S+ (?:old|of age)", m.group(0)):
                break  # "here 3 years": a duration, not an age
            if lead and (lead[-1] in _DURATION or " ".join(lead[-2:]) in _DURATION):
                break  # "hace 3 anos", "depuis 2 ans", "for 5 years"
            if 0 < n <= 110 and _age_owner_ok(lead, m.group("after") or ""):
                found.add(n)
            break
    for m in _DECADE_RE.finditer(sent_folded) if decades else ():
        if _other_subject(tokens(sent_folded[: m.start()])[-10:]):
            continue
        if m.group("part") is None and not m.group(0).startswith("in "):
            continue
        base = _DECADES_EN[m.group("dec")]
        found.add(base + {"early": 2, "mid": 5, "late": 8, None: 5}[m.group("part")])
    for m in _FR_DECADE_RE.finditer(sent_folded) if "aine" in sent_folded else ():
        base = _FR_DECADE[m.group("dec")]
        found.add(base + (5 if m.group("la") == "la" else 0))
    for n in found:
        out.put("person.age", n)


# ---------------------------------------------------------------- gender


@cache
def _gender_relevant() -> frozenset[str]:
    """Words where a gender statement (or a two-word other person) can begin."""
    ws = lexicon.word_sets()
    words = ws.gender_female | ws.gender_male | ws.gender_nonbinary | _other_people()
    return (
        frozenset(w.split()[0] for w in words)
        | ws.pronoun_female
        | ws.pronoun_male
        | frozenset(_TITLES)
    )


def _gender(sent_folded: str, votes: dict[str, int], pron: dict[str, int]) -> None:
    ws = lexicon.word_sets()
    toks = tokens(sent_folded)
    nums = number_words()
    others_here: bool | None = None
    skip_next = 0
    relevant = _gender_relevant()
    for i, w in enumerate(toks):
        if skip_next:
            skip_next -= 1
            continue
        if w not in relevant:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        prev = toks[i - 1] if i > 0 else ""
        bigram = f"{w} {nxt}"
        if bigram in _other_people():
            skip_next = 1
            continue
        for gender, nouns in (
            ("nonbinary", ws.gender_nonbinary),
            ("female", ws.gender_female),
            ("male", ws.gender_male),
        ):
            hit = bigram if bigram in nouns else (w if w in nouns else None)
            if hit is None:
                continue
            if prev in ws.possessives or prev.isdigit() or (prev in nums and prev not in AMBIGUOUS):
                break
            after = toks[i + 2] if hit == bigram and i + 2 < len(toks) else nxt
            if after in _other_people() and after not in _gender_noun_words():
                break  # "a woman officer"
            if hit in ws.child_ambiguous and (prev in ws.possessives):
                break
            if _appositive_of_other(toks, i):
                break  # "his employer, a woman of about 50"
            if after in _RELATIVE and (prev in _DEFINITE or _mentions_other(toks)):
                break  # "the man who brought her"; "a woman who works there said a coworker..."
            votes[gender] = votes.get(gender, 0) + 1
            if hit == bigram:
                skip_next = 1
            break
        else:
            if others_here is None:
                others_here = _mentions_other(toks)
            if w in _TITLES and not others_here and prev not in _other_people():
                votes[_TITLES[w]] = votes.get(_TITLES[w], 0) + 1  # "Mme K.", "Mr. A."
                continue
            if others_here:
                continue  # "the nurse said she..." : whose pronoun is unclear
            if w in ws.pronoun_female:
                pron["female"] = pron.get("female", 0) + 1
            elif w in ws.pronoun_male and not (
                w == "il" and nxt in {"y", "faut", "semble", "se", "est", "s'"}
            ):
                pron["male"] = pron.get("male", 0) + 1


_SEX_MARK = re.compile(
    r"(?:^|[(,;])\s?(?P<a>f|m)\s?(?=[,)]|\s(?:approx\s|~\s?)?\d|$)"
    r"|\b\d{1,2} ?(?:y o |yo |yrs? (?:old )?|years? old )?(?P<b>f|m)(?=\s?[,.;)]|$)"
)
"""A police or clinical sex mark: "F, approx 30", "(M)", "M/25", "30F", "30 y/o F"."""


_DIGIT_FM = re.compile(r"\d[fm]\b")


def _sex_marks(sent_folded: str, votes: dict[str, int]) -> None:
    for m in _SEX_MARK.finditer(sent_folded):
        if _other_subject(tokens(sent_folded[: m.start()])[-10:]):
            continue
        gender = "female" if (m.group("a") or m.group("b")) == "f" else "male"
        votes[gender] = votes.get(gender, 0) + 1


_TITLES = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "mme": "female",
    "mlle": "female",
    "sra": "female",
    "srta": "female",
}


def _mentions_other(toks: list[str]) -> bool:
    others = _other_people()
    nouns = _gender_noun_words()
    return any(t in others and t not in nouns for t in toks)


_DEFINITE = frozenset(["the", "that", "this", "el", "ese", "aquel", "le", "la", "l'", "ce", "cet"])
_RELATIVE = frozenset(["who", "that", "whom", "que", "quien", "qui"])


def _settle_gender(
    votes: dict[str, int], pron: dict[str, int], out: Extraction, *, answer: bool
) -> None:
    if votes:
        if len(votes) == 1:
            out.put("person.gender", next(iter(votes)))
        elif set(votes) == {"female", "nonbinary"} or set(votes) == {"male", "nonbinary"}:
            out.put("person.gender", "nonbinary")
        elif (
            not answer
            and len(pron) == 1
            and next(iter(pron.values())) >= 2
            and next(iter(pron)) in votes
        ):
            out.put("person.gender", next(iter(pron)))  # nouns disagree; every pronoun agrees
        return
    if answer:
        return
    if len(pron) == 1 and next(iter(pron.values())) >= 2:
        out.put("person.gender", next(iter(pron)))


# ---------------------------------------------------------------- languages

_LANG_TRIGGERS_SRC = (
    r"\b(?:speaks?|speaking|spoke|spoken|understands?|reads?|writes?|fluent in|language(?:s)?(?: is| are| spoken)?|"
    r"mother tongue|first language|native language|native tongue|prefers?|preferred language(?: is)?|"
    r"prefiere|prefere|interpreter(?: needed| required| requested)?|interprete(?: necesario| requis)?|"
    r"habla|hablan|hablo|entiende|entiendo|idioma(?:s)?(?: es| son)?|lengua(?: materna)?(?: es)?|"
    r"parle|parlent|parles|comprend|langue(?:s)?(?: maternelle)?(?: est)?|"
    r"se defiende (?:en|con)|se las arregla en|se debrouille en|gets by in|can get by in)\b"
)
_LANG_TRIGGERS = lexicon.Lazy(lambda: _with_data(_LANG_TRIGGERS_SRC, "language_triggers"))
# Triggers that say a language is only a second one ("se defiende en espanol").
_MINOR_TRIGGERS = lexicon.Words(
    {"se defiende", "se las arregla", "se debrouille", "gets by", "can get by"}, "minor_triggers"
)
_MAJOR = lexicon.Words(
    frozenset(
        [
            "mostly",
            "mainly",
            "primarily",
            "best",
            "native",
            "fluent",
            "fluently",
            "surtout",
            "principalement",
            "sobre",
            "todo",
            "principalmente",
            "mejor",
            "natal",
            "maternelle",
            "materna",
        ]
    ),
    "major_words",
)
_MINOR_PHRASES = lexicon.Words(
    {
        "a little",
        "a bit of",
        "a bit",
        "some",
        "basic",
        "broken",
        "limited",
        "un poco de",
        "un poco",
        "algo de",
        "un peu de",
        "un peu",
        "quelques mots de",
        "quelques mots",
        "poco",
        "peu",
    },
    "minor_phrases",
)
_ONLY = lexicon.Words(
    frozenset(
        ["only", "solo", "solamente", "unicamente", "seulement", "uniquement", "exclusively"]
    ),
    "only_words",
)
_FILLER = lexicon.Words(
    frozenset(
        [
            "and",
            "y",
            "et",
            "also",
            "aussi",
            "tambien",
            "as",
            "well",
            "or",
            "o",
            "ou",
            "in",
            "en",
            "the",
            "el",
            "le",
            "la",
            "l'",
            "de",
            "d'",
            "of",
            "a",
            "un",
            "with",
            "con",
            "avec",
            "too",
            "fluent",
            "fluently",
            "native",
            "best",
            "well",
            "bien",
            "very",
            "muy",
            "tres",
            "little",
            "bit",
            "poco",
            "peu",
            "some",
            "algo",
            "quelques",
            "mots",
            "words",
            "i",
            "speak",
            "habla",
            "hablo",
            "parle",
            "je",
            "yo",
            "mostly",
            "mainly",
            "primarily",
            "surtout",
            "principalement",
            "sobre",
            "todo",
            "principalmente",
            "basic",
            "broken",
            "limited",
            "only",
            "solo",
            "solamente",
            "unicamente",
            "seulement",
            "uniquement",
            ",",
            "plus",
            "even",
        ]
    ),
    "language_list_filler",
)


_FILLER = _FILLER | {
    "que",
    "les",
    "'",
    "is",
    "es",
    "est",
    ":",
    "(",
    ")",
    "needed",
    "required",
    "requested",
}


@cache
def _lang_max_words() -> int:
    return max(len(k.split()) for k in lexicon.language_names())


@cache
def _lang_names_plain() -> dict[str, str]:
    return {k.replace("'", "").replace(" ", ""): v for k, v in lexicon.language_names().items()}


def _lang_at(toks: list[str], i: int) -> tuple[str, int] | None:
    names = lexicon.language_names()
    plain = _lang_names_plain()
    for n in range(min(_lang_max_words(), 4, len(toks) - i), 0, -1):
        key = " ".join(toks[i : i + n])
        if key in names:
            return names[key], n
        if "'" in key:
            squeezed = key.replace("'", "").replace(" ", "")
            if squeezed in plain:
                return plain[squeezed], n
    return None


_MINOR_AFTER = frozenset(
    [
        "basic",
        "limited",
        "a little",
        "a bit",
        "poorly",
        "badly",
        "broken",
        "with difficulty",
        "con dificultad",
        "un poco",
        "poco",
        "mal",
        "avec difficulte",
        "un peu",
        "some",
    ]
)
_PRE_QUALIFIERS = frozenset(["a little", "a bit", "un poco", "poco", "un peu", "some"])
_MAJOR_TRIGGERS = (
    "mother tongue",
    "first language",
    "native",
    "prefer",
    "lengua materna",
    "langue maternelle",
    "idioma es",
    "langue est",
)


def _language_list(
    toks: list[str],
    start: int,
    *,
    free: bool,
    positions: set[int] | None = None,
    pending: str = "plain",
) -> list[tuple[str, str]]:
    """Languages from toks[start:], each with its weight: major | minor | plain | only."""
    found: list[tuple[str, str]] = []
    i = start
    while i < len(toks):
        w = toks[i]
        hit = _lang_at(toks, i)
        if hit:
            code, n = hit
            weight = pending
            if i + n < len(toks) and toks[i + n] in _ONLY:
                weight = "only"
            post = toks[i + n : i + n + 4]
            paren = bool(post) and post[0] == "("
            post = post[1:] if paren else post
            minor_after = _MINOR_AFTER if paren else _MINOR_AFTER - _PRE_QUALIFIERS
            if post and (post[0] in _MAJOR or " ".join(post[:2]) in _MAJOR):
                weight = "major"  # "Swahili (fluent)", "anglais couramment"
            elif post and (
                post[0] in minor_after
                or " ".join(post[:2]) in minor_after
                or " ".join(post[:3]) in minor_after
            ):
                weight = "minor"  # "English (basic)", "ingles con dificultad"
            if not any(c == code for c, _w in found):
                found.append((code, weight))
            if positions is not None:
                positions.update(range(i, i + n))
            pending = "plain"
            i += n
            continue
        two = " ".join(toks[i : i + 2])
        three = " ".join(toks[i : i + 3])
        if three in _MINOR_PHRASES or two in _MINOR_PHRASES or w in _MINOR_PHRASES:
            pending = "minor"
        elif w in _MAJOR or two in _MAJOR:
            pending = "major"
        elif w in _ONLY or (w == "que" and i > 0 and start > 0 and i == start):
            pending = "only"
        elif w in ("also", "aussi", "tambien"):
            pending = "also"
        elif w not in _FILLER and not free:
            break
        i += 1
    return found


def _settle_languages(
    found: list[tuple[str, str]], out: Extraction, *, offer_minor: bool = False
) -> None:
    """`offer_minor`: in a note, a language spoken "a little" is offered as possible,
    not stated (how much of it they speak is the survivor's to say)."""
    if not found:
        return
    majors = [c for c, w in found if w == "major"]
    only = [c for c, w in found if w == "only"]
    plain = [c for c, w in found if w in ("plain",)]
    preferred = None
    if len(majors) == 1:
        preferred = majors[0]
    elif len(only) == 1 and len(found) == 1:
        preferred = only[0]
    elif len(plain) == 1 and not majors:
        preferred = plain[0]
    elif len(found) == 1 and found[0][1] not in ("minor", "also"):
        preferred = found[0][0]
    elif len(plain) > 1 and not majors and not only and found[0][1] == "plain":
        # "speaks Arabic and French": no main one said; a note names the main one first
        preferred = found[0][0]
    if preferred is None:
        return
    out.put("person.preferred_language", preferred)
    others = [c for c, _w in found if c != preferred]
    if offer_minor and any(w == "minor" for _c, w in found):
        clear = [c for c, w in found if c != preferred and w != "minor"]
        if clear:
            out.put("person.other_languages", clear)
        else:
            out.maybe("person.other_languages", others)
        return
    if others:
        out.put("person.other_languages", others)
    elif only:
        out.put("person.other_languages", [])


def _languages(sent_folded: str, out: Extraction, collected: list[tuple[str, str]]) -> None:
    toks = tokens(sent_folded)
    for m in _LANG_TRIGGERS.finditer(sent_folded):
        if _other_subject(tokens(sent_folded[: m.start()])[-6:]):
            continue
        start = len(tokens(sent_folded[: m.end()]))
        if toks[start : start + 1] == [")"]:
            continue  # "espanol (su lengua materna)": it describes the language before it
        before = tokens(sent_folded[: m.start()])[-1:]
        trigger = m.group(0)
        first = "only" if before and before[0] in _ONLY else "plain"
        if before and before[0] in ("also", "aussi", "tambien"):
            first = "also"
        elif trigger.startswith(tuple(_MINOR_TRIGGERS)):
            first = "minor"
        elif trigger.startswith(_MAJOR_TRIGGERS) or " ".join(
            tokens(sent_folded[: m.start()])[-1:] + [trigger]
        ).startswith(("su idioma", "sa langue")):
            first = "major"
        items = _language_list(toks, start, free=False, pending=first)
        if items and trigger.startswith(("interpreter", "interprete")):
            out.put("person.needs_interpreter", True)  # "interpreter needed: Dari"
        for item in items:
            if item[0] not in [c for c, _ in collected]:
                collected.append(item)
    speakers = lexicon.speaker_words()
    for i, w in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w in speakers and speakers[w] not in [c for c, _ in collected]:
            collected.append((speakers[w], "plain"))
        if nxt in _LANGUAGE_ROLE_WORDS:
            hit = _lang_at(toks, i)
            if hit and i + hit[1] == i + 1 and hit[0] not in [c for c, _ in collected]:
                collected.append((hit[0], "plain"))
                if nxt in ("interpreter", "interprete", "translator"):
                    out.put("person.needs_interpreter", True)
        if w in ("interprete", "interpreter", "translator", "traductor", "traducteur") and nxt in (
            "de",
            "en",
            "in",
            "for",
            "d'",
        ):
            hit = _lang_at(toks, i + 2)
            if hit and hit[0] not in [c for c, _ in collected]:
                collected.append((hit[0], "plain"))
                out.put("person.needs_interpreter", True)


# ---------------------------------------------------------------- countries

_ORIGIN_TRIGGERS_SRC = (
    r"\b(?:from|native of|born in|citizen of|national of|"
    r"nationality:?|citizenship:?|originari[oa] de|natural de|nacid[oa] en|procedente de|oriund[oa] de|"
    r"viene de|vienen de|es de|soy de|nacionalidad:?|originaire d'?|originaires d'?|nee? (?:en|au|aux|a)|"
    r"venue? d'?|vient d'?|de nationalite|nationalite:?|je viens d'?|je suis d'?)(?: the| la| el| le| l')? ?"
)
_ORIGIN_TRIGGERS = lexicon.Lazy(lambda: _with_data(_ORIGIN_TRIGGERS_SRC, "origin_triggers"))
_NOT_ORIGIN_VERBS = lexicon.Words(
    frozenset(
        [
            "arrived",
            "traveled",
            "travelled",
            "transferred",
            "brought",
            "moved",
            "driven",
            "flown",
            "calling",
            "called",
            "referred",
            "came",
            "fled",
            "escaped",
            "rescued",
            "removed",
            "taken",
        ]
    ),
    "not_origin_verbs",
)
_ES_DE_PREV = lexicon.Words(
    frozenset(
        [
            ",",
            "hombre",
            "mujer",
            "joven",
            "chico",
            "chica",
            "muchacho",
            "muchacha",
            "senor",
            "senora",
            "nino",
            "nina",
            "anos",
        ]
    ),
    "person_before_de",
)


def _country_at(toks: list[str], i: int) -> tuple[str, int] | None:
    names = lexicon.country_names()
    for n in range(min(4, len(toks) - i), 0, -1):
        key = " ".join(toks[i : i + n])
        if key in names:
            return names[key], n
    return None


_LANG_PREV = frozenset(
    [
        "in",
        "en",
        "speaks",
        "speak",
        "habla",
        "hablan",
        "parle",
        "parlent",
        "little",
        "poco",
        "peu",
        "some",
        "only",
    ]
)


def _countries(
    sent_folded: str, out: Extraction, genders: list[str] | None = None, *, answer: bool = False
) -> None:
    if _has_hedge(sent_folded):
        return
    toks_all = tokens(sent_folded)
    # Spanish "de <country>" after a person or at the start of a clause: "hombre de 35 anos, de Honduras"
    for i, t in enumerate(toks_all):
        if t == "de" and (i == 0 or toks_all[i - 1] in _ES_DE_PREV):
            j = i + 1 + (i + 1 < len(toks_all) and toks_all[i + 1] in ("la", "el"))
            hit = _country_at(toks_all, j)
            if hit and not _other_subject(toks_all[max(0, i - 10) : i]):
                out.put("person.country_of_origin", hit[0])
    for pat in (_ORIGIN_TRIGGERS.pattern,):
        if not _may_match(pat, sent_folded):
            continue
        for m in pat.finditer(sent_folded):
            before = tokens(sent_folded[: m.start()])
            if m.group().startswith("from") and before and before[-1] in _NOT_ORIGIN_VERBS:
                continue  # "arrived from Mexico" is a journey, not an origin
            if _other_subject(before[-10:]):
                continue
            start = len(tokens(sent_folded[: m.end()]))
            hit = _country_at(toks_all, start)
            if hit:
                out.put("person.country_of_origin", hit[0])
    dem = lexicon.demonyms()
    ws = lexicon.word_sets()
    langs = lexicon.language_names()
    if not set(toks_all) & _prefilter().countries:
        return
    in_lists: set[int] = set()
    for m in _LANG_TRIGGERS.finditer(sent_folded):
        _language_list(
            toks_all, len(tokens(sent_folded[: m.end()])), free=False, positions=in_lists
        )
    for i, w in enumerate(toks_all):
        if i in in_lists:
            continue
        two = " ".join(toks_all[i : i + 2])
        key = two if two in dem else (w if w in dem else None)
        if key is None:
            continue
        n = len(key.split())
        nxt = toks_all[i + n] if i + n < len(toks_all) else ""
        prev = toks_all[i - 1] if i > 0 else ""
        if nxt in (
            "speaking",
            "speaker",
            "speakers",
            "hablante",
            "parlant",
            "interpreter",
            "interprete",
            "translator",
            "traductor",
            "language",
            "idioma",
            "langue",
            "food",
            "cuisine",
            "comida",
        ):
            continue
        if key in langs and (
            prev in _LANG_PREV or _LANG_TRIGGERS.search(" ".join(toks_all[max(0, i - 6) : i]))
        ):
            continue
        if nxt in _other_people() and nxt not in _gender_noun_words():
            continue
        if (
            key in langs
            and not (
                nxt in _gender_noun_words()
                or prev in _gender_noun_words()
                or set(toks_all[max(0, i - 3) : i + n + 2]) & lexicon.by_language("nationality")
            )
            and (
                answer
                or set(toks_all) & lexicon.by_language("language_context")
                or any(
                    _lang_at(toks_all, j)
                    for j in range(max(0, i - 4), min(len(toks_all), i + n + 4))
                    if not i <= j < i + n
                )
            )
        ):
            continue  # "Spanish 2nd lang", "Quechua y espanol": a language, not where they are from
        if prev in ws.possessives:
            continue
        if _other_subject(toks_all[max(0, i - 10) : i]):
            continue
        out.put("person.country_of_origin", dem[key])
        g = lexicon.demonym_genders().get(key)
        if g is not None and genders is not None:
            genders.append(g)  # "joven hondureno", "jeune ivoirienne"


# ---------------------------------------------------------------- children

_WITH_CUE_SRC = (
    r"\b(?:with (?:her|him|them|me|us)|accompanied by|brought|came with|arrived with|is with|are with|here with|"
    r"con (?:ella|el|ellos|ellas|migo)|conmigo|acompanad[oa]s? (?:de|por)|llego con|vino con|trajo|"
    r"avec (?:elle|lui|eux|elles|moi)|accompagnee? (?:de|par)|arrivee? avec|venue? avec|"
    r"(?:with|avec|con) (?:her|his|their|my|son|sa|ses|su|sus|mon|ma|mes) )\b"
)
_WITH_CUE = lexicon.Lazy(lambda: _with_data(_WITH_CUE_SRC, "with_cues"))
_AWAY_CUE_SRC = (
    r"\b(?:back home|at home|left behind|stayed|stay(?:s|ing)? with|live(?:s)? with|in (?:her|his|their) (?:country|village|home)|"
    r"en (?:su|el) pais|se quedaron|viven con|au pays|restee?s? (?:au|a|avec|chez)|vivent (?:avec|chez)|"
    r"custody|foster|taken away|left (?:her|his|their|my)|dejo a (?:su|sus)|a laisse (?:son|sa|ses)|"
    r"not with (?:her|him|them)|no (?:esta|estan|viven?) con (?:ella|el)|(?:ne sont|n' est) pas avec (?:elle|lui))\b"
)
_AWAY_CUE = lexicon.Lazy(lambda: _with_data(_AWAY_CUE_SRC, "away_cues"))
_PARTITIVE = re.compile(
    r"\b(?:dont|of whom|of which|among them|including|de los cuales|de las cuales|entre ellos|parmi eux|parmi lesquels)\b"
)
_ALONE_SRC = (
    r"\b(?:came alone|arrived alone|is alone|traveling alone|travelling alone|on (?:her|his|their) own|"
    r"(?:llego|llega|vino|viene|esta|anda|viaja) sol[oa]s?|arrivee? seule?|venue? seule?|est seule?)\b"
)
_ALONE = lexicon.Lazy(lambda: _with_data(_ALONE_SRC, "alone_cues"))
_CHILD_MODIFIERS = frozenset(
    [
        "little",
        "young",
        "small",
        "own",
        "older",
        "younger",
        "baby",
        "infant",
        "pequeno",
        "pequena",
        "pequenos",
        "pequenas",
        "jeune",
        "jeunes",
        "petit",
        "petite",
        "petits",
        "petites",
        "grand",
        "grande",
    ]
)
_EN_SON_DET = frozenset(
    ["a", "her", "his", "their", "my", "one", "only", "the", "teenage", "adult"]
)
_ARTICLES_ONE = frozenset(["a", "an", "one", "un", "una", "une", "uno"])
_NEG_DET = frozenset(
    [
        "no",
        "without",
        "sin",
        "sans",
        "aucun",
        "aucune",
        "ningun",
        "ninguna",
        "ninguno",
        "never",
        "pas",
    ]
)


def _children_mentions(folded: str, *, answer: bool) -> list[tuple[str, int | None]]:
    """(noun, count) for each child word with what it says of how many; count None: unclear."""
    ws = lexicon.word_sets()
    toks = tokens(folded)
    nums = number_words()
    out: list[tuple[str, int | None]] = []
    for i, w in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        is_child = w in ws.child_singular or w in ws.child_plural or w in ws.child_pairs
        if not is_child:
            continue
        if w in ("petit", "petite", "petits", "petites") and (
            nxt in ws.child_singular or nxt in ws.child_plural
        ):
            continue
        if w == "son" and (nxt in ws.child_singular or nxt in ws.child_plural or nxt in nums):
            continue  # French "son fils", Spanish "son dos"
        # walk back over modifiers and ages ("her 3 year old son", "sus dos hijos pequenos")
        j = i - 1
        while j >= 0:
            t = toks[j]
            if t in _CHILD_MODIFIERS or t in ("old", "de", "d'", "edad"):
                j -= 1
                continue
            if t in _UNIT_AFTER_NUMBER and j > 0:
                j -= 2  # "3 year", "5 ans" (an age, not a count)
                continue
            break
        det = toks[j] if j >= 0 else ""
        det2 = toks[j - 1] if j >= 1 else ""
        count: int | None = None
        plural = w in ws.child_plural
        ambiguous = w in ws.child_ambiguous
        if w == "son" and not (det in _EN_SON_DET or det.isdigit() or det in nums):
            continue  # French "son" (his/her) before some other word
        number = None
        if det.isdigit():
            number = int(det)
        elif det in nums and det not in ("una", "un", "une", "uno", "one", "once", "sept", "son"):
            number = nums[det]
        elif det in ("one", "un", "una", "une", "uno") and not plural:
            number = 1
        if (
            f"{det2} {det}" in ("pas d'", "pas de")
            or det in _NEG_DET
            or det2 in _NEG_DET
            and det in ("any", "children", "d'", "de")
        ):
            count = 0
        elif number is not None and number <= 20:
            count = number * (2 if w in ws.child_pairs else 1)
        elif det in ws.possessives:
            count = 2 if w in ws.child_pairs else (None if plural else 1)
        elif det in _ARTICLES_ONE and not plural:
            count = 2 if w in ws.child_pairs else 1
        else:
            if ambiguous and not answer:
                continue
            count = 2 if w in ws.child_pairs else (None if plural else (1 if answer else None))
        if (
            ambiguous
            and count not in (0,)
            and det not in ws.possessives
            and number is None
            and not answer
        ):
            continue
        # someone else's children: "her sister's three children", "her friend came with two kids"
        if not answer and count != 0:
            lead = toks[max(0, j - 12) : max(j, 0) + 1]
            if any(t == "s" and k > 0 and lead[k - 1].endswith("'") for k, t in enumerate(lead)):
                continue
            if _first_person_is_other(toks):
                continue
            after = toks[i + 1 : i + 4]
            if after[:1] in (["de"], ["of"]) and any(t in _other_people() for t in after[1:]):
                continue  # "los hijos de su hermana", "the children of her cousin"
        # "does not have children", "no tiene hijos", "n'a pas d'enfants"
        if count != 0 and _negated(folded, len(" ".join(toks[: max(j, 0)])), None) and not answer:
            before = toks[max(0, j - 3) : j + 1]
            if any(b in ws.negators for b in before):
                count = 0
        out.append((w, count))
    return out


def _children(sent_folded: str, *, answer: bool) -> int | None | bool:
    """Children with them stated in one sentence: a count, None (no statement), or False (unclear)."""
    mentions = _children_mentions(sent_folded, answer=answer)
    if not mentions:
        if _ALONE.search(sent_folded):
            return 0
        return None
    if _has_hedge(sent_folded) and not answer:
        return False
    if any(c == 0 for _n, c in mentions):
        return 0 if all(c == 0 for _n, c in mentions) else False
    if not answer:
        if _AWAY_CUE.search(sent_folded) or _PARTITIVE.search(sent_folded):
            return False
        if not _WITH_CUE.search(sent_folded):
            return False
    if any(c is None for _n, c in mentions):
        return False
    generic = [c or 0 for noun, c in mentions if noun in _GENERIC_CHILD]
    if generic and max(generic) > 1:
        return max(generic)  # "3 hijos: un bebe y gemelos": the total, then who they are
    by_noun: dict[str, int] = {}
    for noun, c in mentions:
        by_noun[noun] = max(by_noun.get(noun, 0), c or 0)
    return sum(by_noun.values())


_GENERIC_CHILD = frozenset(
    [
        "children",
        "kids",
        "child",
        "kid",
        "hijos",
        "ninos",
        "enfants",
        "enfant",
        "nenes",
        "criaturas",
    ]
)


# ---------------------------------------------------------------- names

_NAME_RE = re.compile(
    r"(?i:\b(?:her|his|their|my) (?:first |given |preferred )?name is|\bgoes by|\bwants to be called|"
    r"\bprefers to be called|\blike to be called|\bcall me|\bllamame|\bllámame|\bappelez[- ]moi|\bse llama|\bme llamo|\bmi nombre es|\bsu nombre es|"
    r"\bquiere que (?:la|le|lo) llamen|\bs['\u2019]appelle|\bje m['\u2019]appelle|\bson (?:pr[eé]nom|nom) est|"
    r"\bmon (?:pr[eé]nom|nom) est|\bveut qu['\u2019]on l['\u2019]appelle)\s+"
    r"[\"'\u201c\u00ab]?\s*(?P<name>[A-ZÀ-ÖØ-Þ][\w'\u2019-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'\u2019-]+)?)"
)


def _name(sentence: str, out: Extraction) -> None:
    for m in _NAME_RE.finditer(sentence):
        before = ffold(sentence[: m.start()])
        if _other_subject(tokens(before)[-4:]):
            continue
        out.put("person.name", m.group("name"))


# ---------------------------------------------------------------- dietary


@cache
def _dietary_regex() -> re.Pattern[str]:
    terms, _allergy = lexicon.dietary()
    return re.compile(
        r"(?<![a-z0-9])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![a-z0-9])"
    )


_ALLERGY_PARTS = re.compile(r"\s*(?:,|\b(?:and|or|y|e|o|et|ou)\b)\s*")
_ALLERGY_LEAD = frozenset(
    {
        "the",
        "a",
        "an",
        "to",
        "some",
        "al",
        "el",
        "la",
        "los",
        "las",
        "le",
        "les",
        "l'",
        "l",
        "aux",
        "au",
        "des",
        "du",
        "de",
        "d'",
        "d",
    }
)
_ALLERGY_END = frozenset(
    {
        "she",
        "he",
        "they",
        "it",
        "her",
        "his",
        "is",
        "was",
        "has",
        "have",
        "had",
        "needs",
        "wants",
        "also",
        "but",
        "not",
        "no",
        "none",
        "nka",
        "nkda",
        "known",
        "ella",
        "el",
        "tiene",
        "necesita",
        "quiere",
        "pero",
        "tambien",
        "ninguna",
        "ninguno",
        "ni",
        "elle",
        "il",
        "est",
        "veut",
        "pas",
        "mais",
        "aussi",
        "aucune",
        "aucun",
        "qui",
        "que",
        "who",
        "which",
        "since",
        "desde",
        "depuis",
        "when",
    }
)
"""Words that end an allergy list ("allergic to peanuts, needs shelter")."""


def _allergy_food(m: re.Match[str]) -> str | None:
    """The food part of an allergy ("allergic to penicillin and peanuts" -> "allergic to
    peanuts"); None when it names only medicines or other things that are not food."""
    if "items" not in m.re.groupindex:
        text = m.group(0).strip()
        return text if lexicon.not_food_allergens().isdisjoint(tokens(text)) else None
    not_food = lexicon.not_food_allergens()
    foods = lexicon.food_allergens()
    items = m.group("items")
    kept: list[str] = []
    dropped = False
    pos = 0
    for k, part in enumerate(_ALLERGY_PARTS.split(items)):
        sep = items[pos : items.find(part, pos)] if part else ""
        pos = items.find(part, pos) + len(part) if part else pos
        words = tokens(part)
        while words and words[0] in _ALLERGY_LEAD:
            words = words[1:]
        cut = next((i for i, w in enumerate(words) if w in _ALLERGY_END), None)
        if cut is not None:
            words = words[:cut]
        name = " ".join(words)
        if k and "," in sep and name not in foods and not_food.isdisjoint(words):
            break  # "allergic to peanuts, speaks Thai": the list has ended
        if name and not_food.isdisjoint(words):
            kept.append(name)
        elif name:
            dropped = True
        if cut is not None or len(words) > 3:
            break
    if not kept:
        return None
    if not dropped and len(kept) == 1:
        return f"{m.group('cue')} {kept[0]}"
    return f"{m.group('cue')} {', '.join(kept)}"


def _dietary(folded: str, original: str, out: Extraction) -> None:
    _terms, allergy = lexicon.dietary()
    found = _dietary_regex().findall(folded)
    if "allerg" not in folded and "alergi" not in folded:
        allergy = ()
    for pat in allergy:
        m = pat.search(folded)
        food = _allergy_food(m) if m else None
        if food:
            found.append(food)
    if found:
        out.weak("food.dietary_needs", ", ".join(dict.fromkeys(found)))


# ---------------------------------------------------------------- entry points


@dataclass(frozen=True)
class _Prefilter:
    gender: frozenset[str]
    languages: frozenset[str]
    countries: frozenset[str]
    children: frozenset[str]


@cache
def _prefilter() -> _Prefilter:
    """Words without which a sentence cannot state a gender, language, origin or child."""
    ws = lexicon.word_sets()

    def firsts(words: Iterable[str]) -> frozenset[str]:
        return frozenset(w.split()[0] for w in words if w.strip())

    return _Prefilter(
        gender=firsts(ws.gender_female | ws.gender_male | ws.gender_nonbinary)
        | ws.pronoun_female
        | ws.pronoun_male
        | frozenset(_TITLES),
        languages=frozenset(lexicon.speaker_words())
        | _LANGUAGE_ROLE_WORDS
        | {"traductor", "traducteur"},
        countries=firsts(lexicon.demonyms()),
        children=ws.child_singular | ws.child_plural | ws.child_pairs,
    )


def extract(text: str, *, answer: bool = False) -> Extraction:
    """Every fact a referral note (or any free text) clearly states.

    `answer`: the text is the survivor's own answer, in the first person, so
    "she" / "he" there is someone else and never tells the survivor's gender."""
    out = Extraction()
    if not text or not text.strip():
        return out
    describes: dict[str, str] = {}
    votes: dict[str, int] = {}
    pron: dict[str, int] = {}
    langs: list[tuple[str, str]] = []
    children: set[int] = set()
    children_unclear = False
    all_clauses: list[str] = []
    folded_clauses: list[str] = []
    asked_clauses: list[str] = []
    demonym_genders: list[str] = []
    names_possible = _NAME_RE.search(text) is not None
    pre = _prefilter()
    asks: list[bool] = []
    folded_sents = [
        lexicon.respell(" ".join(f.translate(_HYPHEN_SLASH).split()))
        for f in sentences(fold(text), asks)
    ]
    originals = _LazyOriginals(text, len(folded_sents))
    if names_possible:
        for sent in sentences(text):
            _name(sent, out)
    for r in fields.read(text):
        (out.maybe if r.possible else out.put)(r.fact, r.value)
    for k, sf in enumerate(folded_sents):
        tokset = set(tokens(sf))
        _ages(sf, out)
        if tokset & pre.gender:
            _gender(sf, votes, pron)
        if ("f" in tokset or "m" in tokset or _DIGIT_FM.search(sf)) and _SEX_MARK.search(sf):
            _sex_marks(sf, votes)
        if tokset & pre.languages or _LANG_TRIGGERS.search(sf):
            _languages(sf, out, langs)
        if tokset & pre.countries or _ORIGIN_TRIGGERS.search(sf) or " de " in sf:
            _countries(sf, out, demonym_genders, answer=answer)
        if tokset & pre.children or _ALONE.search(sf):
            c = _children(sf, answer=False)
            if c is False:
                children_unclear = True
            elif c is not None:
                children.add(c)
        folded = clauses(sf)
        if asks[k]:
            # a question states nothing: offered at most, unless a plain yes follows it
            # ("Pregnant? Yes.", "Quiere denunciar? Si, ...")
            nxt = tokens(folded_sents[k + 1])[:1] if k + 1 < len(folded_sents) else []
            if not (nxt and nxt[0] in _CLEAR_YES):
                asked_clauses.extend(folded)
                continue
        all_clauses.extend(
            _OriginalClause(originals, k, j, len(folded), fc, sf) for j, fc in enumerate(folded)
        )
        folded_clauses.extend(folded)
        _dietary(sf, sf, out)
    # a short text (an answer) is cheaper to search whole than to sift by needles
    if asked_clauses:
        asked = Extraction()
        for j, fc in enumerate(asked_clauses):
            _apply_rules(fc, fc, asked, {}, None, j)
        for fid, value in {**asked.offered(), **asked.values}.items():
            out.maybe(fid, value)
    candidates = _rule_candidates(folded_clauses) if len(text) > _SIFT_FROM else None
    for i, (cl, fc) in enumerate(zip(all_clauses, folded_clauses, strict=True)):
        _apply_rules(cl, fc, out, describes, candidates, i)
    # also read "and"-joined verbs as one statement ("quiero trabajar y aprender un oficio",
    # "voudrait trouver un travail et suivre une formation"); it only adds facts the
    # clauses left open, never overrides. In a long note only after a wish, to stay cheap.
    wished: list[str] = []
    loose_parts: list[str] = []
    for sent in (f for f, q in zip(folded_sents, asks, strict=True) if not q):
        if (" and " in sent or " y " in sent or " et " in sent) and _WISH_AND.search(sent):
            wished += _wished(sent)  # (in place of the whole "and"-joined parts)
        elif candidates is None:
            loose_parts += [
                part
                for part in _LOOSE_SPLIT.split(sent)
                if part and part.strip() and part not in folded_clauses
            ]
    if wished or loose_parts:
        loose = Extraction()
        # few words: searching every pattern is cheaper than sifting them by needles
        wished_candidates = _rule_candidates(wished) if wished and candidates else None
        for j, part in enumerate(wished):
            _apply_rules(part, part, loose, {}, wished_candidates, j)
        for part in loose_parts:
            _apply_rules(part, part, loose, {}, None, 0)
        for fid, value in loose.values.items():
            if fid not in out.values and fid not in out.conflicts:
                out.put(fid, value)
    _settle_gender(votes, pron, out, answer=answer)
    if "person.gender" not in out.values and not votes and len(set(demonym_genders)) == 1:
        out.weak("person.gender", demonym_genders[0])
    _settle_languages(langs, out, offer_minor=not answer)
    if children and not children_unclear:
        out.put("household.children_with_them", max(children))
    elif len(children) == 1 and 0 not in children:
        out.put("household.children_with_them", next(iter(children)))
    for fact_id, clause in describes.items():
        if fact_id in FACTS:
            out.weak(fact_id, clause)
    if out.values.get("person.gender") == "male":
        out.values.pop("household.pregnant", None)
    return out


# ---------------------------------------------------------------- answers

_SELF_DESCRIBED = (
    "genderfluid",
    "gender fluid",
    "two spirit",
    "agender",
    "bigender",
    "genderqueer",
    "my own words",
    "mis propias palabras",
    "genero fluido",
    "muxe",
    "mes propres mots",
    "genre fluide",
)
_EACH_TIME = (
    "each time",
    "every time",
    "cada vez",
    "chaque fois",
    "ask me first",
    "ask first",
    "preguntenme antes",
    "demandez moi avant",
)
_NOT_YET = (
    "not yet",
    "need to think",
    "have to think",
    "still thinking",
    "todavia no",
    "aun no",
    "tengo que pensar",
    "pas encore",
    "je dois reflechir",
    "pas tout de suite",
)

DECLINED = "__declined__"
UNKNOWN = "__unknown__"


@lru_cache(maxsize=64)
def _token_phrases(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in (" ".join(tokens(p)) for p in phrases) if t)


def _phrase_in(folded: str, phrases: Iterable[str]) -> bool:
    padded = f" {' '.join(tokens(folded))} "
    return any(f" {p} " in padded for p in _token_phrases(tuple(phrases)))


def _phrase_leads(folded: str, phrases: Iterable[str]) -> bool:
    """The phrase is the answer, or how it begins ("I don't know, ..."), or a short answer holds it."""
    toks = tokens(folded)
    short = sum(1 for t in toks if t[0].isalnum()) <= 6
    joined = " ".join(toks)
    padded = f" {joined} "
    for pt in _token_phrases(tuple(phrases)):
        if joined.startswith(pt + " ") or joined == pt:
            return True
        if short and f" {pt} " in padded:
            return True
    return False


def answer_kind(text: str) -> str | None:
    """DECLINED or UNKNOWN when an answer says "prefer not to say" / "don't know"."""
    f = ffold(text)
    ws = lexicon.word_sets()
    if _phrase_leads(f, ws.declines):
        return DECLINED
    if _phrase_leads(f, ws.dont_know):
        return UNKNOWN
    return None


def _yes_no(folded: str) -> bool | None:
    ws = lexicon.word_sets()
    toks = tokens(folded)
    if not toks:
        return None
    first2 = " ".join(toks[:2])
    first3 = " ".join(toks[:3])
    if first3 in ws.no or first2 in ws.no or toks[0] in ws.no:
        return False
    if first3 in ws.yes or first2 in ws.yes or toks[0] in ws.yes:
        return True
    words = [t for t in toks if t[0].isalnum()]
    if len(words) <= 5 and any(t in _CLEAR_YES for t in words):
        return True  # "un poco, si", "well... yes"
    return None


_CLEAR_YES = frozenset({"yes", "si", "oui", "yeah"})


def interpret_answer(fact_id: str, text: str) -> Extraction:
    """A free-text answer to the question for `fact_id`: that fact, and any other it states."""
    out = extract(text, answer=True)
    fd = FACTS[fact_id]
    f = ffold(text)
    hedge = _has_hedge(f)
    # the question's own fact, read as an answer to it
    own: object = None
    if fd.type == "bool":
        yn = _yes_no(f)
        stated = out.values.get(fact_id)
        if stated is not None:
            own = stated
        elif fact_id in out.conflicts:
            own = None
        elif yn is not None and not hedge:
            own = yn
    elif fd.type == "enum":
        stated = out.values.get(fact_id)
        opts = fd.options
        key = "_".join(tokens(f))
        if key in opts:
            own = key
        elif "ask_each_time" in opts and _phrase_in(f, _EACH_TIME):
            own = "ask_each_time"
        elif fact_id in lexicon.hedged_values() and _phrase_in(f, _NOT_YET):
            own = lexicon.hedged_values()[fact_id]
        elif stated is not None:
            own = stated
        elif hedge or _phrase_in(
            f,
            (
                "not sure",
                "unsure",
                "no estoy segur",
                "pas sur",
                "pas sure",
                "no se",
                "quizas",
                "peut etre",
                "maybe",
            ),
        ):
            own = lexicon.hedged_values().get(fact_id)
        else:
            yn = _yes_no(f)
            if yn is True and "yes" in opts:
                own = "yes"
            elif yn is False and "no" in opts:
                own = "no"
            if fact_id == "person.gender":
                votes: dict[str, int] = {}
                _gender(f, votes, {})
                g = Extraction()
                _settle_gender(votes, {}, g, answer=True)
                own = g.values.get("person.gender", own)
                if own is None and _phrase_in(f, _SELF_DESCRIBED):
                    own = "self_described"  # their own words stay in the answer
            if fact_id == "consent.share_with_providers" and _phrase_in(
                f, ("each time", "every time", "cada vez", "chaque fois")
            ):
                own = "ask_each_time"
    elif fd.type == "int":
        if fact_id == "household.children_with_them":
            c = _children(f, answer=True)
            if isinstance(c, int) and c is not False:
                own = c
            elif _yes_no(f) is False or _phrase_in(f, lexicon.word_sets().none):
                own = 0
            else:
                own = _first_number(f)
        else:
            own = out.values.get(fact_id)
            if own is None:
                own = _first_number(f)
    elif fd.type in ("lang", "langs"):
        found = _language_list(tokens(f), 0, free=True)
        if fd.type == "lang":
            cand = Extraction()
            _settle_languages(found, cand)
            own = cand.values.get(fact_id)
            if own is None and found:
                own = found[0][0]
            others = cand.values.get("person.other_languages")
            if own is not None and others is not None:
                out.values.pop("person.other_languages", None)
                out.put("person.other_languages", others)
        else:
            if found:
                own = [c for c, _w in found]
            elif _yes_no(f) is False or _phrase_in(f, lexicon.word_sets().none):
                own = []
    elif fd.type == "country":
        hit = None
        toks = tokens(f)
        for i in range(len(toks)):
            hit = _country_at(toks, i)
            if hit:
                break
        if hit:
            own = hit[0]
        else:
            own = out.values.get(fact_id)
            if own is None:
                dem = lexicon.demonyms()
                codes = {dem[t] for t in toks if t in dem}
                if len(codes) == 1:
                    own = codes.pop()
    elif fd.type == "text":
        own = text.strip() or None
    if own is not None:
        out.values.pop(fact_id, None)
        out.conflicts.discard(fact_id)
        out.put(fact_id, own)
    else:
        out.values.pop(fact_id, None)
    return out


def _first_number(folded: str) -> int | None:
    toks = tokens(folded)
    found: list[int] = []
    i = 0
    while i < len(toks):
        hit = None
        for n in (4, 3, 2, 1):
            key = " ".join(toks[i : i + n])
            if len(toks[i : i + n]) == n:
                v = to_int(key)
                if v is not None and (n > 1 or key not in AMBIGUOUS or len(toks) == 1):
                    hit = (v, n)
                    break
        if hit:
            found.append(hit[0])
            i += hit[1]
        else:
            i += 1
    vals = set(found)
    if len(vals) == 1:
        return vals.pop()
    return None
