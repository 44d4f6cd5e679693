"""In an answer to a safety question: who knows, or does not know, where she is, said in
any form ("the boss doesn't know where the hotel is", "ils ne savent pas où habite mon
amie", "no sé si el encargado sabe dónde ando", "eles não sabem que eu vim pra cá"), and
"I'm fine" as no danger now.

Only the knower and the know-where frame are read; the place may be named any way, but
not as a place of someone else's family, a thing, or a place she has left. The knower is
someone from the life she left (an exploiter's word, "they", a plural verb with no
subject, or "he / she" with no one of hers named in the answer); her family, friends or
helpers knowing says nothing. "I don't know if" makes it unsure; "I think" only offers
it; a condition or a question reads nothing."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.facts import FACTS
from caseassist.intake.function_words import function_words
from caseassist.intake.read.answer_persons import Names, names, side
from caseassist.intake.read.answer_words import Clause, at, fact_for, find, has, phrases, settle
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import ffold, tokens

_LOOK_BACK = 5  # words before the verb that may name who knows
_HE = "he"  # the topic of a clause opened by a bare "he / she"


def _knower(before: Clause, verb: str, answer: set[str], named: Names, topic: str) -> str:
    """Whether someone from the life she left is who knows: "sure", "weak" (a bare name,
    which may be a place or a helping group: only offered) or "" (not them). `before` the
    words of the clause up to the verb, `answer` every word of the answer, `topic` the side
    of the person the answer last opened a clause on (a verb with no subject is theirs)."""
    words = before[-_LOOK_BACK:]
    words = [w for i, w in enumerate(words) if not _link(words, i)]  # "y no sabe": no subject
    who = side(words, named)
    if who:
        return {"theirs": "sure", "named": "weak"}.get(who, "")  # "mi hermana sabe": ""
    if any(at(words, i, "they") for i in range(len(words))):
        return "sure"
    by_topic = {"theirs": "sure", "named": "weak"}.get(topic, "")
    if any(at(words, i, "he_she") for i in range(len(words))) or (not words and topic == _HE):
        # "he" is the person just named, or whom she left, with no one of hers named; a
        # verb with no subject after a clause opened by "he" takes him up ("Él está
        # detenido, así que estoy tranquila, y no sabe dónde estoy")
        safe = answer & lexicon.by_language("safe_knowers")
        safe = {w for w in safe if not at([w], 0, "negators")}  # "ninguém" is no one of hers
        return by_topic or ("" if safe or topic == "hers" else "sure")
    if words:
        return ""
    # no subject: "No saben dónde estoy", "Savent pas où je suis"; "(Marta) no sé si sabe"
    return "sure" if at([verb], 0, "plural_know_verbs") else by_topic


def _link(words: Clause, i: int) -> bool:
    """A word before the verb that names no one: a negator or a link ("and", "but", "so":
    `subject_links`)."""
    return at(words, i, "negators") > 0 or at(words, i, "subject_links") > 0


def _topic_of(clause: Clause, named: Names) -> str:
    """The side of the person a clause opens on, or `_HE` for a bare "he / she" opening it
    (links aside), or "" for none."""
    words = clause[:_LOOK_BACK]
    found = side(words, named)
    if found:
        return found
    bare = [w for i, w in enumerate(words) if not _link(words, i)]
    return _HE if at(bare, 0, "he_she") else ""


def _place_frame(clause: Clause, v: int) -> tuple[int, bool] | None:
    """After the know verb at `v`: where the place words start, and whether a negator
    came between (None: no place frame: "knows my name", "sabe cocinar")."""
    neg = False
    i = v + 1
    while i < len(clause) and i <= v + 4:
        if at(clause, i, "negators"):
            neg = True
            i += 1
            continue
        if n := at(clause, i, "where"):
            rest = clause[i + n :]
            if rest and not at(rest, 0, "negators") and rest[0] != "?":
                return i + n, neg
            # the place left unsaid at the clause's end ("mas não sabe para onde", "but
            # not where"): where she is, which the answer is about
            return (i + n, neg) if not rest else None
        if n := at(clause, i, "that"):
            rest = clause[i + n : i + n + 5]
            return (i + n, neg) if has(rest, "here") or _her_move(rest) else None
        if _her_move(clause[i : i + 5]):
            return i, neg  # "has no idea I came to Mercy", "know I sleep at this station"
        if at(clause, i, "know_fillers"):
            i += 1  # "does not know yet where", "ne sait pas encore où"
            continue
        n = at(clause, i, "articles")
        if n and at(clause, i + n, "place_nouns") and at(clause, v, "place_know_verbs"):
            return i + n, neg  # "no conoce la casa", "ne connaît pas le foyer"
        return None
    return None


def _her_move(rest: Clause) -> bool:
    """Words that tell where she went or is, without "where": "I came to Mercy", "me
    trajeron", "I sleep at this station", "I am with my cousin" (not "I am pregnant")."""
    if at(rest, 0, "her_moves"):
        return True
    n = at(rest, 0, "her_being")
    return n > 0 and (has(rest[n : n + 3], "here") or at(rest, n, "place_links") > 0)


