"""Whose statement a part set off by commas is about: the person whose noun opens the
phrase, not the name, the age or the relative clause set off after it. "The consular
agent, Mr. Ba, also speaks Pulaar", "su prima, Rosa, que vive en Lima, habla inglés",
"l'infirmière, Mme Caron, parle aussi l'espagnol", "o enfermeiro, Sr. Costa, que fala
espanhol": the language is the agent's, the cousin's, the nurse's, never hers.

One walk serves every reader that meets such a part: a verb right after the comma
(`subject_before_apposition`), a relative right after it (`relative_of_another`), and a
language's own apposition whose relative names who prefers it
(`language_prefer.appositive_preference`, through `names_another`). The walk goes back
over at most `_PARTS_BACK` parts, each one a name (a title and its dot allowed), an age
or a short description, or a relative clause, to the part that opens the phrase; that
part is another person's when its first words name one (`_other_subject`, a helper, a
role in `staff_titles`, "another woman")."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_persons as persons
from caseassist.intake.read.language_kin import _of_her
from caseassist.intake.read.language_owners import _her_nouns
from caseassist.intake.read.quoted_speakers import helper_subject as _helper_subject
from caseassist.intake.read.roles import _other_subject, other_marks

_SUBJECT_STOP = frozenset({",", ";", ".", ":"})
_ANTECEDENT_STOPS = frozenset({",", ";", ".", ":", "(", ")"})
_PARTS_BACK = 3
"""How many parts set off by commas the walk may pass ("her cousin, Amina, 30, who lives
in Leeds, speaks")."""
_NAME_WORDS = 4
"""The most words a name set off may have, its title and the title's dot counted ("el Sr.
Anwar", "M. Diallo")."""
_DESCRIPTION_WORDS = 7
"""The most words a description set off after a name may have when it opens on an
indefinite article ("a Ghanaian man of 29", "un ghanés de 29 años", "une Malienne d'une
quarantaine d'années", "um ganês de 29 anos")."""
_RELATIVE_WORDS = 12
"""The most words a relative clause set off may have ("que vive en Lima con su marido")."""
_HEAD_WORDS = 4
"""How far into the opening part the person's noun may stand ("the consular agent of")."""
_DETERMINERS = frozenset(
    {"the", "el", "la", "le", "l'", "o", "a", "our", "nuestra", "nuestro", "notre"}
    | {"nossa", "nosso"}
)
"""A part opening with one of these is a noun phrase that may be a subject ("El
intérprete,"), not a clause that names a helper ("N'a pas besoin d'interprète,")."""


@cache
def _title_dots() -> frozenset[str]:
    """Words whose dot ends no sentence: a title cut short before a name ("Ofc. Brandt",
    "Enf. Marta", `dot_abbreviations`) and a person's title ("Mr. Ba", "Sra. Gómez", "M.
    Diallo", `person_titles`)."""
    return lexicon.by_language("dot_abbreviations") | lexicon.by_language("person_titles")


def ends_clause(before: list[str], k: int) -> bool:
    """before[k] ends the subject's clause: a stop, but not the dot of a title before a
    name (`_title_dots`)."""
    t = before[k]
    if t != ".":
        return t in _SUBJECT_STOP
    return not (k and before[k - 1] in _title_dots() and k + 1 < len(before))


def _part_start(before: list[str], end: int) -> int:
    """Where the part that ends at `end` starts: after the last stop before it that is no
    title's dot."""
    for k in range(end - 1, -1, -1):
        if before[k] in _SUBJECT_STOP and (before[k] != "." or ends_clause(before, k)):
            return k + 1
    return 0


def _relative_part(part: list[str]) -> bool:
    """A relative clause set off ("who lives in Leeds", "que vive en Lima", "chez qui elle
    vit", "com quem mora")."""
    rel = function_words().relatives
    return len(part) <= _RELATIVE_WORDS and (
        part[:1] != [] and part[0] in rel or (part[1:2] != [] and part[1] in rel)
    )


def _name_or_age_part(part: list[str]) -> bool:
    """A short part that only names or describes the person before it: a name with its
    title ("Mr. Ba", "Sra. Gómez"), an age ("45", "de 50 años") or a short description
    ("a co-worker"), with no subject of its own and no word that would name her."""
    fw = function_words()
    if part[:1] and part[0] in fw.indefinite_articles and len(part) <= _DESCRIPTION_WORDS:
        # "a Ghanaian man of 29", "un ghanés de 29 años": a description of the person before
        # it, whose word for a man or a woman names nobody else
        own = fw.subject_pronouns | fw.writer_words | fw.and_words | _role_nouns()
        return own.isdisjoint(part)
    if not part or len(part) > _NAME_WORDS:
        return False
    own = fw.subject_pronouns | fw.writer_words | fw.and_words | _her_nouns()
    return own.isdisjoint(part)


@cache
def _role_nouns() -> frozenset[str]:
    """Words for her as the one referred ("client", "usuaria"), not a man or a woman."""
    return lexicon.by_language("name_roles")


def set_off_head(before: list[str]) -> list[str] | None:
    """`before` ends at the comma before a verb or a relative. The part that opens the
    phrase, walking back over names, ages and relative clauses set off by commas; None
    when no such part stands right before the comma."""
    end, passed = len(before), 0
    while passed < _PARTS_BACK:
        start = _part_start(before, end)
        part = before[start:end]
        if passed and names_another(part):
            return part  # ("her cousin", before "Amina, who lives in Leeds,")
        if not (_name_or_age_part(part) or _relative_part(part)):
            return part if passed else None
        passed += 1
        if start and before[start - 1] == ":":
            label = before[_part_start(before, start - 1) : start - 1]
            return label if len(label) <= _NAME_WORDS else None  # "Intérprete: Sr. Yonas, que"
        if start == 0 or before[start - 1] != ",":
            return None  # (the phrase opens on the name itself: "Amina, who lives")
        end = start - 1
    return None


def names_another(head: list[str]) -> bool:
    """The opening part's first words name another person ("the consular agent of the
    embassy", "su prima", "l'infirmière", "a minha colega"), and no pronoun of hers
    stands in it."""
    fw = function_words()
    if not head or not fw.subject_pronouns.isdisjoint(head) or not _her_nouns().isdisjoint(head):
        return False
    lead = [t for t in head if t != "-"][:_HEAD_WORDS]  # ("co-worker" is "co worker")
    return (
        _other_subject(lead)
        or _helper_subject(lead)
        or persons.another_of_her_kind(lead)
        or _opens_on_another(lead)
    )


def _opens_on_another(lead: list[str]) -> bool:
    """The phrase opens, past an article, on a word that marks someone else before what it
    names ("another of the workers", "otro de los trabajadores", "un autre ouvrier", "outro
    dos colegas", "the second woman"; `other_person_marks`), not on a time ("otra vez",
    `other_mark_not_person`)."""
    fw = function_words()
    k = 1 if lead[:1] and lead[0] in fw.definite_articles | fw.indefinite_articles else 0
    if k + 1 >= len(lead) or lead[k] not in other_marks():
        return False
    return lead[k + 1] not in lexicon.by_language("other_mark_not_person")


def apposed_to_another(before: list[str]) -> bool:
    """A verb or a relative after the comma that ends `before` is about the person who
    opens the phrase, past its name, age or relative ("The consular agent, Mr. Ba,")."""
    head = set_off_head(before)
    return head is not None and names_another(head)


def relative_about_another(relative: list[str]) -> bool:
    """A relative set off after a noun says what another person does ("the language her
    cousin prefers", "la lengua que prefiere su prima", "la langue que préfère son
    cousin", "a língua que a prima dela prefere"): the nearest subject in it, read back
    from its end, is another person, or a helper."""
    return _other_subject(relative) or _helper_subject(relative)


_ANTECEDENT_REACH = 8
"""How many words back a relative's antecedent may stand, with its modifiers between ("un
compañero de cuadrilla de 22 años, que habla", "a co-worker from the crew, who speaks")."""


def _antecedent(before: list[str]) -> list[str]:
    """The words before a relative's comma that may hold the noun it is about: back to
    the previous stop, at most `_ANTECEDENT_REACH` words."""
    start = max(0, len(before) - _ANTECEDENT_REACH)
    for k in range(len(before) - 1, start - 1, -1):
        if before[k] in _ANTECEDENT_STOPS:
            return before[k + 1 :]
    return before[start:]


def relative_of_another(before: list[str]) -> bool:
    """A relative clause after `before` (which ends at its comma) is about another person:
    the noun before it ("the officer, who speaks"), or the noun that opens the phrase
    before a name or an age set off ("nuestro intérprete, el Sr. Anwar, que habla
    urdu")."""
    who = _antecedent(before)
    return (
        _other_subject(who)
        or len(_of_her(who)) < len(who)  # "la madre de la usuaria, que habla quechua"
        or _helper_subject(who)
        or persons.another_of_her_kind(before)  # "Another woman, 30, who"
        or _head_of_another(set_off_head(before))
    )


def _head_of_another(head: list[str] | None) -> bool:
    """The opening part before a relative's name or age names another person, at its
    start or as the nearest person in it ("she was seen by our officer, Sgt. Malik,
    who")."""
    if head is None:
        return False
    near = _antecedent(head)
    return names_another(head) or _other_subject(near) or _helper_subject(near)


def subject_before_apposition(before: list[str]) -> bool:
    """A verb right after a comma takes its subject from the short parts before it ("The
    nurse, 45, speaks French"; "Su marido, de 50 años, habla árabe"): another person when
    one of the last two parts names one, or when the phrase's opening part does, past a
    name, an age or a relative ("Her cousin, Amina, who lives in Leeds, speaks")."""
    end = len(before)
    for _ in range(2):  # (a long part: "the agent is an older man (~55),")
        start = _part_start(before, end)
        part = before[start:end]
        if len(part) > 6 and (start == 0 or before[start - 1] != ","):
            return persons.opens_with_another(part) or apposed_to_another(before)
        if not part or len(part) > 6:
            break
        if _relative_part(part) and start and before[start - 1] == ",":
            end = start - 1  # ("qui vit chez une amie": the friend is no subject)
            continue
        if (
            _other_subject(part)
            or (part[0] in _DETERMINERS and _helper_subject(part))
            or persons.another_of_her_kind(part)  # "Another woman, 30, speaks Amharic"
        ):
            return True  # (a helper too: "El intérprete, un hablante de farsi,")
        if start == 0 or before[start - 1] != ",":
            return False
        end = start - 1
    return apposed_to_another(before)
