"""The part of a free-text answer that is the asked text fact's value (dietary needs,
injuries, a safe contact).

An answer says more than the asked thing: "No pork. And I'm scared they will deport me"
to the dietary question is a dietary need and a worry about her status, and "I told you.
penicillin" is a reproach and an allergy. Kept whole, the value carried the other fact's
words (and the reproach) into the case file while the other fact was asked again. So a
sentence that states another fact and nothing of the asked one is left out of the value
(that fact is settled on its own, `answering.py`), and so is "I told you" / "ya le dije"
(`told_already`), alone or opening a sentence. An answer whose every sentence clearly
states another fact and offers nothing of the asked one answered sideways ("I want to
call my mother" to the diet question): it gives the asked fact no value, rather than words
that would sit in the case file as her diet. Otherwise at least one sentence is kept."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.answer_kinds import _phrase_in
from caseassist.intake.read.answer_words import at
from caseassist.intake.read.child_clauses import child_parts
from caseassist.intake.read.details import may_state_diet
from caseassist.intake.read.note import extract
from caseassist.intake.read.roles import unnamed_subject
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.text import fold_name

_SENTENCE = re.compile(r"[^.!?;\n]+(?:[.!?;]+|\n|$)")
"""A sentence of the answer as written, its end mark kept."""

_LEAD_CUT = re.compile(r"^[^,:;\u2013\u2014-]*[,:;\u2013\u2014-]\s*")
"""What a told phrase opening a sentence is cut off by: a comma, a colon or a dash."""


def _told_length(toks: list[str]) -> int:
    """How many words a told phrase opening `toks` takes (0: none)."""
    return at(toks, 0, "told_already")


def _without_told(sentence: str) -> str:
    """The sentence without a told phrase opening it ("I told you, I'm allergic" -> "I'm
    allergic"); "" when it is only that."""
    toks = [t for t in tokens(ffold(sentence)) if t not in ("'",)]
    n = _told_length(toks)
    if not n:
        return sentence
    rest = [t for t in toks[n:] if t[0].isalnum()]
    if not rest:
        return ""
    if n < len(toks) and toks[n] in (",", ":", ";", "-"):
        return _LEAD_CUT.sub("", sentence, count=1)
    return sentence


def _about_another(fact_id: str, sentence: str) -> bool:
    """The sentence states another fact clearly and nothing of the asked one, opens on
    someone else ("The other girls..."), or is about a child of hers ("es mi hijo, la fiebre" to the injuries question: the child's need,
    settled on its own, never an injury of hers)."""
    kid, rest = child_parts(sentence)
    if kid and not rest:
        return True
    lead = [t for t in tokens(ffold(sentence)) if t[0].isalnum()][:2]
    if len(lead) == 2 and unnamed_subject(lead):
        return True  # "Les autres filles ne mangeaient pas de viande": theirs, not hers
    return _states_only_another(fact_id, sentence)


def _states_only_another(fact_id: str, sentence: str) -> bool:
    """The sentence clearly states another fact and offers nothing of the asked one ("I
    want to go home" to the diet question)."""
    stated, offered = _sentence_facts(sentence)
    return fact_id not in stated and fact_id not in offered and bool(stated - {fact_id})


@lru_cache(maxsize=256)
def _sentence_facts(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """The facts one sentence of an answer states and offers, read once a turn (the answer
    is cut down for the settled value and again for the reading of it)."""
    got = extract(sentence, answer=True)
    return frozenset(got.values), frozenset(got.offered())


def own_text(fact_id: str, text: str) -> str:
    """The answer's words that are the asked text fact's value (see the module's doc)."""
    whole = text.strip()
    parts = [m.group().strip() for m in _SENTENCE.finditer(whole) if m.group().strip()]
    kept = [p for p in (_without_told(s) for s in parts) if p]
    if not kept:
        return whole
    if all(_states_only_another(fact_id, s) for s in kept):
        return ""  # "I want to call my mother" to the diet question: sideways, no value
    if len(kept) > 1:
        own = [s for s in kept if not _about_another(fact_id, s)]
        kept = own or kept[:1]
    out = " ".join(kept)
    return whole if out == " ".join(parts) else out


def too_long_for(fact_id: str, said: str, read: object = None) -> bool:
    """`said` has more words than a value of `fact_id` takes (`[answers] short_values`: a
    name is a few words): the value `read` from it is the value ("Everybody at home calls
    me Didi": "Didi"); with none read, a sentence that holds no name is about the value,
    not the value ("She prefers not to give a name today")."""
    most = lexicon.rules_data().get("answers", {}).get("short_values", {}).get(fact_id)
    if most is None or len(_words(said)) <= most:
        return False
    return read is not None or not _may_name(said) or _name_withheld(said)


def _name_withheld(said: str) -> bool:
    """A sentence of `said` that names the name (`name_nouns`) declines or puts it off
    (`declines`, `deferrals`): "Your colleague is Hannah, yes? Let me think about my
    name", "... hoy no quiero decir mi nombre". Its capitalised words are someone else's
    or a name she rejects, never the name she gives."""
    nouns = {ffold(w) for w in lexicon.by_language("name_nouns")}
    refusals = (*lexicon.word_sets().declines, *lexicon.by_language("deferrals"))
    for m in _SENTENCE.finditer(said):
        part = ffold(m.group())
        if set(tokens(part)) & nouns and _phrase_in(part, refusals):
            return True
    return False


def _may_name(said: str) -> bool:
    """A word of `said` may be a name: capitalised inside a sentence ("Dime Lupe nomás"),
    or a sentence of one or two words that are not her pronoun ("Ari. Y porfa..."); "She
    prefers not to give a name today" holds none, nor a sentence about someone else."""
    mine = lexicon.by_language("first_person_words")
    for m in _SENTENCE.finditer(said):
        words = re.findall(r"[^\W\d_][\w'\u2019-]*", m.group())
        lead = [ffold(w) for w in words[:3]]  # "A minha tia se chama Luísa": a determiner first
        lead = lead[1:] if lead[1:2] and unnamed_subject(lead[:2]) is False else lead
        if len(words) > 2 and unnamed_subject(lead[:2]):
            continue  # "Mi prima se llama Rosa", "A intérprete se chama Luísa": not her name
        if any(w[0].isupper() and not w.isupper() for w in words[1:]):
            return True
        if 0 < len(words) <= 2 and not {ffold(w) for w in words} & mine:
            return True
    return False


UNREAD = object()


def spanned(fact_id: str, said: str, reading: object = UNREAD) -> str | None:
    """What her reading of `said` found for an `[answers] spanned` fact, when each sentence
    of it holds a diet ("No como cerdo." -> "sin cerdo"): the fewest words that state it;
    None when a sentence states none (it may say more than the reading keeps). `reading`:
    what `extract(said, answer=True)` gave for the fact, when the caller has read it."""
    if fact_id not in lexicon.words_of_rules("answers", "spanned"):
        return None
    parts = [m.group() for m in _SENTENCE.finditer(said) if m.group().strip(" .,;:!?")]
    if not parts or not all(may_state_diet(ffold(p)) for p in parts):
        return None
    if reading is UNREAD:
        reading = extract(said, answer=True).values.get(fact_id)
    said_words = _words(said)
    if not isinstance(reading, str) or _words(reading) in ([], said_words):
        return None  # nothing read, or the answer's own words ("No pork." kept as typed)
    if set(said_words) - set(_words(reading)) - _small_words():
        return None  # "I told the truth: no pork", "Pas de porc. Et pas de boeuf non plus"
    return reading


@cache
def _small_words() -> frozenset[str]:
    """What an answer may say beside the diet read and still be kept as that diet: the
    refusals' own words (`[dietary.refusals]`: "como", "mange") and small function words."""
    fw = function_words()
    refusals = lexicon.rules_data()["dietary"].get("refusals", {})
    said = {t for rs in refusals.values() for r in rs for t in tokens(fold_name(r))}
    return frozenset(
        said | fw.definite_articles | fw.indefinite_articles | fw.and_words | fw.writer_words
    )


def _words(text: str) -> list[str]:
    return [t for t in tokens(ffold(text)) if t[0].isalnum()]


def not_hers(text: str) -> bool:
    """The answer opens with a sentence that only says "not me" (`not_me`: "Not me. The
    other girl has a cut on her foot", "Yo no. Mi compañera sí", "Eu não. A outra moça..."):
    the text it goes on to give is someone else's, never her value."""
    first = _SENTENCE.search(text.strip())
    if not first:
        return False
    toks = [t for t in tokens(ffold(first.group())) if t[0].isalnum()]
    return (
        bool(toks) and at(toks, 0, "not_me") == len(toks) and len(text.strip()) > len(first.group())
    )


def less_none(fact_id: str, said: str) -> str:
    """The kept answer without its sentences that say there is nothing of the text fact to
    keep, in the word list `[answers] none_said` names for it ("Me I eat everything, no
    problem"; "Je suis diabétique. Sinon je mange de tout." keeps the first)."""
    listed = lexicon.rules_data().get("answers", {}).get("none_said", {}).get(fact_id)
    if not listed or not said:
        return said
    none = lexicon.phrase_regex(listed)
    kept = [s for s in _SENTENCE.findall(said) if none.search(ffold(s)) is None]
    return "".join(kept).strip()