def knows_where(
    clause: Clause, sentence: Clause, answer: set[str], named: Names, topic: str = ""
) -> tuple[str, bool] | None:
    """The knowing value a clause states ("yes", "no", "unsure") and whether it is only
    offered (a soft hedge in its sentence); None when it states none."""
    if not clause or clause[-1] == "?" or sentence[-1:] == ["?"]:
        return None
    v = find(clause, "know_verbs")
    if v < 0:
        return _believed_away(clause, answer, named, topic)
    frame = _place_frame(clause, v)
    if frame is None:
        return None
    start, neg = frame
    place = clause[start:]
    if has(place, "not_her_place"):
        return None  # "saben dónde vive mi familia", "knows where I lived"
    # someone else's place ("où habite ma copine") may be one she has left: a yes only offered
    hers = has(place, "her_place") or has(place, "place_nouns") or at(clause, start - 1, "that") > 0
    before = clause[:v]
    opener = find(before, "unsure")
    subject = before[opener + len(phrases_at(before, opener)) :] if opener >= 0 else before
    neg = neg or any(at(subject, i, "negators") for i in range(len(subject)))
    knower = _knower(subject, clause[v], answer, named, topic)
    if not knower:
        return None
    if opener >= 0:
        return "unsure", False
    if has(before, "conditions"):
        return None  # "si el patrón sabe dónde estoy, ..."
    soft = has(sentence, "soft") or knower == "weak"
    if neg:
        return "no", soft
    return "yes", soft or not hers


def _believed_away(
    clause: Clause, answer: set[str], named: Names, topic: str
) -> tuple[str, bool] | None:
    """Someone from that life believes she went back or is still where she was ("Ele acha
    que eu voltei para o Brasil", "he thinks I'm still in Leeds", "cree que regresé a mi
    país", "il croit que je suis rentrée au pays"): he does not know where she is. Not a
    belief she holds ("I think"), one denied, or one that puts her here."""
    b = find(clause, "belief_verbs")
    if b < 0:
        return None
    after = b + at(clause, b, "belief_verbs")
    rest = clause[after + at(clause, after, "that") :]
    if not at(rest, 0, "away_claims") or has(rest, "here") or has(rest, "negators"):
        return None
    before = clause[:b]
    if any(at(before, i, "negators") for i in range(len(before))) or has(before, "conditions"):
        return None  # "he doesn't think I went back": he may know
    if _knower(before, clause[b], answer, named, topic) != "sure":
        return None
    return "no", False


def phrases_at(toks: Clause, i: int) -> tuple[str, ...]:
    """The `unsure` phrase at `toks[i]`."""
    return next((p for p in phrases("unsure") if tuple(toks[i : i + len(p)]) == p), ())


def read_knowers(
    sentences: list[Clause], clauses_of: list[list[Clause]], text: str, out: Extraction
) -> None:
    """Settle (or offer) who knows where she is, when every clause that says it agrees. A
    clause with no subject of its own ("no sé si sabe...") is about the person the answer
    last opened a clause on; "but not here" after a knower's clause is a no, whatever the
    clause before said of another place ("connaît le foyer où je dormais avant, mais pas
    ici")."""
    fact = fact_for("knows_where")
    if not fact or fact in out.conflicts:
        return
    answer = {w for s in sentences for w in s}
    named = names(text)
    found = set()
    offered = False
    topic = ""
    not_here = False
    for sentence, parts in zip(sentences, clauses_of, strict=True):
        knower_before = False
        for clause in parts:
            got = knows_where(clause, sentence, answer, named, topic)
            if got:
                found.add(got[0])
                offered = offered or got[1]
            elif knower_before and _only_not_here(clause):
                not_here = True
            knower_before = got is not None or _knows_other(clause, named, topic)
            topic = _topic_of(clause, named) or topic
    if not_here and sentences[-1][-1:] != ["?"] and found <= {"yes"}:
        out.values.pop(fact, None)  # the place he knows is not this one
        found = {"no"}
    if any(_her_doubt(c) for parts in clauses_of for c in parts):
        # "He doesn't know this place. But my cousin told him, so I don't know": only offered
        offered = offered or bool(found - {"unsure"})
        if out.values.get(fact) not in (None, "unsure"):
            out.maybe(fact, out.values.pop(fact))
    if fact not in out.values:
        settle(out, fact, found, offered)


