"""Who a statement is about: the survivor or another person (subjects, appositives). The
negation and hedge cues are in assertion_cues.py (re-exported here for their readers)."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import AMBIGUOUS, to_int
from caseassist.intake.read.age_named import named_by_age
from caseassist.intake.read.assertion_cues import _CLEAR_YES as _CLEAR_YES
from caseassist.intake.read.assertion_cues import BELIEF as BELIEF
from caseassist.intake.read.assertion_cues import HEDGED as HEDGED
from caseassist.intake.read.assertion_cues import WRITER_UNKNOWN as WRITER_UNKNOWN
from caseassist.intake.read.assertion_cues import _has_hedge as _has_hedge
from caseassist.intake.read.assertion_cues import _negated as _negated
from caseassist.intake.read.assertion_cues import _not_hedges as _not_hedges
from caseassist.intake.read.assertion_cues import assertion_status as assertion_status
from caseassist.intake.read.child_words import set_off_son
from caseassist.intake.read.house_heads import head_of_house
from caseassist.intake.read.joint_subjects import joined_with_survivor
from caseassist.intake.read.partitives import mark_reach as mark_reach
from caseassist.intake.read.partitives import marked_as_other as marked_as_other
from caseassist.intake.read.partitives import other_marks as other_marks
from caseassist.intake.read.partitives import partitive_before
from caseassist.intake.read.partitives import past_partitive as past_partitive
from caseassist.intake.read.partitives import person_noun as person_noun
from caseassist.intake.read.partitives import picked_from as picked_from
from caseassist.intake.read.people_words import SURVIVOR_SUBJECTS as _SURVIVOR_SUBJECTS
from caseassist.intake.read.people_words import child_words as _child_words
from caseassist.intake.read.people_words import gender_noun_words as _gender_noun_words
from caseassist.intake.read.phrase_heads import before_relative, of_complement

# ---------------------------------------------------------------- subjects

# a sentence opened by its topic ("Sobre la patrona, dice que no sabe dónde está", "As for
# the boss, ..."): the person named there is what it is about, not who knows
_TOPICS = frozenset(
    ["about", "regarding", "concerning", "re", "sobre", "acerca", "respecto", "cuanto"]
    + ["quant", "concernant", "sujet", "quanto", "relativamente", "respeito"]
)


@cache
def _other_people() -> frozenset[str]:
    return lexicon.word_sets().other_people


@cache
def _kin_adjectives() -> frozenset[str]:
    return lexicon.by_language("kin_adjectives")


@cache
def _others(with_children: bool) -> frozenset[str]:
    """Other people's words, children among them or not (built once, not per call)."""
    return _other_people() | _child_words() if with_children else _other_people() - _child_words()


@cache
def _two_word_ends() -> frozenset[str]:
    """The last word of every person word of several words (other people, gender nouns)."""
    words = {*_others(True), *_others(False), *_gender_noun_words()}
    return frozenset(w.split(" ")[-1] for w in words if " " in w)


def unnamed_subject(toks: list[str]) -> bool:
    """True when the words right before a statement are a determiner and a noun that is
    neither her (`survivor_subjects`, `name_roles`, a gender noun) nor anyone the lexicon
    knows ("Our granthi would like to report...", "Notre pasteur voudrait...", "O pastor
    quer..."): a person, most likely not her, whose wish it is cannot be told."""
    if len(toks) < 2 or toks[-2] not in lexicon.by_language("subject_determiners"):
        return False
    w = toks[-1]
    return w.isalpha() and w not in _known_subjects()


@cache
def _known_subjects() -> frozenset[str]:
    """Her words as a subject, and the determiners themselves (built once)."""
    return frozenset(
        _SURVIVOR_SUBJECTS
        | lexicon.by_language("name_roles")
        | _gender_noun_words()
        | lexicon.by_language("subject_determiners")
    )


@cache
def _pronoun_prepositions() -> frozenset[str]:
    """Words after which her pronoun is an object, never the subject (`pronoun_prepositions`:
    "con ella", "avec elle", "com ela")."""
    return lexicon.by_language("pronoun_prepositions")


_TOPIC_OPENS = frozenset([".", "?", "!", ":", ";", "-", "\u2013", "\u2014", "*"])


