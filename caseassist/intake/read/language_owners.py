"""Whose language, by what surrounds its clause rather than by the verb's subject: a
bracket still open before it, a first-person possessive before the language ("my own
Spanish is not good enough": the writer's), and a part after a comma with no subject of
its own that goes on with a language statement ("I speak French and English, not
Creole": still the writer). `language_subjects._about_another` asks these."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_words import (
    _ALSO,
    _INTENSIFIERS,
    _MINOR_PHRASES,
    _NEGATORS,
    _ONLY,
)
from caseassist.intake.read.roles import _SURVIVOR_SUBJECTS, _other_subject

_WRITER_POSSESSIVES = lexicon.Words(set(), "language_writer_possessives")
"""A first-person possessive right before a language ("my Spanish", "mi inglés", "mon
anglais", "o meu inglês", "my own"): in a note, the writer's language, not hers."""

_GENERIC_SUBJECTS = lexicon.Words(set(), "language_generic_subjects")
"""Subjects that are people in general, not her ("everyone", "todo el mundo", "tout le
monde", "toda a gente"; the Spanish and Portuguese impersonal "se": "solo se hablaba
inglés", "só se falava inglês")."""
_SUBJECT_FILLERS = frozenset({"only", "just", "solo", "solamente", "ne", "n'", "n", "so"})

_HER_MARKS = frozenset(
    {"she", "he", "her", "his", "ella", "su", "sus", "elle", "il", "sa", "son", "ses"}
    | {"ela", "ele", "sua", "seu", "dela", "dele"}
)
"""Words that make the nearest subject her, ending the look for a generic one."""

_ELLIPTIC_LINKS = frozenset(
    {"but", "pero", "mais", "mas", "and", "y", "et", "e", "the", "el", "la", "le", "l'", "a"}
    | {"o", "un", "una", "une", "um", "uma", "de", "d'", "d", "of", "del", "do", "da"}
)


def open_bracket(before: list[str]) -> int | None:
    """Where the bracket still open at the end of `before` opens (None: none is open)."""
    for k in range(len(before) - 1, -1, -1):
        if before[k] == ")":
            return None
        if before[k] == "(":
            return k
    return None


@cache
def _her_nouns() -> frozenset[str]:
    """Nouns that name her (not pronouns): "the woman", "la señora", "the client"."""
    ws = lexicon.word_sets()
    words = ws.gender_female | ws.gender_male | lexicon.by_language("name_roles")
    return frozenset(w for w in words if " " not in w) - ws.pronoun_female - ws.pronoun_male


def names_her(toks: list[str]) -> bool:
    """Whether `toks` name her by a noun ("the woman", "la cliente", "la dame")."""
    return not _her_nouns().isdisjoint(toks)


@cache
def _caller_words() -> frozenset[str]:
    return lexicon.by_language("caller_speakers")


def names_her_only_as_caller(toks: list[str]) -> bool:
    """The nouns in `toks` that would name her are all words for the caller ("caller =
    Lorna", "la llamante"): whoever called, which the words before may say is another."""
    found = _her_nouns().intersection(toks)
    return bool(found) and found <= _caller_words()


_WRITER_VERBS = lexicon.Words(set(), "language_writer_verbs")
"""A language verb in the first person singular that needs no pronoun ("hablo", "falo",
"entendo"): in a note, outside quotes and a transcript's turn, the writer's own."""
_QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb')


def writer_verb(verb: str, sentence: str, at: int) -> bool:
    """The language verb `verb` found at `at` of a note's `sentence` (folded) says "I" by
    itself and is not quoted: the writer speaks ("Registado por: Graça (recepção; falo
    português e francês)"), not her ('diz: "falo crioulo"')."""
    if verb.split()[0] not in _WRITER_VERBS.all():
        return False
    return sum(sentence.count(q, 0, at) for q in _QUOTE_MARKS) % 2 == 0


def writer_possessive(clause: list[str]) -> bool:
    """The language after `clause` follows a first-person possessive ("my", "my own",
    "mi", "mon", "o meu": `language_writer_possessives`)."""
    words = _WRITER_POSSESSIVES.all()
    return bool(clause) and (clause[-1] in words or " ".join(clause[-2:]) in words)


@cache
def _elliptic_words() -> frozenset[str]:
    """Words a part may hold and still have no subject or verb of its own: negators,
    "only", "also", level words, articles ("not", "pas", "solo un poco de")."""
    level = {t for phrase in _MINOR_PHRASES.all() for t in phrase.split()}
    sets = (_NEGATORS.all(), _ONLY.all(), _ALSO.all(), _INTENSIFIERS)
    return frozenset().union(*sets, level, _ELLIPTIC_LINKS)


def elliptic_part(before: list[str], clause: list[str]) -> bool:
    """The part after a comma (`clause`) is only words of degree or denial before a
    language ("pas", "not", "solo un poco") and the part before the comma names a
    language: it goes on with that part's subject ("Je parle français, pas créole")."""
    if not clause or not set(clause) <= _elliptic_words():
        return False
    end = len(before) - 1  # the comma
    start = max([k + 1 for k, t in enumerate(before[:end]) if t in {",", ";", ".", ":"}] or [0])
    return any(_lang_at(before, k) for k in range(start, end))


def owned_by_another(toks: list[str], i: int, *, writer: bool = False) -> bool:
    """The language at toks[i] is owned by another person ("the officer's Spanish") or,
    with `writer` (in a note), by the writer ("my own Spanish is not good enough"; not a
    language noun: "Mi lengua es el guaraní" quotes her)."""
    if writer and writer_possessive(toks[:i]):
        return True
    own = toks[i - 1 : i] == ["own"] and i > 2  # "Li's own Mandarin is so-so"
    i -= own
    if i < 2 or toks[i - 1] != "s" or not toks[i - 2].endswith("'"):
        return False
    owner = toks[i - 2].rstrip("'")
    if own and owner not in _SURVIVOR_SUBJECTS:
        return True  # "own" sets the owner against her: a name is someone else's
    return _other_subject(toks[max(0, i - 4) : i - 2] + [owner])


def generic_subject(clause: list[str]) -> bool:
    """The language verb after `clause` has a subject of people in general: the nearest
    subject within eight words is one of `language_generic_subjects` ("nobody on the farm
    spoke"), not her ("she", "her", "su"); "se" counts only right before the verb."""
    words = _GENERIC_SUBJECTS.all()
    if any(" ".join(clause[-n:]) in words for n in (2, 3) if len(clause) >= n):
        return True  # "personne ne parle", "personne n'"
    end = len(clause)
    while end and clause[end - 1] in _SUBJECT_FILLERS:
        end -= 1
    if clause[end - 1 : end] == ["se"]:
        return _impersonal_se(clause, end - 1)
    for k in range(end, max(0, end - 8), -1):
        if clause[k - 1] in _HER_MARKS:
            return False
        if (
            any(" ".join(clause[k - n : k]) in words for n in (1, 2, 3) if k >= n)
            and clause[k - 1] != "se"
        ):
            return True
    return False


_SE_LEADS = frozenset(
    {"only", "solo", "so", "no", "nao", "ya", "ja", "aqui", "ali", "alli", "la", "que", "onde"}
    | {"donde", "tambien", "tambem", "nunca", "apenas", "somente", "solamente", ","}
)
_SE_ARTICLES = frozenset(
    {"el", "la", "los", "las", "o", "a", "os", "as", "no", "na", "nos", "nas", "del", "al"}
    | {"do", "da", "dos", "das", "en", "em"}
)


def _impersonal_se(clause: list[str], at: int) -> bool:
    """Whether the "se" at clause[at], right before a language verb, is the impersonal
    one ("solo se hablaba inglés", "no barco se falava inglês"), not a Portuguese verb's
    enclitic once its hyphen is folded away ("sente-se mais à vontade em francês"): it
    opens the clause, follows a word such as "solo" / "só", or follows a noun after an
    article."""
    if at == 0 or clause[at - 1] in _SE_LEADS:
        return True
    return at >= 2 and clause[at - 2] in _SE_ARTICLES


@cache
def _staff_words() -> frozenset[str]:
    return lexicon.by_language("staff_speakers") | lexicon.by_language("language_helpers")


def names_another(toks: list[str]) -> bool:
    """The one or two words after a speaker word name someone else: another person, or
    staff, helpers and services ("our Arabic-speaking volunteer", "the Spanish-speaking hotline",
    "l'équipe francophone")."""
    staff = _staff_words()
    return (
        _other_subject(toks[:1])
        or bool(toks[:1])
        and toks[0] in staff
        or " ".join(toks[:2]) in staff
    )


def joined_to(toks: list[str], end: int, i: int) -> bool:
    """toks[end:i] only joins two bare languages: "and", at most with a definite article
    ("fluent English and Spanish", "domina el inglés y el español"), so a level word
    before the first rates both; not "y un inglés fluido", which has its own."""
    between = toks[end:i]
    return (
        0 < len(between) <= 2
        and between[0] in function_words().and_words
        and set(between[1:]) <= function_words().definite_articles
    )
