"""A name as the subject of her age ("Amina is a 34-year-old woman", "Rosa tiene 30
años", "Fatou a 25 ans", "A Joana tem 40 anos") and a name in a mail's subject line
("Subject: Fwd: referral - Amina K.", "Objet : orientation de Mme Fatou")."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.segment import ffold

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019-]+"

_AGE_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?])\s+|\n)[\s\-*\u2022]*(?:(?:A|O|La|El)\s+)?(?P<name>{_CAP})(?:\s+[A-Z]\.)?\s+"
    r"(?:(?:is|says (?:she|he) is)\s+(?:a\s+|about\s+|only\s+)?\d{1,2}[\s-]*(?:years?[\s-]old|yo)\b"
    r"|(?:tiene|dice que tiene)\s+(?:unos\s+|cerca\s+de\s+)?\d{1,2}\s+años\b"
    r"|(?:a|dit avoir)\s+(?:environ\s+)?\d{1,2}\s+ans\b"
    r"|(?:tem|diz que tem)\s+(?:uns\s+|cerca\s+de\s+)?\d{1,2}\s+anos\b)"
)
"""A capitalised word opening a sentence, then "is / tiene / a / tem" and an age."""

_SUBJECT_LINE = re.compile(
    r"^[\s>]*(?i:re|subject|subj|objet|asunto|assunto|fwd?|tr)\s*:\s*(?:(?i:fwd?|tr|re)\s*:\s*)*"
    r"(?P<rest>.+)$",
    re.M,
)


@cache
def _subject_lead() -> re.Pattern[str]:
    """What a subject line may say before her name: a referral word ("referral",
    "derivación", "orientation", "encaminhamento", `referral_nouns`), "de / of / for", a
    title."""
    nouns = sorted(lexicon.words().get("referral_nouns", ()), key=len, reverse=True)
    titles = sorted(lexicon.words().get("name_titles", ()), key=len, reverse=True)
    noun_alts = "|".join(re.escape(n) for n in nouns) or "(?!)"
    title_alts = "|".join(re.escape(t) for t in titles) or "(?!)"
    return re.compile(
        rf"^(?P<noun>(?i:(?:urgent[e]?\s*[-:]?\s*)?(?:{noun_alts})))?\s*(?:[-:\u2013\u2014]\s*)?"
        rf"(?i:(?:de|of|for|da|do|du|para|pour)\s+)?(?:(?i:la|el|a|o)\s+)?"
        rf"(?P<title>(?i:{title_alts})\s+)?(?P<name>{_CAP}(?:\s+[A-Z]\.)?)"
        r"\s*(?=$|[,(\u2013\u2014-]|\s+\d)"
    )


_NOT_SUBJECTS = frozenset(
    ["she", "he", "it", "they", "this", "that", "ella", "el", "elle", "il", "ela", "ele"]
    + ["today", "now", "currently", "also", "still", "only", "just", "here", "hoy", "ahora"]
    + ["ya", "actualmente", "aqui", "apenas", "solo", "aun", "todavia", "maintenant", "ici"]
    + ["actuellement", "encore", "hoje", "agora", "ja", "atualmente", "ainda", "so", "who"]
    + ["age", "edad", "idade", "client", "patient", "usted", "voce", "you", "vous", "tu"]
)


@cache
def _not_names() -> frozenset[str]:
    """Words a subject line opens with that name no one: its referral words, "urgent"."""
    nouns = {ffold(n) for n in lexicon.words().get("referral_nouns", ())}
    return _NOT_SUBJECTS | {n.split()[0] for n in nouns} | {"urgent", "urgente", "fwd", "re"}


_STARTS = re.compile(r"\n|(?<=[.!?])[^\S\n]+")
"""Where a sentence or a line starts (the text's start too): the described subject's
pattern is tried there only, not at every position of the note."""


@cache
def _described_subject() -> re.Pattern[str]:
    """A sentence or line opening with one to three capitalised words, a copula
    (`owner_copulas`), an indefinite article, at most four words and an age after a comma,
    "de" / "of" / "aged" or as "N-year-old": "Maria Jose is a trans woman, 28", "Valentina
    es una mujer trans de 25 años", "Inès est une femme trans de 24 ans", "Luana é uma
    mulher trans de 23 anos"."""
    from caseassist.intake.function_words import function_words

    cops = {c for c in lexicon.by_language("owner_copulas") if " " not in c} | {"é"}
    arts = function_words().indefinite_articles
    cop = "|".join(sorted(map(re.escape, cops), key=len, reverse=True))
    art = "|".join(sorted(map(re.escape, arts), key=len, reverse=True))
    return re.compile(
        rf"[^\S\n\-*\u2022]*[\-*\u2022]?[^\S\n]*"
        rf"(?P<name>{_CAP}(?:[^\S\n]{_CAP}){{0,2}})[^\S\n]+(?i:{cop})[^\S\n]+(?i:{art})[^\S\n]+"
        r"(?P<desc>(?:[\w'\u2019-]+[^\S\n]+){0,3}?[\w'\u2019-]+)"
        r"(?:,[^\S\n]*|[^\S\n]+(?:de|of|aged|d'environ)[^\S\n]+)\d{1,2}\b"
    )


@cache
def _origin_subject() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One to three capitalised words opening a sentence, a line or a "that" clause
    (`that_words`), a copula (`owner_copulas`, "é") and at most four words: "Aigerim
    Bekova is a citizen of Kazakhstan", "Ana Lucía Paredes es ciudadana ecuatoriana",
    "que Nguyen Thi Lan est de nationalité vietnamienne", "que Priya Sharma é cidadã
    indiana". (What must stand before the name, and the name with what follows it.)"""
    from caseassist.intake.function_words import function_words

    cops = {c for c in lexicon.by_language("owner_copulas") if " " not in c} | {"é"}
    cop = "|".join(sorted(map(re.escape, cops), key=len, reverse=True))
    that = "|".join(sorted(map(re.escape, function_words().that_words), key=len, reverse=True))
    that = that or "(?!)"
    return re.compile(
        rf"(?P<lead>(?:[.!?\n]|\b(?i:{that}))[^\S\n\-*\u2022]*[\-*\u2022]?[^\S\n]*)$"
    ), re.compile(
        rf"(?P<name>{_CAP}(?:[^\S\n]{_CAP}){{0,2}})[^\S\n]+(?i:{cop})[^\S\n]+"
        r"(?P<desc>(?:[\w'\u2019-]+[^\S\n]+){0,3}[\w'\u2019-]+)"
    )


@cache
def _nationality_stems() -> tuple[str, ...]:
    """The first five letters of each `nationality` word of five or more ("citiz",
    "natio", "ciuda", "cidad"): a cheap gate before the subject pattern."""
    return tuple(sorted({w[:5] for w in lexicon.by_language("nationality") if len(w) >= 5}))


def origin_subject_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) for a name whose sentence says only where the person is from: a
    nationality word (`nationality`) among the four words after the copula. The origin
    reader takes the country; the name it is said of is hers, as a name an age follows is
    ("Aigerim Bekova is a citizen of Kazakhstan"); never one in a sentence naming
    someone else after the copula ("Karim est le patron")."""
    from caseassist.intake.read.segment import tokens

    found: list[tuple[str, int]] = []
    lower = text.lower()
    if not any(stem in lower for stem in _nationality_stems()):
        return found  # (most notes: the subject pattern is not tried at all)
    nationality = lexicon.by_language("nationality")
    others = lexicon.word_sets().other_people
    lead, subject = _origin_subject()
    for m in subject.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        opens = m.start() <= 12 and not before.strip(" \t-*\u2022")
        if not (opens or lead.search(before)):
            continue
        desc = tokens(ffold(m.group("desc")))
        end = min((i for i in map(lambda c: text.find(c, m.end()), ".!?\n") if i >= 0), default=-1)
        rest = tokens(ffold(text[m.end() : end if end >= 0 else len(text)]))
        if nationality.isdisjoint(desc) or not others.isdisjoint(desc + rest):
            continue
        if ffold(m.group("name").split()[0]) in _NOT_SUBJECTS or not _named_subject_ok(
            m.group("name")
        ):
            continue
        found.append((m.group("name"), m.start("name")))
    return found


def _describes_a_person(desc: str) -> bool:
    """The words after the article name a person ("trans woman", "mujer", "femme"), so
    the age after them is the named person's."""
    from caseassist.intake.read.roles import _gender_noun_words

    nouns = _gender_noun_words() | lexicon.by_language("person_nouns")
    return any(w in nouns for w in ffold(desc).split())


