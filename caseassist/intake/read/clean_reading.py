"""A clean reading before a value is applied: each fact's gate, set in data.

Phrasing rules leave wrong and spurious values on notes nobody wrote them for, most of
them read from a sentence less than plain: a second side, a wish put off or someone
else's, a past or a condition, or another sentence that says otherwise. The blind
labellers leave such a fact out, and a wrong value sends a survivor to the wrong place,
so `[clean_reading]` in `rules.toml` gives each fact a level, a list of checks
(`[clean_reading.levels]`); a value that fails one is offered (a possible fact staff
confirm), never applied. The checks, their cues in each `lexicon/<lang>/words.toml`:

- `readings`: another reading of the fact in the text gives another value (clear, or
  offered in a statement of its own), unless those are clear and the note marks the
  value's own reading as replacing them (`corrections.Updates`: an update paragraph or
  a sentence saying so after them, "now", "no longer", "ya no", "désormais", "já não";
  or one written above them, "actualizo lo de abajo"). Two clear readings that disagree
  (a conflict: nothing applied) apply the replacing one on those terms;
  `clear_readings` counts only the clear readings against it;
- `pasts`: a past state in a sentence giving it ("at first", "al principio", "au début",
  "no início");
- `conditionals`: a condition in a sentence giving it ("only if", "si elle", "se ela"),
  once a question told or the writer's own not knowing ("asked if", "je ne sais pas si")
  is set aside;
- `opening_conditions`: a sentence opened by a condition of its own before the statement
  ("If her cousin can't take her, she'll need a bed tonight", "Si sa cousine ne peut pas la
  recevoir, il lui faudra une place"): a plan for a case, not a need now; a short one ("if
  possible", "si es posible") is politeness and opens none;
- `second_opinions`: a wish put off or someone else's ("her brother wants her to", "on
  verra"), and for a yes a wish for now or with a limit ("for now", "only with");
- `contrasts`: a second side ("but", "aunque", "bien que", "embora") in the statement's
  clause or opening the one right after it, on the same fact or too short to stand alone;
- `unsettled`: a decision not made yet or still to be asked ("pending", "to be confirmed",
  "will ask her", "pendiente", "à confirmer", "a confirmar"), whatever the value;
- `other_parties`: the police or a court in the sentence ("agreed the police may share"):
  consent given to them, or for them to pass on, is no consent to share with providers;
- `ended_threats`: for a yes, the threat ended in the sentence or the one after it ("said
  he would come back tonight, but he was arrested", "está detenido", "en garde à vue",
  "foram presos"): a danger then, maybe not now.

A reading from a form line, a reply or a topic has no sentence: the sentences holding the
fact's topic words (`[questions.about]`, `[clean_reading.topics]`) are looked at instead."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.read.answered_sides import answered
from caseassist.intake.read.corrections import Updates
from caseassist.intake.read.doubted_sides import doubted_value
from caseassist.intake.read.now_clauses import replaced_later, settled_by_now, tonight_outweighs
from caseassist.intake.read.opening_conditions import opening_condition
from caseassist.intake.read.result import Extraction, Reading
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import tokens

CHECKS = (
    "readings",
    "clear_readings",
    "pasts",
    "conditionals",
    "opening_conditions",
    "second_opinions",
    "contrasts",
    "unsettled",
    "other_parties",
    "ended_threats",
)


@cache
def fact_checks() -> dict[str, frozenset[str]]:
    """Each gated fact's checks: the level whose list (`[clean_reading] <level>`) names it,
    looked up in `[clean_reading.levels]`."""
    levels = lexicon.words_of_rules("clean_reading", "levels") or {}
    return {
        fid: frozenset(checks)
        for level, checks in levels.items()
        for fid in lexicon.words_of_rules("clean_reading", level)
    }


@cache
def _conditional_values() -> dict[str, str]:
    """Each fact's value that is itself a consent under a condition (`[clean_reading]
    conditional_values`: consent to share "asked each time")."""
    return dict(lexicon.rules_data().get("clean_reading", {}).get("conditional_values", {}))


@cache
def _topics() -> dict[str, tuple[frozenset[str], ...]]:
    """Each gated fact's topic: the word sets its question is known by
    (`[questions.about]`) and `[clean_reading.topics]`, for a reading with no sentence."""
    about = lexicon.words_of_rules("questions", "about")
    more = lexicon.words_of_rules("clean_reading", "topics") or {}
    return {
        fid: tuple(frozenset(c.split()) for c in (*about.get(fid, ()), *more.get(fid, ())))
        for fid in fact_checks()
    }


@cache
def _set_aside() -> re.Pattern[str]:
    """A question told, the writer's own not knowing or an indirect question: its "if" is
    no condition ("asked if she", "je ne sais pas si", "does not know if he knows")."""
    keys = ("reported_questions", "writer_unknowns", "not_conditions")
    return re.compile("|".join(lexicon.phrase_regex(k).pattern for k in keys))


_ELLIPTIC = 3
"""A side of a contrast this short goes on with the statement ("but not where", "pero
mañana", "but she is scared"); so does a short one opening with a negator ("aunque no la
dirección exacta", "mas não a morada")."""
_CLAUSE_END = re.compile(r"[,;:.!?]")


def _contrasted(fid: str, plain: str, clause: str | None) -> str | None:
    """A contrast inside the statement's clause or opening the clause right after it,
    whose other side speaks of the same fact, holds a hedge or is too short to be a
    statement of its own. A contrast before the statement concedes and leaves it standing
    ("Aunque tiene miedo, quiere denunciar"); one after a later clause is about that one
    ("safe at a friend's, no bed needed tonight but needs housing")."""
    at = plain.find(clause) if clause else -1
    end = at + len(clause) if clause and at >= 0 else 0
    # a contrast word of one language that means "more" in another ("nada más llegar",
    # "precisa de mais tempo"), blanked to its length so the positions hold
    unmore = lexicon.phrase_regex("not_contrasts").sub(lambda m: " " * len(m.group(0)), plain)
    marks = [m for m in lexicon.phrase_regex("contrasts").finditer(unmore) if m.start() > at]
    for m in marks:
        if m.start() >= end and any(t[:1].isalnum() for t in tokens(plain[end : m.start()])):
            break  # it contrasts a later clause, not this statement
        side = _CLAUSE_END.split(plain[m.end() :], maxsplit=1)[0]
        words = [t for t in tokens(side) if t[:1].isalnum()]
        if fid in _wish_sides() and _wish_opens(words):
            continue  # "no work permit, but wants to work": her wish, not a second side
        if words and (
            len(words) <= _ELLIPTIC
            or (words[0] in lexicon.word_sets().negators and len(words) <= 2 * _ELLIPTIC - 2)
            or _speaks_of(fid, side)
            or _has_hedge(side)
        ):
            return m.group(0)
    return None


@cache
def _wish_sides() -> frozenset[str]:
    """States a wish on the other side of a "but" does not qualify (`[clean_reading]
    wish_sides`: her papers are what they are whatever she wishes)."""
    return frozenset(lexicon.words_of_rules("clean_reading", "wish_sides"))


def _wish_opens(words: list[str]) -> bool:
    """The side opens, within its first three words, on a wish ("but wants to work")."""
    return lexicon.phrase_regex("wish_cues").search(" ".join(words[:3])) is not None


@lru_cache(maxsize=512)
def unclean_cue(
    fid: str,
    value: object,
    sentence: str,
    clause: str | None = None,
    checks: frozenset[str] | None = None,
    past_act: bool = False,
) -> str | None:
    """The cue that makes a sentence less than a plain statement of `value`, or None. The
    fact's own unsure value ("undecided") is what a put-off wish or a contrast states:
    only a past or a condition makes it unclear. `checks`: those to look at (default:
    the fact's level). A time gone by (`past_times`: "last year", "el año pasado") is a
    past too, unless the value is a past act's ("filed a report last year" still says
    she went to the police)."""
    checks = fact_checks().get(fid, frozenset()) if checks is None else checks
    plain = _set_aside().sub(" ", sentence)
    own_unsure = value == lexicon.hedged_values().get(fid)
    # a consent given "only after she is asked", "siempre que se le pregunte": the condition
    # and the limit are what the value says, not a doubt of it
    conditional = value == _conditional_values().get(fid)
    keys = [k for k in ("pasts",) + ("conditionals",) * (not conditional) if k in checks]
    critical = "second_opinions" in fact_checks().get(fid, frozenset())
    if "pasts" in checks and critical and not past_act:
        # (the critical wishes only: a past refusal is no wish now; `wish_past_times`: a
        # wish held "last week" or "at first" may have changed since)
        keys += ["past_times", "wish_past_times"]
    if "second_opinions" in checks and not own_unsure:
        keys.append("second_opinions")
        if value not in ("no", False) and not conditional:  # a no for now is a no; a yes
            keys += ["for_nows", "limits"]  # for now is not plain, nor one with a limit
    keys += [k for k in ("unsettled", "other_parties") if k in checks]  # any value
    if "ended_threats" in checks and value not in ("no", False) and _threat_ended(plain):
        return "ended_threats"  # "said he'd come tonight, but he was arrested"
    for key in keys:
        # a time gone by is read in the statement's own clause ("j'ai porté plainte l'an
        # dernier, mais je ne veux plus de police": the refusal is now)
        # so is the police beside a refusal ("won't go to the police, and her details are
        # not to be shared": the no to sharing stands; a yes to the police is theirs)
        own = key == "past_times" or (key == "other_parties" and value in ("no", False))
        where = _set_aside().sub(" ", clause) if own and clause else plain
        if m := lexicon.phrase_regex(key).search(where):
            return m.group(0)
    if "opening_conditions" in checks and (cue := opening_condition(plain, clause)):
        return cue
    if own_unsure or "contrasts" not in checks:
        return None
    return _contrasted(fid, plain, clause)


def _threat_ended(sentence: str) -> bool:
    """An `ended_threats` cue in the sentence, none after a negator ("o suspeito principal
    não foi detido", "has not been arrested", "n'est pas en garde à vue")."""
    negators = lexicon.word_sets().negators
    for m in lexicon.phrase_regex("ended_threats").finditer(sentence):
        if not set(tokens(sentence[: m.start()])[-2:]) & negators:
            return True
    return False


@lru_cache(maxsize=1024)
def _speaks_of(fid: str, sentence: str) -> bool:
    words = set(tokens(sentence))
    return any(c <= words for c in _topics().get(fid, ()))


def _offered_apart(sentence: str | None) -> bool:
    """An offered reading that holds a fact back: one in a statement of its own ("Not in
    danger now. She may have been followed."), not in a reply after a question ("¿Sabe
    dónde vive?: no está segura" is "not sure", never "not safe") nor one from a question
    or a label (no sentence)."""
    return sentence is not None and not sentence.lstrip().startswith((":", "-", "\u2013"))


_CUE_KEYS = (
    "pasts",
    "past_times",
    "wish_past_times",
    "conditionals",
    "second_opinions",
    "for_nows",
    "limits",
    "contrasts",
    "not_contrasts",
    "supersedes",
    "supersedes_below",
    "unsettled",
    "other_parties",
    "ended_threats",
)


def prepare() -> None:
    """Compile the cue patterns ahead of the first note (`warm.warm`)."""
    _set_aside()
    for key in _CUE_KEYS:
        lexicon.phrase_regex(key)
    _topics()


def _position(sentence: str | None, sentences: list[str]) -> int:
    """Where a reading's sentence stands in the note (-1: not known, a form line's or a
    reply's reading, or a part of a sentence another reader cut)."""
    if sentence is None:
        return -1
    for k, s in enumerate(sentences):
        if sentence == s or sentence in s:
            return k
    if ":" in "".join(sentences):  # a form line read as a statement ("Housing status
        plain = _unlabelled(sentence)  # loge par..."): its label's colon left out
        for k, s in enumerate(sentences):
            if plain and plain in _unlabelled(s):
                return k
    return -1


def _unlabelled(sentence: str) -> str:
    return " ".join(sentence.replace(":", " ").split()).rstrip(". ")


def _at(scope: set[tuple[str, str | None]], sentences: list[str]) -> list[int]:
    """Where each sentence of `scope` stands in the note, when a sentence follows it."""
    at = (_position(s, sentences) for s, _c in scope)
    return [k for k in at if 0 <= k < len(sentences) - 1]


def replaces_earlier(
    k: int, earlier: list[int], sentences: list[str], updates: dict[int, int] | None = None
) -> bool:
    """The sentence k comes after every one of `earlier` and is marked as replacing them
    (`corrections.Updates`: its own words, or an update paragraph or a chain's newest
    message opening after them)."""
    return all(e < k for e in earlier) and Updates(sentences, updates or {}).replaces(k, earlier)


def _against(value: object, readings: list[Reading], *, clear: bool = False) -> list[Reading]:
    """The readings that give the fact another value: clear, or (unless `clear`) offered
    in a statement of its own."""
    return [
        r
        for r in readings
        if r.value != value and (r.clear or (not clear and _offered_apart(r.sentence)))
    ]


def _replaced(
    value: object, against: list[Reading], readings: list[Reading], updates: Updates
) -> bool:
    """A reading of the value replaces every reading `against` it, all clear, by the
    note's marks (`corrections.Updates`: an update after them, or one written above
    them). An offered reading against it is a doubt, which no later word settles."""
    if not against or not all(r.clear for r in against):
        return False
    where = [_position(r.sentence, updates.sentences) for r in against]
    return any(
        updates.replaces(_position(r.sentence, updates.sentences), where, r.sentence or "")
        for r in readings
        if r.value == value
    )


def _settle_conflict(fid: str, out: Extraction, updates: Updates) -> None:
    """Two clear readings that disagree: the one the note marks as replacing the others
    applied; else nothing, as before (offering the later one was right 3 times out of 9
    on dev: it is as often someone else's)."""
    readings = [r for r in out.readings if r.fact == fid]
    values = {r.value for r in readings if r.clear}
    replacing = [
        v for v in values if _replaced(v, _against(v, readings, clear=True), readings, updates)
    ]
    if len(replacing) != 1 and (now := settled_by_now(readings)) is not None:
        replacing = [now]  # "dormait dans sa voiture, maintenant il est chez un ami"
    if len(replacing) != 1:  # "staying with her aunt ... needs a bed tonight"
        replacing = [v for v in values if tonight_outweighs(fid, v, readings)]
    if len(replacing) == 1:
        out.conflicts.discard(fid)
        out.values[fid] = replacing[0]


def failed_checks(
    fid: str,
    value: object,
    readings: list[Reading],
    sentences: list[str],
    checks: frozenset[str],
    updates: dict[int, int] | None = None,
    past_act: bool = False,
) -> set[str]:
    """The checks a value applied for `fid` fails (empty: a clean reading); `past_act`:
    the value is one a past act shows (`Extraction.past`)."""
    failed: set[str] = set()
    marks = Updates(sentences, updates or {})
    for check in {"readings", "clear_readings"} & checks:
        against = _against(value, readings, clear=check == "clear_readings")
        against = [r for r in against if not replaced_later(r) and not answered(r, readings)]
        if against and tonight_outweighs(fid, value, readings):
            against = []  # a place told with no time beside a need for tonight
        if against and not _replaced(value, against, readings, marks):
            failed.add(check)
    cue_checks = checks - {"readings", "clear_readings"}
    if not cue_checks:
        return failed
    scope = {(r.sentence, r.clause) for r in readings if r.sentence and r.value == value}
    if not scope or any(r.sentence is None and r.clear for r in readings):
        scope |= {(s, None) for s in sentences if _speaks_of(fid, s)}
    ends = {(sentences[0], None), (sentences[-1], None)} if sentences else set()
    for check in cue_checks:
        where = scope | ends if check == "other_parties" else scope  # who wrote it: the header
        if check == "ended_threats":  # and the sentence after ("... tonight. He is in custody.")
            where = scope | {(sentences[k + 1], None) for k in _at(scope, sentences)}
        if any(unclean_cue(fid, value, s, c, frozenset({check}), past_act) for s, c in where):
            failed.add(check)  # and the sign-off too (consent given to the police)
    return failed


def hold_unclean(
    sentences: list[str], out: Extraction, updates: dict[int, int] | None = None
) -> None:
    """Each gated fact applied in `out` moves to the possible facts unless its reading
    passes every check of its level. Two clear readings that disagree settle on the later
    one when it is marked as replacing the earlier, for any fact (`_settle_conflict`)."""
    gated = fact_checks()
    marks = Updates(sentences, updates or {})
    for fid in sorted(out.conflicts):
        if fid not in gated or {"readings", "clear_readings"} & gated[fid] or updates:
            _settle_conflict(fid, out, marks)
    for fid, checks in gated.items():
        if fid not in out.values:
            continue
        value = out.values[fid]
        readings = [r for r in out.readings if r.fact == fid]
        past_act = out.past.get(fid) == value
        if failed := failed_checks(fid, value, readings, sentences, checks, updates, past_act):
            del out.values[fid]
            if failed == {"contrasts"} and (unsure := doubted_value(fid, value, readings)):
                out.values[fid] = unsure  # "..., pero no está segura": her doubt
                continue
            out.maybe(fid, value)
