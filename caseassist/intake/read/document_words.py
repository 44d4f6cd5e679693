"""The words of a frame (`read/document_frames.py`), as token phrases filed for look-up.

Why apart: the frame's reading is long enough on its own; its data (each language's
`[document_frame]` table in words.toml, the fact and its noun group in `[frames]` of
rules.toml) is loaded here once, as phrases filed by first and last token, so that what
starts or ends at a place in a sentence is one look-up."""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from functools import cache

from caseassist.intake import fields, lexicon
from caseassist.intake.read.result import Extraction
from caseassist.intake.text import fold_name

OTHER, SAFE, HERS = "other", "safe", "hers"


class Phrases:
    """Phrases as token tuples, filed by their first and last token: what starts or ends
    at a place in a sentence is one look-up, not a scan of the list."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self.all = frozenset(phrases)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for p in self.all:
            self.by_first.setdefault(p[0], []).append(p)
            self.by_last.setdefault(p[-1], []).append(p)

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.all

    def __sub__(self, other: Phrases) -> Phrases:
        return Phrases(self.all - other.all)

    def __or__(self, other: Phrases) -> Phrases:
        return Phrases(self.all | other.all)


@dataclass(frozen=True)
class Frame:
    fact: str
    nouns: Phrases
    loose: Phrases  # a bare "papers" word: a document only when carried, not "had"
    hold: Phrases
    have: Phrases
    plural: Phrases
    regain: Phrases
    held: Phrases
    agents: Phrases
    lack: Phrases
    negators: Phrases
    skip: Phrases
    determiners: Phrases
    copulas: Phrases
    not_followers: Phrases
    from_her: Phrases
    relatives: Phrases
    with_words: Phrases
    regain_wants: Phrases  # "getting her passport back", "recuperar su pasaporte"
    back_needed: Phrases  # a wish word that asks for "back" after the document ("get")
    back_words: frozenset[str]
    object_clitics: frozenset[str]  # "los" in "la patrona los guardaba"
    object_pronouns: frozenset[str]  # "it" in "the boss has it"
    others_documents: Phrases
    titles: frozenset[str]  # "madame", "señora": her, or the lady of the house
    complements: Phrases  # "of the", "del": a holder's complement ("the owner of the bar")
    relations: Phrases  # people of her own life, no determiner word ("son" is French too)
    holders: dict[str, Phrases]  # OTHER, SAFE, HERS: nouns of who holds it
    pronouns: dict[str, str]  # a subject pronoun -> "f", "m", "n" or "p" (plural)
    possessors: dict[str, str]  # "her" -> "f" (only where a possessive shows a gender)
    with_pronouns: dict[str, str]  # "with her" -> "f"
    first_words: frozenset[str]  # a sentence with none of these names no document
    voided_by: tuple[str, ...]  # word groups whose sentence says nothing of holding it
    past_have: Phrases  # "the employer had her papers": then, not now; offered only
    voided_clause_by: tuple[str, ...] = ()  # word groups that void only their own clause
    dative_marks: Phrases = Phrases(())  # "a" in "A su prima le quitaron": to someone
    generic_marks: Phrases = Phrases(())  # "often", "muchos": people in general
    # "a passport" after another's having verb ("her sister has a passport"): the holder's own;
    # `own_bare`: the having verbs after which a bare noun is theirs too ("tiene pasaporte")
    own_determiners: Phrases = Phrases(())
    own_bare: Phrases = Phrases(())


def _set(words: list[str]) -> Phrases:
    return Phrases(tuple(fold_name(w).split()) for w in words if w.strip())


def _by_class(table: dict, prefix: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for cls, key in (
        ("f", "female"),
        ("m", "male"),
        ("n", "nonbinary"),
        ("p", "plural"),
        ("i", "self"),
    ):
        for w in table.get(f"{prefix}_{key}", ()):
            out.setdefault(fold_name(w), cls)  # fr "elle" is hers before es inclusive "elle"
    return out


@cache
def frames() -> tuple[Frame, ...]:
    out = []
    words = lexicon.words()
    for spec in lexicon.rules_data().get("frames", {}).values():
        t = words.get(spec["words"], {})
        nouns = _set(words.get(spec["nouns"], []))
        loose = _set(t.get("carried_nouns", [])) - nouns
        out.append(
            Frame(
                fact=spec["fact"],
                nouns=nouns,
                loose=loose,
                hold=_set(t.get("hold_verbs", [])),
                have=_set(t.get("have_verbs", [])),
                plural=_set(t.get("plural_verbs", [])),
                regain=_set(t.get("regain_verbs", [])),
                held=_set(t.get("held_participles", [])),
                agents=_set(t.get("agents", [])),
                lack=_set(t.get("lack_words", [])),
                negators=_set(t.get("negators", [])),
                skip=_set(t.get("skip_words", [])),
                determiners=_set(t.get("determiners", [])),
                copulas=_set(t.get("copulas", [])),
                not_followers=_set(t.get("not_followers", [])),
                from_her=_set(t.get("from_her", [])),
                relatives=_set(t.get("relatives", [])),
                with_words=_set(t.get("with_words", [])),
                regain_wants=_set(t.get("regain_wants", [])),
                back_needed=_set(t.get("back_needed", [])),
                back_words=frozenset(fold_name(w) for w in t.get("back_words", [])),
                object_clitics=frozenset(fold_name(w) for w in t.get("object_clitics", [])),
                object_pronouns=frozenset(fold_name(w) for w in t.get("object_pronouns", [])),
                others_documents=_set(words.get("others_documents", [])),
                titles=frozenset(fold_name(w) for w in t.get("titles", [])),
                complements=_set(t.get("complement_words", [])),
                relations=Phrases(
                    p
                    for p in _set(t.get("other_holders", [])).all
                    if p not in _set(t.get("determiners", []))
                ),
                holders={
                    OTHER: _set(t.get("other_holders", []) + words.get("exploiters", [])),
                    SAFE: _set(t.get("safe_holders", [])),
                    HERS: _set(t.get("survivor_nouns", [])),
                },
                pronouns=_by_class(t, "subject"),
                possessors=_by_class(t, "possessor"),
                with_pronouns=_by_class(t, "with"),
                first_words=frozenset(p[0] for p in (nouns | loose).all),
                voided_by=tuple(spec.get("voided_by", ())),
                past_have=_set(t.get("past_have_verbs", [])),
                voided_clause_by=tuple(spec.get("voided_clause_by", ())),
                dative_marks=_set(t.get("dative_marks", [])),
                generic_marks=_set(words.get("generic_marks", [])),
                own_determiners=_set(t.get("own_determiners", [])),
                own_bare=_set(t.get("own_bare_verbs", [])),
            )
        )
    return tuple(out)


def ends(toks: list[str], end: int, phrases: Phrases) -> int:
    """The length of the longest phrase ending just before `end` (0: none)."""
    best = 0
    for p in phrases.by_last.get(toks[end - 1], ()) if end > 0 else ():
        n = len(p)
        if n > best and n <= end and tuple(toks[end - n : end]) == p:
            best = n
    return best


def starts(toks: list[str], start: int, phrases: Phrases) -> int:
    """The length of the longest phrase starting at `start` (0: none)."""
    best = 0
    for p in phrases.by_first.get(toks[start], ()) if start < len(toks) else ():
        n = len(p)
        if n > best and tuple(toks[start : start + n]) == p:
            best = n
    return best


def clause_start(toks: list[str], end: int, breaks: Set[str]) -> int:
    """Where the clause ending at `end` opens, back to a break but past a bracketed aside
    that only cut it ("A irmã da usuária (ainda em Campinas) está sem documentos")."""
    k = end
    while k > 0 and toks[k - 1] not in breaks:
        k -= 1
    if k > 0 and toks[k - 1] == ")" and "(" in toks[: k - 1]:
        return clause_start(toks, len(toks[:k]) - 1 - toks[:k][::-1].index("("), breaks)
    return k


def negated_at(fr: Frame, toks: list[str], at: int, floor: int) -> bool:
    """A frame negator just before `at`, past its skip words (not before `floor`): "no se
    ha recuperado", "n'a pas été récupéré"."""
    while at > floor and (n := ends(toks, at, fr.skip)):
        at -= n
    return ends(toks, at, fr.negators) > 0


