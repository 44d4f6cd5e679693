"""A value only offered when its sentence names something that puts it in doubt
(`[readings.offered_beside]` in rules.toml: a fact, the value and the word group).

Why: "She has her student card only, no passport", "Documentos: libreta de marinero,
pasaporte lo tiene el capitán" read as no identity document at all, yet she holds a lesser
one (`lesser_documents`); a careful reader hesitates, so the value is offered, not applied.
Every reader's reading counts (statements, frames, form lines), so this runs on the
readings once they are all made."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction, Reading
from caseassist.intake.read.segment import clauses, tokens
from caseassist.intake.text import fold

_JOINED = 4  # words of a clause that is only a noun joined to the clause before


def _words(text: str) -> str:
    return " " + " ".join(t for t in tokens(fold(text)) if t[0].isalnum()) + " "


def _names_held(sentence: str, row: dict) -> bool:
    """A clause of the sentence names the group's thing and none of the `unless` words
    ("no passport or birth certificate with her", "laissez-passer en cours", "livret de
    marin resté à bord": that one is not held either)."""
    named = lexicon.phrase_regex(row["words"])
    parts = clauses(sentence)
    for j, clause in enumerate(parts):
        if not named.search(clause):
            continue
        # a short clause after another is a noun joined to it ("le quitó el pasaporte y la
        # licencia de conducir"): the clause before says what was done with it too
        seen = f"{parts[j - 1]} {clause}" if j and len(tokens(clause)) <= _JOINED else clause
        if not any(lexicon.phrase_regex(u).search(seen) for u in row.get("unless", ())):
            return True
    return False


_TAIL = 3  # last words of a part read again on its own, looked for in its sentence


def _doubted(where: str, row: dict, sentences: list[str]) -> bool:
    """`where` (folded) names the row's thing as `_names_held` reads it; with `with`, the
    whole sentence it comes from also names a phrase of one of those groups ("wants to go
    home and see her children", read again as "wants see her children": a visit on going
    back, `return_verbs`, not a call or a message), in a clause that denies nothing and
    holds no `with_unless` phrase (a refusal: "refuse de retourner chez la patronne")."""
    if not _names_held(where, row):
        return False
    if not row.get("with"):
        return True
    tail = " ".join(tokens(where)[-_TAIL:])
    whole = next((s for s in sentences if where in s), None)
    whole = whole or next((s for s in sentences if tail and tail in s), where)
    negators = lexicon.word_sets().negators
    refused = [lexicon.phrase_regex(g) for g in row.get("with_unless", ())]
    return any(
        lexicon.phrase_regex(g).search(clause)
        and not negators.intersection(tokens(clause))
        and not any(r.search(clause) for r in refused)
        for clause in clauses(whole)
        for g in row["with"]
    )  # (not "ne souhaite pas / refuse de retourner chez la patronne et demande à revoir...")


_NEGATED_WITHIN = 3  # words before a problem in which a negator denies it ("no cough")


def _problem_named(sentences: list[str], key: str | None) -> bool:
    """A folded sentence names a health problem of the row's `beside_words` group ("has a bad
    cough", "es diabética", "elle tousse", "tem febre") with no negator in the few words
    before it, in a sentence that names no relative of hers ("her son has a fever") and a
    clause that names no one by an age before it ("the 5-year-old has a fever")."""
    if not key or not sentences:
        return False
    named = lexicon.phrase_regex(key)
    others = lexicon.phrase_regex("family_nouns")
    negators = lexicon.word_sets().negators
    for sentence in sentences:
        if others.search(sentence):
            continue
        for clause in clauses(sentence):
            for m in named.finditer(clause):
                before = tokens(clause[: m.start()])
                if any(t.isdigit() for t in before):
                    continue  # "the 5-year-old has a fever": a child named by an age
                if not _denied(before, negators):
                    return True
    return False


@cache
def _list_words() -> frozenset[str]:
    """What a list of problems is made of, "and" included (unlike `listed_negation`'s scope
    for every statement): its glue and the problems themselves."""
    return lexicon.by_language("problem_list_words") | lexicon.by_language("health_problems")


def _denied(before: list[str], negators: frozenset[str]) -> bool:
    """A negator in the few words before a problem, read back over the list it heads ("no
    c/o pain or illness", "sin fiebre ni tos": `problem_list_words`, marks and other
    problems do not count as words)."""
    listed = _list_words()
    words = 0
    for t in reversed(before):
        if t in negators:
            return True
        if not t.isalnum() or t in listed:
            continue
        words += 1
        if words >= _NEGATED_WITHIN:
            return False
    return False


def _offer_beside_facts(out: Extraction, sentences: list[str]) -> None:
    """Each clear reading of a `[readings.offered_beside_facts]` fact and value whose clause
    names the row's `words` and none of its `unless` groups becomes offered when the text
    also reads one of the row's `facts` (a true or described value); a reading in another
    clause ("sin lesiones, no necesita atención médica") keeps the value clear.

    Why: "No injuries" says nothing of urgency when the note names a current health
    problem of hers elsewhere ("takes tablets for blood pressure, ran out last week",
    "TDR palu positif, sous traitement"): a careful reader hesitates."""
    table = lexicon.rules_data().get("readings", {}).get("offered_beside_facts", {})
    for fid, row in table.items():
        value = row["value"]
        other = _contested(out, fid, value)
        if other is None and (fid not in out.values or out.values[fid] != value):
            continue
        if (
            other is None
            and not any(out.values.get(f) not in (None, False, "", []) for f in row["facts"])
            # (nor the fact itself offered the other way: "refiere dolor de cabeza")
            and not (row.get("against_offered") and out.possible.get(fid, value) != value)
            and not _problem_named(sentences, row.get("beside_words"))  # "tiene tos"
        ):
            continue
        named = lexicon.phrase_regex(row["words"])
        unless = [lexicon.phrase_regex(u) for u in row.get("unless", ())]
        mine = [r for r in out.readings if r.fact == fid and r.clear and r.value == value]
        doubted = [
            r
            for r in mine
            if named.search(where := fold(r.clause or r.sentence or ""))
            and not any(u.search(where) for u in unless)
        ]
        if not doubted or len(doubted) < len(mine):
            continue  # another clause states it plainly, or no reading to judge
        out.readings = [r._replace(clear=False) if r in doubted else r for r in out.readings]
        if other is not None:  # the reading the doubted one contested stands
            out.conflicts.discard(fid)
            out.values[fid] = other
            continue
        out.values.pop(fid)
        out.possible.setdefault(fid, value)  # (a care need offered stays the one offered)


def _contested(out: Extraction, fid: str, value: object) -> object | None:
    """The one other value clear readings give a fact in conflict with `value`, if any.

    Why: "No injuries" beside a health problem is doubted ("Hypertension non traitée, a
    besoin d'un traitement. Pas de blessure visible."); the need the other clause states
    clearly then stands, not left as a conflict that shows staff nothing: "not injured" says
    nothing of a medicine run out ("He is not injured but he ran out of his tablets last
    week"), as the s36 and s40 labelling rules read it (stop 42)."""
    if fid not in out.conflicts:
        return None
    others = {
        repr(r.value): r.value
        for r in out.readings
        if r.fact == fid and r.clear and r.value != value
    }
    return next(iter(others.values())) if len(others) == 1 else None


def offer_beside(out: Extraction, sentences: list[str] | None = None) -> None:
    """Each clear reading of a listed fact and value whose sentence holds a phrase of the
    listed group becomes offered; the fact keeps a clear value only if another reading
    still states it. `sentences`: the text's folded sentences."""
    _offer_beside_facts(out, sentences or [])
    table = lexicon.rules_data().get("readings", {}).get("offered_beside", {})
    if not table or not out.readings:
        return
    doubted: dict[str, list[str]] = {}  # fact -> the sentences naming its group
    for r in out.readings:
        row = table.get(r.fact)
        where = r.sentence or r.clause
        if row is not None and where and _doubted(fold(where), row, sentences or []):
            doubted.setdefault(r.fact, []).append(_words(where))
    changed: dict[str, object] = {}
    readings: list[Reading] = []
    for r in out.readings:
        where = r.sentence or r.clause
        if (
            r.fact in doubted
            and r.clear
            and r.value == table[r.fact]["value"]
            and where
            # (a part read again on its own, "(the partner keeps the passports)", is its sentence's)
            and any(_words(where) in s for s in doubted[r.fact])
        ):
            r = r._replace(clear=False)
            changed[r.fact] = r.value
        readings.append(r)
    if not changed:
        return
    out.readings = readings
    for fid, value in changed.items():
        if any(
            r.fact == fid and r.clear and (r.sentence or r.clause or "with" not in table[fid])
            for r in readings
        ):
            continue  # another sentence states it plainly (a visit's "and" part read
            # again on its own leaves one with no sentence: it is that visit's)
        out.values.pop(fid, None)
        out.conflicts.discard(fid)
        out.possible[fid] = value


def no_beside_need(fact_id: str, folded: str, out: Extraction) -> bool:
    """Whether a bare no to `fact_id` in her answer stands beside the other value offered
    by what she names (a `[readings.offered_beside_facts]` fact and value: "No, I'm fine,
    nothing hurts. Only my tablets, I have two left", "Non, ça va. Il m'en reste deux").

    Why: her no is to pain or injury; a medicine running out is a need that may be soon.
    The fact stays open, the need offered, as "not injured" beside it is in a note. A no
    led by the time the question asks about ("Today, no.", "Hoy no", "Tout de suite, non")
    weighed that need already: it stands."""
    row = lexicon.rules_data().get("readings", {}).get("offered_beside_facts", {}).get(fact_id)
    if row is None or fact_id in out.values:
        return False
    if led_by_time(folded):
        return False
    other = out.possible.get(fact_id)
    return other is not None and other != row["value"]


def led_by_time(folded: str) -> bool:
    """Whether an answer opens on the time a question asks about (`urgency_times`: "Today,
    no.", "Hoy no", "Tout de suite, non", "Hoje não"): her no weighed that time."""
    return lexicon.phrase_regex("urgency_times").match(folded.lstrip(" \"'-")) is not None
