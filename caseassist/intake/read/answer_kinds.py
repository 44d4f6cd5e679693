"""What kind of answer a survivor gave: declined, don't know, yes or no, and on
which topic; the words `interpret_answer` reads every answer kind by (see answers.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import at, find, sentences
from caseassist.intake.read.inability import negates_ability, word_after_opening_no
from caseassist.intake.read.roles import _CLEAR_YES, _not_hedges
from caseassist.intake.read.segment import ffold, tokens

# ---------------------------------------------------------------- answer kinds

_SELF_DESCRIBED = (
    "genderfluid",
    "gender fluid",
    "two spirit",
    "agender",
    "bigender",
    "genderqueer",
    "my own words",
    "mis propias palabras",
    "genero fluido",
    "muxe",
    "mes propres mots",
    "genre fluide",
)
_EACH_TIME = (
    "each time",
    "every time",
    "cada vez",
    "chaque fois",
    "ask me first",
    "ask first",
    "preguntenme antes",
    "demandez moi avant",
)
_NOT_YET = (
    "not yet",
    "need to think",
    "have to think",
    "still thinking",
    "todavia no",
    "aun no",
    "tengo que pensar",
    "pas encore",
    "je dois reflechir",
    "pas tout de suite",
)

DECLINED = "__declined__"
UNKNOWN = "__unknown__"


@lru_cache(maxsize=64)
def _token_phrases(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in (" ".join(tokens(p)) for p in phrases) if t)


def _phrase_in(folded: str, phrases: Iterable[str]) -> bool:
    padded = f" {' '.join(tokens(folded))} "
    return any(f" {p} " in padded for p in _token_phrases(tuple(phrases)))


def _phrase_leads(folded: str, phrases: Iterable[str]) -> bool:
    """The phrase is the answer, or how it begins ("I don't know, ..."), or a short answer holds it."""
    toks = tokens(folded)
    short = sum(1 for t in toks if t[0].isalnum()) <= 6
    joined = " ".join(toks)
    padded = f" {joined} "
    for pt in _token_phrases(tuple(phrases)):
        if joined.startswith(pt + " ") or joined == pt:
            return True
        if short and f" {pt} " in padded:
            return True
    return False


def answer_kind(text: str) -> str | None:
    """DECLINED or UNKNOWN when an answer says "prefer not to say" / "don't know"."""
    f = _after_fillers(ffold(text))
    ws = lexicon.word_sets()
    if _phrase_leads(f, ws.declines):
        return DECLINED
    if her_dont_know(f):
        return UNKNOWN
    return None


_DOUBT_WORDS = ("not sure", "unsure", "no estoy segur", "pas sur", "pas sure", "no se")
_DOUBT_WORDS += ("quizas", "peut etre", "maybe")


def doubts_it(folded: str) -> bool:
    """Her doubt in so many words ("not sure", "no sé", "peut-être"), past the phrases whose
    doubt is of something else (`not_hedges`: "no se lo puedo decir") and a hedge that only
    softens a "never" after it ("Not now, maybe not ever", "Peut-être jamais": a refusal,
    `hedged_nevers`, as `lexicon.hedge_regex` reads it)."""
    plain = lexicon.softened_nevers().sub(" ", _not_hedges().sub(" ", folded))
    return _phrase_in(plain, _DOUBT_WORDS)


def her_dont_know(folded: str) -> bool:
    """A "don't know" that is hers: it leads the answer, or a short answer holds it with no
    one else as its subject ("No, they don't know", "Mi madre no sabe" to the question of
    who knows where she is: their not knowing, a no, not her "I don't know")."""
    folded = _not_hedges().sub(" ", folded).strip()  # "No se lo puedo decir": a pronoun
    if not _phrase_leads(folded, lexicon.word_sets().dont_know):
        return False
    if opens_unknowing(folded):
        return True
    toks = tokens(folded)
    others = _other_subjects()
    for p in _token_phrases(_dont_know()):
        n = len(p.split())
        for i in range(len(toks) - n + 1):
            if " ".join(toks[i : i + n]) == p and (i == 0 or toks[i - 1] not in others):
                return True
    return False


def _dont_know() -> tuple[str, ...]:
    return lexicon.word_sets().dont_know


@lru_cache(maxsize=1)
def _other_subjects() -> frozenset[str]:
    """Words that, just before a "don't know", make it someone else's: he, they, my mother."""
    ws = lexicon.word_sets()
    return (
        ws.pronoun_female | ws.pronoun_male | ws.other_people | lexicon.by_language("third_persons")
    )