def value_of_label(sentence: str, fact: str) -> str:
    """A form line labelled with the frame's own fact ("Has ID: N", "Has ID: Y/N") read
    for its value only: the label is the form's question (`fields.read` reads its value),
    never a statement that she has one."""
    label, colon, value = sentence.partition(":")
    return value if colon and fields.fact_of(label) == fact else sentence


_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "-", "!", "?"})


def apposition_start(toks: list[str], k: int) -> int | None:
    """Where an apposition set off by commas just before `k` opens ("El titular del local,
    un hombre de unos 60 años que se presentó como su tío, tenía ..."): its subject ends
    there. None when `k` follows no comma or the comma closes no short aside."""
    if k < 2 or toks[k - 1] != ",":
        return None
    for i in range(k - 2, max(-1, k - 18), -1):
        if toks[i] == ",":
            return i if i < k - 2 else None
        if toks[i] in _BREAKS:
            return None
    return None


def settle(
    fact: str,
    clear: list[bool],
    offered: list[bool],
    placed: set[str],
    aside: set[str],
    out: Extraction,
) -> None:
    """Set the frame's fact from its clear and offered readings (`settle_frames`)."""
    mine = [r for r in out.readings if r.fact == fact]
    elsewhere = {r.value for r in mine if r.clear and r.sentence not in placed}
    if len(set(clear)) == 1:
        value = clear[0]
        if fact not in out.values and fact not in out.conflicts:
            out.put(fact, value)
        elif elsewhere - {value}:
            out.values.pop(fact, None)  # a sentence it could not read says otherwise
            out.conflicts.add(fact)
        else:
            out.conflicts.discard(fact)
            out.values[fact] = value
    elif not clear and (kept := _outside(mine, aside)) is not None:
        # another's document set aside ("passeports de plusieurs collègues conservés par le
        # chef"): a rule's reading there no longer outweighs hers elsewhere ("Passport: on her")
        out.conflicts.discard(fact)
        out.values[fact] = kept
    elif (
        not clear
        and fact in out.values
        and (held := [r for r in mine if r.clear and r.value == out.values[fact]])
        and all(r.sentence in aside for r in held)
    ):
        # read clearly only where the frame set the document aside ("the landlord took the
        # mum's passport"), whatever is offered elsewhere ("don't know whether she has any ID")
        out.values.pop(fact)
    elif not clear and len(set(offered)) == 1 and fact not in out.values:
        out.maybe(fact, offered[0])
    elif (
        not clear
        and len(set(offered)) == 1
        and offered[0] is False
        and out.values.get(fact) is True
        and mine
        and all(r.sentence in placed for r in mine)
    ):
        # "The owner, a man of about 60, had her passport": the clause a rule read alone
        # ("had her passport") is another's holding then; offered, never read as hers
        out.values.pop(fact)
        out.maybe(fact, offered[0])


