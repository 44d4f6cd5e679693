"""Who holds her identity document, read as a frame: the document word, its possessor, the
verb beside it and that verb's subject ("they kept her passport", "la empleadora (45 a)
tiene su pasaporte", "une famille, qui a gardé son passeport", "passport kept by the
captain, not recovered", "sa carte d'identité est avec iel").

Why: the statement rules name a holder or a pronoun in each pattern, so "they kept her
passport" was read both ways ("they" holding it, and "kept her passport" as hers) and
nothing was settled, and any holder a pattern does not list ("the family she worked for",
a relative clause, a bracket between subject and verb) was missed. Here the holder is read
from the clause's structure: a holding verb's subject that is someone else (a person from
that life, a third person "they", a pronoun whose person differs from the possessor's, a
plural verb with no subject, a clitic for "from her") means she has none; her own subject,
or a "with her" after the document, means she has it; a giving back means she has it
again, unless negated. Every word is data (`[document_frame]` in each language's
words.toml; the fact and its noun group in `[frames]` of rules.toml). A reading it cannot
place (the police or a lawyer holding it, a pronoun that may be anyone) gives nothing.

Used after the statement rules: its clear readings, when they all agree, settle the fact
when the rules left it open or disagreed; a hedged sentence only offers."""

from __future__ import annotations

from collections.abc import Callable, Set

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import document_owners, document_words
from caseassist.intake.read.document_words import (
    HERS,
    OTHER,
    SAFE,
    Frame,
    apposition_start,
    clause_start,
    ends,
    frames,
    own_of_holder,
    settle,
    starts,
)
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import tokens

_GENDERS = {"female": "f", "male": "m", "nonbinary": "n"}
_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "-", "!", "?"})
ASIDE = "aside"
"""A document the frame placed as not hers to read: another person's, held by the police or
a lawyer, a relative's lack ("the police hold her passport", "su hermano llegó sin
pasaporte"); a statement rule's reading of such a sentence is voided."""


def _holder(fr: Frame, toks: list[str], end: int, complement: bool = True) -> str | None:
    """Who the words ending just before `end` name: a pronoun's class ("f", "m", "n",
    "p"), OTHER, SAFE, HERS, or None (nothing known). `complement`: a head noun before
    "of the bar" may name it (not before a relative: "dice que" is no "de la casa")."""
    if end <= 0 or toks[end - 1] in _BREAKS:
        return None
    t = toks[end - 1]
    if t in fr.pronouns:
        return fr.pronouns[t]
    for cls in (OTHER, SAFE, HERS):
        if n := ends(toks, end, fr.holders[cls]):
            if n == 1 and t in fr.titles and not ends(toks, end - 1, fr.determiners):
                return None  # "Madame a son passeport": a title may name her
            return cls
    for k in range(
        end - 1, max(0, end - 4) if complement else end, -1
    ):  # "la dueña del bar": the head noun's
        if toks[k] in _BREAKS:
            break
        n = ends(toks, k + 1, fr.complements)
        if n and (cls := _holder(fr, toks, k + 1 - n)) in (OTHER, SAFE):
            return cls
    return None


def _subject(fr: Frame, toks: list[str], verb: int) -> tuple[str | None, bool, bool, bool]:
    """The subject of the verb starting at `verb`: its class (see `_holder`), whether it is
    negated, whether a clitic says "from her", and whether the clause names no subject."""
    k, neg, dative = verb, False, False
    while k > 0:
        if n := ends(toks, k, fr.negators):
            neg, k = True, k - n
        elif n := ends(toks, k, fr.from_her):
            dative, k = True, k - n
        elif n := ends(toks, k, fr.skip):
            k -= n
        else:
            break
    if k > 0 and toks[k - 1] == ")" and "(" in toks[:k]:  # "la empleadora (45 a) tiene"
        k = len(toks[:k]) - 1 - toks[:k][::-1].index("(")
    if k > 0 and (n := ends(toks, k, fr.relatives)):  # "une famille, qui a gardé"
        k -= n
        k -= 1 if k > 0 and toks[k - 1] == "," else 0
        return _holder(fr, toks, k, complement=False) or "", neg, dative, False
    if (opened := apposition_start(toks, k)) is not None and (
        who := _holder(fr, toks, opened)
    ) is not None:
        return who, neg, dative, False  # "the owner, a man of about 60, had her passport"
    bare = k == 0 or toks[k - 1] in _BREAKS or toks[k - 1] in function_words().and_words
    return _holder(fr, toks, k), neg, dative, bare