def words_besides_kind(text: str) -> int:
    """How many words an answer of one kind says besides its kind phrase ("no sé, como de
    todo": three; "No lo sé": none), so what she stated plainly is not wiped by it."""
    f = _after_fillers(ffold(text))
    ws = lexicon.word_sets()
    toks = [t for t in tokens(f) if t[0].isalnum()]
    joined = " ".join(toks)
    for p in sorted(_token_phrases((*ws.declines, *ws.dont_know)), key=len, reverse=True):
        if f" {p} " in f" {joined} ":
            return len(toks) - len(p.split())
    return len(toks)


def _after_fillers(folded: str) -> str:
    """The answer after the hesitation it opens with ("Euh... je préfère pas", "Well, I'd
    rather not say", "I'm sorry, I'd rather not answer"; `answer_lead_fillers`), so a decline
    still leads it."""
    toks = tokens(folded)
    lead = lexicon.by_language("answer_lead_fillers")
    k = 0
    while k < len(toks) and k < 6:  # a filler may be several words: "I'm sorry", "lo siento"
        if not toks[k][0].isalnum():
            k += 1
            continue
        width = next((w for w in (3, 2, 1) if " ".join(toks[k : k + w]) in lead), 0)
        if not width:
            break
        k += width
    return " ".join(toks[k:]) if 0 < k < len(toks) else folded


def _yes_no(folded: str) -> bool | None:
    ws = lexicon.word_sets()
    toks = tokens(folded)
    lead = lexicon.by_language("answer_lead_fillers")
    for _ in range(3):  # "Right now, yes", "Ahora sí", "Bon, maintenant oui"
        k = 2 if len(toks) > 2 and " ".join(toks[:2]) in lead else 1
        if len(toks) <= k or " ".join(toks[:k]) not in lead:
            break
        toks = toks[k:]
        if toks and not toks[0][0].isalnum():
            toks = toks[1:]
    toks = _after_told(toks)
    if not toks or led_by_past(toks):
        return None  # "Antes sí, cuando llegué": a yes of a time gone by
    if _bare_never(toks):
        return False  # "Never. They will find me there", "Nunca más", "Jamais !"
    if negates_ability(toks):
        return None  # "No puedo trabajar": the verb's negator, no answer (inability.py)
    first2 = " ".join(toks[:2])
    first3 = " ".join(toks[:3])
    if " " in first2 and " " not in lexicon.respell(first2):
        return None  # "No where.": one word written in two (`[respell]`), no "no"
    if first3 in ws.no or first2 in ws.no or toks[0] in ws.no:
        return False
    if first3 in ws.yes or first2 in ws.yes or toks[0] in ws.yes:
        return True
    if _echoed_refusal(toks):
        return False  # "Elle ne veut pas.", "She doesn't want to", "Ela recusa."
    words = [t for t in toks if t[0].isalnum()]
    if len(words) <= 5 and any(t in _CLEAR_YES for t in words):
        return True  # "un poco, si", "well... yes"
    if _yes_after_lead(toks, ws.no):
        return True  # a yes after what it is about: "Long-term, yes. ...", "Ma soeur oui, ..."
    echo = lexicon.by_language("echo_yes")
    for k in (2, 1):  # the verb alone answers yes: "Agora estou, ...", "Estoy."
        head, rest = " ".join(toks[:k]), toks[k : k + 1]
        after = toks[k + 1 : k + 2]  # "Consigo, não" (with you, no): the no is the reply
        if len(toks) >= k and head in echo and (not rest or not rest[0][0].isalnum()):
            return None if after and after[0] in ws.no else True
    return None


