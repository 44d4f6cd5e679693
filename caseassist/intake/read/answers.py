"""Reading a free-text answer to one question (answer kinds: answer_kinds.py; values in
its own words: answer_values.py)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.facts import FACTS
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_creoles, text_answer
from caseassist.intake.read.answer_ages import offer_unasked_age
from caseassist.intake.read.answer_children import children_count
from caseassist.intake.read.answer_conditions import only_a_condition, plain_then_condition
from caseassist.intake.read.answer_contrasts import SUGGESTED, less_taken_back, side_after_no
from caseassist.intake.read.answer_corrections import corrected_part
from caseassist.intake.read.answer_countries import bare_country
from caseassist.intake.read.answer_echoes import said_yes_by
from caseassist.intake.read.answer_fronted import fronted_yes_no, paused_reply
from caseassist.intake.read.answer_group import own_topic, settle_bare_yes, settle_group
from caseassist.intake.read.answer_guesses import guessed, request_only
from caseassist.intake.read.answer_holders import take_back_held
from caseassist.intake.read.answer_kin import less_others, person_of_hers
from caseassist.intake.read.answer_kinds import (
    _EACH_TIME,
    _NOT_YET,
    _SELF_DESCRIBED,
    DECLINED,
    UNKNOWN,
    _conditional,
    _inverted,
    _on_topic,
    _phrase_in,
    _phrase_leads,
    _yes_no,
    answer_kind,
    doubts_it,
    her_dont_know,
    negates_a_verb,
    opens_unknowing,
)
from caseassist.intake.read.answer_needs import read_child_need, stated_need
from caseassist.intake.read.answer_other_places import drop_others_place
from caseassist.intake.read.answer_parties import party_limit
from caseassist.intake.read.answer_pasts import no_of_then, offered_as_said, past_wishes
from caseassist.intake.read.answer_sides import settle_sides
from caseassist.intake.read.answer_their_wish import her_no_after_theirs
from caseassist.intake.read.answer_topic import (
    answer_word_no,
    asking_part,
    inverted_offered,
    less_statements_of_others,
    off_topic_no,
    statement_no,
)
from caseassist.intake.read.answer_values import _answer_languages, _first_number
from caseassist.intake.read.asked_knower import read_asked_knower
from caseassist.intake.read.child_clauses import read_child_clauses
from caseassist.intake.read.gender import _gender, _settle_gender
from caseassist.intake.read.inability import inability_no
from caseassist.intake.read.language_weights import stated_others
from caseassist.intake.read.languages import _settle_languages
from caseassist.intake.read.note import extract
from caseassist.intake.read.number_doubts import document_number, doubted_number
from caseassist.intake.read.offered_beside import led_by_time, no_beside_need
from caseassist.intake.read.open_questions import asks_open
from caseassist.intake.read.put_off import no_for_now
from caseassist.intake.read.reasons import before_reason
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.read.text_answer import UNREAD, not_hers, own_text, spanned, too_long_for
from caseassist.intake.read.yes_for_others import led_by_another, yes_for_another

__all__ = ["DECLINED", "UNKNOWN", "answer_kind", "interpret_answer"]


_FRONTED = 5  # words a topic set before a comma may take ("L'adresse d'ici, il...")

LONG_TEXT_ANSWER = 240
"""Characters beyond which a free-text answer is too long to keep whole as a text fact."""

_RECORDER_TAG = re.compile(r"^\s*[\[(][^\])\n]{1,48}[\])]\s*")
"""A bracket at the very start of an answer is the recorder's note of how it was said
("[interpreter, Romanian]", "(a través del intérprete)"), not the survivor's words."""


def interpret_answer(fact_id: str, text: str, question: str | None = None) -> Extraction:
    """A free-text answer to the question for `fact_id`: that fact, and any other it states.

    `question`: the words it answered, when not the question bank's own (a bare yes to
    "Do you feel safe?" is a no to "in danger"). An answer that corrects itself ("Yes. No,
    sorry, I mean no") is read after its correction for the asked fact and for any other
    it states again (answer_corrections.py)."""
    out = _interpret(fact_id, text, question)
    past_wishes(fact_id, text, out)  # "Antes quería volver, ahora ya no sé": no wish of now
    her_no_after_theirs(fact_id, text, out)  # "Mi madre quiere que vuelva. Yo no."
    if FACTS[fact_id].type != "text" and answer_kind(text) == DECLINED:
        # as the session settles it: "I'd rather not answer that now. Maybe tomorrow." gives
        # the asked fact no value; what else it states stays ("... call me Lulu" is a name)
        out.values.pop(fact_id, None)
        out.conflicts.discard(fact_id)
    after = corrected_part(text)
    if after is None:
        return out
    later = _interpret(fact_id, after, question)
    out.values.pop(fact_id, None)
    out.conflicts.discard(fact_id)
    for fid, value in later.values.items():
        out.values.pop(fid, None)
        out.put(fid, value)
    return out


