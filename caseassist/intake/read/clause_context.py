"""The sentence around a statement rule's match: the clause's own words, cut from the
note only when a rule keeps them, and what the rest of its sentence says of the match (a
condition after it, a place she has left, a limit in time, a later day or "not tonight").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.countries import _country_at
from caseassist.intake.read.segment import clauses, sentences, tokens


@dataclass(slots=True)  # (not frozen: a note makes one per clause, and frozen fields cost)
class OriginalClause:
    """A clause's own words, cut from its sentence only when a rule keeps them."""

    originals: LazyOriginals
    sentence_index: int
    index: int
    count: int
    folded: str
    folded_sentence: str

    def __str__(self) -> str:
        sentence = self.originals.get(self.sentence_index)
        if sentence is None:
            return self.folded
        parts = clauses(sentence)
        return parts[self.index] if len(parts) == self.count else self.folded


class LazyOriginals:
    """The note's own sentences, split only when a clause's own words are wanted."""

    def __init__(self, text: str, count: int, folded: list[str] | None = None) -> None:
        self.text = text
        self._count = count
        self.folded = folded  # the note's folded sentences, when the reader has them
        self.own: list[bool] | None = None  # each sentence in one of her own turns
        self._sentences: list[str] | None = None

    @property
    def count(self) -> int:
        return self._count

    def get(self, k: int) -> str | None:
        if self._sentences is None:
            self._sentences = sentences(self.text)
        if len(self._sentences) != self._count:
            return None
        return self._sentences[k]


def condition_after(sent: str, folded: str, end: int) -> bool:
    """A condition opens after the match in its sentence ("en danger s'ils la retrouvent",
    "in danger if he finds her", "em perigo se a encontrarem"): hypothetical, not now (a
    "si" with no word after it is a yes: "corre peligro, sí"). So does one that opens the
    sentence before the match's clause ("si je ne reviens pas, il va venir me chercher", "if
    she goes back, he will find her")."""
    at = sent.find(folded)
    opened = sent.lstrip(" -*")
    head = lexicon.phrase_regex("condition_openers").match(opened) if at > 0 else None
    if head and opened[head.end() :].lstrip(" ")[:1].isalnum():
        return True
    rest = sent[at + end :] if at >= 0 else folded[end:]
    for c in lexicon.phrase_regex("condition_openers").finditer(rest):
        # (an opener of several words is a condition by itself: "se voltar", "se a encontrarem")
        if rest[c.end() :].lstrip(" ")[:1].isalnum() or " " in c.group().strip():
            return True
    return False


def consent_after(sent: str, folded: str, end: int) -> bool:
    """A condition on her say after the match in its sentence (`consent_conditions`: "I will
    apply for housing for her, if she agrees", "voy a pedir plaza, si ella quiere", "si elle
    est d'accord", "se ela concordar"): a plan she has not accepted yet, for any fact."""
    at = sent.find(folded)
    rest = sent[at + end :] if at >= 0 else folded[end:]
    return lexicon.phrase_regex("consent_conditions").search(rest) is not None


def former_place(folded: str, end: int) -> bool:
    """The place a match names is qualified right after it as one she has left
    (`former_places`: "su dirección anterior", "son adresse d'avant", "a morada antiga"), or
    as one in a country, hers or another's (a `place_leads` word then a country name, or a
    `home_places` phrase: "her address in Romania", "su dirección en Honduras", "son adresse
    au pays", "a morada dela em Angola"): a place back home is not where she is now."""
    at = len(folded) - len(folded[end:].lstrip(" "))
    if lexicon.phrase_regex("former_places").match(folded, at) is not None:
        return True
    after = tokens(folded[at:])[:5]  # (a verb or "dela" may come first: "lives in Romania")
    if lexicon.phrase_regex("home_places").search(" ".join(after)):
        return True
    leads = lexicon.by_language("place_leads")
    return any(w in leads and _country_at(after, i + 1) for i, w in enumerate(after[:3]))


