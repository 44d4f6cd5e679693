"""Ages in every form a note uses, and police and clinical sex marks."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.numbers import AMBIGUOUS, digits_for_words, number_words, to_int
from caseassist.intake.read.age_companions import not_hers
from caseassist.intake.read.age_copulas import _IS_AGE, after_turning
from caseassist.intake.read.age_hedges import hedge_reach
from caseassist.intake.read.age_owners import (
    _child_by_age,
    _third_person_before,
    age_of_object,
)
from caseassist.intake.read.age_spans import listed_number
from caseassist.intake.read.age_writers import own_bare_age, writers_age
from caseassist.intake.read.bare_ages import (  # noqa: F401 (bare_ages: note reads it here)
    _DURATION,
    _descriptor_position,
    _other_marked,
    _past_age,
    age_lead,
    among_children,
    bare_ages,
    second_age_field,
    young_child_before,
)
from caseassist.intake.read.demonym_heads import marked_other
from caseassist.intake.read.name_set_off import staff_after
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _gender_noun_words, _other_people, _other_subject
from caseassist.intake.read.segment import _tokens, _with_data, tokens
from caseassist.intake.read.titled_people import titled_other
from caseassist.intake.read.value_owner import (
    YEAR_UNITS,
    described_other,
    outside_brackets,
    years_of_something,
)
from caseassist.intake.read.value_owner import years_apart_after as _gap_after

# ---------------------------------------------------------------- ages

_SEX_AGE = re.compile(
    r"(?:^|[(,:])\s?(?P<sex>f|m|h|female|male)\s?,?\s?(?P<n>\d{1,2})(?P<after>)\s?"
    r"(?=[),;]|$|\s(?!(?:min|mins|minutes|hrs?|hours?|heures|horas|days?|dias|jours|weeks?|"
    r"semanas|semaines|months?|meses|mois|kids|children|enfants|hijos|filhos|ninos|criancas)\b)[a-z]{3,})"
)
"""A sex mark and the age after it where a description opens: "F, 34", "(M 25)",
"M/25 Syrian", "Pt: F 41 from Peru"; not "M 25 minutes"."""
_UNIT_RE = re.compile(
    rf"\b{YEAR_UNITS}(?: old| of age| de edad| d' age)?\b(?P<after>(?: \w+){{0,2}})"
)
_NWORDS = r"[a-z0-9]+(?: [a-z]+){0,3}"
_UNITS_NOT_AGE = (
    "% percent minutes minute hours hour days day weeks week months month km miles meses mes mois"
    " semanas semaines dias jours heures horas"
    " wk wks mo mos mth mths hr hrs min mins sem sems sa sg sdg"  # "24 wks", "3 mos", "20 SA"
)
_NOT_AGE_UNITS = frozenset(_UNITS_NOT_AGE.split())


def _leading_number(words: str) -> tuple[int, str] | None:
    """The number the words begin with ("treinta y cinco anos" -> 35) and the word after it."""
    toks = words.split()
    for width in range(min(4, len(toks)), 0, -1):
        v = to_int(" ".join(toks[:width]))
        if v is not None:
            return v, toks[width] if width < len(toks) else ""
    return None


SHORT_AGE_UNITS = r"yoa|y\.? ?o\.? ?a\.?|y ?/ ?o|yo|y\.? ?o\.?"
"""An age written short after its number: "34 yoa", "4 y/o", "2 yo", "3 y.o."."""
_AGE_PATTERNS = (
    re.compile(
        rf"\b(?P<n>\d{{1,3}}) ?(?:{SHORT_AGE_UNITS}|(?P<yrs>yrs?\.?))(?=\W|$)"
        r"(?P<after>(?: \w+){0,2})"  # "17 YOA" (years of age), "34 y/o", "34 yrs"
    ),
    re.compile(r"\b(?P<n>\d{1,2})f\b(?P<after>)"),
    re.compile(  # "Re: 19M Afghan": a glued "m" is minutes or metres elsewhere ("waited 30m")
        r"(?:^|[,(:]\s?|\b(?:client|cl|pt|patient|survivor|victim|caller|re)\s)(?P<n>\d{1,2})m\b(?P<after>)"
    ),
    re.compile(r"\b(?P<n>\d{1,2})m(?=\s*(?:[,;)]|$))(?P<after>)"),  # "Omar 19m, Afghan"
    re.compile(  # "client 34 F", "(34 M)": the space form only where a description opens
        r"(?:^|[,(:]\s?|\b(?:client|cl|pt|patient|survivor|victim|caller)\s)"
        r"(?P<n>\d{1,2}) [fm](?=\s*(?:[,.;)]|$))(?P<after>)"
    ),
    re.compile(
        rf"\b(?:aged|age|edad|agee de|age de|de edad) (?:de |of |about |around |approx\.? |"
        rf"approximately |~ ?|environ |aprox\.? |unos |uns |cerca de )?(?P<n>{_NWORDS})(?P<after>)"
    ),
)
_TURNED = lexicon.Lazy(  # "just turned 19", "cumplió 40", "a fêté ses 40 ans" (`age_birthdays`)
    lambda: _with_data(rf"\b(?:(?:just )?turned) (?P<n>{_NWORDS})(?P<after>)", "age_birthdays")
)
_NOUN_PAREN_SRC = (
    r"\b(?:woman|man|boy|girl|female|male|client|survivor|caller|patient|victim|mujer|hombre|chica|chico|"
    r"joven|senora|femme|homme|fille|garcon|cliente|victima|victime)\s?[,(]\s?(?:age |aged |approx\.? |about |around |approximately |roughly |~)?"
    r"(?P<n>\d{1,2})\s?(?=[,)]|$)(?P<after>)"
)
_NOUN_PAREN = lexicon.Lazy(lambda: _with_data(_NOUN_PAREN_SRC, "person_nouns"))
"""A word for the person and the age after a comma or in brackets: "woman (19)",
"a minor (16)", "Vitima: mulher, 31"."""
_HAS_AGE = re.compile(
    r"(?:^|\b(?:she|he|ella|el|ela|ele|chico|chica|joven|nino|nina|menino|menina|rapaz|moca|mujer|hombre|"
    r"homem|mulher|cliente|usuaria|usuario|utente|paciente|vitima|victima|dice que|dijo que|refiere que|"
    r"diz que|disse que|afirma que) )(?:tiene|tem|tenia|tinha) "
    r"(?:unos |uns |cerca de |apenas |solo |so )?(?P<n>\d{1,2}|[a-z]+(?: y [a-z]+| e [a-z]+)?)"
    r"(?=\s*(?:[,.;)]|$|(?<=\d) [ye] |(?<=[a-z]) [ye] (?!(?:un|uno|una|um|uma|dos|dois|duas|tres|"
    r"cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove)\b)))(?P<after>)"
)
"""'El chico tiene 15.', 'ela tem vinte e dois': an age said without its unit."""
_OF_AGE_SRC = (
    r"\b(?:woman|man|boy|girl|person|client|lady|mujer|hombre|chica|chico|joven|femme|homme|garcon|fille) "
    r"(?:of|aged|age|de) (?:about |around |approximately |roughly |unos |environ )?(?P<n>"
    + _NWORDS
    + r")(?P<after>)"
)
_OF_AGE = lexicon.Lazy(lambda: _with_data(_OF_AGE_SRC, "person_nouns"))
"""A person noun and "of / de" an age ("un estudiante de 16"); the nouns (pupils,
workers, patients) are in the language folders' `person_nouns`."""
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


