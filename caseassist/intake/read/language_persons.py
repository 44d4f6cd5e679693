"""The person a language clause is about, when the words that say it are not the verb's
nearest subject: a noun that would name her after "another" ("another woman at the
location, Russian-speaking"), a bracket that describes the person before it ("le patron
(homme, ~40 ans, parle wolof)"), a part that opens with another person and goes on
through commas to a verb with no subject of its own ("the agent is an older man (~55),
speaks Hindi"), and a line whose label is another person ("Capitán: aprox. 60 a.,
habla inglés"). `language_subjects._about_another` asks these; each returns True only
when the clause is someone else's, so a miss here leaves the older reading as it was."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.gender_asides import acts_on_her
from caseassist.intake.read.language_bare_kin import is_kin, label_head
from caseassist.intake.read.language_owners import _her_nouns
from caseassist.intake.read.language_wordsets import _SPOKEN
from caseassist.intake.read.roles import _other_subject

_ANOTHER = lexicon.Words(set(), "another_person_words")
"""Words that make a noun which would name her someone else ("another woman", "otra
mujer", "une autre femme", "outra moça")."""

_COPULAS = lexicon.Words(set(), "language_copulas")
"""Verbs that make the noun after them say what the subject is ("the agent is an older
man"), not name someone else."""

_QUOTES = frozenset({'"', "'", "«", "»", "“", "”", "`"})
"""Subject pronouns: a part holding one has a subject of its own (not "él": once folded
it is the article "el")."""
_ADJECTIVE_SLOTS = 2
"""How many words may stand between an article and the noun ("an older man", "une autre
jeune femme")."""


@cache
def _acting_nouns() -> frozenset[str]:
    """Nouns for one or more people who may have acted on her (`their_members`: "men",
    "hombres", "hommes", "homens"; the gender words)."""
    ws = lexicon.word_sets()
    return lexicon.by_language("their_members") | ws.gender_male | ws.gender_female


def _acted_on_by(clause: list[str]) -> bool:
    """A person noun in `clause` opens a relative clause whose object is her, read up to
    a language verb ("the men who exploited him speak"; `gender_asides.acts_on_her`)."""
    for k, t in enumerate(clause):
        if t in _acting_nouns():
            end = next((j for j in range(k + 1, len(clause)) if clause[j] in _SPOKEN), None)
            if acts_on_her(clause[:end], k) or _him_after_relative(clause[k + 1 : end]):
                return True
    return False


def _him_after_relative(after: list[str]) -> bool:
    """`language_relative_objects` ("o", "os") right after a relative within reach of the
    noun ("um dos homens que o explorava")."""
    rel, objects = lexicon.by_language("relative_pronouns"), _RELATIVE_OBJECTS.all()
    at = next((j for j, t in enumerate(after[:4]) if t in rel), None)
    return at is not None and after[at + 1 : at + 2] != [] and after[at + 1] in objects


_RELATIVE_OBJECTS = lexicon.Words(set(), "language_relative_objects")


def another_of_her_kind(clause: list[str]) -> bool:
    """The nearest noun that would name her, within eight words back, follows one of
    `another_person_words` ("another female at the location", "la otra mujer", "une autre
    femme", "a outra moça"), or opens a relative clause whose object is her ("the man who
    brought her", "el hombre que lo explotaba"): someone else, not her."""
    if _acted_on_by(clause):
        return True  # "one of the men who exploited him (30s, speaks English"
    nouns = _her_nouns()
    another = _ANOTHER.all()
    for k in range(len(clause) - 1, max(-1, len(clause) - 9), -1):
        t = clause[k]
        if t in function_words().she_or_he:
            return False
        if t in nouns:
            lead = clause[max(0, k - 1 - _ADJECTIVE_SLOTS) : k]
            return not another.isdisjoint(lead)
    return False


def describes_before(inside: list[str]) -> bool:
    """A bracket opens with a noun that would name her, bare or after an indefinite
    article and an adjective or two, then goes on as a description, not a verb ("(homme,
    ~40 ans, parle wolof)", "(um senhor de uns 60 anos, que fala espanhol)", "(an older
    man, speaks English)"): it describes the person named before the bracket. Not "(a
    senhora só fala espanhol)": the Portuguese "a" is "the", and a verb follows."""
    k = 1 if inside[:1] and inside[0] in function_words().indefinite_articles else 0
    nouns = _her_nouns()
    for j in range(k, min(len(inside), k + 1 + (_ADJECTIVE_SLOTS if k else 0))):
        if inside[j] in nouns:
            nxt = inside[j + 1 : j + 2]
            return not nxt or nxt[0] in _DESCRIPTION_GOES_ON or nxt[0][:1].isdigit()
    return False


_DESCRIPTION_GOES_ON = frozenset({",", "de", "d'", "d", "of", "in", "~", "(", ";", "-"})


def _helper_words() -> frozenset[str]:
    return lexicon.by_language("language_helpers")


@cache
def _speaker_labels() -> frozenset[str]:
    """Labels that name who speaks a transcript turn, not whom the line is about."""
    return lexicon.by_language("staff_speakers") | lexicon.by_language("relay_speakers")


@cache
def _referrer_labels() -> tuple[str, ...]:
    return tuple(sorted(lexicon.by_language("referrer_labels")))


def opens_with_another(part: list[str]) -> bool:
    """A part of a sentence, too long to be an apposition, whose first words name another
    person and which holds no subject pronoun after them ("the agent is an older man
    (~55)", 'o "agenciador" tem uns 35 anos'): a verb after it with no subject of its
    own is that person's."""
    toks = [t for t in part if t not in _QUOTES]
    if not toks or not function_words().she_or_he.isdisjoint(toks):
        return False
    head = toks[:3]
    helpers = _helper_words()
    if not (_other_subject(head[:2]) or any(t in helpers for t in head[1:3])):
        return False
    nouns, copulas = _her_nouns(), _COPULAS.all()
    return not any(
        t in nouns and copulas.isdisjoint(toks[max(0, k - 3) : k])
        for k, t in enumerate(toks[2:], 2)
    )  # not "a hotline advocate took a call from a man from Senegal": the man is nearer


def label_is_anothers(label: list[str]) -> bool:
    """A line's label names another person ("Capitán", "Husband", "Patrão"), not who
    speaks a transcript's turn ("Advocate", "Interp", "Operadora")."""
    speakers = _speaker_labels()
    pairs = {" ".join(label[k : k + 2]) for k in range(len(label) - 1)}
    if label and " ".join(label[:3]).startswith(_referrer_labels()):
        return True  # "Referring staff: ... speaks English/Igbo only": the referrer's line
    if not label or not speakers.isdisjoint(label) or not speakers.isdisjoint(pairs):
        return False  # "Trabajadora social DIF:" speaks the turn
    if len(label) <= 3 and label[0] in lexicon.by_language("person_titles") and label[-1] != ".":
        return False  # "Dona Celeste:", "Mme Diallo:": a titled name writes the turn
    return _other_subject(label) or is_kin(label_head(label))  # "Husband: Arabic only"


def label_names_another(before: list[str], clause: list[str]) -> bool:
    """The sentence opens with a form label that names another person ("Capitán:",
    "Husband:", "Patrão:"; not a transcript speaker such as "Advocate:" or "Interp:") and
    the verb has no subject of its own after it: the line is about that person."""
    if ":" not in before[:5]:
        return False
    if not function_words().she_or_he.isdisjoint(clause) or not _her_nouns().isdisjoint(clause):
        return False
    return label_is_anothers(before[: before.index(":")])


_FEMALE_PEOPLE = lexicon.Words(set(), "language_female_people")
_MALE_PEOPLE = lexicon.Words(set(), "language_male_people")
"""Other people by their gender ("sister", "hermana", "soeur", "irmã"; "brother", "el
patrón"): a pronoun later in their sentence that agrees with them is them."""
_SENTENCE_STOPS = frozenset({".", "!", "?", ";"})
_HEAD_WORDS = 5
"""How far into its sentence the person who opens it may stand ("C'est mon collègue")."""


def _opening(before: list[str]) -> list[str]:
    """The sentence's first part: after a chat or form label's colon, up to the first
    comma outside a bracket."""
    colon = max((k for k, t in enumerate(before[:12]) if t == ":"), default=-1)
    stop = max((k for k, t in enumerate(before) if t in _SENTENCE_STOPS), default=-1)
    depth, out = 0, []
    for t in before[max(colon, stop) + 1 :]:
        depth += (t == "(") - (t == ")")
        if t == "," and depth <= 0:
            break
        out.append(t)
    return out


def pronoun_of_opening_person(before: list[str], clause: list[str]) -> bool:
    """The verb's subject is a pronoun in a later part of a sentence that opened with
    another person of the pronoun's gender, and no noun that would name her stands
    between ("his sister (28) is the one who called us, she speaks English": the
    sister; not "her husband left her there, she speaks Tagalog": "she" is not him)."""
    pronoun = next((t for t in reversed(clause) if t in function_words().she_or_he), None)
    if pronoun is None and clause[-1:] == ["el"]:
        pronoun = "il"  # "él habla": the folded "él" right before the verb
    if pronoun is None or len(clause) == len(before):
        return False
    opening = _opening(before[: len(before) - len(clause)])
    words = _FEMALE_PEOPLE.all() if pronoun in function_words().she_words else _MALE_PEOPLE.all()
    at = next((k for k, t in enumerate(opening[:_HEAD_WORDS]) if t in words), None)
    if at is None or not _other_subject(opening[: at + 1]):
        return False  # ("c'est mon collègue qui traduit, lui il parle fon": the colleague)
    rest = before[len(opening) : len(before) - len(clause)]
    return _her_nouns().isdisjoint(rest) and _her_nouns().isdisjoint(clause)


_CHILD_NOUNS = lexicon.Words(set(), "language_child_nouns")
"""Nouns for a child ("the boy", "el niño", "le garçon", "o menino"; not "girl" or
"chica", which notes also use for young women)."""
_DEFINITE = frozenset(
    {"the", "el", "la", "le", "l'", "o", "a", "this", "ce", "este", "esta", "esse"}
)
_PLAINLY_ADULT = 21
"""An age at which a child noun in the note cannot be her: "the boy" is someone else."""


def a_child_beside_an_adult(clause: list[str], age: object) -> bool:
    """The verb's subject is a child named with a definite article ("O menino fala inglês
    também", "the boy speaks English too") in a note that gives her a plainly adult age:
    her child or another, not her. A child survivor's own "the boy speaks Dari" stands."""
    if not isinstance(age, int) or age < _PLAINLY_ADULT:
        return False
    nouns = _CHILD_NOUNS.all()
    for k in range(len(clause) - 1, max(-1, len(clause) - 5), -1):
        if clause[k] in function_words().she_or_he:
            return False
        if clause[k] in nouns:
            return k > 0 and clause[k - 1] in _DEFINITE
    return False
