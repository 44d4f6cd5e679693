"""A question and its reply in a note: a transcript's question and the turn after it, a
question told ("asked if she wants to press charges, she said no"), a form line's label and
its value; each reply read as an answer to the facts its question asks about."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import field_tables, field_values, lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.asked import _about, asked_facts
from caseassist.intake.read.echo_replies import echoed_no
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import (
    WRITER_UNKNOWN,
    _has_hedge,
    _other_subject,
    assertion_status,
)
from caseassist.intake.read.segment import ffold, tokens

_LABEL = re.compile(r"\s*[-*]?\s*(?:\[[^\]\n]{1,24}\]\s*)?(?:[a-z][a-z. ]{0,14}:\s*)?")
"""A speaker's or writer's label before a turn ("rn: ", "[01:12] interp: "), if any."""

_TIME_TAG = re.compile(r"^\s*(?:\[[^\]\n]{1,24}\]|\d{1,2}[:h]\d\d(?::\d\d)?(?=\s))\s*")
_INNER_TURN = re.compile(r".*\s(?=\[[^\]\n]{1,24}\]\s)", re.S)
"""What a question's sentence ran on from before its last chat turn: lines with no end
mark join, so "[visitor] the boss keeps my papers [k.] are you safe now" asks only "[k.]
are you safe now"; the words before it are her turn, not the question's."""
"""A chat line's time or name in brackets, or its bare clock time, before its speaker
("[14:05] Foyer : non", "01:19 flor_luanda: nao": a handle's "_" makes a long label)."""


@cache
def _past_facts() -> tuple[re.Pattern[str], ...]:
    return tuple(
        lexicon.phrase_regex(g) for g in lexicon.words_of_rules("replies", "past_fact_groups")
    )


def _past_fact(reply: str) -> bool:
    """Whether a reply speaks of what happened (`[replies] past_fact_groups`), not a wish."""
    return any(p.search(reply) for p in _past_facts())


def _speaker_label(toks: list[str]) -> int | None:
    """Where a turn's speaker label ends (its ":"), if the turn opens with one: a label of up
    to three tokens ("Dra.:", "utente :"), or of up to five words ("Orientadora IES Río
    Segura:")."""
    if ":" not in toks[:6]:
        return None
    at = toks.index(":")
    if at == 1 and toks[0] in lexicon.word_sets().yes | lexicon.word_sets().no:
        return None  # "¿Está embarazada? No: la prueba salió negativa": her reply, no label
    return at if at < 4 or all(t.isalpha() or t == "." for t in toks[:at]) else None


