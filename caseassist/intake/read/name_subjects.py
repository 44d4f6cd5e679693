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


def subject_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) for a sentence whose subject is a name and whose verb gives an age,
    and for a mail's subject line that names whom it is about."""
    found: list[tuple[str, int]] = []
    if any(c.isdigit() for c in text):
        for m in _AGE_SUBJECT.finditer(text):
            if ffold(m.group("name")) not in _NOT_SUBJECTS:
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