def _dislocated_other(before: list[str], others: frozenset[str], prev: str = ",") -> bool:
    """The words before the comma are only a phrase for another person set out as the
    topic, opened by a possessive or an article ("Her mother, she is 60", "Su madre,
    ella tiene 60 años", "Sa mère, elle a 60 ans", "A mãe dele, ela tem 60 anos"): the
    pronoun after the comma (or right after the noun: "my sister she") is that person."""
    k = len(before)
    while k > 0 and before[k - 1] not in _TOPIC_OPENS and len(before) - k < 4:
        k -= 1
    part = before[k:]
    if not part or (k > 0 and before[k - 1] not in _TOPIC_OPENS) or len(part) > 3:
        return False  # (and with no comma the pronoun must follow the noun itself)
    mine, fw = lexicon.word_sets().possessives, function_words()
    opener = part[0] in mine or part[0] in fw.definite_articles
    k = 2 if part[1:2] and part[1] in mine else 1  # "a minha irmã"
    return opener and len(part) > k and part[k] in others and prev in others | {","}


def _is_count(word: str) -> bool:
    """A number between an article and "other" ("the two other", "les trois autres")."""
    return word.isdigit() or (word not in AMBIGUOUS and to_int(word) is not None)


def _other_subject(toks: list[str], *, with_children: bool = True) -> bool:
    """True when the nearest subject-like word in `toks` (read backwards) is another person
    (`with_children`: a child counts as another person)."""
    ws = lexicon.word_sets()
    others = _others(with_children)
    nouns = _gender_noun_words()
    n = len(toks)
    ends = _two_word_ends()
    for i in range(n - 1, -1, -1):
        w = toks[i]
        # (two words are joined only where they may be a person: "his boss" is, "to her" not)
        prev = toks[i - 1] if i > 0 else ""
        k = i - 2 if i > 1 and w in ends and _is_count(prev) else i - 1  # "les trois autres"
        bigram = "" if i == 0 else (f"{toks[k]} {w}" if w in ends else None)
        if with_children and named_by_age(toks, i):
            return True  # "the 7-year-old has a peanut allergy", "la de 7 años": not her
        if w in _SURVIVOR_SUBJECTS:
            if of_complement(toks, i):
                continue  # "la hermana de la usuaria está sin papeles": the sister's
            if prev in _pronoun_prepositions() and i > 1:
                continue  # "la compañera que vino con ella necesita...": "ella" is no subject
            if _dislocated_other(toks[: i - (prev == ",")], others, prev):
                continue  # "Sa mère, elle a 60 ans", "my sister she speaks": the other's
            return False
        english = set_off_son(w, toks[i + 1] if i + 1 < n else "")  # "Son, 4 yoa"
        if w in _FALSE_FRIENDS and prev not in _FALSE_FRIENDS[w] and not english:
            continue  # "son titre de séjour", "son de Honduras": not "her son"
        person = bigram in others or w in others or (i <= 1 and _titled(prev, w))
        if (person or w in nouns) and not _TOPICS.isdisjoint(toks[max(0, i - 3) : i]):
            continue  # "Sobre la policía dice que sí quiere...": the topic, not the subject
        owned = prev in ws.possessives or (
            # "my little boy", "su hija menor" is someone else as "my boy" is
            i > 1 and toks[i - 2] in ws.possessives and prev in _kin_adjectives()
        )
        if person and _told_to(toks, k if bigram in others else i):
            continue  # "Contou à assistente social que está grávida": the one told
        if person and joined_with_survivor(toks, i, _SURVIVOR_SUBJECTS):
            return False  # "elle et les enfants n'ont pas d'endroit": she is in the subject
        if person:
            # "a mother", "la madre" describe the survivor; "her mother" is someone else
            if (w in nouns or bigram in nouns) and not owned and not marked_as_other(toks, i):
                return _appositive_of_other(toks, i) or _acts_on_survivor(toks, i)
            return True
        # in the plural or a gender noun, only picked from ("otra de las mujeres") or
        # opening the clause ("Autres personnes contrôlées"), not "with 4 other women"
        wide = prev not in other_marks() or i <= 2 or partitive_before(toks, i - 1)
        if marked_as_other(toks, i) and (
            w in lexicon.by_language("person_nouns") or wide and person_noun(w)
        ):
            return True  # "une autre ouvrière s'est brûlé la main", "another worker": not her
        if picked_from(toks, i):
            return True  # "un autre des ouvriers veut", "one of the workers wants": not her
        if w in nouns and of_complement(toks, i):
            continue  # "la hija pequeña de esa señora tiene 9 años": the daughter
        if w in nouns:
            return (
                owned
                or marked_as_other(toks, i)  # "the second woman wants to go home": not her
                or _appositive_of_other(toks, i)
                or _acts_on_survivor(toks, i)
                or head_of_house(toks, i)
            )
    return False


@cache
def _telling_acts() -> tuple[tuple[str, ...], ...]:
    return tuple({tuple(a.split()) for a in lexicon.by_language("telling_acts")})


