"""One answer that settles several facts of its question's group: what the answer says
of the group's other facts, read clause by clause, when the note pipeline read nothing
of them (its readings always win).

- jobs: papers, a permit, a visa or a residence card said in an answer about work is the
  work authorization ("I don't know if my papers allow me": unsure; none, expired: no; a
  work permit she has: yes); "learn <a language, a trade, to drive>" or a course she
  wants is training;
- reintegration: going back to a family member is also family contact;
- legal: help she wants to get, renew or replace a document is legal help;
- safety: who knows where she is, and "I'm fine" (answer_knowers.py), her fear or calm
  now (answer_danger.py);
- two facts said together: joint refusals, family told, a visa expired, a lawyer asked
  for (answer_joint.py).

A clause about someone else ("mi hermana no tiene papeles"), in the past, a question back
to staff or under a condition reads nothing; "maybe" only offers. The groups, the facts and
the words are data (`lexicon/answers.toml`)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.answer_accepts import accepted, accepted_topics, bare_return
from caseassist.intake.read.answer_danger import read_fear_state
from caseassist.intake.read.answer_joint import (
    family_after_return,
    family_in_touch,
    family_told,
    joint_refusal,
    lawyer_request,
    lone_refusal,
    status_expired,
    stay_worry,
)
from caseassist.intake.read.answer_knowers import read_knowers, read_not_me, read_safe_state
from caseassist.intake.read.answer_papers import (
    bare_doubt,
    negated_before,
    papers_doubted,
    theirs_papers,
    topic_denied,
    whole,
    work_papers,
)
from caseassist.intake.read.answer_words import (
    OPENING,
    Clause,
    at,
    clause_segments,
    clauses,
    fact_for,
    find,
    group_facts,
    group_of,
    has,
    not_me_groups,
    sentences,
    settle,
    state_words,
    yes_own_words,
)
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import tokens

_ASKED_TOO = frozenset(
    {"work_refusal", "training_refusal", "training_accept", "work_accept", "counsel_accept"}
    | {"return_bare", "status_expired"}
)  # settle the asked fact as well, when its own reading found nothing


def _plain(clause: Clause, sentence: Clause) -> bool:
    """A clause that can state her fact: not a question, not opening on someone else
    ("mi hermana no tiene papeles", "he wants to learn English"; "con mi mamá ya hablo"
    is hers)."""
    o = find(clause, "others", 0, OPENING)
    return sentence[-1:] != ["?"] and (o < 0 or (o > 0 and at(clause, o - 1, "with") > 0))


def learning(clause: Clause, before: Clause) -> bool:
    """A wish to learn something or take a course, its wish in the clause or before it in
    the sentence ("Quiero trabajar, y también aprender inglés")."""
    i = find(clause, "learn")
    if i < 0:
        i = find(clause, "courses")
    if i < 0 or negated_before(clause, i) or has(before + clause, "unsure"):
        return False
    if has(clause[:i], "family") or has(clause[:i], "others"):
        return False  # someone else's studies: "so my children can study", "my daughter wants to"
    return find(clause, "wishes", 0, i) >= 0 or has(before, "wishes")


def family_return(clause: Clause, before: Clause) -> bool:
    """Going back to, or calling, a family member, its wish in the clause or before it in
    the sentence ("volver con mi mamá", "Je veux rentrer aux Philippines, voir mes enfants")."""
    for verbs in ("return_verbs", "contact_verbs"):
        i = find(clause, verbs)
        if i < 0 or negated_before(clause, i) or has(clause, "conditions"):
            continue
        if has(before + clause, "unsure"):
            return False  # "Não sei se quero voltar, ver a minha mãe..."
        rest = clause[i + at(clause, i, verbs) : i + 6]
        if has(rest, "family") and (verbs == "contact_verbs" or has(rest, "with")):
            return find(clause, "wishes", 0, i) >= 0 or has(before, "wishes")
    return False


def papers_help(clause: Clause, answer: Clause) -> bool:
    """Help she wants with a document the answer names ("No tengo mi cédula, quiero ayuda
    para sacarla"): a job or a house she wants help to get is not one."""
    h = find(clause, "help")
    if not has(answer, "docs"):
        return False
    if h < 0 or negated_before(clause, h) or not has(clause, "wishes"):
        return False
    rest = clause[h + 1 : h + 6]
    link = find(rest, "help_links")
    if link < 0:
        return False
    after = rest[link + 1 :]
    if at(after, 0, "pronouns"):
        after = after[1:]  # "aide pour la refaire"
    if has(after[:1], "docs"):
        return True  # "help with my papers" (below: "my")
    if not at(after, 0, "doc_verbs"):
        return has(after[:2], "docs")
    obj = after[at(after, 0, "doc_verbs") :][:3]
    return not obj or has(obj, "docs") or at(obj, 0, "pronouns") > 0


def settle_group(fact_id: str, text: str, out: Extraction) -> None:
    """What an answer to `fact_id`'s question says of the other facts of its group."""
    group = group_of(fact_id)
    if not group:
        return
    sents = sentences(text)
    parts = [clauses(s) for s in sents]
    if group in not_me_groups():
        read_not_me(fact_id, parts, out)
    if group == "safety":
        read_knowers(sents, parts, text, out)
        read_fear_state(sents, parts, out)
        read_safe_state(fact_id, sents, out)
        return
    found, soft = _group_readings(fact_id, sents)
    doubts = lexicon.hedged_values()
    doubted = any(bare_doubt(c) for ps in parts for c in ps)
    for reading, values in found.items():
        fact = fact_for(reading)
        if fact != fact_id or reading in _ASKED_TOO:
            if reading in soft and doubted and fact in doubts:
                # "permiso no tengo, creo. Bueno, no sé...": a hedge and a "don't know" is
                # her own doubt, the fact's unsure value
                settle(out, fact, {doubts[fact]}, False)
            else:
                settle(out, fact, values, reading in soft)
    _doubted_in_sentence(fact_id, out)


def _doubted_in_sentence(fact_id: str, out: Extraction) -> None:
    """A value of the group's other facts that have an unsure value, read only in sentences
    that doubt it ("my work permit finished in March, so I don't know if I can"), is
    offered."""
    for fact in group_facts(group_of(fact_id)):
        doubt = lexicon.hedged_values().get(fact)
        if fact == fact_id or doubt is None or out.values.get(fact, doubt) == doubt:
            continue
        said = [r.sentence for r in out.readings if r.fact == fact and r.clear]
        if said and all(s and has(tokens(s), "unsure") for s in said):
            out.maybe(fact, out.values.pop(fact))


def _group_readings(fact_id: str, sents: list[Clause]) -> tuple[dict[str, set[object]], set[str]]:
    """Each reading the answer's plain clauses give of the group's facts, its values, and
    the readings said in a hedged stretch."""
    group = group_of(fact_id)
    found: dict[str, set[object]] = {}
    soft: set[str] = set()
    answer = [w for s in sents for w in s]
    for sentence in sents:
        before: Clause = []
        segs = clause_segments(sentence)
        hedged = _hedged(segs)
        said = _sentence_readings(group, sentence)
        theirs = False  # a clause before gave someone else's papers: "Mi prima tiene permiso"
        for c, k in segs:
            if _plain(c, sentence):
                said += [(r, v, k) for r, v in _readings(fact_id, c, before, answer)]
                if theirs and group == "jobs" and whole(c, "not_me"):
                    said.append(("work_papers", "no", k))  # "..., yo no", "..., not me"
            theirs = theirs or theirs_papers(c)
            before += c
        doubted = _hedged(segs, "unsure")
        for reading, value, k in said:
            found.setdefault(reading, set()).add(value)
            if k in hedged or (k < 0 and hedged):
                soft.add(reading)
            elif k in doubted and lexicon.hedged_values().get(fact_for(reading), value) != value:
                soft.add(reading)  # "my permit finished, so I don't know if I can": offered
    return found, soft


def settle_bare_yes(fact_id: str, text: str, out: Extraction) -> None:
    """The asked fact read from a yes word alone: dropped when the yes is another wish's
    (`yes_of_another`), or outweighed by a clause that states the fact (`stated_over_yes`)."""
    if yes_of_another(fact_id, text, out):
        out.values.pop(fact_id, None)
    else:
        stated_over_yes(fact_id, text, out)


def stated_over_yes(fact_id: str, text: str, out: Extraction) -> None:
    """A bare yes gave the asked fact, but a plain clause of the answer states it in its own
    words with another value: the clause wins, only offered when hedged ("si quiero trabajar.
    permiso no tengo todavía" to "work? permit?": the yes is the work wish's, the permit a
    no). Two clauses that disagree leave the fact open."""
    group = group_of(fact_id)
    if not group or fact_id not in out.values:
        return
    sents = sentences(text)
    found, soft = _group_readings(fact_id, sents)
    mine = [(r, v) for r, v in found.items() if fact_for(r) == fact_id and r not in _ASKED_TOO]
    values = {x for _, v in mine for x in v}
    if not values:
        key = state_words().get(fact_id)
        wish = any(out.values.get(f) is True for f in group_facts(group) if f != fact_id)
        if key and wish and any(has(s, key) for s in sents[1:]):
            del out.values[fact_id]  # "Yes, I want to work. The permit, well...": open
        return
    if values == {out.values[fact_id]}:
        return
    del out.values[fact_id]
    settle(out, fact_id, values, any(r in soft for r, _ in mine))


def _hedged(segs: list[tuple[Clause, int]], key: str = "soft") -> set[int]:
    """The stretches between contrasts that hold a hedge ("maybe in a kitchen, but..."), or
    with `key` "unsure" a doubt ("I don't know if")."""
    words: dict[int, Clause] = {}
    for c, k in segs:
        words.setdefault(k, []).extend(c)
    return {k for k, ws in words.items() if has(ws, key)}


def _sentence_readings(group: str, sentence: Clause) -> list[tuple[str, object, int]]:
    """What a whole sentence says of two facts of the group at once (segment -1: any
    hedge in the sentence counts): also a thing named, then accepted ("Uma formação
    também pode ser")."""
    got = [(r, True, -1) for r, key in accepted_topics(group) if accepted(sentence, key)]
    if group == "legal" and lawyer_request(sentence):
        return [*got, ("papers_help", True, -1)]
    if group != "jobs":
        return got
    if joint_refusal(sentence):
        return [*got, ("work_refusal", False, -1), ("training_refusal", False, -1)]
    whole = [w for w in sentence if w != ","]  # "Formation, non merci"
    if lone_refusal(whole, "courses") or lone_refusal(whole, "school_words"):
        return [*got, ("training_refusal", False, -1)]
    if lone_refusal(whole, "work_words"):
        return [*got, ("work_refusal", False, -1)]
    return got


def _readings(asked: str, c: Clause, before: Clause, answer: Clause) -> list[tuple[str, object]]:
    """What one clause (`before` it: the sentence so far) says of the facts of the group of
    the `asked` fact."""
    group = group_of(asked)
    got: list[tuple[str, object]] = []
    if group == "jobs":
        if lone_refusal(c, "work_words"):
            got.append(("work_refusal", False))
        if lone_refusal(c, "courses") or lone_refusal(c, "school_words"):
            got.append(("training_refusal", False))
        if (auth := work_papers(c)) is not None:
            got.append(("work_papers", auth))
        elif papers_doubted(c, before):
            got.append(("work_papers", "unsure"))
        elif topic_denied(c, before):
            got.append(("work_papers", "no"))
        if learning(c, before):
            got.append(("learning", True))
    elif group == "reintegration":
        if family_return(c, before) or family_told(c, before) or family_after_return(c, before):
            got.append(("family_return", True))
        elif family_in_touch(c):
            got.append(("family_return", False))
        # a going-back verb alone goes to the place the question named: only in an answer
        # to the going-home question ("not back there" to the family one may be to them)
        if fact_for("return_bare") == asked and (home := bare_return(c)) is not None:
            got.append(("return_bare", home))
    elif group == "legal":
        if papers_help(c, answer):
            got.append(("papers_help", True))
        if status_expired(c) or stay_worry(c):
            got.append(("status_expired", True))
    return got


def own_topic(fact_id: str, folded: str) -> str:
    """The answer up to a later sentence that speaks of another fact of the group and not of
    the asked one ("Trabalhar, sim, quero. Curso agora não, quem sabe mais pra frente"; "No.
    I can't go back to Benin. But I want to call my mum. She doesn't know if I'm alive"): a
    hedge there is about that fact, not the one asked. A sentence's topic is read in its
    first two words by `[clean_reading.topics]` (rules.toml), anywhere in it by the wishes'
    own words (`[yes_of_another.own_words]`: "call", "volver", "curso")."""
    group = group_of(fact_id)
    if not group:
        return folded
    topics = lexicon.words_of_rules("clean_reading", "topics")
    mine = set(topics.get(fact_id, ()))
    theirs = {w for f in group_facts(group) if f != fact_id for w in topics.get(f, ())}
    own = yes_own_words()
    their_words = [own[f] for f in group_facts(group) if f != fact_id and f in own]
    parts = re.split(r"(?<=[.!?;])\s+", folded)
    said = [[w for s in sentences(p) for w in s] for p in parts]
    mine_said = [fact_id in own and has(ws, own[fact_id]) for ws in said]
    at_char = 0
    for k, sentence in enumerate(parts):
        opening = set(sentence.split()[:2])
        if k and opening & theirs and not opening & mine:
            return folded[:at_char].rstrip()
        # anywhere in it, when the asked wish is not taken up again after it ("Tenho a
        # carteira de trabalho... Curso agora não" to the training question goes on)
        if k and any(has(said[k], key) for key in their_words) and not any(mine_said[k:]):
            return folded[:at_char].rstrip()
        at_char += len(sentence) + 1
    return folded


def yes_of_another(fact_id: str, text: str, out: Extraction) -> bool:
    """A bare yes beside a wish for another fact of the group, and nothing of the asked one
    ("Quero voltar a estudar, sim", "Sí, quiero llamar a mi mamá" to going home): the yes is that
    wish's, not the asked fact's."""
    own = yes_own_words()
    if fact_id not in own:
        return False
    sents = sentences(text)
    if any(has(s, "additions") or has(s, own[fact_id]) for s in sents):
        return False  # "Yes, and a course too", "Sim, quero voltar para Santo Antão"
    others = (f for f in group_facts(group_of(fact_id)) if f != fact_id and f in own)
    return any(out.values.get(f) is True for f in others)
