"""How far a place she is at reaches in time: through tonight or not.

A place she is at is often told with a span ("staying with a church member for now",
"solo por unos días", "jusqu'à la fin de la semaine", "até sexta"). A span that reaches
past tonight says she has a bed tonight, so a place only offered (maybe only for now)
becomes clear; a need told with a span that ends tonight ("only for tonight", "solo por
hoy") is a need for later, while the place itself still holds tonight.

The spans are data per language (`lexicon/<lang>/words.toml`): `tonight_spans`, phrases
that reach through tonight ("for now", "por unos días", "pour quelques jours", "por
agora"), and an `span_openers` word ("until", "hasta", "jusqu'à", "até") followed within
three words by a `span_ends` word that lies after tonight ("tomorrow", "jueves", "fin",
"semana"); "until 6pm today" ends before the night and is no span. A departure or an end
set on such a day (`span_leaves`: "has to leave on Monday", "debe irse el viernes") is a
span too: she is there until then (stop 40, tonight5).
"""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon, statement_rules
from caseassist.intake.read.result import Extraction
from caseassist.intake.trie import alternation


@cache
def _until_later() -> re.Pattern[str]:
    """An opener, up to three words, then an end after tonight ("till end of month"); or a
    departure or an end set then (`span_leaves`: "has to leave on Monday", "debe irse el
    viernes", "doit quitter ce logement vendredi", "tem de sair na sexta")."""
    opening = lexicon.by_language("span_openers") | lexicon.by_language("span_leaves")
    openers = alternation(opening, r"\s+")
    ends = alternation(lexicon.by_language("span_ends"), r"\s+")
    return re.compile(rf"\b(?:{openers})\s+(?:[a-z0-9']+\s+){{0,3}}?(?:{ends})(?![a-z0-9])")


def covers_tonight(sentence: str) -> bool:
    """The folded sentence holds a span that reaches through tonight."""
    return bool(
        lexicon.phrase_regex("tonight_spans").search(sentence) or _until_later().search(sentence)
    )


def place_spans_tonight(rule: statement_rules.Rule, sentence: str, matched: str) -> bool:
    """A place reading (the value false) of a `[statements] spans` fact with a span through
    tonight in its sentence, outside the words the rule matched: a rule that names its own
    span ("she stays with us for now": the referrer, maybe by day) has weighed it."""
    return (
        rule.value is False
        and rule.fact in lexicon.words_of_rules("statements", "spans")
        and covers_tonight(sentence.replace(matched, " "))
    )


def limit_after_tonight(
    rule: statement_rules.Rule, sentence: str, clause: str, m: re.Match[str] | None = None
) -> bool:
    """The sentence holds an `after_tonight` limit ("can't stay past tonight", "solo por
    hoy") that leaves the reading unread: any need, and a place not named for tonight. A
    place reading whose own words are the limit (`m`: "cannot stay past tonight", "no puede
    quedarse más de esta noche") has weighed it: she stays tonight (stop 38, tonight3)."""
    if past_span(rule, sentence, clause):
        return True
    if rule.value is False and m is not None:
        sentence = sentence.replace(m.group(), " ")
    return bool(lexicon.phrase_regex("after_tonight").search(sentence)) and (
        rule.value is not False or not place_named_tonight(clause)
    )


def past_span(rule: statement_rules.Rule, sentence: str, clause: str) -> bool:
    """A state (a `fixed` rule of a `[statements] past_spans` fact) in a sentence set in a
    span gone by (`past_spans`: "for a year he worked on sites, sleeping in a van",
    "durante dos años durmió en el almacén"), with no `ongoing_words` ("still", "has been",
    "lleva", "depuis", "há") nor tonight in its clause: her life then, not tonight."""
    if not (rule.fixed and rule.value is True):
        return False
    if rule.fact not in lexicon.words_of_rules("statements", "past_spans"):
        return False
    return (
        lexicon.phrase_regex("past_spans").search(sentence) is not None
        and lexicon.phrase_regex("ongoing_words").search(sentence) is None
        and lexicon.phrase_regex("tonight_words").search(clause) is None
    )


def offer_past_need(rule: statement_rules.Rule, clause: str, out: Extraction) -> bool:
    """A need told in a past tense (`need_pasts`: "avait besoin d'un hébergement",
    "necesitaba un lugar donde dormir", "tenía hambre", "she had nowhere to sleep", "no
    tenía dónde dormir") with no tonight in its clause: a need of then, maybe met since
    ("; elle est désormais au foyer"); or a need for tonight or a later day, either
    (`tonight_or_later`: "necesitaríamos la plaza hoy o mañana", "today or tomorrow"): a
    night not sure. It is offered, and True says the rule's reading stops there."""
    if rule.value is False:
        return False
    if lexicon.phrase_regex("tonight_or_later").search(clause) or (
        lexicon.phrase_regex("need_pasts").search(clause)
        and not lexicon.phrase_regex("tonight_words").search(clause)
    ):
        out.maybe(rule.fact, True)
        out.then.add(rule.fact)
        return True
    return False


