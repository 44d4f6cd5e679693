"""How a note weighs each language it names, and which one that makes the preferred one.

A language is named with a weight: `major` (marked as the main one: "mother tongue",
"mostly", "(first)", "prefers"), `plain` (just named), `well` (spoken well but not said
to be the main one: "her English is fluent", "un bon italien"), `also` ("también habla
X"), `other` (under an "Other languages" label), `minor` ("a little", "basic"),
`understand` ("understands English": not said to speak it), `only` ("Thai only"),
`interp` (named as the interpreter's language: "interprète bulgare à prévoir") and
`neg` ("no English", "pas de français", "does not speak Spanish"). The marker words are
per-language data (`language_major`, `language_well`, `minor_phrases`,
`language_understand`, `language_also` in `lexicon/<lang>/words.toml`).

Settling follows what a careful reader takes from a note: one marked main language is
the preferred one; one language named plainly beside others spoken well, a little or
"also" is the preferred one ("speaks Tigrinya and some Arabic"); two or more named
plainly with nothing to tell them apart ("Amharic, English") say nothing clear of which
she prefers, so the first is only offered for staff to confirm, unless one of them is
the language an interpreter is needed in ("parle népali et hindi ... besoin d'interprète
népali"): she is to be spoken to in it. A language spoken a
little or only understood is offered, never listed; a negated one is never listed.
"""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction

MAJOR = "major"
PREFERS = "prefers"
"""Said with a verb of preference ("prefers French", "préfère qu'on lui parle en
français"): her own word on it, above a main-language mark ("speaks Fula at home")."""
PLAIN = "plain"
WELL = "well"
ALSO = "also"
SECOND = "second"
"""Said to be her second language ("Hindi as a second language", "español 2a lengua",
"l'anglais est sa deuxième langue"): spoken, and by that not the main one, so a language
named plainly beside it is hers."""
OTHER = "other"
MINOR = "minor"
UNDERSTAND = "understand"
ONLY = "only"
UNDERSTOOD_WELL = "understood_well"
"""Understood well ("entende bem o português"): offered alone, but beside a plain mention
of the same language ("fala crioulo e português") it makes that one spoken well."""
NEG = "neg"
INTERP = "interp"
SHARED = "shared"
"""Spoken with her by a helper in place of an interpreter ("our promotora speaks Mixteco,
so no interpreter was needed"): hers, as if named plainly."""
NO_OTHERS = "no_others"
"""Said under an "Other languages" label that there is none ("Other languages: none"),
recorded with the code `NONE`: no other language, as "Thai only" says."""
NONE = "-"
EITHER = "either"
"""Said of her that any of the languages named will do ("she is comfortable talking in
either", "le da igual", "les deux lui vont"), recorded with the code `ANY`: none of them
is clearly the one she prefers."""
ANY = "*"
MAYBE_INTERP = "maybe_interp"
"""Named as the language of an interpreter asked for only on a condition or as a
precaution ("a Tigrinya interpreter for tomorrow just in case"): offered as hers, never
applied, never listed."""
USED_INTERP = "used_interp"
"""Named as the language of an interpreter who was used ("interp (Bulgarian) used at the
station"): what was at hand, not said to be the one she is to be spoken to in; named as
hers too it stays a plain mention (`interp` beside a plain one makes that one hers)."""
OWN_INTERP = "own_interp"
"""Named as hers and as the interpreter's language ("speaks Nepali and Hindi ... Nepali
interpreter"); `interp` alone is a language named only as the interpreter's."""

HEDGED = "hedged"
"""Named under the writer's doubt ("we think she speaks Tigrinya", "achamos que fala
crioulo": `language_doubts`): offered as hers when nothing else is, never applied or
listed; named plainly elsewhere it is that mention."""

ASKED_INTERP = "asked_interp"
"""Named as the language of an interpreter she asks for herself ("wants a Nepali
interpreter", "pidió un intérprete de nepalí"): beside a mention of it as hers ("speaks
Nepali and Hindi") she asks for that language, as `prefers` says; alone it is an
interpreter's language (`interp`): asking for a Wolof interpreter while she is said to
speak Tetum does not make Wolof hers."""
_SPOKEN_FULLY = (PLAIN, WELL, ALSO, SHARED, OWN_INTERP)
_INTERPS = (INTERP, USED_INTERP, MAYBE_INTERP, ASKED_INTERP, HEDGED)

_STATED = (PLAIN, SHARED, OWN_INTERP, INTERP, WELL, ALSO, SECOND, OTHER, ONLY)
"""Weights that say she speaks the language (listed among the others)."""
_FULL = (PLAIN, SHARED, OWN_INTERP, WELL, ALSO)
"""Weights that say she speaks the language fully, with no limit ("speaks", "fluent",
"good", "also speaks"): two of them and no main-language mark or preference of hers
leave which one is hers open. A language under an "Other languages" label or said to be
her second one is not one of them: it is set apart from her main one."""
_OFFERED = (MINOR, UNDERSTAND, UNDERSTOOD_WELL)
"""Weights that only suggest it (offered to staff)."""
_RANK = {
    NEG: 9,
    NO_OTHERS: 0,
    EITHER: 0,
    PREFERS: 8.5,
    MAJOR: 8,
    ONLY: 7,
    OTHER: 6,
    WELL: 5,
    ALSO: 4,
    SECOND: 4,
    MINOR: 3,
    UNDERSTAND: 2,
    UNDERSTOOD_WELL: 2,
    OWN_INTERP: 1.6,
    ASKED_INTERP: 1.55,
    INTERP: 1.5,
    USED_INTERP: 1.5,
    SHARED: 1.1,
    PLAIN: 1,
    MAYBE_INTERP: 0.9,
    HEDGED: 0.8,
}