def moved_away(clause_text: object, folded: str, m: re.Match[str]) -> bool:
    """The sentence says she was moved away from the place a match names (`moved_away`:
    "tuvimos que trasladarla porque el tratante descubrió la dirección de nuestro
    albergue", "we moved her after he found the shelter"): a place she has left, unless
    its clause names a new one from the match on (`new_places`: "descubrió la nueva
    dirección", "found out where she is now")."""
    sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else folded
    moved = lexicon.phrase_regex("moved_away")
    if not moved.search(sent) and not any(moved.search(s) for s in _beside(clause_text)):
        return False  # (the move may be told in the sentence before or after)
    return not lexicon.phrase_regex("new_places").search(folded, m.start())


def _beside(clause_text: object) -> list[str]:
    """The folded sentences just before and after a clause's own, when known."""
    if not isinstance(clause_text, OriginalClause) or clause_text.sentence_index < 0:
        return []
    folded = clause_text.originals.folded
    if folded is None or len(folded) != clause_text.originals.count:
        return []
    k = clause_text.sentence_index
    return [folded[j] for j in (k - 1, k + 1) if 0 <= j < len(folded)]


def limited(clause_text: object, folded: str, end: int) -> bool:
    """A limit after a negated match, in its clause or the rest of its sentence ("does not
    want to go back until the debt is paid", "não quer voltar enquanto não tiver dinheiro"):
    a no only for now."""
    sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else folded
    at = sent.find(folded)
    rest = sent[at + end :] if at >= 0 else folded[end:]
    rest = _CONTRAST.split(rest, 1)[0]  # "does not need a bed tonight, but wants to leave before"
    return bool(lexicon.phrase_regex("negation_limits").search(rest))


def partial_negation(folded: str, start: int, end: int) -> bool:
    """A negator right before an "always" word (`partial_times`), or with one word
    between, in the match's reach ("does not always know where she is", "no siempre sabe",
    "nem sempre sabe", "ne sait pas toujours"): not every time, so no denial. Not when a
    negator follows the "always" word ("ne sait toujours pas": still not)."""
    words = tokens(folded[:end])
    always = lexicon.by_language("partial_times")
    if always.isdisjoint(words):
        return False
    negators = lexicon.word_sets().negators | {"t"}  # "doesn' t always"
    span = words[max(0, len(tokens(folded[:start])) - 3) :]
    for i, w in enumerate(span):
        for j in (i + 1, i + 2):
            if (
                w in negators
                and j < len(span)
                and span[j] in always
                and (j + 1 >= len(span) or span[j + 1] not in negators)
            ):
                return True
    return False


def not_yet(fact: str, clause_text: object, folded: str, start: int, end: int) -> bool:
    """A "yet" right after a negated match or a "not yet" right before it ("doesn't want
    police \"yet\", she has not decided", "no quiere denunciar todavía, está indecisa"),
    in a sentence that also says the decision is open (`_OPEN_KEYS`): put off, not a no
    (`negation_yets`; "ainda tem medo", further on, is "still"), for a fact of
    `[statements] yet_undecided`. The "yet" alone ("doesn't want police yet") is a no: a
    refusal whose only qualification is a time word (the stop 37 label ruling)."""
    if fact not in lexicon.words_of_rules("statements", "yet_undecided"):
        return False
    sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else folded
    if not any(lexicon.phrase_regex(k).search(f" {sent} ") for k in _OPEN_KEYS):
        return False
    at = sent.find(folded)
    after = [t for t in tokens(sent[at + end :] if at >= 0 else folded[end:]) if t not in _QUOTES]
    close = " ".join(after[:_YET_WORDS]) + " | " + " ".join(tokens(folded[:start])[-3:])
    return bool(lexicon.phrase_regex("negation_yets").search(close))


_OPEN_KEYS = ("undecided_words", "undecided_cues", "undecided_tails", "deferrals", "later_maybes")
_YET_WORDS = 1  # "police yet", "denunciar todavía", "police \"yet\"" (a comma ends it)
_QUOTES = frozenset("\"«»“”'")


