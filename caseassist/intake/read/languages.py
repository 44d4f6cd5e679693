"""Languages spoken: triggers, lists with each language's weight, and whose they are. The
weight words are `language_words.py`'s, form lines and transcript replies
`language_forms.py`'s, names `language_names.py`'s, which one is preferred `language_weights`'."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read import language_creoles, language_parts, language_sessions
from caseassist.intake.read import language_descriptors as ld
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_ages import aged_another, her_age
from caseassist.intake.read.language_alone import either_said, no_others
from caseassist.intake.read.language_clauses import (
    _coordinated,
    _forgotten,
    _in_childhood,
    _interpreter_waived,
    _past_yes,
    denied_before,
    helper_in_place,
    of_a_place,
)
from caseassist.intake.read.language_clefts import cleft_items
from caseassist.intake.read.language_doubts import clause_of, doubted
from caseassist.intake.read.language_interpreters import (
    INTERPRETER_LINKS,
    interp_or_asked,
    verb_after,
)
from caseassist.intake.read.language_levels import _LITTLE, _NOT_SPOKEN, variety_after
from caseassist.intake.read.language_names import _feminine_at, _lang_at, elided_at, listed_at
from caseassist.intake.read.language_not_said import no_helper, not_said_hers
from caseassist.intake.read.language_owners import joined_to, writer_verb
from caseassist.intake.read.language_owners import owned_by_another as _anothers
from caseassist.intake.read.language_persons import a_child_beside_an_adult
from caseassist.intake.read.language_prefer import (
    fallback_preference,
    is_request,
    prefer_in,
    preferred_back,
    relative_preference,
    request_start,
)
from caseassist.intake.read.language_qualified import qualified
from caseassist.intake.read.language_shorthand import _list_before
from caseassist.intake.read.language_spelling import misspelt_at as _typo
from caseassist.intake.read.language_subjects import _about_another
from caseassist.intake.read.language_triggers import _trigger_weight, without_trigger_words
from caseassist.intake.read.language_words import (
    _ALSO,
    _FILLER,
    _INTENSIFIERS,
    _LANGUAGE_WORDS,
    _MAJOR,
    _MINOR_PHRASES,
    _NEGATORS,
    _ONLY,
    _STOP,
    _UNDERSTAND,
    _WELL,
    _after_end,
    _phrase_at,
)
from caseassist.intake.read.language_wordsets import INTERPRETER_STEMS as _INTERPRETER
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import _LANGUAGE_ROLE_WORDS, _VERB_ABBREV, _with_data, tokens

_LANG_TRIGGERS_SRC = (
    r"\b(?:speaks?|speaking|spoke|spoken|understands?|reads?|writes?|fluent in|language(?:s)?(?: is| are| spoken)?|"
    r"mother tongue|first language|native language|native tongue|prefers?|preferred language(?: is)?|"
    r"prefiere|prefere|interpreter(?: needed| required| requested)?|interprete(?: necesario| requis)?|"
    r"habla|hablan|hablo|entiende|entiendo|idioma(?:s)?(?: es| son)?|lengua(?: materna)?(?: es)?|"
    r"parle|parlent|parles|parlant|comprend|comprends|comprenait|comprende|comprendo|langue(?:s)?(?: maternelle)?(?: est)?|"
    r"se defiende (?:en|con)|se las arregla en|se debrouille en|gets by in|can get by in)\b"
)
_LANG_TRIGGERS = lexicon.Lazy(lambda: _with_data(_LANG_TRIGGERS_SRC, "language_triggers"))


# Triggers that say a language is only a second one ("se defiende en espanol").
def _language_list(
    toks: list[str],
    start: int,
    *,
    free: bool,
    positions: set[int] | None = None,
    pending: str = "plain",
) -> list[tuple[str, str]]:
    """Languages from toks[start:], each with its weight (see `language_weights`)."""
    found: list[tuple[str, str]] = []
    base = pending if pending in (lw.NEG, lw.INTERP, lw.USED_INTERP) else lw.PLAIN
    plain_before: tuple[str, int] | None = None  # the last language named plainly, its end
    well_end = 0  # the end of the last language a level word before it rated well
    little: tuple[str, int] | None = None  # the last one rated a little before it, its end
    i, last = start, -1 if free else start  # `last`: where the last language read ends
    while i < len(toks):
        w = toks[i]
        hit = _lang_at(toks, i) or _feminine_at(toks, i) or (not (found or free) and _typo(w))
        hit = hit or elided_at(toks, i) or listed_at(toks, i, last, bool(found))  # larabe, fang
        if hit and (_anothers(toks, i) or ld.speaking_another(toks, i + hit[1])):
            i += hit[1]  # "Language: Spanish (officer's Spanish is limited)": the officer's
            continue
        if hit:
            code, n = hit
            post, end = _after_end(toks, i + n)
            skip = variety_after(toks, i + n) if post is None else i + n  # "Bengali (Sylheti)"
            if post == lw.WELL and plain_before and _coordinated(toks, plain_before[1], i):
                lw.add(found, plain_before[0], lw.WELL)  # "X y Y bien": both, not Y alone
            weight = lw.ALSO if (pending, post) == (lw.ALSO, lw.WELL) else (post or pending)
            weight = pending if post == lw.ALSO and pending in _LITTLE else weight  # "a bit too"
            if pending == lw.NEG and post in (lw.WELL, lw.MINOR):
                weight = lw.MINOR  # "does not speak English well": a little
            elif weight == lw.PLAIN or (pending in _NOT_SPOKEN and weight != lw.NEG):
                weight = pending  # "entiende ruso también" is still only understood
            if weight == lw.PLAIN and well_end and joined_to(toks, well_end, i):
                weight = lw.WELL  # "couramment arabe et français": both, not the second alone
            elif weight == lw.PLAIN and little and _coordinated(toks, little[1], i):
                weight = little[0]  # "some English and German": both a little
            lw.add(found, code, weight)
            plain_before = (code, i + n) if weight == lw.PLAIN and not post else None
            well_end = i + n if weight == lw.WELL and not post else 0
            little = (weight, i + n) if weight in _LITTLE and not post else None
            if positions is not None:
                positions.update(range(i, skip))
            pending = base
            i = last = max(skip, end)
            continue
        n = _phrase_at(toks, i, _MINOR_PHRASES)
        if n:
            was, i = pending, i + n
            # "some English", "algo de francés": only partly hers, offered (labels, stop 36)
            pending = lw.UNDERSTAND if was in _NOT_SPOKEN[1:] else lw.MINOR
            continue
        if pending in _NOT_SPOKEN[1:] and (
            _phrase_at(toks, i, _WELL) or _phrase_at(toks, i, _MAJOR)
        ):
            pending = lw.UNDERSTOOD_WELL if _phrase_at(toks, i, _WELL) else pending
            i += 1  # "comprend bien le français": understood, not said to be spoken
            continue
        if n := _phrase_at(toks, i, _MAJOR):
            pending, i = lw.MAJOR, i + n - 1  # "sobre todo", "avant tout": past the phrase
        elif _phrase_at(toks, i, _WELL) and w != "well" and toks[i + 1 : i + 2] != ["como"]:
            # "also fluent Arabic"; "not very fluent English", "no muy buen inglés": a little
            pending = {lw.ALSO: lw.ALSO, lw.NEG: lw.MINOR}.get(pending, lw.WELL)
        elif w in _ONLY or (w == "que" and i > 0 and start > 0 and i == start):
            pending = lw.ONLY
        elif w in _ALSO:
            pending = lw.ALSO
        elif w in _UNDERSTAND:
            pending = lw.UNDERSTAND
        elif w == "," and pending == lw.NEG and base != lw.NEG:
            pending = base  # "Intérprete: no, habla español": the no answers the label
        elif w in _NEGATORS and pending != lw.ONLY:
            pending = lw.NEG
        elif w not in _FILLER and w not in _INTENSIFIERS and not free:
            break
        i += 1
    return found


def _languages(
    sent_folded: str,
    out: Extraction,
    collected: list[tuple[str, str]],
    *,
    answer: bool = True,
    bare: bool = True,
    own_turn: bool = False,
) -> None:
    """The languages one sentence names as hers, added to `collected`. In a note
    (`answer=False`) a first-person subject is the writer, not her; `bare`: a language
    standing alone in a shorthand part is read too (not in a form line's value, whose
    label says what it is); `own_turn`: the sentence is in her own turn of a transcript,
    where "she / he" is someone else."""
    toks = tokens(sent_folded)
    used: set[int] = set()
    cond = lw.interpreter_conditional(sent_folded)  # "just in case": no need said
    for m in _LANG_TRIGGERS.finditer(sent_folded):
        before = tokens(sent_folded[: m.start()])
        clause = before[max([k + 1 for k, t in enumerate(before) if t in _STOP] or [0]) :]
        age = her_age(out)
        if (
            _about_another(
                without_trigger_words(m.group(0), before), answer=answer, own_turn=own_turn
            )
            or a_child_beside_an_adult(clause, age)
            or aged_another(before, age)
            or ld.described_another(before)
            or not_said_hers(clause, m.group(0))  # "los tratantes hablaban", "si prefiere"
        ):
            if helper_in_place(sent_folded) and not no_helper(clause, m.group(0)):
                # "no interpreter needed, our promotora speaks Mixteco": the language a
                # helper spoke with her in place of an interpreter is hers
                at = len(tokens(sent_folded[: m.end()]))
                for code, _w in _language_list(toks, at, free=False):
                    collected.append((code, lw.SHARED))  # (kept apart: see _settle_languages)
            continue
        if bare and not answer and writer_verb(m.group(0), sent_folded, m.start()):
            continue  # "(recepção; falo português e francês)": the writer's (not in a turn)
        start = len(tokens(sent_folded[: m.end()]))
        start += toks[start : start + 1] == ["."] and m.group(0) in _VERB_ABBREV  # "hab."
        if (
            before[-1:] == ["("]
            and m.group(0).split()[0] in _LANGUAGE_WORDS
            and ")" in toks[start : start + 3]
        ):
            continue  # "wolof (langue préférée)": the bracket describes the language before
        if (
            toks[start : start + 1] == [")"]
            or (
                toks[start : start + 1] == [","]
                and (
                    m.group(0).split()[-1] in _LANGUAGE_WORDS
                    or (  # "dioula, sa langue maternelle, et en français": dioula's noun
                        set(m.group(0).split()) & _LANGUAGE_WORDS
                        and any(
                            _lang_at(before, k) for k in range(max(0, len(before) - 4), len(before))
                        )
                    )
                )
                and toks[start + 1 : start + 2] not in (["c'"], ["c"], ["ce"])  # "Sa langue, c'est"
            )
        ):
            # "espanol (su lengua materna)", "Portuguese is her language, her English is
            # okay": the noun describes the language before it, not the words after
            continue
        if m.group(0).split()[0] in _LANGUAGE_WORDS and of_a_place(before, toks, start):
            _language_list(toks, start + 2, free=False, positions=used)  # (not read again)
            continue  # "the official language there is Arabic": the country's, not hers
        interpreter = m.group(0).startswith(_INTERPRETER)
        if interpreter and verb_after(sent_folded, m.end(), _LANG_TRIGGERS):
            continue  # "l'interprète parle aussi swahili": the verb's subject, read by the verb
        if interpreter:
            start = _past_yes(toks, start)  # "Needs interpreter: yes (Dari)"
            for _ in range(2):  # "interpreter for Dari", "intérprete necesario para el dari"
                start += _phrase_at(toks, start, INTERPRETER_LINKS, 2)
        first = _trigger_weight(m.group(0), clause, toks[start : start + 1])
        if denied := denied_before(m.group(0), before, toks[start : start + 1], first):
            lw.add(collected, denied, lw.NEG)  # "studied English but does not speak it"
            continue
        if is_request(m.group(0)):  # "she asked for Portuguese": the one to speak to her in
            start = -1 if first == lw.NEG else request_start(toks, start, _NEGATORS.all())
            if start < 0:
                continue  # (not "asked for English classes")
            first = lw.PREFERS
        first = doubted(first, clause, answer=answer)  # "we think she speaks": offered
        if first == lw.PREFERS and toks[start : start + 1] == [","]:
            continue  # "fala macua, que ela prefere, e português": what she prefers came before
        if interpreter and first == lw.PLAIN:
            first = interp_or_asked(sent_folded, before, answer, own_turn)  # "for Dari"
        seen = len(used)
        items = _language_list(toks, start, free=False, pending=first, positions=used)
        if (
            not items
            and first in (lw.MAJOR, lw.PREFERS)
            and (at := prefer_in(toks, start, _NEGATORS.all())) is not None
        ):
            items = _language_list(toks, at, free=False, pending=first, positions=used)
        if (
            not items
            and m.group(0).split()[0] in _LANGUAGE_WORDS
            and (at := relative_preference(toks, start)) is not None
        ):  # "la lengua en la que se siente más cómoda es el quechua"
            items = _language_list(toks, at, free=False, pending=lw.MAJOR, positions=used)
        items = cleft_items(before, toks, start, first) + items  # "Sinhala is what she..."
        if items and first == lw.PREFERS and fallback_preference(sent_folded, m.start()):
            items = [(c, lw.ALSO if w == lw.PREFERS else w) for c, w in items]  # "if nobody..."
        if items and _forgotten(toks[start:]):
            items = [(c, lw.NEG) for c, _w in items]  # "spoke Farsi but has forgotten it"
        if items and _in_childhood(clause, toks[start:]):
            # "grew up speaking Twi at home": her first language then, not said to be
            # the one she prefers now
            items = [(c, lw.PLAIN if w == lw.MAJOR else w) for c, w in items]
        for code, weight in items:
            lw.add(collected, code, weight)
        if interpreter and first != lw.NEG and items and len(used) > seen:
            lead = toks[start : min(used - set(range(start)))]
            if not set(lead) & (_NEGATORS.all() | lexicon.word_sets().no) and not cond:
                lw.interpreter_named(out, sent_folded, hedged=first == lw.HEDGED)  # "Dari"
    speakers = lexicon.speaker_words()
    for i, w in enumerate(toks):
        if w in speakers and not _about_another(toks[:i], answer=answer, own_turn=own_turn):
            lw.add(collected, speakers[w], lw.PLAIN)  # not "personnel anglophone"

        if w in _LANGUAGE_ROLE_WORDS and i > 0:
            if ld.speakers_named(toks, i):
                continue  # "our Arabic-speaking volunteer", "an Arabic-speaking network"
            if toks[i + 1 : i + 2] == [":"]:
                continue  # a label ("Interpreter: not needed") after a line joined to it
            items, lead = _list_before(toks, i)
            interp = w.startswith(_INTERPRETER)
            if not interp and _about_another(toks[:lead], answer=answer, own_turn=own_turn):
                continue  # "The interpreter, a Farsi speaker, said she speaks Dari"
            if interp:
                weight = interp_or_asked(sent_folded, toks[:lead], answer, own_turn)
                weight = doubted(weight, clause_of(toks[:lead]), answer=answer)
            for code, plain in items:
                lw.add(collected, code, weight if interp else plain)
            if (
                items
                and w.startswith(_INTERPRETER)
                and not _NEGATORS & set(toks[max(0, i - 5) : i])
                and not cond
            ):
                lw.interpreter_named(out, sent_folded, hedged=weight == lw.HEDGED)  # "a Q'eqchi'"
    qualified(toks, collected, used, answer=answer, age=her_age(out), own_turn=own_turn)
    language_sessions.held_in(toks, sent_folded, collected, _interpreter_waived)
    no_others(sent_folded, collected, answer=answer, own_turn=own_turn)  # "no other language"
    either_said(sent_folded, collected, answer=answer, own_turn=own_turn)  # "in either"
    if bare and not answer:
        language_parts.bare_parts(toks, collected)
    if back := lexicon.phrase_regex("language_preferred_back").search(sent_folded):
        at, end = (len(tokens(sent_folded[:x])) for x in back.span())
        code = preferred_back(toks, at, end)
        if code:
            lw.add(collected, code, lw.MAJOR)  # "les escribo en español porque lo prefiere"


_LANG_FACTS = ("person.preferred_language", "person.other_languages")


def _settle_languages(
    found: list[tuple[str, str]], out: Extraction, *, offer_minor: bool = False
) -> None:
    """`offer_minor`: a language spoken "a little" is offered as possible, not stated.
    An interpreter waived because a helper speaks her language is no "no interpreter":
    she needs someone who speaks it."""
    shared = [c for c, w in found if w == lw.SHARED]
    if shared:
        found = [(c, w) for c, w in found if w != lw.SHARED]
        for code in shared:
            lw.add(found, code, lw.SHARED)
    found = language_creoles.resolve(found, out)
    lw.settle(found, out, offer_minor=offer_minor)
    language_creoles.offer_unresolved(out)
    if shared and out.values.get("person.needs_interpreter") is False:
        del out.values["person.needs_interpreter"]
