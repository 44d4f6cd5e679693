"""Who knows where she is: the subject, the verb and the place of a "knows / found /
waits for her at" statement, and whether that person is on the exploiter's side."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.households import (
    household_as_theirs,
    household_pointed,
    household_pointers,
)
from caseassist.intake.read.knower_antecedents import (
    _OF,
    _OTHER_OF,
    CLEAR,
    _antecedent,
    _people,
    _safe_knowers,
    _sentence_subject,
    _taken_up_in_her_words,
)
from caseassist.intake.read.knower_names import whole_names
from caseassist.intake.read.roles import _SURVIVOR_SUBJECTS, _TOPICS, _other_people
from caseassist.intake.read.their_side import exploiters, in_worked_for, on_their_side

MAYBE = "maybe"
_THEY = frozenset(["they", "ellos", "ellas", "ils", "elles", "eles", "elas"])
_HE_SHE = frozenset(["he", "she", "el", "ella", "il", "elle", "ele", "ela"])
_ME = frozenset(["i", "me", "my", "yo", "mi", "je", "j'", "moi", "eu", "meu", "minha"])
_ME_VERBS = frozenset(
    ["am", "estoy", "vivo", "duermo", "trabajo", "suis", "habite", "dors", "estou", "moro"]
    + ["vine", "llegue", "entre", "vim", "cheguei", "entrei"]  # "él sabe que vine al consulado"
)
_THAT = frozenset(["que", "that", "qu'"])
_AND = frozenset(["and", "y", "e", "et"])
_AUXILIARIES = frozenset(["does", "do", "did"])  # "Does not know the new shelter"
_OPENING = 4  # the words a sentence's subject opens within ("El dueño del bar sabe...")
_MY = frozenset(["me", "my", "mi", "mis", "moi", "mon", "ma", "mes", "meu", "minha", "comigo"])
_PLURAL_KNOW = frozenset(
    ["saben", "sabian", "conocen", "savent", "connaissent", "sabem", "conhecem"]
    # a plural verb with no subject at her door: "la esperan a la salida", "l'attendent"
    + ["esperan", "vinieron", "llegaron", "aparecieron", "attendent", "rodent", "esperam"]
    + ["vieram", "apareceram"]
)
_OBJECT_CLITICS = frozenset(["la", "lo", "le", "los", "las", "l'", "a", "o"])


_QUOTES = frozenset(['"', "“", "”", "«", "»", "'"])


def their_people(note_words: list[str]) -> frozenset[str]:
    """The person words this note gives to the life she left: a relation in quotes (an
    "uncle" who is none, «la tía», "o tio") or one of an exploiter's ("the owner's brother",
    "el hermano del patrón"). Taken up after "the / that" later, that person is theirs."""
    people = _safe_knowers() | _other_people()
    out = set()
    for i in range(1, len(note_words) - 1):
        w = note_words[i]
        if w in people and note_words[i - 1] in _QUOTES and note_words[i + 1] in _QUOTES:
            out.add(w)
    marked = on_their_side(note_words, people, exploiters())
    out |= {w for w, m in zip(note_words, marked, strict=False) if w in people and m != w}
    return frozenset(out)


def _as_theirs(words: list[str], theirs: frozenset[str]) -> list[str]:
    """`words` with a person of `theirs` after "the / that" or a quote written as an
    exploiter ("El "tío" sabe...", "The brother came to the office")."""
    if not theirs:
        return words
    pointers = household_pointers()
    lead = pointers | lexicon.by_language("definite_articles") | _QUOTES
    return [
        "exploiter" if w in theirs and i and words[i - 1] in lead else w
        for i, w in enumerate(words)
    ]


def _unquoted(words: list[str], bad: frozenset[str]) -> list[str]:
    """`words` with a quote closing on an exploiter word taken off ("the former 'employer'"
    is tokenised "employer'"): a so-called employer is one from that life all the same."""
    return [
        w[:-1] if w.endswith("'") and w[:-1] in bad and words[i + 1 : i + 2] != ["s"] else w
        for i, w in enumerate(words)
    ]  # (never a possessive: "the employer's husband" is his, not the employer)


@cache
def _possessives() -> tuple[frozenset[str], frozenset[str]]:
    """A safe person word that is a possessive in another note language (`possessive_
    homographs`: French "son"), and the determiners before which it is a person."""
    return lexicon.by_language("possessive_homographs"), lexicon.by_language("person_determiners")


def _without_possessives(words: list[str]) -> list[str]:
    """The words without a possessive read as a person ("l'homme a son tél et sait où elle
    dort": "son" is "his", no son of hers); after a determiner it is one ("her son")."""
    homographs, determiners = _possessives()
    return [
        w
        for i, w in enumerate(words)
        if w not in homographs or (i and words[i - 1] in determiners) or i == len(words) - 1
    ]


def _first_person(words: list[str]) -> bool:
    """Whether the place words are hers in her own words ("where I live", "où j'habite"); a
    verb form shared with the third person ("habite", "dors") only with no "he / she / they"
    before it ("elle sait où il habite" is his place). "My" before a place of care is the
    writer's workplace ("she came to my office", "vino a mi oficina"), not her words."""
    care = lexicon.by_language("care_places")
    nxt = [*words[1:], ""]
    said = {w for w, after in zip(words, nxt, strict=True) if not (w in _ME and after in care)}
    return bool(said & _ME or (said & _ME_VERBS and not said & (_HE_SHE | _THEY)))


def _described(words: list[str], bad: frozenset[str]) -> bool:
    """Someone from that life opening a relative clause that describes him, not after
    "from / of" ("the man who brings us to the clients", "o homem que cobra a dívida", "el
    hombre que nos lleva"): he is the subject, whoever the relative clause names."""
    relatives = lexicon.by_language("relatives")
    for i in range(1, len(words)):
        if words[i] not in relatives:
            continue
        one, two = words[i - 1], " ".join(words[max(0, i - 2) : i])
        start = i - 1 if one in bad else i - 2 if two in bad else None
        if start is not None and not (start and words[start - 1] in _OF):
            return True
    return False


def _carried_subject(before: list[str], sentence_before: list[str]) -> set[str]:
    """A clause with no subject of its own in a sentence opened by "he / she" and naming no
    other ("El alquila el piso, sabe que estoy aquí", "He rents the flat, knows I'm here"):
    the opening pronoun, carried on, is who knows."""
    if ":" in sentence_before[:3]:  # a speaker's turn: "LL: El alquila el piso, sabe..."
        sentence_before = sentence_before[sentence_before.index(":") + 1 :]
    opening = sentence_before[:1]
    if not opening or opening[0] not in _HE_SHE or set(before) & (_HE_SHE | _THEY):
        return set()
    if set(sentence_before) & (_HE_SHE | _THEY) != set(opening):
        return set()
    return set(opening)


def _null_subject(after: list[str]) -> bool:
    """A "que" clause whose verb has no subject of its own ("él no sabe que viene para
    allá", "ele não sabe que está aqui"): someone other than the one who knows."""
    return after[:1] == ["que"] and len(after) > 1 and after[1] not in _HE_SHE | _THEY | _ME


def knower(
    before: list[str],
    matched: list[str],
    sentence_before: list[str],
    previous: list[str] | tuple[str, ...] = (),
    *,
    household: bool = False,
    theirs: frozenset[str] = frozenset(),
) -> str:
    """Who "knows where she is" in a statement (`before` its clause's words up to the
    verb, `matched` the verb and what follows, `sentence_before` the sentence up to the
    clause): CLEAR for someone from the life she left (a named person, "they" with no
    family or helper named before it, "he" in "he knows where I live"), MAYBE for "they"
    after family or helpers, "" for the survivor herself or someone safe (her family,
    friends, the police, staff). A "he" knowing where "she" is takes up the person named
    before it, back into the `previous` sentence: someone from that life, and no one else,
    makes it clear ("The trafficker called twice. He knows she is here."). With `household`
    (the note named "a family" she worked for) "the family" is that household, and a person
    of `theirs` (`their_people`) after "the" is from that life; someone from
    that life opening a relative clause ("the man who brings us to the clients") is clear
    whoever the clause names."""
    safe, bad = _safe_knowers(), exploiters()
    before, sentence_before = _unquoted(before, bad), _unquoted(sentence_before, bad)
    # "la señora de la casa", "chef de chantier": one person, never cut at its "of"
    previous, earlier = list(previous), frozenset(previous)
    before = whole_names(before, earlier | frozenset(sentence_before))
    sentence_before, previous = whole_names(sentence_before, earlier), whole_names(previous)
    before, sentence_before = _as_theirs(before, theirs), _as_theirs(sentence_before, theirs)
    previous = _as_theirs(list(previous), theirs)
    if household:  # "le monsieur de la famille" taken up by "il": the household's man
        before, sentence_before, previous = (
            household_as_theirs(w) for w in (before, sentence_before, previous)
        )
    subject = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _HE_SHE), None)
    context = set(sentence_before + [w for i, w in enumerate(before) if i != subject])
    # "where I live" is hers only in her own words: quoted, or with no "she" / "he" about
    # her around it ("she is scared, they know where I live": the friend writing)
    # ("he will come back, he knows where I am": the same "he" again is the knower, not her)
    same = {before[subject]} if subject is not None else _carried_subject(before, sentence_before)
    voice = '"' in context or not context & _HE_SHE - same
    first = _first_person(matched[1:])
    if first and not voice:
        return ""
    # the survivor speaking ("he knows where I live", "he will find me, he knows this hospital")
    me = voice and bool(first or context & _MY)

    def they() -> str:
        return MAYBE if set(sentence_before + before) & safe and not me else CLEAR

    def scan(words: list[str]) -> str | None:
        """CLEAR, MAYBE or "" by the person words in `words`; None when there are none.
        A person after "from / of / with" is not who knows ("escaped from her pimp")."""
        words = on_their_side(words, _people(), bad)  # "el hermano del patrón"
        if _described(words, bad):
            return CLEAR  # "o homem que cobra a dívida", "the man who brings us to the clients"
        words = _without_possessives(words)  # "l'homme a son tél": no son of hers
        words = [w for i, w in enumerate(words) if not set(words[max(0, i - 2) : i]) & _OF]
        pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
        for i, w in enumerate(words):  # "the group he was with", "the man I worked for"
            if household and household_pointed(words, i):
                return CLEAR  # "chez une famille ... La famille ne sait pas où elle est"
            if (w in bad or (i and pairs[i - 1] in bad)) and not set(words[i + 1 :]) & safe:
                return CLEAR
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            pair = f"{words[i - 1]} {w}" if i else ""
            if w in safe or pair in safe:
                return ""
            if w in bad or pair in bad:
                return CLEAR
            if w in _THEY:
                return they()
            if w in _HE_SHE:  # "he can track her phone": offered; "he knows where I live"
                if me:
                    return _taken_up_in_her_words([*previous, *sentence_before, *words[:i]], w)
                place = set(matched[1:])
                # "he knows where they are": "they" may be her (a person who uses "they",
                # a mother and her children) or others: offered at most
                they_only = not place & _OTHER_OF[w] and bool(place & _THEY)
                if not place & _OTHER_OF[w] and not they_only and not _null_subject(matched[1:]):
                    return ""
                if they_only:
                    return MAYBE
                if _sentence_subject([*sentence_before, *words[:i]]):
                    return CLEAR
                return CLEAR if _antecedent([*previous, *sentence_before, *words[:i]]) else MAYBE
            if w in _SURVIVOR_SUBJECTS:
                return ""
            if w in _other_people() or pair in _other_people():
                return MAYBE  # "the landlord", "la vecina": maybe not from that life
        return None

    # the subject is after "que / that" ("mensajes de mi hermana diciendo que saben...")
    if _described(on_their_side(before, _people(), bad), bad):
        return CLEAR  # "el hombre que nos lleva a los clientes está en la puerta"
    cut = max(
        (i for i, w in enumerate(before) if w in _THAT and not in_worked_for(before, i)), default=-1
    )
    found = scan(before[cut + 1 :])
    if found is None and cut > 0 and scan(before[max(0, cut - 2) : cut]) is not None:
        found = scan(before[:cut])  # "el hombre que la explotaba sabe...": who, not that
    if found is None and cut > 0 and before[cut - 1] in _AND:
        # "dice que el hombre pasa por el mercado y que sabe...": the "que" before
        first = max((i for i, w in enumerate(before[: cut - 1]) if w in _THAT), default=-1)
        found = scan(before[first + 1 : cut - 1])
    if found is not None:
        return found
    verb = matched[1:2] if matched[:1] and matched[0] in _OBJECT_CLITICS else matched[:1]
    if verb and verb[0] in _PLURAL_KNOW:  # "lo esperan sus padres": her family, after it
        return "" if set(matched) & safe else they()
    # a subject carried from the clause before: "el tratante es su excuñado y sí sabe..."
    if set(sentence_before[:3]) & _TOPICS or sentence_before[:2] == ["as", "for"]:
        return ""
    if before[:1] and before[0] in lexicon.by_language("relatives") and sentence_before:
        # "tem medo do mestre, que sabe...": the person the relative takes up, after "of" too
        return CLEAR if set(sentence_before[-3:]) & bad else ""
    if not sentence_before and _knowing_carried(before, previous):
        return CLEAR  # "La red conoce el domicilio anterior; no conoce el recurso de destino"
    if not sentence_before and 0 < len(previous) <= 2 and scan(list(previous)) == CLEAR:
        return CLEAR  # a subject cut off as its own sentence: "Trafic. no sabe su ubicación"
    if _but_carries(before, sentence_before):
        return CLEAR  # "El dueño sabe dónde vive su amiga, pero no sabe de aquí": still him
    return scan(sentence_before) or ""