def _someone_else_before(fr: Frame, toks: list[str], end: int) -> bool:
    """Whether the clause before `end` names another person ("O marido dela está sem
    passaporte", "her son came without his passport")."""
    k = clause_start(toks, end, _BREAKS)  # (past an aside: "A irmã dela (em Campinas) está")
    return any(starts(toks, i, fr.relations) for i in range(k, end))


def _skipped(fr: Frame, toks: list[str], verb: int) -> int:
    """How many words before the verb are negators, clitics or adverbs ("No trae")."""
    k = verb
    while n := ends(toks, k, fr.negators) or ends(toks, k, fr.from_her) or ends(toks, k, fr.skip):
        k -= n
    return verb - k


def _read_hold(
    fr: Frame, toks: list[str], verb: int, vlen: int, poss: str | None, gender: str | None
) -> bool | str | None:
    """What a holding verb before her document says of her holding it."""
    if document_owners.dative_other(fr, toks):
        return ASIDE  # "A su prima le quitaron el pasaporte", "À sa sœur, on a pris": theirs
    who, neg, dative, bare = _subject(fr, toks, verb)
    phrase = tuple(toks[verb : verb + vlen])
    if who is None and bare:
        if dative or (phrase in fr.plural and phrase not in fr.have):
            who = OTHER  # "le quitaron el pasaporte", "ont gardé ses papiers": they (a
            # plural "tienen" may be her family and her: "Tienen sus pasaportes, él y su familia")
        elif not any(t not in _BREAKS for t in toks[: verb - _skipped(fr, toks, verb)]):
            who = HERS  # "No trae papeles", "Tiene su pasaporte": the note's subject
    if who in ("f", "m", "n", "p") and poss == "i":
        who = OTHER  # in her own turn: "ella tiene mi INE"
    elif who == "p" and poss != "p":
        who = OTHER  # "they kept her passport"
    elif who in ("f", "m", "n"):
        if poss in ("f", "m", "n") and poss != who:
            who = OTHER  # "he kept her passport"
        elif gender is not None and who != gender and poss is None:
            who = OTHER if who != "n" else None  # "il a gardé son passeport", of a woman
        elif gender is not None and poss == who != gender:
            return ASIDE  # "he has his passport", of a woman: his
        elif gender is not None and poss == who == gender and not dative:
            who = HERS  # "she has her passport", of a woman ("il"/"elle" with "son": unsure)
        else:
            who = None
    if who == OTHER:  # (their own document: "her sister has a passport")
        return None if neg else ASIDE if own_of_holder(fr, toks, verb + vlen, phrase) else False
    if who == HERS and not dative:
        return not neg
    return ASIDE if who == SAFE and not neg else None


def _named_holder(fr: Frame, toks: list[str], k: int) -> str | None:
    """Who a noun phrase at `k` names, past its determiners and up to two modifiers ("the
    manning agency", "la señora de la casa"): OTHER, SAFE or None."""
    while n := starts(toks, k, fr.determiners):
        k += n
    for skip in range(3):
        if k + skip >= len(toks) or toks[k + skip] in _BREAKS:
            return None
        for cls in (OTHER, SAFE):
            if starts(toks, k + skip, fr.holders[cls]):
                return cls
    return None


def _after(fr: Frame, toks: list[str], end: int, gender: str | None) -> bool | str | None:
    """What follows her document says of it: held by someone ("passport kept by the
    captain", "retenido por la patrona", "his passport and seaman book are with the
    captain") or with her ("sa carte d'identité est avec iel")."""
    k = end + (end < len(toks) and toks[end] == ":")  # "Passport: held by the police"
    if k + 1 < len(toks) and toks[k] not in _BREAKS and starts(toks, k + 1, fr.copulas):
        k += 1  # an adjective after the noun: "sa carte d'identité camerounaise est avec iel"
    elif (
        k < len(toks) and toks[k] in function_words().and_words
    ):  # "passport and seafarer book kept by ..."
        k = next(
            (
                i
                for i in range(k + 1, min(k + 5, len(toks)))
                if starts(toks, i, fr.held) or starts(toks, i, fr.copulas)
            ),
            k,
        )
    while k < len(toks) and (n := starts(toks, k, fr.copulas)):
        k += n
    if n := starts(toks, k, fr.held):
        k += n
        if n := starts(toks, k, fr.agents):
            holder = _named_holder(fr, toks, k + n)
            return False if holder == OTHER else ASIDE if holder == SAFE else None
        return None
    if n := starts(toks, k, fr.with_words):
        k += n
        holder = _named_holder(fr, toks, k)
        if holder is not None:
            return False if holder == OTHER else ASIDE  # "are with the captain"
        who = fr.with_pronouns.get(toks[k]) if k < len(toks) else None
        closed = k + 1 >= len(toks) or toks[k + 1] in _BREAKS
        if who is not None and closed and gender is not None and who == gender:
            return True
    return None