def read_replies(
    replies: list[tuple[str, str, bool]],
    *,
    answer: bool,
    offered: dict[str, object] | None = None,
) -> dict[str, object]:
    """A transcript's question and the reply after it ("¿Quiere denunciar? Utente: não,
    polícia não.") or a form line's label and value: the reply read as an answer to the
    facts the question asks about (`asked_facts`), as the intake reads a survivor's answer
    (after the speaker's label). "Doesn't know" sets a fact's own undecided value. A need
    read from a no to a question put the other way round, whose reply names the thing on
    its way (`[answers.inverted_offered_with]`: "Comeram? - Ainda não, tamo fazendo uma
    sopa"), goes to `offered` instead."""
    from caseassist.intake.read.answer_kinds import UNKNOWN, _inverted, _yes_no, answer_kind
    from caseassist.intake.read.answers import interpret_answer
    from caseassist.intake.read.note import extract  # (note imports this module)

    out: dict[str, object] = {}
    ws = lexicon.word_sets()
    for reply, question, suggested in replies:
        question = _INNER_TURN.sub("", question, count=1)
        toks = tokens(_TIME_TAG.sub("", reply, count=1))  # "[14:05] Foyer : non"
        for _ in range(2):  # a relayed turn: "Clínica: usuaria: no, no tiene ni idea"
            at = _speaker_label(toks)
            if at is None and _bracketed_speaker(toks):
                at = toks.index(":")  # "C (via I):"
            if at is None:
                break
            toks = toks[at + 1 :]  # "Dra.:", "utente :", "Orientadora IES Río Segura:"
            reply = " ".join(toks)
        said = lexicon.phrase_regex("reported_speech").search(reply, 0, 40)
        lead = tokens(reply[: said.start()]) if said else []
        if said and _speaker_tag_after(lead, reply[said.end() :]):
            reply, said, lead = " ".join(lead[:-1]), None, []  # "absolutely not he says"
        if said and len(lead) <= 3 and _other_subject(lead, with_children=False):
            continue  # "Police: her cousin says no": another person's answer, not hers
        if said and len(lead) <= 3 and not set(lead) & (ws.yes | ws.no):
            reply = reply[said.end() :]  # "Danger: client says no", not "No, dice que..."
        if not any(t[0].isalnum() for t in tokens(reply)) or len(tokens(reply)) > 25:
            continue  # "Wants police: ?", "Danger : -": no reply
        if question.rstrip().endswith(":") and _a_statement_of_its_own(reply, question):
            continue  # "L'exploiteur connaît sa localisation : ?" / "Non accompagnée d'enfants."
        if field_tables.is_placeholder(reply):
            continue  # "Perpetrator knows location: unknown" is the writer's not knowing
        if not answer and assertion_status(reply, writer=True) == WRITER_UNKNOWN:
            continue  # "Plainte : pas encore demandé", "Queixa: não se perguntou"
        if _past_fact(reply):
            continue  # "not sure whether the police were called": what happened, no wish
        plain = asked_facts(question, writer=not answer, suggested=False, a_question=suggested)
        said_words = set(tokens(reply))
        for fid in asked_facts(
            question, writer=not answer, suggested=suggested, a_question=suggested
        ):
            if any(c <= said_words for c in _about("reply_not_about").get(fid, ())):
                continue  # "Elle a besoin d'un hébergement ? - Oui, dès ce soir": tonight's bed
            if _relayed_unknown(question, reply):
                got = lexicon.hedged_values().get(fid)  # "Grávida? não sabe": no no
                if got is not None:
                    _settle(fid, got, question, reply, out, offered)
                continue
            short = field_values.read_value(fid, reply)  # "no lo tiene claro", "indécise"
            if echoed_no(question, reply):
                short = field_values.read_value(fid, "no")  # "¿Sabe dónde está? - No, no sabe."
            hedged = lexicon.hedged_values().get(fid)
            if short is not None and short.value != hedged and _has_hedge(reply):
                short = None  # "Sí, creo que sí": read as an answer is, hedge and all
            if not suggested and field_values.states_what_is(fid, reply, question):
                continue  # "Police: no contact so far", "Plainte : aucune": no wish told
            if short is None and field_values.not_now(fid, reply):
                short = field_values.read_value(
                    fid, "no"
                )  # "Police: not for now", "Queixa: agora não"
            if short is not None:
                if not short.possible:
                    flip = isinstance(short.value, bool) and _inverted(fid, question)
                    value = not short.value if flip else short.value  # "Safe: yes"
                    _settle(fid, value, question, reply, out, offered)
                continue
            kind = answer_kind(reply)
            if kind == UNKNOWN and tokens(reply)[1:2] != [","]:
                got = lexicon.hedged_values().get(fid)  # "dice que no sabe"; "No sabe." no no
            elif fid in plain and not answer and _symptom_only(fid, reply):
                got = None  # "Blessée, malade ? - Elle a mal au ventre": a symptom, offered
                if offered is not None:
                    offered[fid] = True
            elif fid in plain:
                read = interpret_answer(fid, reply, question=question)
                got = None if _only_past(read, fid, _yes_no(ffold(reply))) else read.values.get(fid)
            else:  # "¿Lesiones?: cortes en los pies" only suggests an urgent need
                got = extract(reply, answer=True).values.get(fid)
            if got is not None:
                _settle(fid, got, question, reply, out, offered)
    return out


def _settle(
    fid: str,
    value: object,
    question: str,
    reply: str,
    out: dict[str, object],
    offered: dict[str, object] | None,
) -> None:
    """A reply's value applied, or only offered when the reply leaves it open: a need read
    from a no to a question put the other way round whose reply names the thing on its way
    ("Comeram? - Ainda não, tamo fazendo uma sopa"), or a need's yes or no beside a deferral
    ("Elle a besoin d'un hébergement ? - Pas encore, elle veut réfléchir": `deferrals`), or
    a reply that is only a belief ("Does he know where she is? - She doesn't think so")."""
    from caseassist.intake.read.answer_kinds import _inverted  # (it imports this module)

    inverted = _inverted(fid, question)
    provided = inverted and value is True and _names_provision(fid, reply)
    deferred = (
        isinstance(value, bool)
        and not inverted
        and fid not in lexicon.words_of_rules("replies", "wish_facts")
        and lexicon.phrase_regex("deferrals").search(ffold(reply)) is not None
    )
    if not (provided or deferred or _believed(fid, reply)):
        out[fid] = value
    elif offered is not None:
        offered[fid] = value


def _symptom_only(fact_id: str, reply: str) -> bool:
    """A relayed reply in a note to a question of a `[replies] stated_only` fact that only
    suggests it ("Is she hurt or sick? - Her belly hurts, a doctor should see her", "Alguém
    precisa de médico? - A Valentina tá com febre"): the writer tells a symptom, not a
    need; its yes is offered, unless the reply states it plainly or says no."""
    if fact_id not in lexicon.words_of_rules("replies", "stated_only"):
        return False
    from caseassist.intake.read.note import extract  # (note imports this module)

    read = extract(reply)
    return fact_id not in read.values and read.possible.get(fact_id) is True


def _names_provision(fact_id: str, reply: str) -> bool:
    """A reply naming, past its first word, a thing of the fact's
    `[answers.inverted_offered_with]` groups (a food: the meal is being made)."""
    groups = lexicon.rules_data().get("answers", {}).get("inverted_offered_with", {})
    rest = " ".join(tokens(ffold(reply))[1:])
    return any(lexicon.phrase_regex(g).search(rest) for g in groups.get(fact_id, ()))


