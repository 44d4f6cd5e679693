"""A host's home that is where she is now: who knows it knows where she is.

"El encargado sabe dónde vive mi amigo" was only offered (`offered_by` of the rules of a
host's home: whether she is there the clause does not say), though the note said she is
staying at that friend's ("Estoy en casa de un amigo"), or the sentence went on to say so
("sabe o endereço da irmã dela, onde ela está agora"). The reading is applied as the other
knowing statements are (its knower still judged by `knowers.knower`) when:

- right after the match, its sentence says the home is where she is now (`host_here`:
  "where she is staying", "que es donde está", "où elle est", "onde ela está agora"); or
- the note puts her at that same person's home now: a `host_stays` phrase ("staying with",
  "en casa de", "chez", "em casa da") and, within two words, the host word the match names
  ("sister", "tía", "cousine", "irmã"), in a sentence with no `pasts` or `past_times` cue.

The words are data in each language's words.toml (`host_people`, `host_stays`,
`host_here`); the facts read so are `[statements] host_place_now` in rules.toml."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import tokens
from caseassist.intake.text import fold

_GAP = 2  # the words that may stand between a stay phrase and the host ("with her older sister")


def offered_only(
    rule, folded: str, clause_text: object, m: re.Match[str], out: Extraction, value: object
) -> bool:
    """Whether a note's match of `rule` is only offered by its `offered_by` words (then
    offered in `out`), unless it names a host's home the note says she is in now (then
    read on as any other match: False). A host's home said only by its verb ("knows where
    her sister lives", no `host_homes` word) and not hers now says nothing of her: no
    reading at all, so it never stands against a plain one ("El capataz sabe dónde vive su
    prima, pero no sabe de aquí" is a no)."""
    padded = f" {' '.join(tokens(folded))} "
    if rule.offer_regex is None or not rule.offer_regex.search(padded):
        return False
    if _host_is_here(rule.fact, folded, clause_text, m):
        return False
    if _named_home(rule.fact, m):
        out.maybe(rule.fact, value)  # (in her own answer "I feel safe here" is where she is)
    return True


def _named_home(fact: str, m: re.Match[str]) -> bool:
    """The match names the home by a noun ("the friend's flat"), or is no host reading."""
    if fact not in lexicon.words_of_rules("statements", "host_place_now"):
        return True
    hosts = [_bare(w) for w in tokens(m.group()) if _bare(w) in _hosts()]
    return not hosts or lexicon.phrase_regex("host_homes").search(f" {m.group()} ") is not None


def _host_is_here(fact: str, folded: str, clause_text: object, m: re.Match[str]) -> bool:
    if fact not in lexicon.words_of_rules("statements", "host_place_now"):
        return False
    if not isinstance(clause_text, OriginalClause):
        return False
    hosts = [_bare(w) for w in tokens(m.group()) if _bare(w) in _hosts()]
    if not hosts:
        return False
    sentence = clause_text.folded_sentence
    at = sentence.find(folded)
    rest = sentence[at + m.end() :] if at >= 0 else folded[m.end() :]
    if _here_after().match(" ".join(tokens(rest))):
        return True  # "..., onde ela está agora"
    return any(_stays_with(s, hosts[-1]) for s in _note_sentences(clause_text.originals.text))


@cache
def _hosts() -> frozenset[str]:
    return frozenset(_bare(w) for w in lexicon.by_language("host_people"))


@cache
def _here_after() -> re.Pattern[str]:
    """The `host_here` phrases in what follows the match, after a comma and a possessive at
    most ("da irmã dela, onde ela está agora")."""
    phrases = sorted(lexicon.by_language("host_here"), key=len, reverse=True)
    alts = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?:\S+ ){{0,3}}?(?:{alts})\b")


@cache
def _stay_leads() -> re.Pattern[str]:
    phrases = sorted(lexicon.by_language("host_stays"), key=len, reverse=True)
    alts = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?:^| )(?:{alts})((?: \S+){{1,{_GAP + 1}}})")


def _note_sentences(text: str) -> list[str]:
    return [" ".join(tokens(lexicon.respell(fold(line)))) for line in re.split(r"[.!?\n]+", text)]


def _stays_with(sentence: str, host: str) -> bool:
    """A stay phrase and the host within `_GAP` words after it, in a sentence of now."""
    after = (m.group(1).split() for m in _stay_leads().finditer(sentence))
    if not any(_bare(w) == host for words in after for w in words):
        return False
    padded = f" {sentence} "
    return not any(lexicon.phrase_regex(k).search(padded) for k in ("pasts", "past_times"))


def _bare(word: str) -> str:
    """A host word without its possessive "'s" ("sister's")."""
    return word[:-2] if word.endswith("'s") else word.rstrip("'")