def _told_to(toks: list[str], i: int) -> bool:
    """The person word at `i` is the one told: after a telling verb and a word that leads
    the one told (`recipient_leads`, then at most an article: "le dijo a la trabajadora
    social que...", "a dit à l'infirmière qu'...", "contou à assistente social que..."),
    so the statement after it is not that person's."""
    leads = lexicon.by_language("recipient_leads")
    for j in (i - 1, i - 2):  # ("à" folds to "a", an article too: "contou a assistente")
        if j < 1 or toks[j] not in leads:
            continue
        if j == i - 2 and toks[i - 1] not in function_words().definite_articles:
            continue
        if any(tuple(toks[j - len(a) : j]) == a for a in _telling_acts()):
            return True
    return False


@cache
def _subject_titles() -> frozenset[str]:
    """Heads of a school or a service, such bodies, staff teams: after a determiner, not her
    (other staff are `other_people`; "the referrer wants her to..." stays offered)."""
    keys = ("institution_heads", "institutions", "staff_teams")
    return frozenset().union(*(lexicon.by_language(k) for k in keys))


def _titled(prev: str, w: str) -> bool:
    """ "Our principal plans to call the police": a title after a determiner opening the
    clause, or a staff team with none ("team plans to inform police"), is someone else."""
    dets, teams = lexicon.by_language("subject_determiners"), lexicon.by_language("staff_teams")
    return w in _subject_titles() and (prev in dets or (not prev and w in teams))


# a person word in one language that is a small word in another ("son": her son, but the
# French "his / her" and the Spanish "they are"): a person only after one of these words
_FALSE_FRIENDS = {
    "son": frozenset(
        ["her", "his", "my", "their", "our", "your", "a", "the", "one", "only", "eldest"]
        + ["youngest", "older", "younger", "adult", "teenage", "grown", "baby", "little", "s"]
    ),
}
_WHO = frozenset(["who", "that", "que", "qui"])
_OBJECT_PRONOUNS = frozenset(
    ["her", "him", "them", "me", "la", "lo", "los", "las", "le", "les", "l'", "m'"]
)


def _acts_on_survivor(toks: list[str], i: int) -> bool:
    """`toks[i]` is someone who did something to the survivor: "the man who brought her",
    "el hombre que la trajo", "l'homme qui l'a amenee", or with her as a clitic right after
    it ("un hombre la obliga", "un homme l'oblige")."""
    if i + 2 < len(toks) and toks[i + 1] in lexicon.by_language("her_clitics"):
        return True  # "un hombre la obliga a vender y tiene su pasaporte": his, not hers
    if i + 2 >= len(toks) or toks[i + 1] not in _WHO:
        return False
    # "the man who brought her", "the guy who manages her", "el hombre que la trajo"
    return any(t in _OBJECT_PRONOUNS for t in toks[i + 2 : i + 5])


def _first_person_is_other(toks: list[str]) -> bool:
    """The sentence's first word for a person (its subject, mostly) is someone else:
    "her friend came with two kids" (but not "she came with her husband and two kids")."""
    ws = lexicon.word_sets()
    others = _others(False)  # (built once, not per call)
    nouns = _gender_noun_words()
    for i, w in enumerate(toks):
        prev = toks[i - 1] if i else ""
        if w in _SURVIVOR_SUBJECTS:
            return False
        if w in others:
            return not (w in nouns and prev not in ws.possessives)
        if w in nouns:  # "her friend", "the other woman" (as `_other_subject` reads it)
            return prev in ws.possessives or marked_as_other(toks, i)
    return False


def _appositive_of_other(toks: list[str], i: int) -> bool:
    """`toks[i]` describes someone else named just before a comma ("his employer, a
    woman"), or is set off before words naming who that someone is ("L'appelante, une
    voisine,", "The woman, a neighbour,", "La usuaria, una vecina,")."""
    others = _other_people()
    nouns = _gender_noun_words()
    if toks[i + 1 : i + 2] == [","]:
        after = toks[i + 2 : i + 4]
        if after and after[0] in function_words().indefinite_articles:
            after = after[1:]
        if after[:1] and after[0] in others and after[0] not in nouns:
            return True
    j = i - 1
    steps = 0
    while j >= 0 and toks[j] != "," and steps < 3:
        j -= 1
        steps += 1
    if j < 1 or toks[j] != ",":
        return False
    j = before_relative(toks, j)  # "la vecina que la trajo, una señora": the neighbour
    titles = _title_words()  # "les derivamos a Doña Rosa, mujer peruana": a title and her name
    return any(
        t in others and t not in nouns and not (t in titles and k + 1 < j)
        for k, t in enumerate(toks[:j])
        if k >= j - 3
    )


@cache
def _title_words() -> frozenset[str]:
    """Titles of address (`name_titles`: "doña", "Dona", "señora"), folded without a stop."""
    return frozenset(t.rstrip(".") for t in lexicon.by_language("name_titles"))
