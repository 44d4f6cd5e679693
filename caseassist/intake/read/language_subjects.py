"""Whose language a language verb names: hers, or another person's ("her husband speaks
Arabic", "our promotora speaks Mixteco"), or in a note the writer's ("I speak a little
Spanish")."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_owners as owners
from caseassist.intake.read import language_persons as persons
from caseassist.intake.read.language_appositions import (
    ends_clause,
    relative_of_another,
    subject_before_apposition,
)
from caseassist.intake.read.language_bare_kin import bare_kin_subject, group_member_subject
from caseassist.intake.read.language_companions import _without_companions
from caseassist.intake.read.language_descriptors import a_body_of_speakers
from caseassist.intake.read.language_kin import _of_her, _they_subject, named_officials_bracket
from caseassist.intake.read.language_prefer import asked_of_us
from caseassist.intake.read.language_words import _SPOKEN_VERBS
from caseassist.intake.read.language_wordsets import _phrase_at
from caseassist.intake.read.quoted_speakers import helper_subject as _helper_subject
from caseassist.intake.read.quoted_speakers import quote_lead
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import tokens

_SUBJECT_STOP = frozenset({",", ";", ".", ":"})


def _about_another(before: list[str], *, answer: bool, own_turn: bool = False) -> bool:
    """The words before a language (up to a comma; a bracket or "but" goes on with the
    same subject: "an advocate (who speaks French)", "I speak Spanish but no Tagalog")
    make it someone else's: another person, or in a note the writer; in her own turn of a
    transcript (`own_turn`), "she / he" right after words naming another person ("Caller:
    my roommate is stuck too, she's seventeen. She speaks Portuguese, I don't")."""
    cut, bare = _clause_start(before)
    clause = _without_companions(_of_her(_saxon_genitive(bare)))
    if _in_anothers_bracket(before):
        return True  # "una vecina (ella habla inglés)": the neighbour's
    if persons.pronoun_of_opening_person(before, before[cut:]):
        return True  # "his sister (28) is the one who called, she speaks English"
    if bare_kin_subject(before, cut, clause):
        return True  # "Mother speaks only Arabic": her mother, the possessive dropped
    if a_body_of_speakers(clause):
        return True  # "la asociación de mujeres de habla árabe": the body's
    if group_member_subject(clause):
        return True  # "Two other crew were found; one speaks only Cebuano"
    if not answer and persons.label_names_another(before, clause):
        return True  # "Capitán: aprox. 60 a., habla inglés": the line is the captain's
    if cut > 1 and before[cut - 1] == "," and owners.elliptic_part(before[:cut], clause):
        return _about_another(before[: cut - 1], answer=answer, own_turn=own_turn)  # "not Creole"
    if clause[:1] and clause[0] in function_words().relatives and cut > 1:
        return relative_of_another(before[: cut - 1])  # "the officer, who speaks"
    if _headless_relative(clause):
        return True  # "el que hablaba italiano era su compañero": whoever it is, not said
    if (
        cut > 1
        and before[cut - 1] == ","
        and _subject_left(clause, apposition="," in before[: cut - 1])
    ):
        return subject_before_apposition(before[: cut - 1])  # "The nurse, 45, speaks"
    return (
        _other_subject(clause[-8:])
        or _helper_subject(clause[-8:])
        or _relative_in_subject(clause)
        or persons.another_of_her_kind(clause)
        or (not answer and _writer_subject(clause) and not _her_quote(before))
        or owners.generic_subject(clause)
        or (own_turn and _third_person_subject(clause) and _after_another(before[:cut]))
        or (answer and _they_subject(clause))
    )


def _relative_in_subject(clause: list[str]) -> bool:
    """The clause opens on another person right before a relative ("Her classmate who
    walked her to my office is 14 and speaks Spanish", "la amiga que la trajo habla
    inglés"): the relative's words ("her") are not the verb's subject, the person is."""
    rel = function_words().relatives
    at = next((k for k, t in enumerate(clause) if t in rel), 0)
    return at > 0 and _other_subject(clause[at - 1 : at]) and _other_subject(clause[:at])


def takes_up_another(prev: str, sentence: str) -> bool:
    """In her own turn, a sentence opening on "she / he" right after one that opens on
    another person ("My roommate's stuck too. She speaks Portuguese, I don't"): that
    person's, not hers (both sentences folded)."""
    toks = tokens(sentence)
    return _third_person_subject(toks[:3]) and _after_another(tokens(prev))


def _after_another(before: list[str]) -> bool:
    """The sentence before opens on another person ("my roommate's stuck in it too, she's
    only seventeen."): a "she" after it, in her own turn, takes that person up."""
    ends = {".", "!", "?", ":"}
    while before and before[-1] in ends:
        before = before[:-1]
    stops = [k for k, t in enumerate(before) if t in ends]
    prev = before[stops[-1] + 1 if stops else 0 :][:3]
    return _other_subject([t.rstrip("'") if len(t) > 2 else t for t in prev])  # "roommate's"


def _third_person_subject(clause: list[str]) -> bool:
    """The nearest subject pronoun before the verb is "she / he" (in her own turn: someone
    else, as her ages are: `speakers.her_turns`)."""
    fw = function_words()
    for t in reversed(clause):
        if t in fw.writer_words:
            return False
        if t in fw.subject_pronouns:
            return t in fw.she_or_he
    return False


def _her_quote(before: list[str]) -> bool:
    """The verb stands inside a quote (an open quote mark before it) whose clause before
    the quote names no other person ('he said "I prefer English"', 'elle dit « je préfère
    le français »'): the "I" is hers, quoted, not the writer's ('the officer said "I
    speak Spanish"' is the officer's)."""
    lead = quote_lead(before)
    return lead is not None and not (
        _other_subject(lead) or _helper_subject(lead) or _writer_subject(lead)
    )


def _clause_start(before: list[str]) -> tuple[int, list[str]]:
    """Where the verb's clause starts, and its words without the closed brackets in it:
    a bracket describing the subject neither cuts it off nor stands for it ("Acompanhante
    (prima, 25a) fala francês", "The boss (male, 40) speaks Wolof": theirs), unless it
    names another person itself ("The caller (her sister) speaks")."""
    if "(" not in before:  # (the common case, kept as cheap as before)
        cut = max([k + 1 for k, t in enumerate(before) if ends_clause(before, k)] or [0])
        return cut, before[cut:]
    spans: list[tuple[int, int]] = []
    opens: list[int] = []
    for k, t in enumerate(before):
        if t == "(":
            opens.append(k)
        elif t == ")" and opens:
            spans.append((opens.pop(), k))
    closed = {k for at, end in spans for k in range(at, end + 1)}
    stops = [k + 1 for k, t in enumerate(before) if ends_clause(before, k) and k not in closed]
    cut = max(stops or [0])
    hidden = {
        k
        for at, end in spans
        if at >= cut
        and not (_other_subject(before[at + 1 : end]) or _helper_subject(before[at + 1 : end]))
        for k in range(at, end + 1)
    }
    return cut, [t for k, t in enumerate(before[cut:], cut) if k not in hidden]


_VERB_LEADS = lexicon.Words(set(), "language_verb_leads")
"""Words that stand between a subject and its language verb and are no subject themselves
("only", "just", "ne", "solo", "só"): a part of only these leaves the subject before it."""


def _subject_left(clause: list[str], *, apposition: bool = False) -> bool:
    """The verb's subject stands before the comma: nothing between ("The nurse, 45,
    speaks"), or only verbs joined by "and" with no subject of their own ("o irmão, 26
    anos, mora em Santos e fala português": the brother's), or only words such as "only"
    when the subject has an apposition (`apposition`: "The caller, a co-worker, only
    speaks"; not "Dona Cida é brasileira, só fala português", a clause of its own)."""
    if not clause or set(clause) <= function_words().indefinite_articles:
        return True  # "The interpreter, a Farsi speaker,"
    if set(clause) <= owners._elliptic_words() | _VERB_LEADS.all() | _SPOKEN_VERBS:
        return apposition  # "The caller, a co-worker, only speaks"; "Sa tante, chez qui elle vit, parle surtout"
    if (
        not function_words().and_words & set(clause)
        or function_words().subject_pronouns & set(clause)
        or function_words().writer_words & set(clause)
    ):
        return False
    return not (_other_subject(clause) or _helper_subject(clause))


_HEADLESS = lexicon.Words(set(), "language_headless_relatives")
"""A relative with no noun opening a clause ("the one who spoke Italian was his mate"):
the speaker is named only after the language, so the language is not said to be hers."""


@cache
def _headless_forms() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The relatives' last words (a cheap test first) and their words."""
    forms = tuple(tuple(h.split()) for h in _HEADLESS.all())
    return frozenset(f[-1] for f in forms if f), forms


def _headless_relative(clause: list[str]) -> bool:
    """The clause is only such a relative, after at most an "and"."""
    lasts, forms = _headless_forms()
    if not clause or clause[-1] not in lasts:
        return False
    for f in forms:
        n = len(f)
        if tuple(clause[-n:]) == f and set(clause[:-n]) <= function_words().and_words:
            return True
    return False


def _saxon_genitive(clause: list[str]) -> list[str]:
    """Read "the girl's mother" as "the girl her mother": a relative of someone is another
    person (the tokens split "girl's" into "girl'" and "s")."""
    if "s" not in clause:
        return clause
    return [
        "her" if t == "s" and k and clause[k - 1].endswith("'") else t for k, t in enumerate(clause)
    ]


def _writer_subject(clause: list[str]) -> bool:
    """The nearest subject pronoun before a language verb is the writer's ("I speak a
    little Spanish", "on parle"), not hers ("I think she speaks Arabic")."""
    for k in range(len(clause) - 1, -1, -1):
        t = clause[k]
        if t in function_words().writer_words and not told_us(clause, k):
            return not asked_of_us(clause[: k + 1])  # not "asked that we speak English"
        if t in function_words().subject_pronouns:
            return False
    return False


_OBJECT_WRITERS = lexicon.Words(set(), "language_object_writers")


_TOLD = lexicon.Words(set(), "language_told_verbs")


def told_us(clause: list[str], k: int) -> bool:
    """The writer's word at clause[k] is the object of a verb of telling, not a subject:
    "disse-nos que fala igbo", "nos dijo que habla igbo", "elle nous a dit", "Rosa nous a
    parlé en anglais" (the object pronoun, `language_object_writers`, joined to the verb
    by a hyphen or beside it, `language_told_verbs`)."""
    if clause[k] not in _OBJECT_WRITERS.all():
        return False
    prev = clause[k - 1] if k else ""
    return prev == "-" or prev in _TOLD.all() or bool(_phrase_at(clause, k + 1, _TOLD, 2))


_BRACKET_REACH = 12
"""How far before a bracket the person it describes may be named ("Dana, youth outreach
worker at the drop-in on 5th St (she speaks English and Spanish)")."""


def _in_anothers_bracket(before: list[str]) -> bool:
    """A language verb inside a bracket opened right after another person is that
    person's ("Llama una vecina (ella habla inglés", "the man who brought her in (says he
    is her boyfriend, approx 27, speaks English"), unless the bracket names her by a noun
    ("a neighbour called (the woman speaks only Spanish"): a pronoun there is the
    person just named, not the survivor."""
    opened = owners.open_bracket(before)
    if opened is None:
        return False
    if named_officials_bracket(before, opened):
        return True  # "Inspector: J. Whitcombe (English only - ...)"
    inside = _without_companions(before[opened + 1 :])
    if _other_subject(inside) or _helper_subject(inside) or persons.another_of_her_kind(inside):
        return True
    pre = before[max(0, opened - _BRACKET_REACH) : opened]
    pre = _without_companions(
        pre[max([k + 1 for k, t in enumerate(pre) if t in _SUBJECT_STOP] or [0]) :]
    )
    another = _other_subject(pre) or _helper_subject(pre) or persons.another_of_her_kind(pre)
    if owners.names_her(inside) and not persons.describes_before(inside):
        # (not "le patron (homme, ~40 ans, parle": the patron described); a caller word
        # after another person is that person ("friend of PV (caller = Lorna, speaks")
        return another and owners.names_her_only_as_caller(inside)
    return another


_ROLE_REACH = 5
"""How many words a bracket's opening may hold and still only name a role ("mediador",
"the mediator from the NGO")."""


def past_anothers_bracket(prev: str, sentence: str) -> str:
    """A sentence cut at a ";" inside a bracket opened after another person ("Abdul
    (mediador; fala inglês e hauçá)"): the words up to its ")" still describe that person,
    so only what follows is read for her; not when they name a subject of their own
    ("(mediador; ela fala edo)"). Both folded."""
    close = sentence.find(")")
    if close < 0 or "(" in sentence[:close] or prev.count("(") <= prev.count(")"):
        return sentence
    fw = function_words()
    before = tokens(prev)
    inside = before[len(before) - before[::-1].index("(") :]
    mine = fw.subject_pronouns | owners._her_nouns()
    if len(inside) > _ROLE_REACH or not mine.isdisjoint(inside + tokens(sentence[:close])):
        return sentence  # ("(la intérprete también habla cantonés, pero él solo habla")
    if not _in_anothers_bracket(before):
        return sentence
    return " " * (close + 1) + sentence[close + 1 :]