def _pronoun_holds(fr: Frame, toks: list[str], after: int, gender: str | None) -> list[bool]:
    """A holding verb after the document whose object is a pronoun for it, with its subject
    before or after it ("No tiene papeles, la señora de la casa los guardaba", "Documentos:
    cédula, la tiene él", "the passport? the boss has it")."""
    got: list[bool] = []
    for v in range(after, len(toks)):
        n = starts(toks, v, fr.hold)
        if not n:
            continue
        before = v > 0 and toks[v - 1] in fr.object_clitics
        behind = v + n < len(toks) and toks[v + n] in fr.object_pronouns
        if not (before or behind):
            continue
        k = v - 1 if before else v
        neg = bool(ends(toks, k, fr.negators))
        k -= ends(toks, k, fr.negators)
        # a pronoun after "de" before the clitic is the fronted document's possessor, not the
        # subject ("el pasaporte de ella lo guarda la prima": the cousin's holding)
        of = k > after + 1 and toks[k - 1] in fr.pronouns and ends(toks, k - 1, fr.complements)
        who = _holder(fr, toks, k) if k > after and not of else None
        nxt = toks[v + n] if before and v + n < len(toks) else ""
        alone = v + n + 1 >= len(toks) or toks[v + n + 1] in _BREAKS
        if who == OTHER and alone and nxt in fr.pronouns:
            # a subject after the verb: the words before the clitic are its fronted object,
            # hers when they say so ("el suyo y el del hijo los tiene él"), else another's
            own = lexicon.phrase_regex("own_documents").search(" ".join(toks[after:k]))
            who = fr.pronouns[nxt] if own else ASIDE
        if who is None and nxt:
            # "la tiene él", "los tiene la patrona"
            who = _named_holder(fr, toks, v + n) or (fr.pronouns.get(nxt) if alone else None)
        if who in ("f", "m", "n"):
            who = HERS if gender is not None and who == gender else None
        if who == OTHER and not neg:
            got.append(False)
        elif who == HERS:
            got.append(not neg)
    return got


def read_frame(
    fr: Frame, sentence: str, gender: str | None, hers: Set[str] = frozenset()
) -> list[tuple[object, bool]]:
    """Every value the sentence's document frames give, in order (True, False or ASIDE),
    each with whether it is clear (a past "had" is only offered: "l'employeur avait ses
    papiers"). `hers`: the words that name her as a possessor (her name, "client"): "the
    client's passport" is hers, "Rosa's own passport" another's."""
    toks = tokens(sentence)
    if fr.first_words.isdisjoint(toks):
        return []
    if any(lexicon.phrase_regex(g).search(sentence) for g in fr.voided_by):
        return []  # "has his passport, but it is locked in the owner's office": not read here
    if fr.voided_clause_by:
        sentence = document_words.without_voided_clauses(fr, sentence)
        toks = tokens(sentence)
        if fr.first_words.isdisjoint(toks):
            return []  # "only has a copy of her passport"
    got: list[tuple[object, bool]] = []
    i = 0
    while i < len(toks):
        n = starts(toks, i, fr.nouns)
        loose = not n and (n := starts(toks, i, fr.loose)) > 0
        if not n:
            i += 1
            continue
        start, end, i = i, i + n, i + n
        owner = document_owners.possessor_before(toks, start)
        if owner is not None and owner[1] in hers:
            start = owner[0]  # "the boss has Lina's passport": hers, her name as possessor
        if (
            starts(toks, end, fr.not_followers)
            or starts(toks, end, fr.others_documents)
            or document_owners.owner_after(fr, toks, end)  # "le passeport de sa collègue"
            or (owner is not None and owner[1] not in hers)  # "the mum's passport"
            or document_owners.generic_remark(fr, toks, start, end)
            or document_owners.group_owned(toks, end)  # "the passports of nine workers"
        ):
            got.append((ASIDE, True))  # "passport number", "the boy's passport"
            continue
        value, clear = _read_mention(fr, toks, start, end, loose, gender)
        if value is False and document_words.regained_after(fr, toks, end):
            value, clear = True, True  # taken, then given back in the same sentence
        if value is not None:
            got.append((value, clear))
        else:
            got += [(v, True) for v in _pronoun_holds(fr, toks, end, gender)]
    return got