_CONTRAST = re.compile(r"\b(?:but|however|pero|sin embargo|mais|cependant|mas|porem)\b|;")


def later_day(clause_text: object, m: re.Match[str]) -> str:
    """The sentence up to the match, or the match's clause after it, is set on a later day ("tomorrow", "demain",
    "amanhã": `later_days`: "later") or says "not tonight" (`not_tonight`: "dès demain
    soir, pas ce soir": NOT_TONIGHT, a plain no for tonight), and names no other
    `tonight_words`: a need then, not tonight ("" when not)."""
    sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else ""
    at = sent.find(m.string) if sent else -1
    head = sent[: at + m.end()] if at >= 0 else m.string[: m.end()]
    whole = sent or m.string
    kept = lexicon.phrase_regex("not_tonight").sub(" ", whole)
    if lexicon.phrase_regex("tonight_words").search(kept):
        return ""
    if kept != whole:
        return NOT_TONIGHT  # said plainly: no need tonight
    later = lexicon.phrase_regex("later_days")
    # or its own clause after the match: "need a bed when they are discharged tomorrow"
    return "later" if later.search(head) or later.search(m.string, m.end()) else ""


NOT_TONIGHT = "not tonight"


def sentence_up_to(clause_text: object, folded: str) -> str:
    """The clause's sentence up to the clause's end: a time said before it or in it ("Last
    month, she was injured", "injured last month") is the clause's; one in a later clause
    ("pregnant, confirmed by ultrasound last week", "she arrived last week") is not."""
    if not isinstance(clause_text, OriginalClause):
        return folded
    sent = clause_text.folded_sentence
    at = sent.find(folded)
    return sent if at < 0 else sent[: at + len(folded)]


@cache
def _past() -> re.Pattern[str]:
    """A time gone by: a phrase of `gone_times` ("last week", "la semaine dernière"), a
    count of years, months or weeks after its lead (`gone_leads`, `gone_counts`,
    `gone_units`: "hace unos años"; in digits after `gone_number_leads`: "il y a 3 ans"),
    or a year before this one after a `year_leads` word ("in 2019", "em 2018")."""
    years = "|".join(map(str, range(1950, dt.date.today().year)))
    gone, lead, count, unit, number_lead, year = (
        lexicon.alternatives(k)
        for k in (
            "gone_times",
            "gone_leads",
            "gone_counts",
            "gone_units",
            "gone_number_leads",
            "year_leads",
        )
    )
    return re.compile(
        rf"\b(?:{gone}|{lead} (?:{count} )?{unit}|{number_lead} \d+ {unit}|{year} (?:{years}))"
        r"(?![a-z0-9])"
    )


def _past_ends(text: str) -> list[int]:
    """Where each time gone by in `text` ends; one right after a `since_words` word is
    still so, not past ("since last week", "depuis la semaine dernière")."""
    since = lexicon.by_language("since_words")
    return [
        p.end()
        for p in _past().finditer(text)
        if not (words := text[: p.start()].split()) or words[-1] not in since
    ]


def _now(text: str) -> bool:
    """A word of now in `text` (`now_words`: "currently", "ce soir", "agora")."""
    return lexicon.phrase_regex("now_words").search(text) is not None


def gone_by(clause_text: object, folded: str) -> bool:
    """The clause is set in a time gone by: a past time in its sentence up to it ("injured
    last month", "hace un año no tenía dónde dormir"), with no now in the clause nor, after
    that time, a stay still going on ("left last month and has been staying with a friend,
    who can no longer host him after Friday": `stay_ongoing`; stop 40, tonight5)."""
    if _now(folded) or lexicon.phrase_regex("stay_ongoing").search(folded):
        return False
    upto = sentence_up_to(clause_text, folded)
    ends = _past_ends(upto)
    if not ends:
        return False
    rest = upto[ends[-1] :]
    return not (_now(rest) or lexicon.phrase_regex("stay_ongoing").search(rest))