def _of_her(folded: str) -> str:
    """The answer less its later sentences that open on someone else ("Yes. He will be very
    angry if I'm not there", "Here, yes. But he...": his anger's condition does not hedge
    her yes)."""
    ws = lexicon.word_sets()
    others = ws.pronoun_female | ws.pronoun_male | lexicon.by_language("third_persons")
    parts = re.split(r"(?<=[.!?])\s+", folded)
    buts = function_words().but_words  # "But he texted me...": his, after the contrast too
    kept = parts[:1] + [p for p in parts[1:] if not _opens_on(tokens(p), others, buts)]
    return " ".join(kept)


def _opens_on(toks: list[str], others: frozenset[str], buts: frozenset[str]) -> bool:
    """The sentence opens on someone else: after a contrast ("But he"), or after a topic
    set before a comma ("L'adresse d'ici, il ne la connaît pas"), or on a person of hers
    ("My family thinks I have a good job": their belief, no hedge of hers)."""
    rest = [t for t in toks[:4] if t not in buts]
    head = rest[:1]
    comma = toks.index(",") if "," in toks[:_FRONTED] else -1
    after = toks[comma + 1 : comma + 2] if comma > 0 else []
    return bool(set(head + after) & others) or person_of_hers(rest)


def _no_of_another(fact_id: str, folded: str, out: Extraction) -> bool:
    """A "no" that negates the verb after it in a statement of another fact, and nothing of
    the asked one: "No quiero que sepa la policía" to the sharing question is her police
    wish, not a refusal to share; the asked fact stays open."""
    return (
        negates_a_verb(folded)
        and not answer_word_no(folded)  # "No hace falta. Mi primer idioma es el guaraní"
        and fact_id not in out.values
        and any(fid != fact_id for fid in out.values)
    )