def _believed(fact_id: str, reply: str) -> bool:
    """A relayed reply that is only someone's belief (`beliefs`, `belief_replies`: "She
    doesn't think so", "Creo que no", "Acho que não, mas...", "Je ne pense pas"), for the
    facts a belief must not settle in a note (`[replies] believed_offered`): offered."""
    if fact_id not in lexicon.words_of_rules("replies", "believed_offered"):
        return False
    head = " ".join(tokens(reply)[:8])
    return bool(
        lexicon.phrase_regex("beliefs").search(head)
        or lexicon.phrase_regex("belief_replies").search(head)
    )


def _a_statement_of_its_own(reply: str, label: str) -> bool:
    """The line after a form label left unanswered opens on a no that negates two words or
    more, none of them the label's: a statement of another thing, not the label's value
    (a bare "No.", "Not now." or "No sabe" still answers it)."""
    from caseassist.intake.read.answer_kinds import answer_kind, negates_a_verb

    folded = ffold(reply)
    if not negates_a_verb(folded) or answer_kind(reply):
        return False
    after = [t for t in tokens(folded)[1:] if t[0].isalnum()]
    asked = {t[:4] for t in tokens(ffold(label)) if len(t) >= 4}
    return len(after) >= 2 and not any(t[:4] in asked for t in after if len(t) >= 4)


def _speaker_tag_after(lead: list[str], after: str) -> bool:
    """A reply whose "he says" comes last, after what was said ("absolutely not he says"):
    a pronoun, the verb and nothing after it; what comes before them is the reply."""
    pronouns = function_words().subject_pronouns
    rest = [t for t in tokens(after) if t[0].isalnum()]
    return len(lead) >= 2 and lead[-1] in pronouns and not rest and lead[0][0].isalnum()


def tag_only(sentences: list[str]) -> int:
    """1 when the one sentence given is only a chat line's time or name in brackets ("[02:15]",
    cut from its turn by the sentence splitter): the reply is the sentence after it."""
    return int(bool(sentences) and clock_only(sentences[0]))


_CLOCK = re.compile(r"[\[:]|\d[h.]\d\d")


def clock_only(sentence: str) -> bool:
    """A sentence with no word, only a chat line's time ("[02:15]", "14h05"); not a number
    said in reply ("27.")."""
    return not any(t[0].isalpha() for t in tokens(sentence)) and _CLOCK.search(sentence) is not None


def _bracketed_speaker(toks: list[str]) -> bool:
    """A speaker's label with a bracket before its colon ("C (via I): No."): a turn."""
    head = toks[:8]
    if ":" not in head:
        return False
    label = head[: head.index(":")]
    return "(" in label and label[-1:] == [")"] and len(label) <= 6


def said_words(folded: str) -> str:
    """The words of a short reply or form value, its marks left out ("- não sabe.")."""
    return " ".join(t for t in tokens(folded) if t.isalnum() or "'" in t)


def _relayed_unknown(question: str, reply: str) -> bool:
    """A reply that is only her not knowing, told of her (`relayed_dont_know`: "Grávida? -
    não sabe", "Enceinte ? ne sait pas"), to a question with no knowing verb in it: no
    answer, not a no ("Sabe onde ela está? - Não sabe" says the question's verb: a no)."""
    said = said_words(ffold(reply))
    if said not in lexicon.by_language("relayed_dont_know"):
        return False
    return set(tokens(said)).isdisjoint(tokens(ffold(question)))


def _only_past(read: Extraction, fid: str, yes_no: bool | None) -> bool:
    """A reply whose value is only a past act ("¿Y la policía? - Ya puso una denuncia en
    agosto"): the note keeps it as one (what it says of her wish now wins), not as her
    answer; a plain yes or no in the reply is still one ("Sí, ya puso una denuncia")."""
    if yes_no is not None or fid not in read.past or read.values.get(fid) != read.past[fid]:
        return False
    return not any(r.fact == fid and r.clause is not None for r in read.readings)


def offer_asked(asked: Extraction, questions: list[str], out: Extraction) -> None:
    """What a question suggests is offered ("Pregnant?"), except for a fact it asks the
    other way round (`[answers.inverted_by]`): "Is she safe right now?" suggests neither
    safety nor danger, and offering "not in danger" stood even when the reply was "not
    really" or "no, if he wakes up"; its reply, read as an answer, says which. Nor for a
    fact the question is not about (`[questions.not_about]`: "Can you talk safely?")."""
    from caseassist.intake.read.answer_kinds import _inverted

    asked_words = " ".join(questions)
    words = set(tokens(asked_words))
    not_about = _about("not_about")  # "Vous pouvez parler sans danger ?": of talking
    for fid, value in {**asked.offered(), **asked.values}.items():
        if not _inverted(fid, asked_words) and not any(c <= words for c in not_about.get(fid, ())):
            out.maybe(fid, value)