def _denied_before(toks: list[str], j: int) -> bool:
    """A negator among the five words before the document, in its clause ("no passport or
    other ID", "sin pasaporte ni"): what follows it places no document of hers."""
    before = toks[max(0, j - 5) : j][::-1]
    cut = next((k for k, t in enumerate(before) if t in _BREAKS), len(before))
    return not lexicon.word_sets().negators.isdisjoint(before[:cut])


def _read_mention(
    fr: Frame, toks: list[str], start: int, end: int, loose: bool, gender: str | None
) -> tuple[object, bool]:
    """What the words before (or after) one document mention say of her holding it."""
    j, poss = start, fr.possessors.get(toks[start])  # "mes papiers": a noun with its own
    stops = [j]
    while j > 0 and (d := ends(toks, j, fr.determiners)):
        poss = poss or fr.possessors.get(toks[j - 1])
        j -= d
        stops.append(j)
    # the verb before the determiners; else a determiner that is a verb too ("il a mes")
    verbs = (fr.lack, fr.regain_wants, fr.regain, fr.hold)
    first, j = j, next((k for k in reversed(stops) if any(ends(toks, k, g) for g in verbs)), j)
    if j == start != first and _subject(fr, toks, j - 1)[3]:
        j = first  # "A documentação foi confiscada": an article with no subject, not "a" (has)
    back = end < len(toks) and toks[end] in fr.back_words
    if not loose and ends(toks, j, fr.lack) and not ends(toks, j - 1, fr.negators):
        # "left without her passport", "partie sans ses papiers"; not another's lack
        return (ASIDE if _someone_else_before(fr, toks, j) else False), True
    if (
        (w := ends(toks, j, fr.regain_wants))
        and (back or w >= ends(toks, j, fr.regain))
        and (back or tuple(toks[j - w : j]) not in fr.back_needed)
    ):
        return False, True  # "help getting her passport back", "quiere recuperar su pasaporte"
    if v := ends(toks, j, fr.regain):
        return (None if _subject(fr, toks, j - v)[1] else True), True
    if v := ends(toks, j, fr.hold):
        verb = tuple(toks[j - v : j])
        if loose and verb in fr.have:
            return None, True  # "no tiene papeles": a status, unless held (by a pronoun)
        value = _read_hold(fr, toks, j - v, v, poss, gender)
        never = _subject(fr, toks, j - v)[1]  # "never had a passport": none now either
        return value, never or verb not in fr.past_have
    if _denied_before(toks, j):
        return None, True  # "has no passport or other ID with him": says nothing of a holder
    return (None if loose else _after(fr, toks, end, gender)), True


def settle_frames(
    sentences: list[str],
    asks: list[bool],
    out: Extraction,
    words: Set[str] | None = None,
    replaces: Callable[[int, list[int]], bool] | None = None,
) -> None:
    """Settle each frame's fact from its readings over the note. When its clear readings all
    agree, they settle what the statement rules left open, disagreed on, or read otherwise in
    the very sentences the frame read; a disagreement from a sentence it could not read sets
    nothing. A statement rule's value read only from sentences the frame set aside
    (another's document, the police holding it) is dropped. A hedged sentence's or a past
    "had"'s reading is only offered. `words`: the note's tokens (no document word, no pass).
    `replaces(k, earlier)`: the sentence k is marked as correcting the earlier ones
    ("correction - passport is with the agent"): its reading stands alone."""
    gender = _GENDERS.get(str(out.values.get("person.gender")))
    for fr in frames():
        if words is not None and fr.first_words.isdisjoint(words):
            continue
        hers = document_owners.her_possessors(out.values.get("person.name"), fr)
        clear: list[bool] = []
        at: list[int] = []  # the sentence of each clear reading
        offered: list[bool] = []
        placed: set[str] = set()  # the sentences the frame read or set aside
        aside: set[str] = set()  # those it only set aside
        for k, (sent, asked) in enumerate(zip(sentences, asks, strict=False)):
            if asked:
                continue
            sent = document_words.value_of_label(sent, fr.fact)
            hedged = _has_hedge(sent)
            got = read_frame(fr, sent, gender, hers)
            placed |= {sent} if got else set()
            aside |= {sent} if got and all(v is ASIDE for v, _ in got) else set()
            for value, plain in got:
                if value is not ASIDE:
                    (clear if plain and not hedged else offered).append(bool(value))
                    at += [k] if plain and not hedged else []
        if replaces and len(set(clear)) > 1 and replaces(at[-1], [k for k in at if k < at[-1]]):
            clear = [v for v, k in zip(clear, at, strict=True) if k == at[-1]]
        settle(fr.fact, clear, offered, placed, aside, out)
