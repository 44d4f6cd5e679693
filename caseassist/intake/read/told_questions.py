"""A question told in a note and the reply that goes with it: a question told ("asked if she
wants to press charges, she said no"), an offer told ("security offered to call the police;
she declined"), a form value that is only an offer made ("Police: offered." then "Worker: not
now"), and the turn after a question that answers it."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.assertion_cues import requested
from caseassist.intake.read.put_off import only_put_off
from caseassist.intake.read.replies import _LABEL, _TIME_TAG, said_words
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import tokens


def reported_question(sentence: str) -> tuple[str, str] | None:
    """A question told, and what was said to it ("was asked if she wants to press charges
    and said no", "se le preguntó si quería denunciar y dijo que no"): (the question, the
    reply or "")."""
    asked = lexicon.phrase_regex("reported_questions").search(sentence)
    if asked is not None and _asks_leave(sentence, asked):
        return None  # "asked if he could call his mother": her request, not a question told
    if asked is None:
        start = _LABEL.match(sentence)  # "RN: Asked about police.": the writer's question
        asked = lexicon.phrase_regex("told_question_openers").match(
            sentence, start.end() if start else 0
        )
    if asked is None and (asked := _told_offer(sentence)) is not None:
        said = lexicon.phrase_regex("reported_speech").search(sentence, asked.end())
        declined = lexicon.phrase_regex("offer_declines").search(sentence, asked.end())
        if declined is not None and (said is None or declined.start() < said.start()):
            return sentence[asked.start() : declined.start()], sentence[declined.start() :]
    if asked is None:
        return None
    said = lexicon.phrase_regex("reported_speech").search(sentence, asked.end())
    if said is None:
        return sentence[asked.start() :], ""
    # who said it, when the clause before "said" is only its subject ("...; her boyfriend
    # said no"): kept with the reply, whose reader knows another person's answer
    cut = max(sentence.rfind(m, asked.end(), said.start()) for m in (",", ";"))
    subject = tokens(sentence[cut + 1 : said.start()]) if cut >= 0 else []
    if subject and len(subject) <= _SUBJECT_WORDS and _other_subject(subject, with_children=False):
        return sentence[asked.start() : cut + 1], sentence[cut + 1 :]
    return sentence[asked.start() : said.start()], sentence[said.end() :]


_SUBJECT_WORDS = 3


_OFFERED_ACT = 60
"""How far after an offer told its police act may stand ("offered to call the police")."""


def _told_offer(sentence: str) -> re.Match[str] | None:
    """An offer of a police act told, put to her as a question ("security offered to call
    the police; she said not now", "le ofrecieron llamar a la policía y dijo que no", "on
    lui a proposé d'appeler la police", "ofereceram-lhe chamar a polícia"): `told_offers`
    with a `report_acts` phrase right after it. Any other offer (a job, a bed) is no
    question: "they offered her a job and she said yes" tells how she was recruited."""
    offer = lexicon.phrase_regex("told_offers").search(sentence)
    if offer is None:
        return None
    act = lexicon.phrase_regex("report_acts").search(sentence, offer.end())
    return offer if act is not None and act.start() - offer.end() <= _OFFERED_ACT else None


def told_opened(joined: str) -> bool:
    """Whether the note's sentences may hold a question told (`reported_questions`,
    `told_question_openers`) or an offer told (`told_offers`): worth a look at each one."""
    return any(
        lexicon.phrase_regex(k).search(joined) is not None
        for k in ("reported_questions", "told_question_openers", "told_offers")
    )


def _asks_leave(sentence: str, asked: re.Match[str]) -> bool:
    """A question told that is her asking leave to act ("asked if she could call her
    mother", "preguntó si podía llamar", "a demandé si elle pouvait", "perguntou se podia"):
    a `wish_cues` phrase that runs on past the question's words."""
    wish = lexicon.phrase_regex("wish_cues").match(sentence, asked.start())
    if wish is not None and wish.end() > asked.end():
        return True
    request = requested(sentence[asked.start() :])  # "asked whether someone could help him"
    return request is not None and request.start() == 0


def told_reply(sentence: str) -> bool:
    """Whether a sentence after a told question with no reply of its own is its reply:
    it opens with what someone said ("Interp: She says she is not sure yet", "Dice que no")."""
    start = _LABEL.match(sentence)
    at = start.end() if start else 0
    said = lexicon.phrase_regex("reported_speech").search(sentence, at, at + 24)
    if said is None:
        return bare_decline(sentence) is not None
    return len(tokens(sentence[at : said.start()])) <= 2


def bare_decline(sentence: str) -> int | None:
    """Where the refusal starts in a sentence that is only one, her subject at most before
    it ("She declined.", "Lo rechazó.", "Elle a refusé.", "Recusou."): her reply to a
    question or an offer told just before; None for any other sentence."""
    start = _LABEL.match(sentence)
    at = start.end() if start else 0
    said = lexicon.phrase_regex("offer_declines").search(sentence, at, at + 24)
    if said is None or any(t[0].isalnum() for t in tokens(sentence[said.end() :])):
        return None
    lead = [t for t in tokens(sentence[at : said.start()]) if t[0].isalnum()]
    pronouns = function_words().subject_pronouns  # "She declined", not "Her partner refused"
    return said.start() if len(lead) <= 1 and all(t in pronouns for t in lead) else None


def next_turn(sents: list[str], asks: list[bool], k: int) -> str:
    """The turn right after a question told with no reply of its own ("RN: Asked if she has
    somewhere to go tonight." then "Interp: no, ..." or "Dice que no"): its reply, when that
    sentence opens with a speaker's label or with what someone said; "" otherwise."""
    if k + 1 >= len(sents) or asks[k + 1]:
        return ""
    nxt = sents[k + 1]
    labelled = ":" in tokens(_TIME_TAG.sub("", nxt, count=1))[:4]
    if not labelled and (declined := bare_decline(nxt)) is not None:
        return nxt[declined:]  # "She declined.": the refusal, her subject left out
    return nxt if labelled or told_reply(nxt) else ""


def offer_reply(form: re.Match[str], sents: list[str], asks: list[bool], k: int) -> str:
    """A form value that is only an offer made ("Police: offered.", "Plainte : proposée"):
    the label was put to her, and her reply is the turn after it ("Worker: not now");
    any other value is its own reply."""
    value = form.group("value")
    if said_words(value) not in lexicon.by_language("offered_values"):
        return value
    return next_turn(sents, asks, k) or value


def reply_to(sents: list[str], asks: list[bool], k: int) -> list[str]:
    """The sentences after question `k` up to the next question (at most three)."""
    out: list[str] = []
    for j in range(k + 1, min(k + 4, len(sents))):
        if asks[j]:
            break
        out.append(sents[j])
    return out


def with_put_off(sents: list[str], asks: list[bool], r: int) -> str:
    """The reply at `r`, with the next sentence when that one goes on in the same turn (no
    speaker's label, no question) and only puts the decision off ("Oksana : pas maintenant.
    peut etre plus tard je sais pas", "Amy: not now. maybe later"): read as one reply,
    "not now, maybe later" is undecided, never a no."""
    if r + 1 >= len(sents) or asks[r + 1]:
        return sents[r]
    nxt = sents[r + 1]
    if ":" in tokens(_TIME_TAG.sub("", nxt, count=1))[:4] or not only_put_off(nxt):
        return sents[r]
    return f"{sents[r]}, {nxt}"


_RUN = 2  # questions before the last one that the same reply answers


def question_run(folded_sents: list[str], asks: list[bool], k: int, reply: str) -> str:
    """The questions put one after the other up to the one at `k`, which a reply opening
    on a no answers together ("Estas herida? La bebe esta bien? - no estoy herida",
    "Êtes-vous blessée ? Faut-il une ambulance ? - Non"): the first question is asked as
    well. A yes answers the last one only ("Are you hurt? Pregnant? - Yes")."""
    said = tokens(reply[reply[:40].rfind(":") + 1 :])[:1]  # (past a speaker's label)
    if not said or said[0] not in lexicon.word_sets().no:
        return folded_sents[k]
    j = k
    while j > 0 and k - j < _RUN and asks[j - 1]:
        j -= 1
    return " ".join(folded_sents[j : k + 1])