def _her_doubt(clause: Clause) -> bool:
    """A clause that is only her "I don't know" after its links ("so I don't know", "así
    que no sé", "alors je ne sais pas"): what another clause says of who knows is doubted."""
    i = 0
    while i < len(clause) and (n := at(clause, i, "subject_links")):
        i += n
    rest = " ".join(clause[i:])
    return bool(rest) and rest in _dont_know_said()


@cache
def _dont_know_said() -> frozenset[str]:
    """The `dont_know` phrases as the answer readers cut them into tokens."""
    said = (tokens(lexicon.respell(ffold(p))) for p in lexicon.word_sets().dont_know)
    return frozenset(" ".join(t) for t in said if t)


def _only_not_here(clause: Clause) -> bool:
    """ "pas ici", "not here", "aquí no", "mas aqui não": a clause of a negator and here."""
    rest = [w for w in clause if not at([w], 0, "negators")]
    return len(rest) < len(clause) and at(rest, 0, "here") == len(rest) > 0


def _knows_other(clause: Clause, named: Names, topic: str) -> bool:
    """Someone from her old life knows a place or a thing in this clause ("connaît le foyer
    où je dormais avant"): a "but not here" after it is about where she is now."""
    v = find(clause, "know_verbs")
    known = ("theirs", "named")
    return v >= 0 and (side(clause[:v][-_LOOK_BACK:], named) in known or topic in known)


def read_safe_state(fact_id: str, sentences: list[Clause], out: Extraction) -> None:
    """ "Ahorita estoy bien", "Ici, ça va": no danger now, in an answer to the danger
    question that reads nothing of it, leads with it, and names no fear or threat."""
    fact = fact_for("safe_state")
    if fact_id != fact or fact in out.values or fact in out.conflicts or not sentences:
        return
    first = sentences[0]
    if first[-1:] == ["?"] or any(has(s, "fear") for s in sentences):
        return
    if out.values.get(fact_for("knows_where")) == "yes":
        return  # "I'm fine here, but he knows where I am": for staff to weigh
    i = find(first, "safe_states", 0, 4)
    if i < 0 or any(at(first, j, "negators") for j in range(i)) or has(first, "soft"):
        return
    out.put(fact, False)


def read_not_me(fact_id: str, parts: list[list[Clause]], out: Extraction) -> None:
    """ "Not for me, no. But my boy has a fever", "Yo no, yo estoy bien. El niño...", "Moi,
    ça va. C'est ma fille qui...": her need, asked, is a no; the need she goes on to name
    is someone else's. Only when the answer's whole first clause says so; then a yes read
    from a later clause that opens on another person ("Yo no, pero mi amiga sigue allá y
    ella sí corre peligro", "Me no, my sister yes she is in danger") is that person's."""
    if FACTS[fact_id].type != "bool" or not parts or not parts[0]:
        return
    first = parts[0]
    clause = first[0]
    mine = at(clause, 0, "not_me") == len(clause)
    if fact_id in out.values or fact_id in out.conflicts:
        if not (mine and out.values.get(fact_id) is not False and _another_after(parts)):
            return
        out.values.pop(fact_id, None)
        out.conflicts.discard(fact_id)
    if mine:
        out.put(fact_id, False)
    elif at(clause, 0, "me") == len(clause) and len(first) > 1:
        nxt = first[1]
        if at(nxt, 0, "safe_states") and not any(at(nxt, j, "negators") for j in range(len(nxt))):
            out.put(fact_id, False)


def _another_after(parts: list[list[Clause]]) -> bool:
    """A clause after the answer's first opens on another person (`others`, `family`,
    past a contrast: "pero mi amiga", "but my sister")."""
    buts = function_words().but_words
    later = [c for ps in parts for c in ps][1:]
    for c in later:
        rest = c[1:] if c[:1] and c[0] in buts else c
        if find(rest, "others", 0, 3) >= 0 or find(rest, "family", 0, 3) >= 0:
            return True
    return False
