"""How far a statement reaches, read after a rule matched (ConText-style scopes, as data):
a condition after a wish looks forward, a clause or sentence that is only a doubt looks
back, a negated wish narrowed to one place refuses only that, a place owned by someone from
the life she left is not hers, a plain value made doubtful by a word of its sentence, and a
`possible` rule made clear by the person named in the sentence before.

The facts each applies to and the words are data (`[statements]` in rules.toml and the
folders' words.toml); `statements._apply_rules` asks these after a match."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caseassist.intake import lexicon, statement_rules
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.roles import _has_hedge, _negated, assertion_status
from caseassist.intake.read.segment import clauses, tokens
from caseassist.intake.text import fold
from caseassist.intake.trie import alternation

_DENY_REACH = 6  # words before a clear word a negated need denies it from
_SHORT = 6  # the most words of a sentence that is only a no ("Fora isso, sem urgência.")
_LOOK_BACK = 2  # sentences back to the person a pronoun takes up: at most one doubt between
# word lists naming people: a sentence with one of them names whom a pronoun may take up
_PERSON_LISTS = (
    "language_female_people",
    "language_male_people",
    "other_people",
    "person_nouns",
    "language_helpers",
    "safe_holders",
    "legal_nouns",
)


def clear_in(rule: statement_rules.Rule, folded: str) -> bool:
    """A `possible` rule's `clear_with` word in `folded`, not one that only says when she
    came or left (`arrival_times`: "salió hoy", "arrived today"): the day she left tells
    nothing of an injury's urgency."""
    if rule.clear_regex is None:
        return False
    spans = None
    for m in rule.clear_regex.finditer(folded):
        if spans is None:
            spans = [a.span() for a in lexicon.phrase_regex("arrival_times").finditer(folded)]
        if any(a <= m.start() < b for a, b in spans) or _denied(rule, folded, m):
            continue
        if _time_elsewhere(rule, folded, m):
            continue
        return True
    return False


def _time_elsewhere(rule: statement_rules.Rule, folded: str, m: re.Match[str]) -> bool:
    """A clear word that only says when (`urgency_times`: "today", "tonight", "hoy", "ce
    soir", "hoje") in a clause that names neither the statement nor care or health ("small
    cut on her hand, needs a bed tonight", "moretones, hoy quiere llamar a su madre"): the
    time is another statement's, and makes no injury urgent."""
    if rule.clear_with not in lexicon.words_of_rules("statements", "clause_times"):
        return False  # (a bed's own "tonight" is its statement)
    if not lexicon.phrase_regex("urgency_times").fullmatch(m.group().strip()):
        return False
    start = 0
    for clause in clauses(folded):
        at = folded.find(clause, start)
        if at < 0:
            return False  # (the clause cannot be placed: read the sentence as before)
        start = at + len(clause)
        if at <= m.start() < start:
            return not (
                any(p.search(clause) for p in rule.patterns)
                or lexicon.phrase_regex("health_words").search(clause)
                or lexicon.phrase_regex("care_nouns").search(clause)
            )
    return False


def _denied(rule: statement_rules.Rule, folded: str, m: re.Match[str]) -> bool:
    """For a yes of a `denied_clear` fact, a negated `need_cues` word among the `_DENY_REACH`
    words before a clear word in its own clause ("no precisa asistencia urgente", "does not need urgent
    care"): the word is denied, so it makes no yes clear (the no is read by its own rule).
    A clear phrase that is itself negated ("n'a pas été soignée") keeps its own negation."""
    negators = lexicon.word_sets().negators
    if rule.value is not True or rule.fact not in lexicon.words_of_rules(
        "statements", "denied_clear"
    ):
        return False
    if not negators.isdisjoint(tokens(m.group())):
        return False
    clause = re.split(r"[,;:.!?()]", folded[: m.start()])[-1]
    near = tokens(clause)[-_DENY_REACH:]
    cues = lexicon.by_language("need_cues")
    # a negated need ("no precisa", "does not need"), not a word that only looks like a
    # negator ("ferida no braço que sangra": Portuguese "no" is "in the")
    return any(t in negators and cues.intersection(near[k + 1 :]) for k, t in enumerate(near))


def clear_before(rule: statement_rules.Rule, clause_text: object) -> bool:
    """A `possible` rule's `clear_with` word in the sentence before its own: the person a
    pronoun takes up was named there ("Ses enfants sont aux Philippines. Elle voudrait les
    appeler."); for the `no_before` facts only a no said alone ("He is diabetic, has enough
    for a month. Nothing urgent.")."""
    if rule.clear_regex is None or not isinstance(clause_text, OriginalClause):
        return False
    if rule.fact in lexicon.words_of_rules("statements", "no_before") and (
        rule.value is not False or len(tokens(clause_text.folded_sentence)) > _SHORT
    ):
        return False  # "Nothing urgent." after her health: a no; not "hay que verla, aunque..."
    if clause_text.sentence_index < 1 or clause_text.index < 0:
        return False
    for back in range(1, _LOOK_BACK + 1):
        try:
            before = clause_text.originals.get(clause_text.sentence_index - back)
        except IndexError:
            return False
        if not before:
            return False
        folded = lexicon.respell(fold(before))
        if clear_in(rule, folded):
            return True
        if clause_text.sentence_index - back < 1 or not _only_doubt(folded):
            return False
    return False


def _only_doubt(folded: str) -> bool:
    """A sentence that is only a doubt and names no one ("Mi mamá quiere que regrese; yo
    todavía no sé. Pero quiero hablar con ella"): a pronoun after it takes up the person
    named before it."""
    if not _has_hedge(folded):
        return False
    return _persons_regex().search(folded) is None