_PAST_LEADS = ("answer_past_leads", "past_times")


def led_by_past(toks: list[str]) -> bool:
    """An answer whose yes or no comes after a time gone by ("Antes sí, cuando llegué",
    "Last year yes, now I rent", "No ano passado sim", "Avant oui"): her answer of then,
    none of now. One rule for every question (`answer_past_leads`, `past_times`)."""
    ws = lexicon.word_sets()
    head = toks[:8]
    if any(lexicon.phrase_regex(key).match(" ".join(head)) for key in _PAST_LEADS):
        return True
    k = next((i for i, t in enumerate(head) if t in ws.yes or t in ws.no), 0)
    before = " ".join(head[:k])
    return k > 0 and any(lexicon.phrase_regex(key).search(before) for key in _PAST_LEADS)


def _after_told(toks: list[str]) -> list[str]:
    """The answer after "I told you" / "Ya le dije" opening it (`told_already`), so the
    yes or no she repeats leads it again ("I told you, no")."""
    plain = [t for t in toks if t != "'"]
    n = at(plain, 0, "told_already")
    if not n:
        return toks
    rest = plain[n:]
    while rest and not rest[0][0].isalnum():
        rest = rest[1:]
    return rest


def _bare_never(toks: list[str]) -> bool:
    """A never-word (`never_answers`) that is the whole answer or its first clause: "Never.",
    "never, they will find me"; not "Nunca me dejan salir", a statement with its verb."""
    phrases = lexicon.by_language("never_answers")
    for k in (4, 3, 2, 1):
        if len(toks) >= k and " ".join(toks[:k]) in phrases:
            return len(toks) == k or not toks[k][0].isalnum()
    return False


def _echoed_refusal(toks: list[str]) -> bool:
    """A reply that is only the question's wish verb negated, or a refusal verb, with
    nothing after it but a stop (`echo_no`: "Elle ne veut pas, elle dit non", "She does
    not want to.", "Ella no quiere.", "Ela recusa."): a no, as "Quiero." is a yes."""
    echo = lexicon.by_language("echo_no")
    for k in range(min(len(toks), 5), 0, -1):
        rest = toks[k : k + 1]
        if " ".join(toks[:k]) in echo and (not rest or not rest[0][0].isalnum()):
            return True
    return _echoed_without_objects(toks, echo)


def _echoed_without_objects(toks: list[str], echo: frozenset[str]) -> bool:
    """The same refusal with the thing refused as a pronoun (`echo_objects`: "She does not
    want them.", "No la quiere.", "Elle n'en veut pas.", "Ela não a quer."): the pronoun
    stands for the question's topic, so the refusal is whole without it."""
    objects = lexicon.by_language("echo_objects")
    words: list[str] = []
    for i, t in enumerate(toks[:7]):
        if not t[0].isalnum():
            return i > 0 and " ".join(words) in echo and len(words) < len(toks[:i])
        if i > 0 and t in objects:
            continue
        words.append(t)
    return len(toks) <= 7 and " ".join(words) in echo and len(words) < len(toks)


def negates_a_verb(folded: str) -> bool:
    """The answer opens with a "no" that negates the word right after it ("No quiero que
    sepa la policía", "Não posso trabalhar"): a statement, not a bare no to the question."""
    return word_after_opening_no(tokens(folded)) is not None


def _yes_after_lead(toks: list[str], no_words: frozenset[str]) -> bool:
    """A yes in the first five words, no "no" before it, a comma or a stop after it ("si"
    before a word is "if"): what it is about named first ("Com a minha mae, sim.")."""
    words = 0
    for i, t in enumerate(toks):
        if not t[0].isalnum():
            continue
        words += 1
        if words > 5 or t in no_words:
            return False
        if t in _CLEAR_YES and words > 1:
            return i + 1 == len(toks) or not toks[i + 1][0].isalnum()
    return False