def _outside(mine: list, aside: set[str]) -> object | None:
    """The one value the clear readings outside the sentences the frame set aside agree on,
    when a reading inside them disagrees with it; else None."""
    inside = {r.value for r in mine if r.sentence in aside}
    rest = {r.value for r in mine if r.clear and r.sentence not in aside}
    return next(iter(rest)) if len(rest) == 1 and inside - rest else None


def own_of_holder(fr: Frame, toks: list[str], at: int, verb: tuple[str, ...]) -> bool:
    """Another person's having verb before a document with an indefinite determiner (at
    `at`: "her sister has a passport") or, where a bare noun says so, none ("su hermana
    tiene pasaporte"): the holder's own document, not hers kept from her."""
    if verb not in fr.have or at >= len(toks):
        return False
    n = starts(toks, at, fr.own_determiners)
    return starts(toks, at + n, fr.nouns) > 0 and (n > 0 or verb in fr.own_bare)


def regained_after(fr: Frame, toks: list[str], end: int) -> bool:
    """A giving back later in the sentence, not negated nor only wanted ("l'employeur
    retenait son passeport, que nous avons récupéré et lui avons rendu hier")."""
    i = end
    while i < len(toks):  # (a negated phrase is passed whole: "no se ha recuperado")
        if ends(toks, i, fr.regain_wants):
            return False  # "pide que sea devuelto", "demande qu'il soit remplacé": wanted back
        if (n := starts(toks, i, fr.regain)) and not negated_at(fr, toks, i, end):
            return True
        i += n or 1
    return False


CLAUSE_BREAK = re.compile(r"\s*[,;]\s*")


def without_voided_clauses(fr: Frame, sentence: str) -> str:
    """The sentence without its clauses holding a `voided_clause_by` phrase: "he only has a
    photo of it" says nothing of who holds the passport, the clause before it still does."""
    voids = [lexicon.phrase_regex(g) for g in fr.voided_clause_by]
    if not any(v.search(sentence) for v in voids):
        return sentence
    parts = CLAUSE_BREAK.split(sentence)
    return ", ".join(p for p in parts if not any(v.search(p) for v in voids))
