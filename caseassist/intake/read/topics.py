"""Whose a clause with no subject of its own is: in her answer, the topic carried over from
the clause before it ("Mi hija tiene fiebre, necesita un médico": the daughter; in a note
such a verb is hers as often: "A família vendeu-a, não quer que os contactem"), a pronoun
taking up a person set apart before it ("Mais son fils, il a besoin d'un médecin"), who a
third-person pronoun means in an answer in the first person ("Non, moi ça va. Ma sœur, elle, a besoin d'un docteur":
the sister), and the subject a cleft names after its verb ("Quem precisa de médico é o
meu filho", "Who needs a doctor is my son").

The words are the lexicon's: `first_person_words`, `third_singulars` (she / elle / ela),
`subject_leads` (words before a subject noun: "but", articles),
`third_objects` ("con ella": the topic taken up after the statement, so its subject
is someone else), `cleft_who` (who / quem / quien); the person words are `roles`' own."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.bracket_owner import label_of_others, other_group
from caseassist.intake.read.relatives import relative_of_other
from caseassist.intake.read.roles import (
    _SURVIVOR_SUBJECTS,
    _gender_noun_words,
    _kin_adjectives,
    _other_subject,
    _others,
    mark_reach,
    marked_as_other,
    other_marks,
)
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.set_apart import (
    before_age,
    describes_before_verb,
    owner_after,
    past_telling,
)

SURVIVOR, OTHER, NONE = "survivor", "other", ""


@cache
def _first_person() -> frozenset[str]:
    """The speaker's own subject words: "je", "moi", "necesito", never "my / ma / meu"."""
    words = {t for w in lexicon.by_language("first_person_words") for t in tokens(w)}
    return frozenset(words - lexicon.word_sets().possessives)


@cache
def _third_singulars() -> frozenset[str]:
    return lexicon.by_language("third_singulars")


@cache
def _cleft_who() -> frozenset[str]:
    return lexicon.by_language("cleft_who")


@cache
def _people() -> frozenset[str]:
    """Other people's words and the gender nouns (built once: the union cost 60 us a call)."""
    return _others(True) | _gender_noun_words()


@cache
def _pronoun_or_el() -> frozenset[str]:
    return _third_singulars() | {"el"}


@cache
def _leads() -> frozenset[str]:
    return lexicon.by_language("subject_leads") | lexicon.word_sets().possessives


def _subject(group: list[str], *, answer: bool) -> str:
    """Who one clause's subject is, read only where a subject stands: its first words
    ("but her son ...", "ma sœur"), not a person after a verb ("quiere un abogado").
    SURVIVOR, OTHER, or NONE (none there; a pronoun "she" in an answer is NONE: carried)."""
    if group and group[0] in _cleft_who():
        return OTHER if cleft_other(group[:1], group[1:]) else NONE
    if answer and not _first_person().isdisjoint(group):
        return SURVIVOR  # "moi je vais bien"
    people = _people()
    possessives = lexicon.word_sets().possessives
    past = -1  # up to here, a partitive after a mark of another ("otro de los trabajadores")
    for i, w in enumerate(group[:6]):
        if i <= past:
            continue
        if w in other_marks():
            past = mark_reach(group, i) - 1
            continue
        if i >= 4 and past < 0:
            break
        if w in _third_singulars() and answer:
            return NONE  # "elle": who she is is said before it
        if w in _SURVIVOR_SUBJECTS:
            return SURVIVOR
        if w in people:
            owned = i > 0 and (
                group[i - 1] in possessives
                or _genitive(group, i - 1)  # "the client's sister"
                or group[i - 1] in _kin_adjectives()
                or marked_as_other(group, i)  # "the second woman", "otra de las mujeres"
            )
            # "a mother" describes her; "her mother", "the boss", "su hija" are someone else,
            # and so is a man acting on her ("un hombre la obliga a vender y ...")
            on_her = group[i + 1 : i + 2] and group[i + 1] in lexicon.by_language("her_clitics")
            return OTHER if owned or on_her or w not in _gender_noun_words() else SURVIVOR
        if w not in _leads() and w not in _kin_adjectives() and not _genitive(group, i):
            return NONE
    return NONE