def add(found: list[tuple[str, str]], code: str, weight: str) -> None:
    """Add a mention; a language named twice keeps its strongest weight ("Speaks
    Romanian ... Romanian is her first language": major; "no English" anywhere: neg)."""
    for k, (c, w) in enumerate(found):
        if c == code:
            if ASKED_INTERP in (w, weight):
                other = weight if w == ASKED_INTERP else w
                if other in _SPOKEN_FULLY:
                    found[k] = (c, PREFERS)  # "speaks Nepali and Hindi ... wants a Nepali interp"
                elif other not in _INTERPS and _RANK[other] > _RANK[ASKED_INTERP]:
                    found[k] = (c, other)
            elif {w, weight} in ({PLAIN, INTERP}, {PLAIN, MAYBE_INTERP}):
                found[k] = (c, OWN_INTERP)
            elif {w, weight} == {PLAIN, UNDERSTOOD_WELL}:
                found[k] = (c, WELL)  # "fala ... e português; ... entende bem o português"
            elif {w, weight} in ({PLAIN, USED_INTERP}, {INTERP, USED_INTERP}):
                found[k] = (c, INTERP if INTERP in (w, weight) else PLAIN)
            elif _RANK[weight] > _RANK[w]:
                found[k] = (c, weight)
            return
    found.append((code, weight))


_SECOND_WORDS = lexicon.Words(set(), "language_second")


def second_or(weight: str, words: list[str]) -> str:
    """`second` for an `also` said with a second-language phrase (`language_second`:
    "second language", "2nd lang", "segunda lengua", "langue seconde"), else `weight`."""
    return SECOND if weight == ALSO and " ".join(words) in _SECOND_WORDS.all() else weight


def preferred_of(found: list[tuple[str, str]]) -> tuple[str | None, bool]:
    """The preferred language and whether it is clear (False: only offered)."""
    hedged = {c for c, w in found if w in (MAYBE_INTERP, HEDGED)}
    live = [(c, INTERP if w in _INTERPS else w) for c, w in found if w != NEG]
    if not live:
        return None, False
    said = [c for c, w in live if w == PREFERS]
    if len(said) == 1:
        return said[0], True  # "parle poular à la maison mais préfère ... en français"
    live = [(c, MAJOR if w == PREFERS else w) for c, w in live]
    majors = [c for c, w in live if w == MAJOR]
    if majors:
        return majors[0], len(majors) == 1
    only = [c for c, w in live if w == ONLY]
    if only:
        return only[0], len(only) == 1
    plain = [c for c, w in live if w in (PLAIN, SHARED, OWN_INTERP)]
    full = [c for c, w in live if w in _FULL]
    if len(full) > 1:
        # "Amharic, English", "Bengali and good English", "Language: Tigrinya; also
        # Arabic", "parle népali et hindi ... interprète népali" (the interpreter is the
        # staff's choice): two spoken fully and none marked hers, only offered
        own = [c for c, w in live if w == OWN_INTERP]
        return (own if len(own) == 1 else plain or full)[0], False
    interp = [c for c, w in live if w == INTERP]
    if len(interp) == 1 and not plain:
        # "Interpreter: Tigrinya", and nothing else or a little else
        return interp[0], interp[0] not in hedged
    if len(plain) == 1:
        return plain[0], True  # "speaks Nepali and a little English"
    well = [c for c, w in live if w == WELL]
    if len(well) == 1:
        return well[0], True  # "speaks English fluently" and nothing else but a little
    return None, False


