"""Ages written bare beside the person they describe ("Woman, 34, Honduran", "a man
from Senegal, 30,"), and whose an age is: the survivor's or someone else's."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import fields, lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.age_owners import _past_age, age_of_object
from caseassist.intake.read.age_spans import approx_of, sex_word_after
from caseassist.intake.read.age_writers import writers_age
from caseassist.intake.read.child_labels import companion_label
from caseassist.intake.read.companions import companion_said
from caseassist.intake.read.demonym_heads import marked_other
from caseassist.intake.read.name_set_off import staff_after
from caseassist.intake.read.roles import (
    _gender_noun_words,
    _has_hedge,
    _other_people,
    _other_subject,
)
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.read.titled_people import titled_other
from caseassist.intake.read.value_owner import described_other, years_of_something

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
            "llevo",
            "llevamos",
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


def _descriptor_position(before: str) -> bool:
    """The number opens a description of the person ("F 34 yrs", "woman, 34 yrs"), where
    a bare "yrs" is an age; elsewhere ("unpaid ~2 yrs") it is how long something lasted."""
    toks = tokens(before)
    if not toks or toks[-1] in (",", "(", ":", ";"):
        return True
    last = toks[-1]
    return last in ("f", "m") or last in _gender_noun_words() or last in _SURVIVOR_WORDS


def _other_marked(before: list[str]) -> bool:
    """Another person is being described just before the age: "outro trabalhador (19 anos)",
    "um dos individuos, de 35 anos", "another woman, 25" (`other_person_marks`), or the
    line's label names them ("Acompañante: hombre de 39 años", "Companion: man, 39")."""
    if ":" in before[:5] and companion_label(before[: before.index(":")]):
        return True
    if companion_said(before) or _relative_of_noun(before):
        return True  # "el voluntario que le acompaña ... tiene 30 años", "the man, who is 40"
    marks = lexicon.by_language("other_person_marks")
    ordinals = lexicon.by_language("ordinal_person_marks")  # "the second woman (approx. 45"
    near = before[-6:]
    not_people = lexicon.by_language("other_mark_not_person")  # "otra vez", "une autre fois"
    for k in range(len(near)):
        if near[k + 1 : k + 2] and near[k + 1] in not_people:
            continue
        ordinal = near[k] in ordinals and near[k + 1 : k + 2] and near[k + 1] in _person_words()
        if near[k] in marks or " ".join(near[k : k + 2]) in marks or ordinal:
            return not any(w in _PRONOUNS_AFTER_MARK for w in near[k + 1 :])
    return False


def _relative_of_noun(before: list[str]) -> bool:
    """A relative set off after a gender noun ("the man, who is 40"): a person brought in,
    not her by name ("Ama, who is 17")."""
    k = len(before) - 1
    while k >= 0 and before[k] not in (",", "("):
        k -= 1
    rel = " ".join([",", *before[k + 1 : k + 2]])
    return k > 0 and rel in _relatives() and before[k - 1] in _gender_noun_words()


@cache
def _relatives() -> frozenset[str]:
    return lexicon.by_language("age_copula_subjects")


@cache
def _person_words() -> frozenset[str]:
    """Words for a person ("woman", "mujer", "travailleur", "homem") an ordinal may mark."""
    return _gender_noun_words() | lexicon.by_language("person_nouns") | _other_people()


_PRONOUNS_AFTER_MARK = frozenset(["she", "he", "ella", "el", "elle", "il", "ela", "ele"])


_ASCII_DIGIT = re.compile(r"[0-9]")
_BARE_AGE = re.compile(r"^(\d{1,2})(a|ans|anos|yo)?$")
_AGE_ABBREV = frozenset({"a", "a.", "ans", "anos", "yo", "y"})
_APPROX_MARKS = frozenset(["~", "approx", "aprox", "approximately", "about", "around", "ca", "env"])


