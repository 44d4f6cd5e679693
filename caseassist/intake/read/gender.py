"""Gender from nouns, pronouns and demonyms, settled by votes."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import AMBIGUOUS, number_words
from caseassist.intake.read.agreement import agreement_votes
from caseassist.intake.read.agreement import triggers as _agreement_triggers
from caseassist.intake.read.bare_ages import among_children
from caseassist.intake.read.child_words import _CHILD_MODIFIERS
from caseassist.intake.read.companions import companion_before, companion_line
from caseassist.intake.read.gender_asides import (
    acts_on_her,
    addressed,
    beside_the_other_sex,
    child_with_her,
    had_by_someone,
    the_child_again,
)
from caseassist.intake.read.gender_self import self_described
from caseassist.intake.read.gender_titles import (  # noqa: F401 (note.py reads _TITLES here)
    _TITLES,
    _clergy_title,
    _mentions_other,
    _speakers_title,
    _title_of_other,
)
from caseassist.intake.read.name_labels import _speaker_labels
from caseassist.intake.read.of_phrases import completes_another
from caseassist.intake.read.people_counts import NP_MODIFIERS, counted
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import (
    _appositive_of_other,
    _gender_noun_words,
    _kin_adjectives,
    _other_people,
    marked_as_other,
)
from caseassist.intake.read.salutations import salutation_end, without_blessings
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.sex_marks import _DIGIT_FM, _SEX_MARK, _sex_marks  # noqa: F401
from caseassist.intake.read.titled_others import name_after
from caseassist.intake.read.value_owner import described_other

# ---------------------------------------------------------------- gender


@cache
def _gender_relevant() -> frozenset[str]:
    """Words where a gender statement (or a two-word other person) can begin."""
    ws = lexicon.word_sets()
    words = ws.gender_female | ws.gender_male | ws.gender_nonbinary | _other_people()
    return (
        frozenset(w.split()[0] for w in words)
        | ws.pronoun_female
        | ws.pronoun_male
        | frozenset(_TITLES)
    )


_LIST_JOINS = frozenset(["+", "&", "and", "y", "e", "et"])


def _gender(
    sent_folded: str,
    votes: dict[str, int],
    pron: dict[str, int],
    *,
    transcript: bool = False,
    child_named: bool = False,
    own: bool = False,
    titled: frozenset[str] = frozenset(),
) -> None:
    """Gender votes of one sentence (`titled`: the names of titled people the note set
    apart from her, `titled_others`). In a transcript where she speaks (`transcript`), a
    sentence in the first person is hers, and so is any sentence of her own turn (`own`:
    "Caller: He's downstairs."): its "he / ele / il" is someone else ("Ele não sabe onde
    eu estou"), so its pronouns cast no vote."""
    ws = lexicon.word_sets()
    toks = tokens(sent_folded)
    toks = toks[salutation_end(toks) :]  # "Madame, Monsieur,": the letter's reader
    toks = without_blessings(toks)  # "paz do Senhor", "que Dios los bendiga": no person
    if companion_line(toks):
        return  # "Acompañante: hombre de 39 años": who came with her, not her
    if self_described(toks):
        votes["self_described"] = votes.get("self_described", 0) + 1
        return  # "Describes herself as travesti, pronouns she/her": her word, not "she"
    her_words = own or (transcript and not _FIRST_PERSON.isdisjoint(toks))
    nums = number_words()
    others_here: bool | None = None
    skip_next = 0
    relevant = _gender_relevant()
    for i, w in enumerate(toks):
        if skip_next:
            skip_next -= 1
            continue
        if w not in relevant:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        prev = toks[i - 1] if i > 0 else ""
        bigram = f"{w} {nxt}"
        if bigram in _other_people():
            skip_next = 1
            continue
        for gender, nouns in (
            ("nonbinary", ws.gender_nonbinary),
            ("female", ws.gender_female),
            ("male", ws.gender_male),
        ):
            hit = bigram if bigram in nouns else (w if w in nouns else None)
            if hit is None:
                continue
            clock = prev.isdigit() and i > 1 and toks[i - 2] == ":"  # "17:30 Varón, 19 a."
            if (
                prev in ws.possessives
                or marked_as_other(toks, i)  # "the other woman", "otra de las mujeres": not her
                or (prev.isdigit() and not clock)
                or (prev in nums and prev not in AMBIGUOUS)
                or counted(toks, i)
            ):
                break
            if (prev == "s" and i > 1 and _genitive(toks[i - 2])) or completes_another(toks, i):
                break  # "the employer's husband", "o filho da senhora": someone's relative
            if i > 1 and toks[i - 2] in ws.possessives and prev in _kin_adjectives():
                break  # "sa grand-mère", "her step-mother", "su pequeña hija"
            if (prev, hit) in _THE_PARENT:
                break  # "la mère est au courant": the parent, someone else
            if _clergy_title(toks, i, hit):
                break  # "Father Tomasz called", "o padre Antônio ligou": the priest
            if the_child_again(toks, i, hit, child_named=child_named):
                break  # "su hija de 6 años" ... "La niña tiene fiebre": the child
            if had_by_someone(toks, i):
                break  # "Tiene mujer y cuatro hijos": a spouse of the person, not her
            if _her_companion(toks, i, gender) or child_with_her(toks, i, gender):
                break  # "Ela mora com o menino", "el niño vive con ella": who is with her
            if addressed(toks, i, transcript=transcript):
                break  # "fugi de lá, moça, fugi", "sim senhora": whoever is spoken to
            if prev in _FORMER and i > 1 and toks[i - 2] in ws.possessives:
                break  # "her ex-husband", "su exmarido"
            after = toks[i + 2] if hit == bigram and i + 2 < len(toks) else nxt
            if after in _other_people() and after not in _gender_noun_words():
                break  # "a woman officer"
            if hit in ws.child_ambiguous and (prev in ws.possessives or among_children(toks[:i])):
                break  # "deux enfants, une fille de 3 ans et un garçon": one of the children
            if _appositive_of_other(toks, i):
                break  # "his employer, a woman of about 50"
            if _describes_another(toks, i, hit, gender, votes):
                break  # "un menor de sexo masculino": the sex of someone else
            if after == "(" and _mentions_other(toks[i + 2 : i + 6]):
                break  # "monsieur (le mari de madame)": a bracket saying who he is
            if after == ":" and hit in _other_people():
                break  # "Wife: F, 29": the label of a line about another person
            if described_other(toks[: i + (2 if hit == bigram else 1)]):
                break  # "the agent is an older man", "o encarregado (um senhor de 60 anos)"
            if hit in lexicon.by_language("spouse_nouns") and (
                after in _LIST_JOINS or prev not in _INDEFINITE
            ):
                break  # "wife + 2 kids still in Cuenca", "Wife deceased 2019": a relative
            if after in ("a", "o", "e") or (
                prev == "(" and i > 1 and toks[i - 2] in _other_people()
            ):
                break  # "usuario/a" names no one; "acompanante (hombre ~40)" is someone else
            k = i + (2 if hit == bigram else 1)  # `after` is toks[k]
            if after in _CALL_VERBS and k + 1 < len(toks) and toks[k + 1] in _AFTER_CALL:
                break  # "a woman called the hotline about...": the caller, not the survivor
            if _introduces_another(toks, i, gender, votes):
                break  # "F/15 ... found w/ adult male", "a young woman ... for a man"
            if after in _RELATIVE and (prev in _DEFINITE or _mentions_other(toks)):
                break  # "the man who brought her"; "a woman who works there said a coworker..."
            if acts_on_her(toks, i) or beside_the_other_sex(toks, i, gender):
                break  # "el muchacho colombiano de 24 q la trajo", "a man took her passport"
            votes[gender] = votes.get(gender, 0) + 1
            if hit == bigram:
                skip_next = 1
            break
        else:
            if others_here is None:
                others_here = _mentions_other(toks)
            if (
                w in _TITLES
                and prev not in _other_people()
                and not _title_of_other(toks, i, others_here)
                and not companion_before(toks[:i])
                and not ((n := name_after(toks, i)) is not None and toks[n] in titled)
            ):
                if _speakers_title(toks, i) or addressed(toks, i, transcript=transcript):
                    continue  # "CONSULATE (Mr. Bhandari):", "sim senhora": not her
                votes[_TITLES[w]] = votes.get(_TITLES[w], 0) + 1  # "Mme K.", "Mr. A."
                continue
            if her_words or (others_here and not _opens_sentence(toks, i)):
                continue  # "the nurse said she..." : whose pronoun is unclear
            if w in ws.pronoun_female:
                pron["female"] = pron.get("female", 0) + 1
            elif w in ws.pronoun_male and not (
                w == "il" and nxt in {"y", "faut", "semble", "se", "est", "s'"}
            ):
                pron["male"] = pron.get("male", 0) + 1
    if not _agreement_triggers().isdisjoint(toks):
        agreement_votes(toks, pron, others_here=lambda: _mentions_other(toks))


_FORMER = frozenset(["ex", "former", "late", "own", "new", "old", "antiguo", "ancien", "antigo"])
_CALL_VERBS = frozenset(
    ["called", "calls", "calling", "phoned", "rang", "reported", "llamo", "llama", "llamando"]
    + ["appelle", "appelait", "telephone", "ligou", "liga", "ligando", "wrote", "escribio"]
)
_AFTER_CALL = frozenset(
    ["the", "us", "our", "to", "about", "from", "in", "this", "today", "yesterday", "last"]
    + ["al", "a", "hoy", "ayer", "por", "para", "nous", "le", "ce", "hier", "pour", "hoje"]
    + ["ontem", "ao", "porque", "because", "and", "y", "et", "e", "911", "112"]
)
_INDEFINITE = frozenset(["a", "an", "un", "una", "une", "um", "uma", "another", "otro", "autre"])
_BACK_REFERENCE = frozenset(
    ["the", "that", "this", "el", "ese", "le", "l'", "ce", "cet", "o", "esse"]
)
"""A definite before a noun of her other gender takes up someone met before, not her."""
_BARE_AFTER = frozenset(["w", "with", "by", "con", "avec", "par", "com", "por", "pelo", "for"])
_COMPANY = frozenset(["w", "with", "by", "con", "avec", "par", "com", "por", "pelo"])
_FUSED_COMPANY = frozenset(["pelo", "pela"])
"""Before a definite and a noun, who is with her or acted on her, not her ("for the
woman" may be her, so "for" is not one)."""
_AGE_WORDS = frozenset(["year", "years", "yr", "yrs", "yo"])
"""An age written before the noun ("a 22-yr-old man"): still the article's noun."""


_NOT_GENITIVE = frozenset(["it", "that", "there", "who", "what", "this", "here", "she", "he"])


def _genitive(word: str) -> bool:
    """`word` then "s" is a possessor ("employer's"), not a contraction ("she's", "it's")."""
    w = word.rstrip("'")
    return w.isalpha() and w not in _NOT_GENITIVE


def _her_companion(toks: list[str], i: int, gender: str) -> bool:
    """The noun at `i` follows "with the" ("com o", "avec le", "pelo") in a sentence whose
    subject before it is a pronoun of the other sex: the person with her, not her ("Ela
    mora com o menino"). Without such a pronoun the writer may be with her ("estoy con la
    muchacha del bar")."""
    prev = toks[i - 1] if i > 0 else ""
    ws = lexicon.word_sets()
    other = ws.pronoun_male if gender == "female" else ws.pronoun_female
    k = i - 1  # back over "the", "a", "little": "came with a little boy"
    while k >= 0 and (
        toks[k] in _DEFINITE or toks[k] in _BACK_REFERENCE or toks[k] in _before_noun()
    ):
        k -= 1
    if k >= 1 and toks[k] in function_words().and_words and toks[k - 1] in other:
        return True  # "a bed for her and the boy", "para ella y el niño": joined to her
    joined = prev in _FUSED_COMPANY or (k < i - 1 and k >= 0 and toks[k] in _COMPANY)
    return joined and not other.isdisjoint(toks[:i])


@cache
def _before_noun() -> frozenset[str]:
    """Indefinite articles and the age and size words a noun may follow ("a little boy")."""
    return function_words().indefinite_articles | NP_MODIFIERS | _CHILD_MODIFIERS


def _introduces_another(toks: list[str], i: int, gender: str, votes: dict[str, int]) -> bool:
    """A gendered noun that brings a new person in ("a man", "un homme", "w/ adult male")
    or takes one up ("the man", "el hombre") once the note has told the survivor's other
    gender: an indefinite introduces a new referent, a definite one met before, and the
    survivor was introduced already."""
    if not votes or gender in votes:
        return False
    j = i - 1
    while j >= 0 and (toks[j] in NP_MODIFIERS or toks[j] in _AGE_WORDS or toks[j].isdigit()):
        j -= 1  # "a 30 year old man", "an older man"
    det = toks[j] if j >= 0 else ""
    return (
        det in _INDEFINITE
        or det in _BARE_AFTER
        or det in _BACK_REFERENCE  # "the man came to the church asking for her"
        or toks[i].split()[0] in _INDEFINITE
    )


_OF = frozenset(["de", "do", "da", "del", "of"])


def _describes_another(toks: list[str], i: int, hit: str, gender: str, votes: dict) -> bool:
    """A two-word gender phrase after "de / do" ("de sexo masculino", "do sexo feminino")
    describes the noun before it: no vote of hers when that noun is a child or another
    person ("su hijo, de sexo masculino"), or one an indefinite brings in after her."""
    if " " not in hit or i < 2 or toks[i - 1] not in _OF:
        return False
    j = i - 2 if toks[i - 2] not in (",", "(") else i - 3
    head = toks[j] if j >= 0 else ""
    ws = lexicon.word_sets()
    if head in ws.child_singular or head in ws.child_plural or head in _other_people():
        return True
    return j > 0 and _introduces_another(toks, j, gender, votes)


_THE_PARENT = frozenset(
    [("the", w) for w in ("mother", "father", "mom", "mum", "dad")]
    + [("la", "madre"), ("el", "padre"), ("la", "mere"), ("le", "pere"), ("a", "mae")]
    + [("o", "pai")]
)
"""A parent named with the definite article ("the mother knows", "la mère est au
courant") is someone the note already knows of, not the person it describes."""


def _opens_sentence(toks: list[str], i: int) -> bool:
    """The pronoun is the sentence's first word (after a speaker's label): its subject,
    the person the note is about ("She says her employer kept it")."""
    start = toks.index(":") + 1 if ":" in toks[:i] and toks.index(":") < 6 else 0
    return i == start or (
        i == start + 1 and toks[start] in ("and", "y", "et", "e", "but", "pero", "mais", "mas")
    )


_DEFINITE = frozenset(
    ["the", "that", "this", "el", "ese", "aquel", "le", "la", "l'", "ce", "cet"]
    + ["o", "a", "esse", "essa", "aquele", "aquela"]  # pt: "o homem que a explorava"
)
_RELATIVE = frozenset(["who", "that", "whom", "que", "quien", "qui"])


def _settle_gender(
    votes: dict[str, int], pron: dict[str, int], out: Extraction, *, answer: bool
) -> None:
    if "self_described" in votes:
        out.put("person.gender", "self_described")
        return
    if votes:
        if len(votes) == 1:
            noun, n = next(iter(votes.items()))
            if (
                noun != "nonbinary"
                and not answer
                and (noun not in pron or _pronoun_side(pron) not in (None, noun))
                and sum(pron.values()) >= max(5, 3 * n)
            ):
                return  # one noun against (nearly) every pronoun of a long note: left open
            out.put("person.gender", noun)
        elif set(votes) == {"female", "nonbinary"} or set(votes) == {"male", "nonbinary"}:
            out.put("person.gender", "nonbinary")
        elif (
            not answer
            and len(pron) == 1
            and next(iter(pron.values())) >= 2
            and next(iter(pron)) in votes
        ):
            out.put("person.gender", next(iter(pron)))  # nouns disagree; every pronoun agrees
        elif (
            not answer
            and (side := _pronoun_side(pron))
            and votes.get(side, 0) == max(votes.values())
        ):
            out.put("person.gender", side)  # nouns even or leaning the way of nearly every
            # pronoun ("une jeune femme ... l homme ne sait pas ou elle est ... elle")
        return
    if answer:
        return
    if len(pron) == 1 and next(iter(pron.values())) >= 2:
        out.put("person.gender", next(iter(pron)))
    elif side := _pronoun_side(pron):
        out.put("person.gender", side)  # "she" throughout, one "him" of her cousin


def _pronoun_side(pron: dict[str, int]) -> str | None:
    """The gender nearly every pronoun of a note has: five or more, and five times any
    other's (one stray "he" of another person does not leave her sex open)."""
    if not pron:
        return None
    side, n = max(pron.items(), key=lambda kv: kv[1])
    rest = sum(pron.values()) - n
    return side if n >= 5 and n >= 5 * rest else None


def agreement(sent_folded: str, pron: dict[str, int]) -> None:
    """Agreement votes alone, for a sentence with no gender word or pronoun in it."""
    toks = tokens(sent_folded)
    agreement_votes(toks, pron, others_here=lambda: _mentions_other(toks))


_FIRST_PERSON = frozenset(
    ["i", "im", "me", "my", "yo", "soy", "estoy", "tengo", "mi", "je", "j'", "moi", "mon"]
    + ["eu", "sou", "estou", "tenho", "meu", "minha"]
)


def survivor_speaks(text: str) -> bool:
    """The note is a transcript in which she has turns: a role word for her ("Caller",
    "Usuaria", "UTENTE", `name_roles`) labels two or more lines."""
    roles = lexicon.by_language("name_roles")
    return ":" in text and not roles.isdisjoint(_speaker_labels(text))
