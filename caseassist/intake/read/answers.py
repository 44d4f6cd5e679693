"""Reading a free-text answer to one question, and the answer kinds (declined, don't know)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from caseassist.intake import lexicon
from caseassist.intake.facts import FACTS
from caseassist.intake.numbers import AMBIGUOUS, digits_for_words, to_int
from caseassist.intake.read.children import _children
from caseassist.intake.read.countries import _country_at
from caseassist.intake.read.gender import _gender, _settle_gender
from caseassist.intake.read.languages import _language_list, _settle_languages
from caseassist.intake.read.note import extract
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _CLEAR_YES, _has_hedge, _other_subject
from caseassist.intake.read.segment import clauses, ffold, sentences, tokens

# ---------------------------------------------------------------- answers

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
    f = ffold(text)
    ws = lexicon.word_sets()
    if _phrase_leads(f, ws.declines):
        return DECLINED
    if _phrase_leads(f, ws.dont_know):
        return UNKNOWN
    return None


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
    if not toks:
        return None
    first2 = " ".join(toks[:2])
    first3 = " ".join(toks[:3])
    if first3 in ws.no or first2 in ws.no or toks[0] in ws.no:
        return False
    if first3 in ws.yes or first2 in ws.yes or toks[0] in ws.yes:
        return True
    words = [t for t in toks if t[0].isalnum()]
    if len(words) <= 5 and any(t in _CLEAR_YES for t in words):
        return True  # "un poco, si", "well... yes"
    if _yes_after_lead(toks, ws.no):
        return True  # a yes after what it is about: "Long-term, yes. ...", "Ma soeur oui, ..."
    echo = lexicon.by_language("echo_yes")
    for k in (2, 1):  # the verb alone answers yes: "Agora estou, ...", "Estoy."
        head, rest = " ".join(toks[:k]), toks[k : k + 1]
        if len(toks) >= k and head in echo and (not rest or not rest[0][0].isalnum()):
            return True
    return None


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


def _answer_languages(folded: str) -> list[tuple[str, str]]:
    """The languages an answer names, clause by clause: none from a clause about someone
    else ("ma camarade parle pulaar"), none a negator just before denies ("no hablo
    inglés"), and "minor" for one spoken a little ("English only a few words")."""
    found: list[tuple[str, str]] = []
    neg = lexicon.word_sets().negators
    minor = lexicon.phrase_regex("minor_phrases", _MINOR_SRC)
    for sent in sentences(folded):
        for clause in clauses(sent):
            toks = tokens(clause)
            pos: set[int] = set()
            items = _language_list(toks, 0, free=True, positions=pos)
            if not items or _other_subject(toks[: min(pos)]):
                continue
            words = [t.rstrip("'") for t in toks if t[0].isalnum()]
            first = words.index(toks[min(pos)]) if toks[min(pos)] in words else 0
            if neg & set(words[max(0, first - 3) : first]):
                continue  # "no hablo ingles", "je ne parle pas anglais"
            little = len(items) == 1 and (
                minor.search(clause) is not None or bool(neg & set(words[first + 1 :]))
            )
            own = len(items) == 1 and lexicon.phrase_regex("own_language").search(clause)
            for code, weight in items:
                if own:
                    weight = "major"  # "Tagalog is my language", "mi idioma es el mam"
                elif little and weight not in ("major", "neg"):
                    weight = "minor"  # "Portugues ainda nao sei quase nada"
                if all(c != code for c, _w in found):
                    found.append((code, weight))
    return found


_MINOR_SRC = r"a little|a bit|un poco|un peu|um pouco|poco|peu|pouco"


def _on_topic(folded: str) -> str:
    """The part of an answer about what was asked: up to a topic shift ("par contre un
    avocat peut-être": the hedge is about the lawyer, not the police asked about)."""
    m = lexicon.phrase_regex("topic_shifts").search(folded)
    return folded[: m.start()] if m and m.start() > 0 else folded


def _conditional(folded: str) -> bool:
    """A yes with a condition ("only if", "as long as", "tell me first"): offered, not applied."""
    return lexicon.phrase_regex("conditions").search(folded) is not None


def _inverted(fact_id: str, question: str | None) -> bool:
    """The question was put the other way round from the fact ("Do you feel safe?" for
    "in immediate danger"): a bare yes or no answers its opposite."""
    if not question:
        return False
    words = lexicon.words_of_rules("answers", "inverted_by").get(fact_id, ())
    return _phrase_in(ffold(question), words)


_RECORDER_TAG = re.compile(r"^\s*[\[(][^\])\n]{1,48}[\])]\s*")
"""A bracket at the very start of an answer is the recorder's note of how it was said
("[interpreter, Romanian]", "(a través del intérprete)"), not the survivor's words."""


def interpret_answer(fact_id: str, text: str, question: str | None = None) -> Extraction:
    """A free-text answer to the question for `fact_id`: that fact, and any other it states.

    `question`: the words it answered, when not the question bank's own (a bare yes to
    "Do you feel safe?" is a no to "in danger")."""
    text = _RECORDER_TAG.sub("", text, count=1)  # "[via interpreter] He says..."
    out = extract(text, answer=True)
    fd = FACTS[fact_id]
    f = ffold(text)
    hedge = _has_hedge(_on_topic(f))
    inverted = _inverted(fact_id, question)
    # the question's own fact, read as an answer to it
    own: object = None
    if fd.type == "bool":
        yn = _yes_no(f)
        stated = out.values.get(fact_id)
        if stated is not None:
            own = stated
        elif fact_id in out.conflicts:
            own = None
        elif out.possible.get(fact_id) is not None and not hedge and yn is None:
            # what a note would only suggest, said in answer to the question itself
            # ("Tengo una cortadura en el brazo" to "do you need a doctor today?")
            own = out.possible[fact_id]
        elif yn is not None and not hedge:
            own = yn if not inverted else not yn
            if inverted and _phrase_leads(f, lexicon.by_language("soft_no")):
                own = None  # "Do you feel safe?" - "Not really": not a clear "in danger"
            against = lexicon.words_of_rules("answers", "against_" + str(own).lower())
            if fact_id in against and _phrase_in(f, against[fact_id]):
                own = None  # "Oui, ici ca va" to "are you in danger?": unclear, asked again
    elif fd.type == "enum":
        stated = out.values.get(fact_id)
        opts = fd.options
        key = "_".join(tokens(f))
        if key in opts:
            own = key
        elif "ask_each_time" in opts and _phrase_in(f, _EACH_TIME):
            own = "ask_each_time"
        elif (
            fact_id in lexicon.hedged_values()
            and _phrase_in(_on_topic(f), (*_NOT_YET, *lexicon.by_language("not_yet")))
            and (stated is None or lexicon.hedged_values()[fact_id] == "undecided")
        ):
            # "not yet" puts off a decision; of a state ("no tengo permiso todavía") a
            # clear statement says more
            own = lexicon.hedged_values()[fact_id]
        elif stated is not None:
            own = stated
        elif (
            hedge
            or _phrase_leads(f, lexicon.word_sets().dont_know)  # as the session settles it
            or _phrase_in(
                _on_topic(f),
                (
                    "not sure",
                    "unsure",
                    "no estoy segur",
                    "pas sur",
                    "pas sure",
                    "no se",
                    "quizas",
                    "peut etre",
                    "maybe",
                ),
            )
        ):
            own = lexicon.hedged_values().get(fact_id)
        else:
            yn = _yes_no(f)
            if yn is True and "yes" in opts and _conditional(f):
                out.maybe(fact_id, "yes")  # "Yes, that's okay. Just tell me first who..."
            elif yn is True and "yes" in opts:
                own = "yes"
            elif yn is False and "no" in opts:
                own = "no"
            if fact_id == "person.gender":
                votes: dict[str, int] = {}
                _gender(f, votes, {})
                g = Extraction()
                _settle_gender(votes, {}, g, answer=True)
                own = g.values.get("person.gender", own)
                if own is None and _phrase_in(f, _SELF_DESCRIBED):
                    own = "self_described"  # their own words stay in the answer
            if fact_id == "consent.share_with_providers" and _phrase_in(
                f, ("each time", "every time", "cada vez", "chaque fois")
            ):
                own = "ask_each_time"
    elif fd.type == "int":
        if fact_id == "household.children_with_them":
            c = _children(f, answer=True)
            if isinstance(c, int) and c is not False:
                own = c
            elif _yes_no(f) is False or _phrase_in(f, lexicon.word_sets().none):
                own = 0
            else:
                own = _first_number(f)
        else:
            own = out.values.get(fact_id)
            if own is None:
                own = _first_number(f)
    elif fd.type in ("lang", "langs"):
        found = _answer_languages(f)
        if fd.type == "lang":
            cand = Extraction()
            _settle_languages(found, cand, offer_minor=True)
            own = cand.values.get(fact_id)
            if own is None and found:
                own = found[0][0]
            others = cand.values.get("person.other_languages")
            if own is not None and others is not None:
                out.values.pop("person.other_languages", None)
                out.put("person.other_languages", others)
        else:
            cand = Extraction()
            _settle_languages(found, cand, offer_minor=True)
            pref = cand.values.get("person.preferred_language")
            if pref not in [c for c, w in found if w in ("major", "only")]:
                pref = None
            else:  # "Tagalog is my language. I also speak Ilocano and English"
                out.put("person.preferred_language", pref)
            # never the main one again, nor one denied, only understood or spoken a little
            main = (pref, out.values.get("person.preferred_language"))
            weak = ("minor", "understand", "neg")
            rest = [c for c, w in found if c not in main and w not in weak]
            if found:
                # one spoken only "a little" or understood is offered, and leaves the list open
                offered = [c for c, w in found if w in ("minor", "understand") and c not in main]
                own = rest if rest or not offered else None
                if offered:
                    out.maybe(fact_id, offered)
            elif _yes_no(f) is False or _phrase_in(f, lexicon.word_sets().none):
                own = []
    elif fd.type == "country":
        hit = None
        toks = tokens(f)
        for i in range(len(toks)):
            hit = _country_at(toks, i)
            if hit:
                break
        if hit:
            own = hit[0]
        else:
            own = out.values.get(fact_id)
            if own is None:
                dem = lexicon.demonyms()
                codes = {dem[t] for t in toks if t in dem}
                if len(codes) == 1:
                    own = codes.pop()
    elif fd.type == "text":  # "No quiero dar mi nombre", "No, no injuries": only what she gives
        own = out.values.get(fact_id) if answer_kind(text) or _yes_no(f) is False else text.strip()
    if fact_id != "person.gender":
        # the survivor's words about someone else ("my daughter, she...") tell no gender
        out.values.pop("person.gender", None)
    if own is not None and own != "":  # an empty reply states nothing
        out.values.pop(fact_id, None)
        out.conflicts.discard(fact_id)
        out.put(fact_id, own)
    else:
        out.values.pop(fact_id, None)
    return out


def _first_number(folded: str) -> int | None:
    """The one number the answer gives; a number after "will be / faço" (`age_turning`)
    is one to come, and words the tables miss ("dezanove") are read by text2num."""
    toks = tokens(folded)
    if not any(t.isdigit() or to_int(t) is not None for t in toks):
        toks = tokens(digits_for_words(folded))
    turning = lexicon.phrase_regex("age_turning")
    found: list[int] = []
    i = 0
    while i < len(toks):
        to_come = turning.fullmatch(toks[i - 1] if i else "") or (
            i > 1 and turning.fullmatch(" ".join(toks[i - 2 : i]))
        )
        hit = None
        for n in (4, 3, 2, 1):
            key = " ".join(toks[i : i + n])
            if len(toks[i : i + n]) == n:
                v = to_int(key)
                if v is not None and (n > 1 or key not in AMBIGUOUS or len(toks) == 1):
                    hit = (v, n)
                    break
        if hit:
            if not to_come:
                found.append(hit[0])
            i += hit[1]
        else:
            i += 1
    vals = set(found)
    if len(vals) == 1:
        return vals.pop()
    return None