def _acts_on_her(rest: str) -> bool:
    """A relative clause after the age takes her as its object ("Pedro es un hombre de 50
    años que la explotaba", "a man of 50 who sold her"): the named man is someone else."""
    from caseassist.intake.function_words import function_words
    from caseassist.intake.read.segment import tokens

    fw = function_words()
    words = tokens(ffold(rest.split(".")[0]))
    return any(
        w in fw.relatives
        and (
            words[i + 1 : i + 2]
            and words[i + 1] in fw.object_clitics
            or any(x in _OBJECTS for x in words[i + 1 : i + 4])
        )
        for i, w in enumerate(words)
    )


_OBJECTS = frozenset(["her", "him"])
"""English object pronouns, which stand after the verb ("who sold her")."""


def _named_subject_ok(name: str) -> bool:
    from caseassist.intake.read.name_set_off import _given_word

    return all(_given_word(w) for w in name.split())


def subject_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) for a sentence whose subject is a name and whose verb gives an age,
    and for a mail's subject line that names whom it is about."""
    found: list[tuple[str, int]] = []
    if any(c.isdigit() for c in text):
        for m in _AGE_SUBJECT.finditer(text):
            if ffold(m.group("name")) not in _NOT_SUBJECTS:
                found.append((m.group("name"), m.start("name")))
        starts = (0, *(m.end() for m in _STARTS.finditer(text)))
        for m in filter(None, (_described_subject().match(text, at) for at in starts)):
            rest = text[m.end() : m.end() + 60].split("\n")[0]
            if (
                _describes_a_person(m.group("desc"))
                and _named_subject_ok(m.group("name"))
                and not _acts_on_her(rest)
            ):
                found.append((m.group("name"), m.start("name")))
    if ":" in text:
        for m in _SUBJECT_LINE.finditer(text):
            rest = m.group("rest").strip()
            v = _subject_lead().match(rest)
            if v is None or ffold(v.group("name").split()[0]) in _not_names():
                continue  # "Subject: Referral", "Asunto: Urgente - mujer"
            initial = " " in v.group("name")  # "Fwd: Amina K. - urgent placement"
            if v.group("noun") or v.group("title") or initial or rest[v.end() :].startswith("("):
                found.append((v.group("name"), m.start("rest") + v.start("name")))
    return found