def _genitive(group: list[str], i: int) -> bool:
    """`group[i]` is (the end of) an English genitive owning the noun after it ("client's",
    "client' s"): a possessive."""
    w = group[i]
    if w[-1:] == "'":
        return group[i + 1 : i + 2] == ["s"]
    return (w.endswith("'s") and len(w) > 2) or (w == "s" and i > 0 and group[i - 1][-1:] == "'")


_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def carried_other(
    sentence_before: str, before: list[str], clause: list[str], *, answer: bool
) -> bool:
    """Whether a statement whose clause names no subject before it (`before`) is about
    another person by the topic of the clauses before it in its sentence
    (`sentence_before`, folded). In an answer a third-person pronoun is carried too:
    the speaker says "I" of herself."""
    told = sentence_before.rsplit(":", 1)[-1].replace(";", ",")
    groups = [g.split() for g in told.split(",") if g.split()]
    if relative_of_other(groups, before):
        return True  # "vino con su hijo, que tiene una herida": the son's
    if (
        before
        and before[0] in _third_singulars()
        and groups
        and (_dislocated(groups[-1]) or _set_apart_subject(groups, []))
    ):  # (or set apart with a description: "My friend Ama, who worked with me, she wants")
        return True  # "Mais son fils, il a besoin d'un médecin": "il" is the son
    if before[:1] and before[0] in _pronoun_or_el() and _left_out(told):
        return True  # "le frère n'est pas concerné par ce signalement, il a un logement"
    # (a subject-less run of words up to the statement, however long: "la empleadora (45 a)
    # tiene su pasaporte", "her daughter (6) has a fever and needs a doctor")
    bare = not before or _subject(before, answer=False) == NONE
    aside = _TRAILING_ASIDE.search(told) if bare else None
    if aside and (last := told[: aside.start()].split(",")[-1].split()) and _cut_other(last):
        return True  # "la empleadora (45 a) tiene su pasaporte": the aside cut the clause
    if aside and "," in aside.group() and other_group(last):
        return True  # "les trois autres ouvriers (sénégalais, 19 à 30 ans) sont hébergés"
    if (not before or _verb_only(before)) and label_of_others(sentence_before):
        return True  # "Outros filhos: 1 (menina de 5 anos, fica com a avó)": the child's
    if (not before or _verb_only(before)) and _joined_to_other(groups):
        return True  # "Her son has a fever and needs a doctor tonight": the son's
    if (
        before[-1:]
        and before[-1] in function_words().and_words
        and _joined_to_other([*groups, before])
    ):
        return True  # "Her colleague is 29, pregnant and wants to go home": the colleague's
    if not answer:
        # in a note a verb with no subject is hers as often ("vendeu-a, não quer"), bar one
        # after a person set apart at the sentence's start ("O outro, o mais velho, só quer")
        return _set_apart_subject(groups, before)
    own = _subject(before, answer=answer) if before else NONE
    if own != NONE:
        return False  # (a subject of its own: `roles._other_subject` has read it)
    if answer and not _first_person().isdisjoint(clause):
        return False  # "mi hijo está conmigo, necesito un médico"
    if not lexicon.by_language("third_objects").isdisjoint(clause[len(before) + 1 :]):
        return False  # "su hija vive en Guayaquil, quiere hablar con ella": she is the topic

    # the clauses before it, back to a colon (a label or a speaker is no topic): past a bare
    # "elle", and past up to two clauses with no subject of their own in a first-person
    # answer, which go on with the same topic ("Quem toma é a minha filha, tem asma, usa a
    # bombinha e a bombinha já acabou": all the daughter's)
    passed = 0
    for group in reversed(groups):
        who = _subject(group, answer=answer)
        if who:
            return who == OTHER
        if answer and _third_singulars().intersection(group[:1]):
            continue
        passed += 1
        if passed > 2 or not _first_person().isdisjoint(group):
            return False
    return False