def _but_carries(before: list[str], sentence_before: list[str]) -> bool:
    """A clause of only "but" (and a negator) with no subject of its own, in a sentence
    opened by someone from that life (`_OPENING` words): the opening subject goes on."""
    ws = lexicon.word_sets()
    rest = [w for w in before if w not in ws.negators]
    if not rest or rest[0] not in lexicon.by_language("but_words") or len(rest) > 1:
        return False
    bad = exploiters()
    people = _safe_knowers() | bad | _other_people()
    first = next((w for w in sentence_before[:_OPENING] if w in people), None)
    return first is not None and first in bad


def _knowing_carried(before: list[str], previous: list[str]) -> bool:
    """A clause with no subject of its own (a negator at most before its verb) right after a
    sentence opened by someone from that life knowing something ("La red conoce el domicilio
    anterior; no conoce el recurso de destino", "The boss knows she left. Does not know where
    she is"): the same person goes on knowing, or not."""
    if any(w not in lexicon.word_sets().negators and w not in _AUXILIARIES for w in before):
        return False
    bad = exploiters()
    people = _safe_knowers() | bad | _other_people() | _HE_SHE | _THEY | _ME
    heads = [*previous[1:_OPENING], ""]  # (an article that is also "he": "el patrón")
    first = next(
        (
            i
            for i, (w, n) in enumerate(zip(previous, heads, strict=False))
            if w in people and n not in people
        ),
        None,
    )
    if first is None or previous[first] not in bad:
        return False
    knowing = lexicon.by_language("knowing_verbs") | lexicon.by_language("place_knowing")
    return not knowing.isdisjoint(previous[first + 1 : first + 3])
