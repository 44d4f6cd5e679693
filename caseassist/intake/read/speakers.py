"""Who speaks a transcript's turn: the survivor, staff, or someone else (see docs/intake.md).

A turn opens with its speaker's label ("Advocate:", "Llamante (vecina):", "[10:42] Agent:").
In a staff turn, or the turn of a caller the note names as someone else ("caller is her
cousin"), a clause that opens in the first person singular is the speaker's own
("Advocate: I speak Spanish too", "Neighbour: I am 45"), never the survivor's: it is
blanked before the note is read, so no reader takes its "I" for her. A clause there that
speaks of her ("I think she is 17", "I have a patient here") stays, and so does "we"
("we're using the phone interpreter"). The labels are data per language (`staff_speakers`, `caller_speakers`,
`relay_speakers`; another person's word from `other_people` is a speaker too)."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.referrer_turns import referrer_labels
from caseassist.intake.read.related_others import without_related_others
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.read.turn_legend import HER, OTHER, STAFF, Legend, read_legend

_TURN = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*\u2022>]+[ \t]*)?(?:\[[^\]\n]{1,24}\][ \t]*)?)"
    r"(?P<label>[^\W\d_][^:\n?]{0,40}?)[ \t]*:(?P<value>[^\n]*)",
    re.M,
)
"""A line that opens with a speaker's label (a bullet or a "[10:42]" time before it)."""

_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")
_CLAUSE = re.compile(
    r"(?:[^.!?;,\n]|[.,](?=\d))+?(?=[.!?;,\n]|\s(?:and|but|y|pero|et|mais|e|mas)\s|$)[.!?;]*", re.I
)
"""A clause of a turn: up to a stop, a comma (not in "1,5") or a joining word."""

# after "caller", what may come before the person it is: "Caller is her cousin",
# "caller: a neighbour", "la llamante es su tía", "l'appelante, sa voisine"
_CALLER_LINKS = frozenset(
    ["is", "was", "es", "era", "est", "etait", "e", "foi", ":", "(", ",", "-", "="]
    + ["the", "a", "an", "her", "his", "their", "la", "el", "su", "une", "un", "sa", "son"]
    + ["le", "l'", "o", "uma", "um", "sua", "seu", "de", "da", "do"]
)


@cache
def _tables() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(staff labels, caller labels, relay labels, other people who are not a relay)."""
    relay = lexicon.by_language("relay_speakers")
    others = lexicon.word_sets().other_people - relay
    return (
        lexicon.by_language("staff_speakers"),
        lexicon.by_language("caller_speakers"),
        relay,
        others,
    )


@cache
def first_person() -> frozenset[str]:
    """The words that say \"I\" (`first_person_words`), as tokens."""
    return frozenset(t for w in lexicon.by_language("first_person_words") for t in tokens(w))


@cache
def _her_words() -> frozenset[str]:
    """Words that speak of her: a pronoun, a word for a person ("a woman, 44", "the patient")."""
    ws = lexicon.word_sets()
    people = ws.gender_female | ws.gender_male | lexicon.by_language("name_roles")
    return ws.pronoun_female | ws.pronoun_male | frozenset(w for w in people if " " not in w)


def _caller_is_other(folded: str, callers: frozenset[str], others: frozenset[str]) -> bool:
    """The note names the caller as another person ("caller is her cousin", "Llamante
    (vecina)", "l'appelante est sa voisine")."""
    toks = tokens(folded)
    for i, t in enumerate(toks):
        two = " ".join(toks[i : i + 3])
        width = 3 if two in callers else 2 if " ".join(toks[i : i + 2]) in callers else 1
        if width == 1 and t not in callers:
            continue
        j, k = i + width, 0
        while j < len(toks) and k < 4 and toks[j] in _CALLER_LINKS:
            j, k = j + 1, k + 1
        if k and j < len(toks) and (toks[j] in others or " ".join(toks[j : j + 2]) in others):
            return True
    return False


def _label_base(label: str) -> tuple[str, re.Match[str] | None]:
    """A turn's label folded, less its bracket ("Llamante (vecina)"), and the bracket."""
    folded = ffold(label).strip()
    bracket = _BRACKET.search(folded)
    return (folded[: bracket.start()].strip() if bracket else folded), bracket


def _speaker(label: str, caller_other: bool) -> bool:
    """True when a turn's speaker is not the survivor (staff, another person)."""
    staff, callers, relay, others = _tables()
    base, bracket = _label_base(label)
    if base in relay:
        return False
    if base in staff or base in others:
        return True
    if base in callers:
        inside = tokens(bracket.group(1)) if bracket else []
        return caller_other or any(t in others for t in inside)
    return False


