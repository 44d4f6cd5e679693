"""An answer read against the question it answers: its words and which way it was put.

- An opening "no" that negates her verb after it (`first_person_words`: "No tengo
  teléfono", "Não tenho documentos") is a statement about what follows it, not a bare no to the
  question: it answers the question only when what it denies is the question's topic
  (a word of the question, of the bank's own wordings of it, or of the fact's question
  words in rules.toml: "No tengo hambre" to "¿Tiene hambre?"). "No tengo teléfono" to
  the danger question says nothing of danger. A no with her verb alone, or with a none
  word ("No quiero", "Não tenho.", "No necesito nada") stays a no; so does a no phrase of its own
  (`word_sets().no`: "no thanks") and a no before a word of `no_answer_heads` (each
  folder's answers.toml: "no im ok", "no hace falta", "non merci", "não precisa").
- Only the question's own sentences (ending in "?") say which way it was put: "Are you
  in danger right now? We ask this so we can keep you safe." asks of danger, not safety.

Words are compared by their first `_STEM` letters, so "necesito" meets "necesita"."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.answer_words import at, phrases
from caseassist.intake.read.inability import word_after_opening_no
from caseassist.intake.read.segment import ffold, tokens

_STEM = 5
_SHORT = 4  # shorter words (articles, "you", "have") say nothing of a topic
_QUESTION_END = re.compile(r"(?<=\?)\s*")


def _stems(words: object) -> set[str]:
    return {t[:_STEM] for t in words if t[0].isalnum() and len(t) >= _SHORT}  # type: ignore[union-attr]


@cache
def _fact_stems(fact_id: str) -> frozenset[str]:
    """The words the question bank and rules.toml put this fact's question in, every language."""
    from caseassist.intake.questions import question_bank

    words: list[str] = []
    for q in question_bank():
        if fact_id in q.facts:
            for table in (q.staff, q.survivor, *q.rest.values()):
                for text in table.values() if isinstance(table, dict) else ():
                    words += tokens(ffold(str(text))) if isinstance(text, str) else []
    for key in ("about", "asked"):
        for phrase in lexicon.words_of_rules("questions", key).get(fact_id, ()):
            words += tokens(ffold(phrase))
    for phrase in lexicon.words_of_rules("answers", "yes_by").get(fact_id, ()):
        words += tokens(ffold(phrase))
    return frozenset(_stems(words))


def answer_word_no(folded: str) -> bool:
    """`folded` opens with a no phrase of its own ("no gracias", "no hace falta", "não
    precisa", "no way"): the answer word, whatever follows it."""
    toks = tokens(folded)
    no = lexicon.word_sets().no
    two, three = " ".join(toks[:2]), " ".join(toks[:3])
    return (
        bool(toks)
        and toks[0] in no
        and (two in no or three in no or at(toks, 1, "no_answer_heads") > 0)
    )


def statement_no(folded: str) -> bool:
    """`folded` opens with a no that negates the words after it ("No tengo a dónde ir"),
    not with the answer word ("No, ...", "No I'm fine", "no gracias", "no way")."""
    toks = tokens(folded)
    after = word_after_opening_no(toks)
    if after is None or after in function_words().writer_words or at(toks, 1, "no_answer_heads"):
        return False
    if after not in lexicon.by_language("first_person_words"):
        return False  # "No at this time", "non selon elle": the answer word and its qualifier
    no = lexicon.word_sets().no
    return " ".join(toks[:2]) not in no and " ".join(toks[:3]) not in no


def off_topic_no(fact_id: str, folded: str, question: str | None) -> bool:
    """`folded` opens with a no that negates what follows it, and what it denies is not
    what `fact_id`'s question asks: no answer to the question ("No tengo teléfono")."""
    if not statement_no(folded):
        return False
    toks = tokens(folded)
    clause: list[str] = []
    for t in toks[1:]:
        if not t[0].isalnum() and t != "'":
            break
        clause.append(t)
    words = [t for t in clause if t[0].isalnum()]
    if all(t in lexicon.word_sets().none for t in words[1:]):
        return False  # "No tengo.", "No necesito nada": her verb alone, the question's denied
    said = _stems(words)
    topic = _fact_stems(fact_id) | _stems(tokens(ffold(question or "")))
    return bool(said) and not said & topic


def asking_part(question: str | None) -> str | None:
    """The sentences of `question` that ask (end in "?"), else the whole of it."""
    if not question:
        return question
    parts = [p for p in _QUESTION_END.split(question) if p.strip()]
    asked = [p for p in parts if p.rstrip().endswith("?")]
    return " ".join(asked) if asked else question


def less_statements_of_others(fact_id: str, folded: str) -> str:
    """`folded` less its later sentences that state another fact and not `fact_id` ("Here,
    yes. But he texted me..., so I think he doesn't know yet": the hedge is of whether he
    knows, not of her yes; "Today, no. ... I am pregnant, four months I think"). The first
    sentence, and any that says nothing of another fact ("No. I'm not sure."), stay."""
    from caseassist.intake.read.note import extract

    parts = re.split(r"(?<=[.!?])\s+", folded)
    kept = parts[:1]
    for p in parts[1:]:
        got = extract(p, answer=True)
        read = set(got.values) | set(got.possible)
        if not read or fact_id in read:
            kept.append(p)
    return " ".join(kept)


@cache
def inverted_offered() -> frozenset[str]:
    """Facts an inverted question only offers when its answer gives them true ("Are you
    feeling okay?" - "No": maybe a need for a doctor today; `[answers.inverted_offered]`)."""
    table = lexicon.rules_data().get("answers", {}).get("inverted_offered", {})
    return frozenset(table.get("facts", ()))


_LEAST = 3  # words each alternative needs ("or not right now" is the same question's no)


def opposite_alternatives(fact_id: str, question: str) -> bool:
    """The question's asking sentence puts two alternatives joined by "or"
    (`alternative_words`: "or", "o", "ou"), the one put the other way round from the fact
    (`_inverted`: "Do you feel safe here", "¿Tienes dónde dormir") and the other not, and
    the later one a question of its own (set off by a comma or put to "you") in words of the
    fact ("..., or are you in danger?", "..., o necesita usted un lugar?"): a bare yes or no
    answers either, so neither plainly."""
    from caseassist.intake.read.answer_kinds import _inverted

    ors = {p[0] for p in phrases("alternative_words") if len(p) == 1}
    for sent in (asking_part(question) or "").split("?"):
        # (accents kept, as written: "où dormir" is no "ou")
        parts = re.split(rf"(?<!\w)(?:{'|'.join(sorted(ors))})(?!\w)", sent.lower())
        if len(parts) != 2:
            continue
        a, b = ([t for t in tokens(ffold(p)) if t[0].isalnum()] for p in parts)
        own = parts[0].rstrip().endswith(",") or set(b) & lexicon.by_language("second_person_words")
        if not own:
            continue  # a question of its own, set off or put to her ("un endroit ou dormir")
        if len(a) < _LEAST or len(b) < _LEAST or not _stems(b) & _fact_stems(fact_id):
            continue
        if _inverted(fact_id, " ".join(a) + " ?") != _inverted(fact_id, " ".join(b) + " ?"):
            return True
    return False