def _joined_to_other(groups: list[list[str]]) -> bool:
    """The clause before ends on "and" (`and_words`) and opens on another person: a verb
    joined to it with no subject of its own shares that subject, in a note as in an answer
    ("Her son has a fever and needs a doctor", "Mi hija tiene fiebre y necesita un médico",
    "Son fils a faim et n'a pas mangé", "O filho tem febre e precisa de médico"), or ends a series whose first part does ("Her
    colleague is 29, pregnant and wants to go home": the parts with no subject go back to it)."""
    if not groups or len(groups[-1]) < 2 or groups[-1][-1] not in function_words().and_words:
        return False
    last = [*groups[:-1], groups[-1][:-1]]
    for group in reversed(last):  # a series: "Her colleague is 29, pregnant and wants to"
        who = _subject(past_telling(group), answer=False)  # ("dijo que la patrona ... y")
        if who != NONE:
            return who == OTHER
        if len(group) > 3 or not _first_person().isdisjoint(group):
            return False  # (short, no "I": not "así que no están seguras y", "tengo asma y")
    return False


def _left_out(told: str) -> bool:
    """The clauses before name someone as not part of the referral (`not_referred`: "is
    not part of this referral", "n'est pas concerné", "no forma parte", "não faz parte"):
    a pronoun after them in the sentence takes that person up."""
    return lexicon.phrase_regex("not_referred").search(told) is not None


def _source_lead(group: list[str]) -> bool:
    """A comma-set part that only names whose account the sentence is (`source_leads`:
    "according to the client", "según la usuaria", "selon la victime", "segundo a
    utente"): no part of who the sentence is about, so a person set apart after it still
    opens the sentence."""
    return lexicon.phrase_regex("source_leads").match(" ".join(group)) is not None


def _set_apart_subject(groups: list[list[str]], before: list[str]) -> bool:
    """The sentence opens with another person set apart by commas, then only descriptions
    of them (`set_apart.describes_before_verb`: "the older man", "12", "who works there
    too"), and the clause names no subject of its own: the person is its subject ("The
    other one, the older man, only wants to go home"; "Her son, 12, wants to go back")."""
    if groups and _source_lead(groups[0]):
        groups = groups[1:]  # "According to the client, her sister, who ..., is in danger"
    if not groups:
        return False
    first = past_telling(groups[0])
    if _named(first):
        first = first[:-1]  # "Her daughter Ana, 6, has a fever": the daughter, named
    first = before_age(first)  # "Su nieta de 6 años, que está con ella, necesita..."
    if not (
        _set_apart(first)
        or _staff_set_apart(first, groups[1:2])
        or _other_phrase(first)
        or owner_after(first, _others(True))
        or _marked_other(first)
    ):
        return False
    if len(groups) > 1 and _name_set_off(groups[1]):
        groups = groups[1:]  # "A filha dela, Ana, 6 anos", "L'employeuse, Mme Vasseur, est..."
    if any(w in _SURVIVOR_SUBJECTS or w in _others(True) for w in before):
        return False
    # (or a relative clause, an age: "Her sister, who works there too, wants to go home")
    rest = groups[1:]
    if (
        len(rest) > 1
        and rest[-1][-1] in function_words().and_words
        and _subject(rest[-1], answer=False) == NONE
        and rest[-1][0] not in _SURVIVOR_SUBJECTS
    ):
        rest = rest[:-1]  # "Sa cousine, qui ..., ne parle que le tigrigna et aura besoin"
    return all(describes_before_verb(g, _leads()) or _own_predicate(g) for g in rest)


def _staff_set_apart(group: list[str], after: list[list[str]]) -> bool:
    """A staff title after at most a determiner, its name set off after it (`staff_titles`:
    "La intérprete, Sra. Ruiz, está embarazada", "The nurse, Ms Obi, has a cold"): the staff
    member, named, is the subject; a title alone may be hers in a transcript's label."""
    k = next((i for i, w in enumerate(group) if w not in _leads()), len(group))
    title = " ".join(group[k:])
    return (
        0 < k <= 2
        and title in lexicon.by_language("staff_titles")
        and bool(after)
        and _name_set_off(after[0])
    )


def _marked_other(group: list[str]) -> bool:
    """A short noun phrase marked as someone else (`other_marks` after at most an article:
    "another worker", "a second crew member", "otra trabajadora", "une autre ouvrière"),
    set apart at the sentence's start: another person, whatever the noun."""
    k = next((i for i, w in enumerate(group[:2]) if w in other_marks()), -1)
    nouns = group[mark_reach(group, k) :] if k >= 0 else []
    return (
        k >= 0
        and all(w in _leads() for w in group[:k])
        and 1 <= len(nouns) <= 2
        and all(w.isalpha() and w not in _leads() and w not in _SURVIVOR_SUBJECTS for w in nouns)
    )


