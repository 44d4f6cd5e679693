"""Gender nouns that are not said of her: a word of address in a call or a chat ("Eu saí
da fazenda, moça, fugi", "Só português, sim senhora", "Sí, señora"), which names whoever
is spoken to, and a child said to be with her ("el niño vive con ella"), who is her child.
Both cast no vote; a miss is better than her sex read from the listener's or the
child's."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.child_words import _CHILD_MODIFIERS

_ENDS = frozenset([",", ".", "!", "?", ";", ""])


@cache
def _leads() -> frozenset[str]:
    """Words a word of address may follow (`vocative_leads`: "yes", "sim", "merci")."""
    return lexicon.by_language("vocative_leads")


def addressed(toks: list[str], i: int, *, transcript: bool) -> bool:
    """The gender noun at `i` stands alone after a yes, a thanks or a greeting
    (`vocative_leads`: "sim senhora", "gracias, señora") or, in a transcript where she
    speaks, between commas ("fugi, moça, fugi"), to the end of its part: a word of
    address, not a description ("Mujer, 27 a.": a number follows)."""
    if i == 0:
        return False
    prev, nxt = toks[i - 1], toks[i + 1] if i + 1 < len(toks) else ""
    if nxt not in _ENDS or any(t[:1].isdigit() for t in toks[i + 1 : i + 4]):
        return False
    if prev in _leads():
        return True  # "sim senhora", "gracias, señora": anywhere
    return transcript and prev == "," and (i == 1 or toks[i - 2] not in _ENDS)


def child_with_her(toks: list[str], i: int, gender: str) -> bool:
    """The noun at `i` is a child word, and a few words on the sentence says the child is
    with a person of the other sex (`pronoun_prepositions` then a pronoun: "el niño vive
    con ella", "the boy sleeps with her"): her child, not her."""
    ws = lexicon.word_sets()
    if toks[i] not in ws.child_singular:
        return False
    other = ws.pronoun_female if gender == "male" else ws.pronoun_male
    preps = lexicon.by_language("pronoun_prepositions")
    near = toks[i + 1 : i + 9]
    return any(
        w in preps and near[k + 1 : k + 2] and near[k + 1] in other for k, w in enumerate(near)
    )


def the_child_again(toks: list[str], i: int, hit: str, *, child_named: bool) -> bool:
    """A child word with the definite article ("La niña tiene fiebre", "the girl", "o
    menino") or a young child's age after it ("Menino de 3 anos tem bronquite", "boy, 4,")
    once a child of hers has been named or counted: that child again, not her."""
    if not child_named or hit not in lexicon.word_sets().child_ambiguous:
        return False
    after = toks[i + 1 : i + 4]
    if after[:1] in (["de"], ["of"], [","]):
        after = after[1:]
    young = bool(after) and after[0].isdigit() and int(after[0]) < 12
    return young or (i > 0 and toks[i - 1] in function_words().definite_articles)


_CLAUSE_STOPS = frozenset([".", ";", ":", "!", "?"])
_REACH = 8  # words from the noun to the relative that opens its clause ("de 24 q la trajo")


@cache
def _object_words() -> tuple[frozenset[str], ...]:
    """(relatives, pronouns for her right after one, pronouns for her after its verb,
    words that make such a pronoun the object, words for a person)."""
    ws = lexicon.word_sets()
    persons = ws.other_people | ws.gender_female | ws.gender_male
    return (
        lexicon.by_language("relative_pronouns") | frozenset(["that", "whom"]),
        lexicon.by_language("clitic_objects"),
        lexicon.by_language("verb_objects"),
        lexicon.by_language("object_particles") | frozenset([""]),
        persons | lexicon.by_language("person_nouns"),
    )


def acts_on_her(toks: list[str], i: int) -> bool:
    """The noun at `i` opens a relative clause whose object is her ("el muchacho colombiano
    de 24 q la trajo", "le jeune homme qui l'a amenée", "the young man from Colombia, 24,
    who brought her here"): someone who acted on her, not her. A person after the
    pronoun makes it an article ("la joven que la policía encontró" is her), and an
    English "her" before a noun is a possessive ("the woman who called her sister")."""
    relatives, clitics, after_verb, particles, persons = _object_words()
    for k in range(i + 1, min(len(toks), i + 1 + _REACH)):
        if toks[k] in _CLAUSE_STOPS:
            return False
        if toks[k] not in relatives:
            continue
        nxt = [*toks[k + 1 : k + 4], "", "", ""]
        if nxt[0] in clitics and nxt[1] not in persons and nxt[1] not in _CLAUSE_STOPS:
            return True
        return nxt[1] in after_verb and nxt[2] in particles
    return False


def beside_the_other_sex(toks: list[str], i: int, gender: str) -> bool:
    """A word of the other sex that can only be an object or an owner (`objects_female`:
    "her"; `objects_male`: "him", "his") later in the noun's sentence: the noun is someone
    with her or acting on her, not her ("She is 30. A man took her passport", "a woman
    drove him to the station"). So is a clitic of the other sex right after the noun, before
    its verb (`clitics_female` / `clitics_male`: "un hombre la obligaba a trabajar", "un
    homme la forçait"), unless a person or a time word follows it ("la semana pasada")."""
    key = {"male": "objects_female", "female": "objects_male"}.get(gender)
    if key is None:
        return False
    clitics = lexicon.by_language("clitics_" + key.removeprefix("objects_"))
    if i + 2 < len(toks) and toks[i + 1] in clitics and toks[i + 2].isalpha():
        after = toks[i + 2]
        if after not in _object_words()[4] and after not in lexicon.by_language("clitic_nouns"):
            return True
    others = lexicon.by_language(key)
    relatives = _object_words()[0]
    for w in toks[i + 1 :]:
        if w in _CLAUSE_STOPS or w in relatives:
            return False  # a relative clause is `acts_on_her`'s ("who called her sister")
        if w in others:
            return True
    return False


@cache
def _having() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(having verbs, "with" words, what may stand between them and the noun, articles)."""
    fw = function_words()
    articles = fw.definite_articles | fw.indefinite_articles
    withs = lexicon.by_language("company_prepositions")
    return lexicon.by_language("spouse_having"), withs, fw.indefinite_articles, articles


@cache
def _subjects() -> tuple[frozenset[str], frozenset[str]]:
    """(words for the person a note is about, the writer's own words)."""
    fw = function_words()
    ws = lexicon.word_sets()
    nouns = frozenset(w for w in ws.gender_female | ws.gender_male if " " not in w)
    hers = fw.she_words | fw.he_words | nouns | lexicon.by_language("name_roles")
    return hers, fw.writer_words | frozenset(["on"])


def with_someone(toks: list[str], j: int) -> bool:
    """The "with" word at `j` follows a word for the person the note is about in its
    sentence, and no word of the writer's ("She came in with...", "Ella llegó con...",
    "Woman, 30, arrived with..."): whoever follows is with her. After the writer ("we
    spoke with a man of about 40", "Tô com uma senhora") or another subject ("officers
    spoke with a female, 39") the person who follows is her."""
    hers, writer = _subjects()
    before = toks[:j]
    return not hers.isdisjoint(before) and writer.isdisjoint(before)


def had_by_someone(toks: list[str], i: int) -> bool:
    """The noun at `i` is what someone has or who is with someone ("Tiene mujer y cuatro
    hijos", "tem mulher e três filhos", "il a une femme au pays", "he has a wife"; "she
    arrived with a man", "ella llegó con un niño", `with_someone`): a spouse, a child or a
    companion of the person the note is about, never that person. An indefinite article
    may stand between; the French "a" is listed with its article ("a une femme": "A
    mulher, 30 anos" and "tengo aquí a una señora" are her), and never after "y", "on"
    or the writer ("il y a une femme", "on a une patiente": a woman is there)."""
    verbs, withs, between, articles = _having()
    k = i - 1
    while k > 0 and i - k <= _AGE_REACH and (toks[k].isdigit() or toks[k] in _AGE_OR_SIZE):
        k -= 1  # "with a 4 y/o boy", "con una pequeña niña": still the article's noun
    if k >= 0 and toks[k] in between:
        k -= 1
    if k >= 0 and toks[k] in withs:
        return with_someone(toks, k)
    if k < 0 or (toks[k] not in verbs and " ".join(toks[k:i]) not in verbs):
        return False  # ("a une" is listed whole: "tengo a una señora" is no having)
    if k == i - 1 and toks[k] in articles:
        return False
    return not (k > 0 and toks[k - 1] in _PRESENTERS)


_AGE_REACH = 4
_AGE_OR_SIZE = _CHILD_MODIFIERS | frozenset(["y", "o", "yo", "yoa", "yr", "yrs", "year", "old"])
_PRESENTERS = frozenset(["y", "on", *function_words().writer_words])
"""Before a having verb, whoever presents her: "il y a une femme", "on a une patiente",
"we have a lady here" (the first-person verbs, "tengo", "temos", are not listed)."""