def _may_speak(label: str) -> bool:
    """Whether `_speaker` may find the turn's speaker not to be her: its label, less a
    bracket, is a staff, caller or other person's word (whatever the note says of the
    caller)."""
    staff, callers, relay, others = _tables()
    base, _bracket = _label_base(label)
    return base not in relay and (base in staff or base in others or base in callers)


@cache
def _wishes() -> tuple[frozenset[str], frozenset[str]]:
    """(the speaker's own wish words, "I" and the verbs that say "I" by themselves)."""
    subjects = lexicon.by_language("first_person_subjects")
    return lexicon.by_language("speaker_wishes"), first_person() | frozenset(
        t for w in subjects for t in tokens(w)
    )


def _speakers_wish(toks: list[str]) -> bool:
    """ "I would like her to press charges", "moi je voudrais qu'elle porte plainte",
    "quiero que denuncie": a wish of the speaker's own about her, opening the clause."""
    wishes, subjects = _wishes()
    for i in range(min(len(toks), 4)):
        for width in (2, 1):
            if " ".join(toks[i : i + width]) in wishes:
                return toks[i] in subjects or (i > 0 and toks[i - 1] in subjects)
    return False


def _blank(clause: str) -> bool:
    """A clause in the speaker's own name ("I'm 31", "yo hablo inglés", "je m'appelle
    Claire") that says nothing of her (not "I have a patient, male, 19"), or that says the
    speaker's own wish for her ("I'd like her to go to the police")."""
    if clause.rstrip().endswith("?"):
        return False  # a question stays: its reply may answer it
    toks = [t for t in tokens(ffold(clause)) if t[0].isalnum()]
    if _speakers_wish(toks):
        return True
    return not first_person().isdisjoint(toks[:3]) and _her_words().isdisjoint(toks)


_JOINED = re.compile(r"\s*(?:and|y|et|e)\s", re.I)


def _joined_rest(clause: re.Match[str]) -> bool:
    """A short clause joined by "and" to a blanked one, with no word of hers: the rest of
    the speaker's list ("Mi colega habla tigriña y árabe")."""
    if not _JOINED.match(clause.group()):
        return False
    toks = [t for t in tokens(ffold(clause.group())) if t[0].isalnum()]
    return len(toks) <= 3 and _her_words().isdisjoint(toks)


def quiet_other_speakers(text: str) -> str:
    """`text` with the first-person statements of every turn not spoken by the survivor
    blanked to spaces (offsets unchanged, so every reader's positions still hold); so is
    what describes a person related to her ("Caller: Joy, 22, a friend of the girl")."""
    text = without_related_others(text)
    if ":" not in text:
        return text
    # a label no table names is never another speaker's ("Hotline call at 14:05"): its
    # value (often the rest of a one-line note) is not read for an "I"
    every = list(_TURN.finditer(text))
    referrers = referrer_labels([(m.group("label"), m.group("value")) for m in every])
    told = {m.start() for m in every if said_by_other(m.group("label"))}  # "Sa voisine lui a dit"
    turns = [
        m
        for m in every
        if (
            _may_speak(m.group("label"))
            or _label_base(m.group("label"))[0] in referrers
            or m.start() in told
        )
        and _first_person_in(m.group("value"))
    ]
    if not turns:
        return text
    _staff, callers, _relay, others = _tables()
    caller_other = _caller_is_other(ffold(text), callers, others)
    out = list(text)
    for m in turns:
        if not (
            _speaker(m.group("label"), caller_other)
            or _label_base(m.group("label"))[0] in referrers  # "LIG: ... da minha prima"
            or m.start() in told  # "Sa voisine de chambre lui a dit :"
        ):
            continue
        start = m.start("value")
        blanked = False
        for s in _CLAUSE.finditer(m.group("value")):
            if _blank(s.group()) or (blanked and _joined_rest(s)):
                out[start + s.start() : start + s.end()] = " " * (s.end() - s.start())
                blanked = True
            else:
                blanked = False
        rest = _quote_rest(text, m.end("value"), m.group("value"))
        if blanked and rest:  # «... je\nm'appelle Fanta »: the quote goes on past the line
            out[rest[0] : rest[1]] = [c if c == "\n" else " " for c in text[rest[0] : rest[1]]]
    return "".join(out)


_CLOSING = {"\u00ab": "\u00bb", "\u201c": "\u201d", '"': '"'}


