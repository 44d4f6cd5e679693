"""A wish she had, then what she says of it now: not her wish now.

"Antes quería volver, ahora ya no sé", "I used to want to go home. Now I don't know
anymore", "Avant je voulais rentrer, maintenant je ne sais plus", "Antes queria voltar,
agora já não sei": the wish is read from its own clause and was applied as hers, though
the clause says it was hers then (`past_openers` in each language's answers.toml, or a
`pasts` cue: "used to", "al principio", "au début") and a later clause opens on now
(`supersedes`: "now", "ahora", "maintenant", "agora"). A note's clean reading holds such
a wish back (read/clean_reading.py, `pasts`); an answer is not gated, so it is read here.

What the later clause says decides: her doubt ("I don't know", `dont_know_after`, or a
hedge) is the fact's own unsure value ("undecided"); anything else leaves the wish of
then only offered, for staff to ask about. A wish with no later "now" is left as read:
"I used to want to go home and I still do" names no change."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import Clause, _data, at, clauses, has, phrases, sentences
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import ffold, tokens

_OPENING = 3  # words a past opener or a "now" may stand in at a clause's start


@cache
def _facts() -> dict[str, str]:
    """The wishes read so, each with the answers word list naming its topic
    (`[past_wishes] facts`, topics from `[fronted_topics]`)."""
    data = _data()
    topics = data.get("fronted_topics", {})
    return {f: topics[f] for f in data.get("past_wishes", {}).get("facts", ()) if f in topics}


def _opens_with(clause: Clause, key: str) -> bool:
    head = clause[:_OPENING]
    return any(tuple(head[i : i + len(p)]) == p for p in phrases(key) for i in range(len(head)))


def _past(clause: Clause) -> bool:
    """A clause said of a time gone by: a past opener at its start, or a `pasts` cue."""
    if _opens_with(clause, "past_openers"):
        return True
    return lexicon.phrase_regex("pasts").search(" ".join(clause)) is not None


def _now(clause: Clause) -> bool:
    return lexicon.phrase_regex("supersedes").search(" ".join(clause[:_OPENING])) is not None


def _doubted(clause: Clause) -> bool:
    joined = " ".join(clause)
    return has(clause, "dont_know_after") or lexicon.hedge_regex().search(joined) is not None


def _yes_of_then(parts: list[Clause]) -> bool:
    """The first clause is a past opener and a yes word alone ("Antes sí", "Au début oui"),
    and a later clause opens on now."""
    first = parts[0]
    lead = next((len(p) for p in phrases("past_openers") if tuple(first[: len(p)]) == p), 0)
    rest = " ".join(first[lead:])
    yes = lead and rest in lexicon.word_sets().yes
    return bool(yes) and any(_now(c) for c in parts[1:])


def past_wishes(fact_id: str, text: str, out: Extraction) -> None:
    """Each wish of `_facts` applied as yes in `out` whose topic the answer names only in
    clauses of a time gone by, with a clause opening on now after them: not applied. So is
    the asked fact's yes when the answer opens on a yes of then ("Ao princípio sim, agora
    já tenho o meu título", "Avant oui, maintenant...", "At first yes, now...")."""
    if lexicon.phrase_regex("supersedes").search(ffold(text)) is None:
        return  # no clause opens on now
    parts = [c for s in sentences(text) for c in clauses(s)]
    if parts and fact_id in out.values and _yes_of_then(parts):
        value = out.values.pop(fact_id)
        if value not in (True, "yes"):
            out.values[fact_id] = value
        else:
            out.maybe(fact_id, value)
    todo = [f for f in _facts() if out.values.get(f) in (True, "yes")]
    if not todo:
        return
    for fact in todo:
        named = [i for i, c in enumerate(parts) if has(c, _facts()[fact])]
        if not named or not all(_past(parts[i]) for i in named):
            continue
        later = [c for c in parts[named[-1] + 1 :] if _now(c)]
        if not later:
            continue
        value = out.values.pop(fact)
        unsure = lexicon.hedged_values().get(fact)
        if unsure is not None and any(_doubted(c) for c in later):
            out.put(fact, unsure)  # "..., agora já não sei": undecided now
        else:
            out.maybe(fact, value)  # a wish of then: staff ask what it is now


def offered_as_said(fact_id: str, out: Extraction) -> bool:
    """What the answer only offers of the asked fact may be taken as said to its question
    ("Tengo una cortadura en el brazo" to the doctor question), but not a need told of a
    time gone by ("I was hungry this morning", "tinha fome de manhã mas já comi",
    `Extraction.then`): that stays offered."""
    return out.possible.get(fact_id) is not None and fact_id not in out.then


def no_of_then(fact_id: str, folded: str) -> bool:
    """The answer opens on a no that negates her verb in a past tense (`past_heads`: "No
    tenía dónde dormir", "Não tinha onde dormir", "no was hungry before"), to a question of
    her state now (`[statements] now` of rules.toml): a no of then, no reply of now."""
    if fact_id not in lexicon.words_of_rules("statements", "now"):
        return False
    toks = tokens(folded)
    return bool(toks) and toks[0] in lexicon.word_sets().no and at(toks, 1, "past_heads") > 0