def bare_ages(toks: list[str], name_words: frozenset[str] = frozenset()) -> set[int]:
    """Ages written bare beside the person they describe, as forms and shorthand do:
    "Woman, 34, Honduran", "Mrs. Thapa, 71, from Nepal", "F, 34", "M 23", "varon, 25a",
    "Mujer, 27 a.". The number stands alone between commas (or is followed by a year
    abbreviation) right after a gender noun, a sex mark, a survivor word or a name, and
    no other person is named before it in the sentence. `name_words`: the folded words of
    the name the note gives the survivor, so "Client: Mariam, 19" and "Amina R. (27)" read
    as her age (the number ends its part of the sentence, right after her name)."""
    nouns = _gender_noun_words()
    out: set[int] = set()
    joined = " ".join(toks)
    if (joined.isascii() and _ASCII_DIGIT.search(joined) is None) or not any(
        t[:1].isdigit() for t in toks
    ):
        return out  # no number (an ASCII text: no digit at all, found at once)
    if _has_hedge(joined):
        return out  # "quiza de unos 14 o 15 anos": not said for sure
    for i, t in enumerate(toks):
        m = _BARE_AGE.match(t) if t[:1].isdigit() else None
        if not m or not 12 <= int(m.group(1)) <= 99:
            continue
        if (i >= 2 and toks[i - 1] in _RANGE_WORDS and toks[i - 2].isdigit()) or (
            i + 2 < len(toks) and toks[i + 1] in _RANGE_WORDS and toks[i + 2].isdigit()
        ):
            continue  # "14 o 15", "30 to 35": a range, not an age
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        abbrev = m.group(2) is not None or nxt in _AGE_ABBREV
        remark = nxt == "(" and _initial(toks, i - 2)  # "J., 16 (grade 10)": a remark
        if not (abbrev or nxt in (",", ".", ";", "") or (nxt == ")" and i > 0) or remark):
            continue
        j = i - 1
        while j >= 0 and (
            toks[j] in _APPROX_MARKS or toks[j] == "." and toks[j - 1] in _APPROX_MARKS
        ):
            j -= 1  # "F, ~24,", "man aprox 33,": an approximate age, as the contract takes it
        if j >= 0 and (
            toks[j] in (",", "(")
            or toks[j] == ":"
            and toks[j - 1] in nouns
            and toks[j - 1] not in _SURVIVOR_WORDS
        ):  # "Woman: 30,": a gender noun's label (not a speaker's: "usuária: 22,")
            j -= 1
        prev = toks[j] if j >= 0 else ""
        if abbrev and _past_age(" ".join(toks[:i])):
            continue  # "cuando tenía 15 años": her age then
        if nxt in _AGE_ABBREV and years_of_something(" ".join(toks[i + 2 : i + 6])):
            continue  # "41 anos de profissão": how long
        lead_ok = not abbrev or toks[i - 1 : i] and toks[i - 1] in name_words or age_lead(toks[:i])
        if (
            _other_marked(toks[:i])
            or not lead_ok
            or age_of_object(toks[:i])
            or marked_other(toks[:i])
            or described_other(toks[:i])  # "the daughter of the man referred (35,"
            or titled_other(toks[:i]) is True  # "vivait chez Mme D., 60 ans": the titled's
            or staff_after(" ".join(toks[i + 1 :]), 0)  # "Kelsey, 41, social worker"
            or writers_age(joined, toks[:i])  # "Yo tengo 62 años": the writer's (her turn's
        ):  # ages are read by `ages._ages`, which knows whose turn it is)
            continue  # "trabajó 15 años", "llegó a los 15 años", "tiene un ahijado de 12"
        named = bool(name_words) and _after_name(toks, j, name_words) or _initial(toks, j)
        if named or prev in nouns or prev in ("f", "m", "h") or prev in _SURVIVOR_WORDS or abbrev:
            if _other_subject(toks[max(0, i - 8) : i]) or any(
                w in _other_people() for w in toks[:i]
            ):
                continue
        elif not (_beside_description(toks, i) and not _other_subject(toks[max(0, i - 10) : i])):
            continue
        out.add(int(m.group(1)))
    return out


def _initial(toks: list[str], j: int) -> bool:
    """Token `j` ends an initial set off as the person referred ("One of our students,
    J., 16 (grade 10)", "Client: M., 17"): a name cut to its letter is still hers."""
    if j < 1 or toks[j] != "." or len(toks[j - 1]) != 1 or not toks[j - 1].isalpha():
        return False
    return j == 1 or toks[j - 2] in (",", ":", "(")


def _after_name(toks: list[str], j: int, name_words: frozenset[str]) -> bool:
    """Token `j` ends the survivor's name ("amina r ." counts: an initial's full stop)."""
    if j >= 1 and toks[j] == "." and len(toks[j - 1]) == 1:
        j -= 1
        if j >= 1 and toks[j] not in name_words:
            j -= 1  # "olena k ., 37": the given name before her initial
    if j >= 1 and toks[j] in _CLOSING_QUOTES:
        j -= 1  # '"Alex", 24': a quoted name
    return j >= 0 and toks[j].rstrip("'\u2019") in name_words