@cache
def _persons_regex() -> re.Pattern[str]:
    words = {w for k in _PERSON_LISTS for w in lexicon.by_language(k) if w.strip()}
    return re.compile(r"\b" + alternation(words, r"\s+") + r"(?![a-z0-9])")


def doubted(fact_id: str, sent: str) -> bool:
    """A plain value made doubtful by a word of its sentence (`[statements.offered_with]`:
    a fact, the words that make it only offered and those that make it clear again): a
    permit tied to one employer may not let her work elsewhere ("permis fermé lié à ce
    restaurant", "tied to the farm"), unless the sentence says it is valid."""
    groups = lexicon.words_of_rules("statements", "offered_with")
    if fact_id not in groups:
        return False
    doubt, *clear = groups[fact_id]
    if not lexicon.phrase_regex(doubt).search(sent):
        return False
    return not any(lexicon.phrase_regex(c).search(sent) for c in clear)


def hedged_next(clause_text: object) -> bool:
    """The clause after this one in its sentence is only a hedge, with no statement of its
    own ("...; says he is not sure yet", "..., pero no está segura", "..., mais elle hésite
    encore", "..., ainda não tem a certeza"): its doubt is about the statement before it."""
    if not isinstance(clause_text, OriginalClause) or clause_text.index < 0:
        return False
    parts = clauses(clause_text.folded_sentence)
    if len(parts) != clause_text.count:
        return False
    if clause_text.index + 1 < len(parts):
        nxt = parts[clause_text.index + 1]
    else:  # the sentence after it ("...; says he is not sure yet", "... . Not sure yet.")
        try:
            after = clause_text.originals.get(clause_text.sentence_index + 1)
        except IndexError:  # (the last sentence)
            after = None
        first = clauses(fold(after))[:1] if after else []
        nxt = first[0] if first else ""
    return _only_hedge(nxt)


@lru_cache(maxsize=1024)
def _only_hedge(nxt: str) -> bool:
    """A (folded) clause that is only a hedge; kept, as each rule of a clause asks again."""
    if not _has_hedge(nxt) or lexicon.phrase_regex("condition_openers").match(nxt):
        return False  # (", if possible": a condition, which looks forward)
    rest = tokens(lexicon.hedge_regex().sub(" ", nxt))
    return len(rest) <= 6 and set(rest) <= lexicon.by_language("bare_hedge_words")


def exploiters_place(folded: str, end: int) -> bool:
    """The place a match names is owned, right after it, by someone from the life she left
    (`place_owners` then an `exploiters` phrase: "casa desse homem", "la casa del patrón",
    "the house of the man who brought her"); her parents' house stays home."""
    after = tokens(folded[end:])[:5]
    if not after or after[0] not in lexicon.by_language("place_owners"):
        return False
    return lexicon.phrase_regex("exploiters").match(" ".join(after[1:])) is not None or (
        lexicon.phrase_regex("exploiters").match(" ".join(after)) is not None
    )


def narrowed(folded: str, end: int) -> bool:
    """A place, a kind or a person right after a negated wish narrows it (`narrowers`
    then anything but a `narrow_keepers` phrase: "in the fields", "para ese hombre", "dans
    ce restaurant"); "here", "now", "at all" keep the no ("does not wish to work here")."""
    after = tokens(folded[end:])[:3]
    if not after or after[0] not in lexicon.by_language("narrowers"):
        return False
    rest = " ".join(after[1:])
    return not any(
        rest == k or rest.startswith(k + " ") for k in lexicon.by_language("narrow_keepers")
    )


def status_before_condition(folded: str, end: int, status: str, writer: bool) -> str:
    """A wish's assertion status without the condition opening after it in its clause: a
    condition looks forward ("wants to go home if he can get his passport back", "if
    possible"), so its "if" hedges what it opens, not the wish before it. A condition on her
    say (`consent_conditions`: "if she agrees", "si elle est d'accord", "si quiere", "se ela
    concordar") is no such condition: the wish is someone's plan she has not yet accepted."""
    c = lexicon.phrase_regex("condition_openers").search(folded, end)
    if c is None or lexicon.phrase_regex("consent_conditions").match(folded, c.start()):
        return status  # "if she agrees": her wish not yet asked, so still a doubt (stop 43)
    return assertion_status(folded[: c.start()], writer=writer)


def safety_condition(fact: str, folded: str, end: int) -> bool:
    """A safety condition after a match of a `[statements] safe_if_hedged` fact
    (`safety_conditions`: "when it is safe", "si es seguro", "quand ce sera sans danger",
    "quando for seguro"): the wish waits on a danger ending, which may never happen, so it
    is only possible."""
    if fact not in lexicon.words_of_rules("statements", "safe_if_hedged"):
        return False
    return lexicon.phrase_regex("safety_conditions").search(folded, end) is not None


def negated_word(folded: str, start: int, matched: str = "") -> bool:
    """A negator among the two words right before `start` ("NÃO devolvidos", "never
    returned") and not in a rule's `matched` words ("not needed if ..." is the rule's own
    no): the word there is denied, so it neither states nor cancels."""
    near = set(tokens(folded[:start])[-2:]) - set(tokens(matched))
    return not lexicon.word_sets().negators.isdisjoint(near)


def cue_word_after(folded: str, end: int) -> int:
    """The end of the word after the cue ("sait pas où"): how far a verb's own negation
    reaches for a `verb_negation` rule."""
    nxt = re.compile(r" *\S+").match(folded, end)
    return nxt.end() if nxt else end


def belief_denied(folded: str) -> bool:
    """The opinion cue is itself negated ("does not think", "no cree que", "ne pense pas
    que", "não acha que"): a belief of the opposite."""
    b = lexicon.phrase_regex("beliefs").search(folded)
    return b is not None and _negated(folded, b.start(), b.end())