def _interpret(fact_id: str, text: str, question: str | None) -> Extraction:
    text = _RECORDER_TAG.sub("", text, count=1)  # "[via interpreter] He says..."
    text = paused_reply(text)  # "Volver... no.": her pause before her reply, no sentence end
    out = extract(text, answer=True)
    first = out.values.get(fact_id)  # (as read, before the answer's own rules)
    drop_others_place(ffold(text), out.values)  # "saben dónde vive" (her mother), in her voice
    read_asked_knower(fact_id, text, out)  # "la señora no sabe dónde estoy", to a safety question
    offer_unasked_age(fact_id, text, out)  # "Dos años allí, ya basta": how long, offered
    take_back_held(text, out)  # "Tiene mi pasaporte": someone else's hands, not hers
    fd = FACTS[fact_id]
    f = ffold(text)
    hedged = lambda part: _has_hedge(part) or guessed(fact_id, part)  # noqa: E731 ("supongo")
    hedge = hedged(  # "porque no sé si"; "No. Maybe to visit, but not to live": a no
        before_reason(_on_topic(own_topic(fact_id, _of_her(less_taken_back(f)))))
    )
    if hedge and fd.type == "bool":  # a later sentence's hedge is of what it states
        hedge = hedged(
            before_reason(
                _on_topic(own_topic(fact_id, _of_her(less_statements_of_others(fact_id, f))))
            )
        )
    if hedge and fd.type == "bool" and plain_then_condition(text):
        hedge = (
            False  # "Yes. If he finds us tonight he will...": the yes stands (answer_conditions)
        )
    inverted = _inverted(fact_id, asking_part(question))
    # "No tengo teléfono" to another question: a statement of its own, no bare no to it
    other_no = off_topic_no(fact_id, f, question)
    # the question's own fact, read as an answer to it
    own: object = None
    bare_yes = False  # the asked fact read from a yes word alone
    if fd.type == "bool":
        yn = None if asks_open(question, fact_id) or other_no else _yes_no(f)  # "Onde dorme?"
        yn = request_only(fact_id, f, fronted_yes_no(fact_id, text, yn))  # "Work yes. Training no."
        if yn is not None and led_by_another(fact_id, f):
            yn = None  # "La bebé sí.": the baby's reply, not hers
        if yn is False and (opens_unknowing(f) or no_of_then(fact_id, f)):
            yn = None  # "No sé... puede ser"; "No tenía dónde dormir": a no of then, never now
        if yn is False and (_no_of_another(fact_id, f, out) or inability_no(fact_id, f)):
            yn = None  # a statement of another fact; "No, I can't work legally": a barrier
        if yn is False and statement_no(f) and out.possible.get(fact_id) is not None:
            yn = None  # "No tengo a dónde ir" to the bed question: what it says, not its no
        if yn is False and stated_need(fact_id, text):
            yn = None  # "no tienen ropa de invierno": a lack, the need she names
        if yn is False and not led_by_time(f) and (side := side_after_no(fact_id, f)) is not None:
            yn = None  # "not now, but my head hurts a lot": no clear no
            out.maybe(fact_id, True)
            hedge = hedge or side == SUGGESTED  # only offered: open, her words kept
        if yn is False and no_beside_need(fact_id, f, out):
            yn, hedge = None, True  # "No, I'm fine. Only my tablets, I have two left": offered
        stated = out.values.get(fact_id)
        if stated is not None:
            own = stated
        elif fact_id in out.conflicts:
            own = None
        elif offered_as_said(fact_id, out) and not hedge and yn is None:
            # what a note would only suggest, said in answer to the question itself
            # ("Tengo una cortadura en el brazo" to "do you need a doctor today?")
            own = out.possible[fact_id]
        elif (
            yn is None
            and not hedge
            and not inverted
            and (said_yes_by(fact_id, text) or stated_need(fact_id, text))
        ):
            own = True  # "this worries me" to "Do you have worries about your status?"
        elif yn is not None and not hedge:
            own = yn if not inverted else not yn
            if own is True and not inverted and yes_for_another(fact_id, f):
                own = None  # "Sí, mi hija tiene fiebre": her daughter's need, not hers
            bare_yes = own is True
            if inverted and _phrase_leads(f, lexicon.by_language("soft_no")):
                own = None  # "Do you feel safe?" - "Not really": not a clear "in danger"
            if inverted and own is True and fact_id in inverted_offered():
                out.maybe(fact_id, True)  # "Are you feeling okay?" - "No": offered
                own = None
            against = lexicon.words_of_rules("answers", "against_" + str(own).lower())
            if fact_id in against and _phrase_in(f, against[fact_id]):
                own = None  # "Oui, ici ca va" to "are you in danger?": unclear, asked again
    elif fd.type == "enum":
        stated = out.values.get(fact_id)
        opts = fd.options
        key = "_".join(tokens(f))
        if key in opts:
            own = key
        elif "ask_each_time" in opts and (
            _phrase_in(f, _EACH_TIME)
            or (
                _yes_no(f) is not False
                and not _conditional(f)  # "solo si me avisan antes": a condition, offered
                and _phrase_in(f, lexicon.by_language("consent_limits"))
            )
        ):
            # "only the doctor and the shelter. not police.": a limit, asked each time (a
            # plain "No. ... Solo ustedes" is a no: only the staff she speaks to)
            own = "ask_each_time"
        elif (
            fact_id in lexicon.hedged_values()
            and (
                _phrase_in(_on_topic(f), (*_NOT_YET, *lexicon.by_language("not_yet")))
                or answer_kind(text) == UNKNOWN  # "No sé todavía. ... Part of me wants to"
            )
            and (stated is None or lexicon.hedged_values()[fact_id] == "undecided")
        ):
            # "not yet" or "I don't know" puts off a decision (as the session settles it);
            # of a state ("no tengo permiso todavía") a clear statement says more
            own = lexicon.hedged_values()[fact_id]
        elif stated is not None:
            own = stated
        elif (
            hedge
            or her_dont_know(f)  # as the session settles it; "they don't know" is a no
            or doubts_it(
                _on_topic(less_taken_back(f))
            )  # "no se lo puedo decir", "not now, maybe never": none
        ):
            own = lexicon.hedged_values().get(fact_id)
            if own is not None and only_a_condition(f):
                out.maybe(fact_id, own)  # "Now I do want to, if someone comes with me"
                own = None
        else:
            yn = (
                None
                if other_no
                else request_only(fact_id, f, fronted_yes_no(fact_id, text, _yes_no(f)))
            )
            if yn is False and _no_of_another(fact_id, f, out):
                yn = None
            if yn is False and no_for_now(f):
                out.maybe(fact_id, lexicon.hedged_values().get(fact_id, "no"))
                yn = None  # "Agora não, depois a gente vê isso": a decision put off
            if yn is True and "yes" in opts and _conditional(f, fact_id):
                out.maybe(fact_id, "yes")  # "Yes, that's okay. Just tell me first who..."
            elif yn is True and (part := party_limit(fact_id, text)) is not None:
                out.maybe(fact_id, part)  # "Con la médica sí. Con la abogada no": a limit
            elif yn is True and "yes" in opts:
                own, bare_yes = "yes", True
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
            own = None if other_no else children_count(f, out)
        else:
            own = out.values.get(fact_id)
            if own is None:  # "Ana. My daughter is 6." to her name and age: not hers
                nb = fact_id in lexicon.words_of_rules("answers", "next_birthday")
                own = _first_number(less_others(f), age=nb)
                if own is not None and document_number(f):
                    out.maybe(fact_id, own)  # "En el pasaporte falso pone 21": the paper's
                    own = None
            if own is not None and doubted_number(f):
                out.maybe(fact_id, own)  # "I'm twenty-five, but I think I'm younger"
                own = None
    elif fd.type in ("lang", "langs"):
        found = _answer_languages(f)
        if fd.type == "lang":
            cand = Extraction()
            _settle_languages(found, cand, offer_minor=True)
            own = cand.values.get(fact_id)
            others = cand.values.get("person.other_languages")
            if own is None and found:
                # the first language of her reply answers the question; the others she
                # says she speaks are her other languages ("Le wolof. Le français ça va.")
                own = found[0][0]
                resolved = language_creoles.resolve(found, out)  # "crioulo" named twice
                rest = stated_others(resolved, language_creoles.resolve([(own, "")], out)[0][0])
                others = [c for c in rest if c != language_creoles.UNRESOLVED] or None
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
            elif (not other_no and _yes_no(f) is False) or _phrase_in(f, lexicon.word_sets().none):
                own = []
    elif fd.type == "country":
        # her reading first: "Je suis marocaine, mais j'ai passé deux ans en Espagne";
        # "Vengo de México ... pero no soy de allá" (`origin_denials`): no country at all
        toks = tokens(f)
        if _phrase_in(f, lexicon.by_language("origin_denials")):
            own = None
        elif fact_id in out.values:
            own = out.values[fact_id]
        else:
            own = bare_country(fact_id, text, toks, out)
    elif fd.type == "text":  # "No quiero dar mi nombre", "No, no injuries": only what she gives
        said = own_text(fact_id, text)  # without what it says of other facts, or "I told you"
        own = out.values.get(fact_id) if answer_kind(text) or _yes_no(f) is False else said
        if not_hers(text):
            own, said = None, ""  # "Not me. The other girl has a cut on her foot"
        if own == said and (less := text_answer.less_none(fact_id, said)) != said:
            own = said = less  # "Me I eat everything, no problem": no diet to keep
        known = first if said == text.strip() else UNREAD
        if own == said and (fewest := spanned(fact_id, said, known)):
            own = fewest  # "Não como carne de porco." -> "não come carne de porco"
        read = out.values.get(fact_id)
        if own == said and (len(own) > LONG_TEXT_ANSWER or too_long_for(fact_id, own, read)):
            # a long answer is never the value whole: the part that states it, else offered
            # whole for staff to cut down ("the injuries question, answered at length")
            own = read
            if own is None:
                out.maybe(fact_id, said)
    if fact_id != "person.gender":
        # the survivor's words about someone else ("my daughter, she...") tell no gender
        out.values.pop("person.gender", None)
    if own is not None and own != "":  # an empty reply states nothing
        out.values.pop(fact_id, None)
        out.conflicts.discard(fact_id)
        out.put(fact_id, own)
    else:
        out.values.pop(fact_id, None)
    # the other facts of its group: "Non, le patron ne sait pas où on est"
    settle_group(fact_id, text, out)
    if bare_yes:  # "Quiero estudiar, sí" to the work question; "sí. permiso no tengo"
        settle_bare_yes(fact_id, text, out)
    settle_sides(fact_id, text, out)  # "Mi prima dice que quiere volver a Bolivia"; "papers"
    read_child_need(fact_id, text, out)  # "my daughter Blessing is hungry" to another question
    read_child_clauses(fact_id, text, out)  # "el pequeño tiene fiebre": the child's, not hers
    return out