_CLOSING_QUOTES = frozenset(['"', "\u201d", "\u00bb", "'", "\u2019"])


_ORIGIN_LEADS = frozenset(["from", "de", "du", "da", "do", "des", "d'", "originaire", "natural"])


_RANGE_WORDS = frozenset(["o", "or", "ou", "to", "a", "-", "y", "e", "et", "and"])
_APPROX = frozenset(
    ["about", "around", "approx", "approximately", "roughly", "~", "unos", "unas", "uns", "umas"]
    + ["environ", "aprox", "aproximadamente", "cerca", "de", "vers", "quelque"]
)


_BULLETS = frozenset(["*", "-", "\u2022"])


def _beside_description(toks: list[str], i: int) -> bool:
    """The bare number is a comma part of its own ("about 60" too) next to where the
    person is from or a word for them: "a man from Senegal, 30, whose", "Yanelis, 27,
    cuban", "Mrs. Thapa, 71, from Nepal", "Ms. E.N., 45, a Cameroonian national", "met a
    man outside the centre, about 60"."""
    k = i - 1
    while k > 0 and toks[k] in _APPROX:
        k -= 1
    if k >= 0 and toks[k] == "(" and toks[i + 1 : i + 2] == [")"]:
        toks = toks[:k] + [","] + toks[i : i + 1] + toks[i + 2 :]  # "Ana (34), from Peru"
        i = k + 1
    elif k >= 0 and toks[k] == "(" and toks[i + 1 : i + 2] == [","]:
        toks = [
            *toks[:k],
            ",",
            *toks[i:],
        ]  # "Ms. Ada N. (29, Nigeria)": the bracket opens a description
        i = k + 1
    elif k == 0 and toks[0] in _BULLETS:
        pass  # a list item that opens with the number: "* 27, from Thailand" (nothing before)
    elif (k < 0 or toks[k] == ":") and sex_word_after(toks, i):
        return True  # "17, boy, from albania", "Nota: 24, mujer": the number opens her description
    elif k < 0 or toks[k] != ",":
        return False
    names = lexicon.country_names()
    dem = lexicon.demonyms()
    before = [] if k == 0 and toks[0] in _BULLETS else toks[:k]
    if before and (
        before[-1] in dem
        or any(" ".join(before[-n:]) in names for n in (1, 2, 3) if len(before) >= n)
    ):
        return True
    part = before[len(before) - before[::-1].index(",") :] if "," in before else before
    ws = lexicon.word_sets()
    nouns = _gender_noun_words()
    if any(
        w in nouns and (j == 0 or part[j - 1] not in ws.possessives) for j, w in enumerate(part)
    ):
        return True
    after = toks[i + 2 : i + 6] if i + 1 < len(toks) and toks[i + 1] == "," else []
    indefinite = function_words().indefinite_articles
    while after[:1] and (after[0] in _ORIGIN_LEADS or after[0] in indefinite):
        after = after[1:]  # "from", "originaire du", "natural de"; "45, a Cameroonian national"
    return bool(after) and (after[0] in dem or any(" ".join(after[:n]) in names for n in (1, 2, 3)))


_SURVIVOR_WORDS = lexicon.Words(
    {"client", "guest", "survivor", "victim", "caller", "pt", "patient", "pupil", "student"},
    "survivor_subjects",
)


_APPROX_LEAD = lexicon.Words(
    {"~", "about", "around", "almost", "nearly", "only", "just", "unos", "unas", "uns", "umas"}
    | {"cerca", "casi", "quase", "apenas", "solo", "so", "ya", "ja", "environ", "presque"}
    | {"seulement", "aprox", "approx", "aproximadamente", "alrededor", "mas", "plus", "mal"}
    | {"tan", "juste", "peine", "encore", "todavia", "aun", "ainda", "pas", "no", "nao"}
    | {"peu", "pres", "menos", "roughly", "approximately", "circa", "ca"},
    "age_approx_leads",
)
"""Words that may stand between what leads an age and its number ("tiene unos 30 años")."""


_SEX_MARKS = frozenset(
    ["f", "m", "h", "fem", "masc", "femenino", "masculino", "feminino", "masculin"]
)


