"""Police and clinical sex marks ("F, approx 30", "(M)", "30F", "Pcte F, 31a", "Vict. :
H, 41 ans"): a vote for her sex unless the words before name someone else."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.demonym_heads import marked_other
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.value_owner import described_other

_SEX_MARK_SRC = (
    r"(?:^|[(,;:]|\b(?:client|cl|pt|pte|pac|patient|paciente|patiente|utente)\.? )"
    r"\s?(?P<a>f|m|h|fem|masc)\.?\s?(?=[,)]|\s(?:approx\s|~\s?)?\d|\.?$)"
    r"|\b\d{1,2} ?(?:y o |yo |yrs? (?:old )?|years? old )?(?P<b>f|m)(?=\s?[,.;)]|$)"
    r"|\b\d{1,2} ?(?:y o |yo |yrs? (?:old )?|years? old )(?P<d>f|m) (?=from|of|originaire|natural|born)\b"
    r"|(?:^|[(,;:]|\b(?:client|cl|pt|pte|pac|patient|paciente|patiente|utente|survivor|victim|"
    r"referral|re|usuaria|usuario)\.? )\s?\d{2}(?P<c>f|m)\b"
)


def _sex_mark_regex() -> re.Pattern[str]:
    """The sex marks, with each folder's words for the person that may stand right before
    a mark (`sex_mark_leads`: "pcte", "vict", "usu"; and `person_nouns`, `name_roles`:
    "Jovem F, 19a", "Pcte F, 31a", "Vict. : H, 41 ans")."""
    leads = lexicon.by_language("sex_mark_leads") | lexicon.by_language("person_nouns")
    leads |= lexicon.by_language("name_roles")
    words = sorted((w for w in leads if w.strip() and " " not in w), key=len, reverse=True)
    extra = "|".join(re.escape(w) for w in words)
    src = _SEX_MARK_SRC.replace("(?:client|", f"(?:{extra}|client|", 1) if extra else _SEX_MARK_SRC
    return re.compile(src)


_SEX_MARK = lexicon.Lazy(_sex_mark_regex)
"""A police or clinical sex mark: "F, approx 30", "(M)", "M/25", "30F", "30 y/o F";
a glued "34F" where a description opens ("Client 34F from Vietnam", "Re: 19M Afghan")."""


_DIGIT_FM = re.compile(r"(?=[0-9mfh])(?:\d[fm]\b|\b(?:masc|fem)\b|^h\b)")
"""Marks a sentence may hold besides a lone "f" / "m" ("30F", "masc."): worth a look.
(Each opens with a digit, "m", "f" or "h": the lookahead skips other places at once.)"""


def _sex_marks(sent_folded: str, votes: dict[str, int]) -> None:
    for m in _SEX_MARK.finditer(sent_folded):
        at = m.start() + (sent_folded[m.start() : m.start() + 1] in ("(", ":"))
        before = tokens(sent_folded[:at])  # (with its opening bracket or label colon)
        if _other_subject(before[-10:]) or described_other(before) or marked_other(before):
            continue  # "Spouse: M, 31", "the recruiter (F, ~45)", "Other victims: 1 (M, 22)"
        mark = m.group("a") or m.group("b") or m.group("c") or m.group("d")
        if mark == "m" and _feminine_after(sent_folded, m.end()):
            continue  # "Pcte M ~35a, rumana", "M 19a, paraguaya": "M" for "mujer", "mulher"
        gender = "female" if mark in ("f", "fem") else "male"
        votes[gender] = votes.get(gender, 0) + 1


_AFTER_MARK = 6
"""How many words after a sex mark still describe the person it marks."""


def _feminine_after(sent_folded: str, end: int) -> bool:
    """A feminine demonym or a word for a woman among the few words after a mark: "M" is
    male in en and fr notes, a woman ("mujer", "mulher") in es and pt ones, so the words
    after it tell which; they disagree with a male "M"."""
    ws = lexicon.word_sets()
    genders = lexicon.demonym_genders()
    after = tokens(sent_folded[end:])[:_AFTER_MARK]
    countries = lexicon.country_names()  # "Eritrea" is a place, not "eritrea" (pt) of her
    return any(
        (genders.get(t) == "female" and t not in countries) or t in ws.gender_female for t in after
    )