def _on_topic(folded: str) -> str:
    """The part of an answer about what was asked: up to a topic shift ("par contre un
    avocat peut-être": the hedge is about the lawyer, not the police asked about), or up
    to a later sentence opened by a topic of its own (`topic_openers`: "Sí, a la policía
    sí. Sobre el abogado, no sé todavía")."""
    m = lexicon.phrase_regex("topic_shifts").search(folded)
    if m and m.start() > 0:
        folded = folded[: m.start()]
    t = _LATER_TOPIC().search(folded)
    return folded[: t.start()] if t else folded


@lru_cache(maxsize=1)
def _LATER_TOPIC() -> re.Pattern[str]:  # noqa: N802 (a compiled constant, built on first use)
    """A topic opener at the start of a sentence after the first ("... . Sobre el abogado,")."""
    return re.compile(rf"(?<=[.!?;])\s+(?={lexicon.alternatives('topic_openers')}\b)")


def _conditional(folded: str, fact_id: str = "") -> bool:
    """A yes with a condition ("only if", "as long as", "tell me first"): offered, not applied;
    for a fact a safety condition only offers (`[statements] safe_if_hedged`), that one too
    ("Sí, cuando sea seguro", "If it is safe, yes", "Se for seguro, sim"), as in a note."""
    if lexicon.phrase_regex("conditions").search(folded) is not None or _if_clause(folded):
        return True
    safe_only = lexicon.words_of_rules("statements", "safe_if_hedged")
    return (
        fact_id in safe_only
        and lexicon.phrase_regex("safety_conditions").search(folded) is not None
    )


def _if_clause(folded: str) -> bool:
    """The answer's first sentence holds a clause opened by "if" (`if_words`, each folder's
    answers.toml: "Oui, si on me protège", "Sim, se me protegerem", "Si me prometen que no
    me deportan, sí"): a phrase of two words or more, or the word then a word of its clause
    (never "si," alone: a yes)."""
    toks = sentences(folded)[0] if folded.strip() else []
    i = find(toks, "if_words")
    while i >= 0:
        n = at(toks, i, "if_words")
        if n > 1 or (i + n < len(toks) and toks[i + n][0].isalnum()):
            return True
        i = find(toks, "if_words", i + 1)
    return False


def _inverted(fact_id: str, question: str | None) -> bool:
    """The question was put the other way round from the fact ("Do you feel safe?" for
    "in immediate danger"): a bare yes or no answers its opposite."""
    if not question:
        return False
    words = lexicon.words_of_rules("answers", "inverted_by").get(fact_id, ())
    folded = ffold(question)
    negators = lexicon.word_sets().negators
    asks = [q for q in folded.split("?") if q.strip()]
    # "Avez-vous faim ? Y a-t-il des choses que vous ne mangez pas ?": what she does not eat
    # is asked, not whether she has eaten; beside another question, a sentence with a
    # negator inverts nothing composed ("Vous n'avez pas mangé ?" alone still does)
    plain = [q for q in asks if len(asks) == 1 or not set(tokens(q)) & negators]
    return _phrase_in(folded, words) or any(_inverted_composed(fact_id, q) for q in plain)


def _inverted_composed(fact_id: str, folded: str) -> bool:
    """The inversion composed (`[answers.inverted_composed]`): a word of each `all_of`
    group in the question ("has she got" + "a bed"), and no `unless` word (a need asked)."""
    spec = lexicon.rules_data().get("answers", {}).get("inverted_composed", {}).get(fact_id)
    if not spec:
        return False
    found = lambda keys: any(lexicon.phrase_regex(k).search(folded) for k in keys)  # noqa: E731
    return all(found(g) for g in spec["all_of"]) and not found(spec.get("unless", ()))


def opens_unknowing(folded: str) -> bool:
    """The answer opens on her not knowing (`dont_know`: "no sé", "não sei"), whose "no"
    is no answer."""
    joined = " ".join(tokens(folded))  # (with its marks: "No, se fue" is a no)
    return any(joined == p or joined.startswith(p + " ") for p in _token_phrases(_dont_know()))