def age_lead(lead: list[str], *, answer: bool = False, name: object = None) -> bool:
    """What stands right before "N años / anos / ans" makes the number an age: a have
    verb ("tiene", "elle a", "tem"), "de", an age label, a word for the person, a
    nationality or a comma ("Mujer, 30 años", "nepalesa 28 anos"); any other word is
    what lasted that long ("estuvo 3 años en un anexo", "trabalhou 2 anos", "il est
    resté 7 ans"); `name`, the survivor's name read, may lead it ("Rahim 26 anos").
    In the survivor's own words a third-person have verb ("tem seis anos") is someone
    else's age unless an interpreter relays her (`age_leads`, `age_have_third`)."""
    k = len(lead) - 1
    while k >= 0 and (lead[k] in _APPROX_LEAD or approx_of(lead, k, _APPROX_LEAD)):
        k -= 1  # "près de", "cerca de": what leads is before ("a vécu près de 20 ans": how long)
    if k >= 0 and lead[k] == ":":
        return _age_label(lead[:k])  # "Edad: 30 años", not "Observaciones: diez años trabajando"
    if k >= 0 and lead[k] == "," and _work_item(lead[:k]):
        return False  # "trabajo doméstico sin pago, 2 años": how long the work lasted
    if k < 0 or not lead[k][:1].isalpha():
        return True
    w = lead[k]
    if answer and w in lexicon.by_language("age_have_third"):
        return bool(lexicon.phrase_regex("relay_cues").search(" ".join(lead)))
    if isinstance(name, str) and w in tokens(ffold(name)):
        return True
    return (
        w in _SEX_MARKS
        or w in lexicon.by_language("age_leads")
        or w in lexicon.by_language("person_nouns")
        or w in _gender_noun_words()
        or w in _SURVIVOR_WORDS
        or w in lexicon.by_language("name_roles")  # "Victime 22 ans"
        or w in lexicon.word_sets().other_people
        or w in lexicon.demonyms()
        or w in lexicon.country_names()
    )


def _work_item(words: list[str]) -> bool:
    """The list item before a comma names work (a one-word `job_nouns` word: "trabajo",
    "work", "travail", "trabalho"): a number of years after it is how long it lasted."""
    item: list[str] = []
    for w in reversed(words):
        if not (w[:1].isalnum() or "'" in w):
            break
        item.append(w)
    return not lexicon.by_language("job_nouns").isdisjoint(item)


def second_age_field(lead: list[str]) -> bool:
    """The words before "N ans" end with another label's colon after an age label's
    ("Âge : 17 ans – rectificatif :"): a second age in the age field, which makes the
    first one unclear (which one holds is the correction reader's to say)."""
    if lead[-1:] != [":"]:
        return False
    colons = [k for k, w in enumerate(lead[:-1]) if w == ":"]
    return any(_age_label(lead[:k]) for k in colons[-2:])


def _age_label(words: list[str]) -> bool:
    """The form label before a colon is an age label ("Edad"), names the person ("Client")
    or ends with a word for her, no one else ("Mujer:"): what follows may be her age."""
    tail: list[str] = []
    for w in reversed(words[-4:]):
        if not w[:1].isalpha():
            break
        tail.insert(0, w)
    label = " ".join(tail)
    return (
        not tail
        or fields.fact_of(label) == AGE
        or label in _SURVIVOR_WORDS
        or label in lexicon.by_language("name_roles")
        or (tail[-1] in _person_words() and _other_people().isdisjoint(tail))
        or " ".join(tail[-2:]) in lexicon.by_language("form_openers")  # "Jeune fille :"
    )


AGE = "person.age"


def young_child_before(lead: list[str]) -> bool:
    """A word for a child right before an age ("un niño de 4", "a boy of 5", "um menino
    de 4 anos"): under twelve, the age of a child she speaks of when the note gives
    another age, and hers only when it gives none (a child survivor: "niña de 9 años")."""
    ws = lexicon.word_sets()
    kids = ws.child_singular | ws.child_ambiguous
    return any(w in kids for w in lead[-3:])


def among_children(lead: list[str]) -> bool:
    """A word for several children earlier in the sentence ("elle a deux enfants, une
    fille de 3 ans", "two kids, a girl of 3 and a boy of 5", "the family's two little
    boys, aged 4"): an age under twelve after it is one of theirs, even in a note that
    gives her none); so does one child counted or hers ("elle a 1 enfant avec elle, un
    petit de 3 ans", "with her daughter, 4 years old")."""
    ws = lexicon.word_sets()
    if not ws.child_plural.isdisjoint(lead):
        return True
    kids = ws.child_singular - ws.child_ambiguous
    return any(
        w in kids and k > 0 and (lead[k - 1].isdigit() or lead[k - 1] in ws.possessives)
        for k, w in enumerate(lead)
    )