def _own_predicate(group: list[str]) -> bool:
    """A comma-set part with no subject of its own, after the set-apart person: the same
    person goes on ("Her cousin, Agus, 19, speaks Sundanese only, wants to go home")."""
    return (
        len(group) <= 5
        and _subject(group, answer=False) == NONE
        and not any(w in _SURVIVOR_SUBJECTS for w in group)
        and _first_person().isdisjoint(group)
    )


def _name_set_off(group: list[str]) -> bool:
    """A name set off after a person, alone or after a title (`person_titles`: "Ana",
    "Mme Vasseur", "Mrs Osei")."""
    if len(group) == 2 and group[0].rstrip(".") in lexicon.by_language("person_titles"):
        group = group[1:]
    return len(group) == 1 and _name_like(group[0])


def _name_like(word: str) -> bool:
    """A word that may be a person's name after a word for her or him: no person word,
    lead, pronoun or short word ("Ana", not "too")."""
    return (
        len(word) > 2
        and word.isalpha()
        and word not in _people()
        and word not in _leads()
        and word not in _SURVIVOR_SUBJECTS
    )


def _named(group: list[str]) -> bool:
    """A word for another person with a name after it ("her daughter ana", "su hijo
    pedro"): the person, named."""
    return 3 <= len(group) <= 5 and group[-2] in _others(True) and _name_like(group[-1])


def _set_apart(group: list[str]) -> bool:
    """A clause that is only another person, in a note: a word for a person describes
    her unless a possessive owns it ("Young woman, has a fever" is hers; "Her mother, 50,
    wants to go home" is not)."""
    if not _dislocated(group):
        return False
    owned = len(group) > 1 and (
        group[-2] in lexicon.word_sets().possessives or marked_as_other(group, len(group) - 1)
    )
    return owned or group[-1] not in _gender_noun_words()


def _other_phrase(group: list[str]) -> bool:
    """A clause that is only a person word of several words ("el otro", "the other one")."""
    if len(group) > 4:
        return False
    others = _others(True)
    return any(
        " ".join(group[k:end]) in others and all(w in _leads() for w in group[:k])
        for k in range(len(group))
        for end in (len(group), len(group) - 1)
        if end - k >= 2 and (end == len(group) or group[-1] == "one")
    )


def _cut_other(group: list[str]) -> bool:
    """The words an aside cut from their verb are another person: only that person
    ("la empleadora (45 a)"), or a short phrase naming someone else with no subject of her
    own ("client's sister (in Riverside)", "la hermana de la usuaria (sigue en Almería)")."""
    return _dislocated(group) or (
        len(group) <= 6
        and _subject(group, answer=False) == OTHER
        and _other_subject(tokens(" ".join(group)))  # ("client's": "client'", "s")
    )


def _verb_only(before: list[str]) -> bool:
    """The words before a statement in its clause name no subject ("sont", "están")."""
    return len(before) <= 2 and _subject(before, answer=False) == NONE


def _dislocated(group: list[str]) -> bool:
    """A clause that is only another person ("mais son fils", "my daughter"): the topic a
    pronoun right after it takes up."""
    return (
        len(group) <= 4
        and group[-1] in _people()
        and _subject(group, answer=False) == OTHER
        and all(w in _leads() or w in _kin_adjectives() for w in _past_mark(group[:-1]))
    )


def _past_mark(lead: list[str]) -> list[str]:
    """The words before a person's noun without its mark of another and the partitive
    after it ("the other little", "otro de los": "the", "little")."""
    k = next((i for i, w in enumerate(lead) if w in other_marks()), -1)
    return lead if k < 0 else lead[:k] + lead[mark_reach(lead, k) :]


def cleft_other(before: list[str], after: list[str]) -> bool:
    """A clause opening with "who" that names another person after the statement ("Quem
    precisa de médico é o meu filho", "Who needs a doctor is my son")."""
    if not before or before[-1] not in _cleft_who():
        return False
    if any(w in _SURVIVOR_SUBJECTS or w in _others(True) for w in before):
        return False  # "the man who ...", "la que": someone named before it
    return _other_subject(after[-5:])