def place_named_tonight(clause: str) -> bool:
    """A place's own clause names tonight outside an `after_tonight` limit ("esta noche se
    queda en la casa parroquial, pero solo por hoy"): the limit then says only that the
    place ends after tonight. A place with no tonight of its own beside a limit ("dort
    chez un ami, mais l'ami ne peut plus le garder après ce soir") stays unread."""
    rest = lexicon.phrase_regex("after_tonight").sub(" ", clause)
    return bool(lexicon.phrase_regex("tonight_words").search(rest))


@cache
def _ends_from_tonight() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A `place_end_cues` phrase and within five words a `from_tonight` phrase: in either
    order ("who can no longer keep her as of tonight", "a partir de hoy ya no puede"), and
    cue first only."""
    cues = alternation(lexicon.by_language("place_end_cues"), r"\s+")
    start = alternation(lexicon.by_language("from_tonight"), r"\s+")
    gap = r"\s+(?:[a-z0-9'-]+\s+){0,5}?"
    first = rf"(?:{cues}){gap}(?:{start})"
    either = rf"\b(?:{first}|(?:{start}){gap}(?:{cues}))(?![a-z0-9])"
    return re.compile(either), re.compile(rf"\b{first}(?![a-z0-9])")


def place_ends_tonight(rule: statement_rules.Rule, clause: str, sentence: str, place: str) -> bool:
    """A place reading (the value false) said to end from tonight, in its own clause or
    after the place in its sentence, up to a semicolon ("staying with a cousin, who can no
    longer keep her from tonight", "hébergé par un compatriote qui ne peut plus le garder à
    partir de ce soir"): she has no bed tonight. One that ends only after tonight ("past
    tonight") is `limit_after_tonight`'s; "from tonight she cannot go back" is no end."""
    if rule.value is not False:
        return False
    either, first = _ends_from_tonight()
    if either.search(clause):
        return True
    at = sentence.find(place)
    tail = re.split(r"[;.]", sentence[at + len(place) :], maxsplit=1)[0] if at >= 0 else ""
    if first.search(tail):
        return True
    # "dort chez un ami qui ne peut plus le loger ce soir": the host refuses her tonight
    # (not "past tonight", `after_tonight`; not "after Sunday" with tonight elsewhere)
    return bool(_host_refuses().search(tail)) and not lexicon.phrase_regex("after_tonight").search(
        tail
    )


@cache
def _host_refuses() -> re.Pattern[str]:
    """A `refusal_cues` phrase right before a `host_verbs` one, then within three words a
    `tonight_words` one ("cannot keep her tonight", "ne peut plus le loger ce soir", "ya no
    puede tenerla esta noche", "não pode recebê-la hoje"), or with nothing after it: the host
    will not keep her tonight."""
    cues = alternation(lexicon.by_language("refusal_cues"), r"\s+")
    hosts = alternation(lexicon.by_language("host_verbs"), r"\s+")
    night = alternation(lexicon.by_language("tonight_words"), r"\s+")
    gap = r"\s+(?:[a-z0-9'-]+\s+){0,3}?"
    # or the refusal ends the clause, with no time at all ("but the neighbour cannot keep
    # her.", "mas a vizinha não pode recebê-la."): she cannot stay there now
    return re.compile(rf"\b(?:{cues})\s+(?:{hosts})(?:{gap}(?:{night})(?![a-z0-9])|\s*$)")


def long_term_need(rule: statement_rules.Rule, clause: str, sentence: str) -> bool:
    """A need stated with a cue (not a fixed state such as "no fixed abode") whose clause
    holds a `long_term_words` word ("necesita un alojamiento estable", "needs permanent
    accommodation", "besoin d'un hébergement durable") and whose sentence names no tonight
    and whose clause no emergency place (`emergency_shelter`):
    the need for a place to live, not a bed tonight (`[statements] long_term`)."""
    return (
        not rule.fixed
        and rule.fact in lexicon.words_of_rules("statements", "long_term")
        and bool(lexicon.phrase_regex("long_term_words").search(clause))
        and not lexicon.phrase_regex("tonight_words").search(sentence)
        # an emergency place beside it is tonight's ("necessita de acolhimento de emergência
        # e, depois, de habitação permanente")
        and not lexicon.phrase_regex("emergency_shelter").search(clause)
    )


@cache
def _subject_line() -> re.Pattern[str]:
    """A sentence that opens with an e-mail's subject or forward label (`subject_labels`:
    "Subject:", "Objet : TR:", "Asunto:", "Assunto:", "Fwd:")."""
    labels = alternation(lexicon.by_language("subject_labels"), r"\s+")
    return re.compile(rf"^[\s>*-]*(?:{labels})\s*:")


def subject_only(rule: statement_rules.Rule, sentence: str) -> bool:
    """A reading of a `[statements] subject_offers` fact from an e-mail's subject line that
    names no tonight ("Objet : demande d'hébergement", "Assunto: Pedido de transferência
    urgente"): the topic of the message, maybe for later or already met, so only offered."""
    return (
        rule.fact in lexicon.words_of_rules("statements", "subject_offers")
        and bool(_subject_line().match(sentence))
        and not lexicon.phrase_regex("tonight_words").search(sentence)
    )