def _quote_rest(text: str, end: int, value: str) -> tuple[int, int] | None:
    """Where a quote the turn's line opens and leaves open goes on after the line: from
    `end` to its closing mark (None: no quote left open, or never closed)."""
    for opening, closing in _CLOSING.items():
        opened = value.count(opening) - (value.count(closing) if opening != closing else 0)
        if (opened if opening != closing else value.count(opening) % 2) > 0:
            close = text.find(closing, end)
            return (end, close) if close > end else None
    return None


def said_by_other(label: str) -> bool:
    """A label that is a sentence saying who speaks: another person (`other_people`, after
    a possessive or an article) and a verb of saying (`speaker_verbs`) among its last
    words ("Sa voisine de chambre lui a dit", "Her roommate told her", "Mi prima dijo"):
    what follows the colon is that person's, her "I" included."""
    toks = tokens(ffold(label))
    verbs = lexicon.by_language("speaker_verbs")
    tail = len(toks) - 3
    said = any(
        " ".join(toks[i : i + w]) in verbs for i in range(max(tail, 1), len(toks)) for w in (1, 2)
    )
    if not said or len(toks) > 8:
        return False
    ws, fw = lexicon.word_sets(), function_words()
    lead = ws.possessives | fw.definite_articles
    head = toks[1:] if toks[0] in lead else toks
    _staff, _callers, _relay, others = _tables()
    return bool(head) and (head[0] in others or " ".join(head[:2]) in others)


def _first_person_in(value: str) -> bool:
    return not first_person().isdisjoint(tokens(ffold(value)))


_LABEL_AT_START = re.compile(r"^(?:\d\d?:\d\d )?([^\W\d_][^:?]{0,40}?) ?:(?: |$)")
"""A turn's label; alone in its sentence when the turn opens with a question ("OPERADORA:
¿Solo wolof?" splits as "operadora:" and "¿solo wolof")."""


def _legend(folded_sents: list[str]) -> Legend:
    """The transcript's legend, her side its `name_roles` and `caller_speakers` words."""
    staff, callers, _relay, _others = _tables()
    hers = lexicon.by_language("name_roles") | callers

    def side(label: str) -> str:
        return HER if label in hers else STAFF if label in staff else OTHER

    return read_legend("\n".join(folded_sents), side)


def her_turns(folded_sents: list[str]) -> list[bool]:
    """For each folded sentence of a transcript, whether it is in one of her own turns (a
    turn her role word labels, `name_roles`, and the unlabelled sentences that continue
    it), where "she" / "he" is someone else ("Caller: my roommate is only seventeen")."""
    _staff, callers, _relay, others = _tables()
    roles = lexicon.by_language("name_roles")
    # (a label ends in a colon within its first 43 characters: no colon there, no match)
    starts = [_LABEL_AT_START.match(s) if s.find(":", 0, 43) >= 0 else None for s in folded_sents]
    used = {_BRACKET.sub("", m.group(1)).strip() for m in starts if m}
    if used - roles:  # "Caller: ..." then "C: ..."; "Persona que llama: mujer (L)" then "L:"
        roles = roles | _legend(folded_sents).hers(used - roles)
    if not used & roles:
        return [False] * len(folded_sents)
    third = _caller_is_other("\n".join(folded_sents), callers, others)
    ws = lexicon.word_sets()
    pronouns = ws.pronoun_female | ws.pronoun_male
    labels: list[str | None] = []
    says: dict[str, int] = {}  # label -> first-person sentences less she/he ones
    label: str | None = None
    turns: list[tuple[str, str]] = []  # (label, the turn's words): who calls for a friend
    for sent, m in zip(folded_sents, starts, strict=True):
        if m:
            label = _BRACKET.sub("", m.group(1)).strip()
            turns.append((m.group(1), sent[m.end() :]))
        elif turns:
            turns[-1] = (turns[-1][0], f"{turns[-1][1]} {sent}")
        labels.append(label)
        if label in roles:  # (only her role labels are counted)
            toks = set(tokens(sent))
            mine = not toks.isdisjoint(first_person())
            says[label] = says.get(label, 0) + (1 if mine else -1 if toks & pronouns else 0)
    # a caller who speaks of "he" more than of "I" is a referrer ("Caller: He's 16, ..."),
    # and so is one who calls for a friend ("LLAMANTE: Llamo por mi amiga")
    referrers = referrer_labels(turns)
    return [
        lab is not None
        and lab in roles
        and says.get(lab, 0) > 0
        and not (third and lab in callers)
        and ffold(lab) not in referrers
        for lab in labels
    ]