_AGES_LISTED = re.compile(
    r"\s*(?:and|y|et|e|&)\s+[1-9]\d\b(?!\s*(?:kids|children|hijos|ninos|enfants|filhos|criancas)\b)"
)
"""A second age joined to the number ("two women aged 19 and 27", "de 19 y 27 años"):
a list of several people's ages, none hers alone."""
_VAGUE_AGE = re.compile(
    r"(?:something|somethings|odd|plus|\+|y (?:tantos|pico|algo)|et quelques|et des poussieres)\b"
)
"""After a number, words that make it a span of ten years: such an age is left open."""


def _age_owner_is_survivor(folded: str, start: int, after: str) -> bool:
    return _age_owner_ok(tokens(folded[:start]), after)


def _age_owner_ok(before: list[str], after: str) -> bool:
    """The age belongs to the survivor: not "her 3 year old son", not "Officer Brown, 45"."""
    ws = lexicon.word_sets()
    if ")" in before and ":" in before:  # "Referral from ED (nurse R. O.): 24 y/o": an aside
        before = outside_brackets(before)
    if _other_marked(before) or age_of_object(before) or marked_other(before):
        return False
    if described_other(before):
        return False  # "the agent is an older man (~55)", "o encarregado (um senhor de 60 anos)"
    nxt = tokens(after)
    if nxt:
        w = nxt[0]
        if w in ws.child_singular or w in ws.child_plural:
            if w in ws.child_ambiguous:
                return not (before and before[-1] in ws.possessives)
            return False
        if w in _other_people() and w not in _gender_noun_words():
            return False
    titled = titled_other(before)  # "l'avocate de M. P., 29 ans": M. P.'s age
    return not (_other_subject(before[-10:]) if titled is None else titled)


