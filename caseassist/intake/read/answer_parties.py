"""A yes said for one party only: "Con la médica sí. Con la abogada no", "The doctor,
okay. Not the embassy", "Au médecin oui, à l'avocate non", "Yes to the doctor, not to the
lawyer".

For a fact whose yes must cover everyone it names (`[party_yes]` of answers.toml: sharing
what she told us), a yes that stands right after a party fronted with a lead word
(`fronted_topic_leads`, `party_leads`, an article or a possessive) or right before one, with
a no or a negator in another stretch of the answer, is a yes to that party alone: not the
plain yes. The fact's limit value (`ask_each_time`) is offered, never applied; she is asked.
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.answer_words import _data, at, clauses, sentences

_PARTY = 4  # words a fronted party may take after its lead ("la médica del centro")


@cache
def _limits() -> dict[str, str]:
    """Per fact, the value a yes of one party only offers (`[party_yes]`)."""
    return dict(_data().get("party_yes", {}))


@cache
def _leads() -> frozenset[str]:
    fw = function_words()
    return fw.definite_articles | fw.indefinite_articles | lexicon.word_sets().possessives


def _led_party(stretch: list[str], i: int) -> int:
    """How many words from `stretch[i]` lead a party and name it (0: none): a lead word or
    phrase, then one to `_PARTY` words that are no reply."""
    n = 0
    while i + n < len(stretch):
        k = at(stretch, i + n, "fronted_topic_leads") or at(stretch, i + n, "party_leads")
        k = k or (1 if stretch[i + n] in _leads() else 0)
        if not k:
            break
        n += k
    if not n:
        return 0
    ws = lexicon.word_sets()
    named = 0
    for t in stretch[i + n : i + n + _PARTY]:
        if t in ws.yes or t in ws.no or not t[0].isalnum():
            break
        named += 1
    return n + named if named else 0


def _party_yes(stretch: list[str]) -> bool:
    """The stretch is a yes to a party: the party then the yes ("con la médica sí"), or
    the yes then the party ("yes to the doctor")."""
    ws = lexicon.word_sets()
    words = [t for t in stretch if t != ","]
    if not words:
        return False
    if words[0] in ws.yes and words[0] not in ws.no:
        return len(words) > 1 and _led_party(words, 1) == len(words) - 1
    n = _led_party(words, 0)
    return 0 < n < len(words) and words[n] in ws.yes and words[n] not in ws.no


def _refuses(stretch: list[str]) -> bool:
    ws = lexicon.word_sets()
    return any(t in ws.negators or (t in ws.no and t not in ws.yes) for t in stretch)


def party_limit(fact_id: str, text: str) -> str | None:
    """The value to offer when the answer's yes covers one party only and another stretch
    refuses ("Con la médica sí, claro. Con la abogada ..., no quiero que le contéis nada"),
    else None."""
    limit = _limits().get(fact_id)
    if limit is None:
        return None
    stretches = [c for s in sentences(text) for c in clauses(s)]
    yes_at = next((k for k, c in enumerate(stretches) if _party_yes(c)), -1)
    if yes_at < 0:
        return None
    others = stretches[:yes_at] + stretches[yes_at + 1 :]
    return limit if any(_refuses(c) for c in others) else None