def settle(found: list[tuple[str, str]], out: Extraction, *, offer_minor: bool = True) -> None:
    """The preferred and other languages `found` states, clear or offered.

    `offer_minor`: a language spoken only a little is offered (a note, or an answer
    about something else); otherwise it is left out."""
    none_said = any(c == NONE for c, _w in found)
    either = any(c == ANY for c, _w in found)
    found = [
        (c, INTERP if w in (USED_INTERP, ASKED_INTERP) else w)
        for c, w in found
        if c not in (NONE, ANY)
    ]
    if not found:
        if none_said:
            out.put("person.other_languages", [])  # "Other languages: none" alone
        return
    preferred, clear = preferred_of(found)
    preferred = _as_named(preferred, found)
    if either and len(found) > 1 and (preferred, PREFERS) not in found:
        clear = False  # "At home she speaks Spanish; ... comfortable talking in either"
    forms = lexicon.words().get("language_spoken_forms", {})
    # "habla dariya ... prefiere hablar en árabe": a spoken form of the preferred one is it
    same = {c for c, macro in forms.items() if macro == preferred} | {
        (preferred or "").split("-")[0]
    }
    live = [(c, w) for c, w in found if w != NEG and c != preferred and c not in same]
    if any(w not in (NEG, INTERP) for _c, w in found):
        # "an Arabic interpreter came, but she speaks Tigrinya": a language named only as
        # the interpreter's, beside her own, is not said to be hers
        live = [(c, MINOR if w == INTERP else w) for c, w in live]
    # (a main language beside the one she says she prefers is one she speaks)
    stated = [c for c, w in live if w in _STATED or (w in (MAJOR, PREFERS) and clear)]
    offered = [c for c, w in live if w in _OFFERED]
    if preferred is None:
        if stated:
            out.maybe("person.other_languages", stated)
        elif offered and offer_minor:
            out.maybe("person.other_languages", offered)
        return
    if not clear:
        out.maybe("person.preferred_language", preferred)
        if stated:
            out.maybe("person.other_languages", stated)
        return
    out.put("person.preferred_language", preferred)
    if stated:
        out.put("person.other_languages", stated)
    elif offered:
        if offer_minor:
            out.maybe("person.other_languages", offered)
    elif none_said or any(w == ONLY for _c, w in found):
        out.put("person.other_languages", [])  # "speaks Thai only": no other language


def _as_named(preferred: str | None, found: list[tuple[str, str]]) -> str | None:
    """The preferred language as the note names it most closely: "Brazilian Portuguese
    ... would rather do the intake in Portuguese" prefers `pt-BR`, one language named
    twice, once with its region (the variant then no other language of hers)."""
    if preferred is None or "-" in preferred:
        return preferred
    variants = [c for c, w in found if c.startswith(preferred + "-") and w != NEG]
    return variants[0] if len(variants) == 1 else preferred


def stated_others(found: list[tuple[str, str]], preferred: str) -> list[str]:
    """The languages `found` says she speaks well or also besides `preferred` (in her
    answer a language named plainly may be one she no longer speaks or finds hard:
    "L'anglais, je parlais à l'école", "le français c'est difficile")."""
    return [c for c, w in found if c not in (preferred, NONE) and w in (WELL, ALSO, SECOND, OTHER)]


def interp_weight(sentence: str) -> str:
    """The weight of an interpreter's language: `maybe_interp` when the sentence asks for
    one only on a condition or had one in a time gone by (`interpreter_conditional`: first,
    so "had an interpreter last year" is no use now); `used_interp` when it says one was
    used (`interpreter_used`: "used", "utilisé", "usado") and not that one is needed
    (`interpreter_needed`: "needed", "à prévoir", "necesario"); else `interp`."""
    if interpreter_conditional(sentence):
        return MAYBE_INTERP  # "a Tigrinya interpreter for tomorrow just in case", "last year"
    if lexicon.phrase_regex("interpreter_used").search(sentence) and not lexicon.phrase_regex(
        "interpreter_needed"
    ).search(sentence):
        return USED_INTERP
    return INTERP


def interpreter_conditional(sentence: str) -> bool:
    """The sentence asks for an interpreter only on a condition or as a precaution
    (`interpreter_conditions`: "just in case", "por si acaso", "au cas où", "if needed"):
    it says neither that she needs one nor which language is hers; so does one had in a
    time gone by (`past_times`: "el año pasado tuvo intérprete de árabe"; a year opening
    the sentence after a `past_year_leads` word: "Em 2021, foi atendida com intérprete"),
    unless it says now too (`care_now`)."""
    if lexicon.phrase_regex("interpreter_conditions").search(sentence):
        return True
    if lexicon.phrase_regex("care_now").search(sentence):
        return False
    if lexicon.phrase_regex("past_times").search(sentence):
        return True
    m = _YEAR_FIRST.match(sentence.rsplit(":", 1)[-1] if ":" in sentence[:30] else sentence)
    return m is not None and m.group(1) in _PAST_YEAR_LEADS


_PAST_YEAR_LEADS = lexicon.Words(set(), "past_year_leads")
_YEAR_FIRST = re.compile(r"\W*([a-z]+) (?:19|20)\d\d\b ?,")
"""A year opening a sentence, set off by a comma ("In 2021, ..."), after its preposition."""


def interpreter_named(out: Extraction, sentence: str, *, hedged: bool = False) -> None:
    """An interpreter named with her language: needed, unless the sentence only says one
    was there at a meeting (`interpreter_presence_cues`: "Intérprete de guaraní presente en
    la toma de declaración", "lo dijo delante de la intérprete de inglés"): a use at one
    meeting, offered, as the rules offer it; unless it says one is needed too
    (`interpreter_needed`: "présent lors de l'audition, à prévoir pour la suite"); offered
    too when the writer only guesses (`hedged`: "maybe she needs a Dari interpreter")."""
    if (
        hedged
        or lexicon.phrase_regex("interpreter_presence_cues").search(sentence)
        and not lexicon.phrase_regex("interpreter_needed").search(sentence)
    ):
        out.maybe("person.needs_interpreter", True)
    else:
        out.put("person.needs_interpreter", True)