@lru_cache(maxsize=64)
def _needle_searches(src: str) -> tuple[re.Pattern[str], ...]:
    """Per needle group of the pattern `src`, one search for any of its literals (a
    C-level scan, not a substring test per literal)."""
    groups = sorted(lexicon.needles(src), key=len)  # the smallest fails fastest
    return tuple(re.compile("|".join(re.escape(n) for n in group)) for group in groups)


def _may_match(pat: re.Pattern[str], text: str) -> bool:
    """False when a literal the pattern needs is missing: no regex scan needed."""
    return all(group.search(text) for group in _needle_searches(pat.pattern))


_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[a-z]")


@cache
def _number_firsts() -> frozenset[str]:
    return frozenset(w.split()[0] for w in number_words() if len(w.split()[0]) > 2) - AMBIGUOUS


_GLUED_UNIT = re.compile(r"\b(\d{1,3})(ans|anos|yrs?|yo)\b")


def _ages(sent_folded: str, out: Extraction, *, answer: bool = False) -> None:
    """Ages the sentence states; numbers in words the generated tables do not know
    ("uns quarenta anos") are read once more through text2num; "29ans" as "29 ans".
    `answer`: the survivor's own words (an answer, or her turn of a transcript as
    `speakers.her_turns` finds it), where "she's seventeen" is someone else."""
    if _DIGIT.search(sent_folded):
        sent_folded = _GLUED_UNIT.sub(r"\1 \2", sent_folded)
    own = answer
    if own and (bare := own_bare_age(sent_folded)) is not None:
        out.put("person.age", bare)  # her turn: "tengo 31, soy de venezuela"
    if _ages_in(sent_folded, out, answer, own) or _DIGIT.search(sent_folded):
        return
    if _may_match(_UNIT_RE, sent_folded) and _UNIT_RE.search(sent_folded):
        converted = digits_for_words(sent_folded)
        if converted != sent_folded:
            _ages_in(converted, out, answer, own)


def _unit_follows(sent_folded: str, at: int) -> bool:
    """A unit of time or measure (not of age) right after the number ends at `at`."""
    nxt = sent_folded[at : at + 12].split(maxsplit=1)
    gap = _gap_after(sent_folded, at)  # "30 years older than her son": a gap, not an age
    return gap or bool(nxt) and nxt[0].strip(".,;)") in _NOT_AGE_UNITS


@cache
def _digit_gates() -> dict[re.Pattern[str], re.Pattern[str]]:
    """For each pattern whose number is digits, a short search every match of it needs
    (what the digits stand next to): a note's clock times ("at 14:05") skip the long scans."""
    after = re.compile(r"\d(?: ?y|f|m| [fm])")  # "34yo", "34 yrs", "19f", "19m", "34 f"
    return {
        **dict.fromkeys(_AGE_PATTERNS[:5], after),
        _NOUN_PAREN.pattern: re.compile(r"\d\s?(?:[,)]|$)"),  # "woman (34)"
        _SEX_AGE: re.compile(r"[fmhe]\s?,?\s?\d"),  # "F, 34", "male 25"
    }


@cache
def _gated_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """The age patterns in the order they are tried, each with its digit gate (or None)."""
    pats = (*_AGE_PATTERNS, _TURNED.pattern, _NOUN_PAREN.pattern, _IS_AGE.pattern, _HAS_AGE)
    pats = (*pats, _OF_AGE.pattern, _SEX_AGE)
    return tuple((p, _digit_gates().get(p)) for p in pats)


def _ages_in(sent_folded: str, out: Extraction, answer: bool = False, own: bool = False) -> bool:
    """`answer`: an answer; `own`: the survivor's own words (an answer, her turn of a
    transcript), where "she is 5" / "il a cinq ans" is someone else."""
    found: set[int] = set()
    young: set[int] = set()  # given to a word for a young child ("un niño de 4 años")
    theirs: set[int] = set()  # under twelve after a word for several children: theirs
    digit = _DIGIT.search(sent_folded) is not None
    has_number = digit or not _number_firsts().isdisjoint(_tokens(sent_folded))
    decades = "ties" in sent_folded or "0s" in sent_folded or "aine" in sent_folded
    hedged = hedge_reach(sent_folded) if has_number or decades else False
    if not (has_number or decades) or hedged is True:
        return False
    of_age = _OF_AGE.pattern
    for pat, gate in _gated_patterns() if has_number else ():
        if gate is not None and not (digit and gate.search(sent_folded)):
            continue
        if not _may_match(pat, sent_folded):
            continue
        for m in pat.finditer(sent_folded):
            lead = _leading_number(m.group("n"))
            if lead is None or lead[1] in _NOT_AGE_UNITS:
                continue
            if _unit_follows(sent_folded, m.end("n")) or _AGES_LISTED.match(
                sent_folded, m.start("n") + len(m.group("n").split()[0])
            ):
                continue  # "24 wks pregnant": a term; "aged 19 and 27": several people's
            if _VAGUE_AGE.match(f"{lead[1]} {sent_folded[m.end('n') :]}".lstrip()):
                continue  # "thirty-something", "treinta y tantos": a decade, not an age
            n = lead[0]
            if after_turning(sent_folded[: m.start("n")]) or _past_age(sent_folded[: m.start("n")]):
                continue  # "he will be twenty in March", "when she was 15": not her age now
            if not 0 < n <= 110 or (
                pat in (_IS_AGE.pattern, _HAS_AGE, of_age, _TURNED.pattern) and n < 12
            ):
                continue
            if m.groupdict().get("yrs") and not _descriptor_position(sent_folded[: m.start("n")]):
                continue  # "unpaid ~2 yrs", "orchards 3 yrs": how long, not how old
            if own and _third_person_before(sent_folded[: m.start("n")]):
                continue
            if hedged and hedged(m.start("n"), m.end("n")):
                continue  # "tiene unos 17, creo" in a long dictated run: not said for sure
            if staff_after(sent_folded, m.start("after")):
                continue  # "Lorena, 35 años, trabajadora social": who writes
            if _age_owner_is_survivor(sent_folded, m.start("n"), m.group("after") or "") and (
                own or not writers_age(sent_folded, tokens(sent_folded[: m.start("n")]))
            ):
                found.add(n)
                if young_child_before(ahead := tokens(sent_folded[: m.start("n")])) and n < 12:
                    young.add(n)  # (after her: "She came with a little boy, 4", the boy's)
                if not_hers(ahead, n, n in young, tokens(sent_folded[m.end("n") :])):
                    theirs.add(n)
    unit = has_number and _may_match(_UNIT_RE, sent_folded)
    for m in _UNIT_RE.finditer(sent_folded) if unit else ():
        if hedged and hedged(m.start(), m.end()):
            continue
        before = tokens(sent_folded[: m.start()])
        for width in (4, 3, 2, 1):
            if len(before) < width:
                continue
            n = to_int(" ".join(before[-width:]))
            if n is None:
                continue
            unit = m.group(0).split()[0]
            lead = before[:-width]
            if listed_number(lead):
                break  # "3 et 7 ans", "entre 19 y 30 años": several people's ages
            if unit.startswith(("year", "yr")) and not re.match(r"\S+ (?:old|of age)", m.group(0)):
                break  # "here 3 years": a duration, not an age
            if lead and (lead[-1] in _DURATION or " ".join(lead[-2:]) in _DURATION):
                break  # "hace 3 anos", "depuis 2 ans", "for 5 years"
            if (own and _third_person_before(" ".join(lead))) or after_turning(" ".join(lead)):
                break
            if _past_age(" ".join(lead)):
                break  # "cuando tenía 15 años", "quand elle avait 15 ans": an age then
            spelled = " " in sent_folded[m.start() : m.start("after")]  # "30 años de edad"
            named = out.values.get("person.name")  # read first: "Rahim 26 anos"
            if not (spelled or age_lead(lead, answer=answer, name=named)):
                if 12 <= n <= 110 and second_age_field(lead):
                    out.put("person.age", n)  # "Âge : 17 ans – rectificatif : 16 ans": unclear
                break  # "estuvo 3 años en un anexo", "trabalhou 2 anos": how long
            if years_of_something(sent_folded[m.start("after") :]):
                break  # "41 anos de profissão", "20 años de experiencia": how long
            if _child_by_age(lead, m.group(0)):
                break  # "she has a 3-year-old", "her 3-year-old is with her": a child
            if 0 < n <= 110 and _age_owner_ok(lead, m.group("after") or ""):
                if staff_after(sent_folded, m.start("after")):
                    break  # "Márcia, 44 anos, assistente social": who writes
                if not own and writers_age(sent_folded, lead):
                    break  # "Yo tengo 62 años y tres nietos": the writer's own age
                found.add(n)
                if n < 12 and young_child_before(lead):
                    young.add(n)
                if not_hers(lead, n, False, tokens(sent_folded[m.start() :])):
                    theirs.add(n)
            break
    for m in _DECADE_RE.finditer(sent_folded) if decades else ():
        if _other_subject(tokens(sent_folded[: m.start()])[-10:]):
            continue
        if m.group("part") is None:
            continue  # "in his thirties": a span of ten years, the age stays open
        base = _DECADES_EN[m.group("dec")]
        # "early 50s", "late twenties": a span of a few years, offered, never applied
        out.maybe("person.age", base + {"early": 2, "mid": 5, "late": 8}[m.group("part")])
    for m in _FR_DECADE_RE.finditer(sent_folded) if "aine" in sent_folded else ():
        if m.group("la") == "la" or not _age_owner_ok(tokens(sent_folded[: m.start()]), ""):
            continue  # "la vingtaine": ten years; "L'exploiteur, un Nigérian d'une quarantaine"
        found.add(_FR_DECADE[m.group("dec")])  # "une trentaine d'années": about thirty
    if young and (found - young or "person.age" in out.values):
        found -= young  # "Mujer, 30 años. Tiene un niño de 4 años": the child's age
    found -= theirs
    for n in found:
        out.put("person.age", n)
    return bool(found)
