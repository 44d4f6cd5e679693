"""Languages spoken: triggers, lists with their weight (main, a little, only), and which is preferred."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import _LANGUAGE_ROLE_WORDS, _with_data, tokens

# ---------------------------------------------------------------- languages

_LANG_TRIGGERS_SRC = (
    r"\b(?:speaks?|speaking|spoke|spoken|understands?|reads?|writes?|fluent in|language(?:s)?(?: is| are| spoken)?|"
    r"mother tongue|first language|native language|native tongue|prefers?|preferred language(?: is)?|"
    r"prefiere|prefere|interpreter(?: needed| required| requested)?|interprete(?: necesario| requis)?|"
    r"habla|hablan|hablo|entiende|entiendo|idioma(?:s)?(?: es| son)?|lengua(?: materna)?(?: es)?|"
    r"parle|parlent|parles|comprend|langue(?:s)?(?: maternelle)?(?: est)?|"
    r"se defiende (?:en|con)|se las arregla en|se debrouille en|gets by in|can get by in)\b"
)
_LANG_TRIGGERS = lexicon.Lazy(lambda: _with_data(_LANG_TRIGGERS_SRC, "language_triggers"))
# Triggers that say a language is only a second one ("se defiende en espanol").
_MINOR_TRIGGERS = lexicon.Words(
    {"se defiende", "se las arregla", "se debrouille", "gets by", "can get by"}, "minor_triggers"
)
_MAJOR = lexicon.Words(
    frozenset(
        [
            "mostly",
            "mainly",
            "primarily",
            "best",
            "native",
            "fluent",
            "fluently",
            "surtout",
            "principalement",
            "sobre",
            "todo",
            "principalmente",
            "mejor",
            "natal",
            "maternelle",
            "materna",
        ]
    ),
    "major_words",
)
_MINOR_PHRASES = lexicon.Words(
    {
        "a little",
        "a bit of",
        "a bit",
        "some",
        "basic",
        "broken",
        "limited",
        "un poco de",
        "un poco",
        "algo de",
        "un peu de",
        "un peu",
        "quelques mots de",
        "quelques mots",
        "poco",
        "peu",
    },
    "minor_phrases",
)
_ONLY = lexicon.Words(
    frozenset(
        ["only", "solo", "solamente", "unicamente", "seulement", "uniquement", "exclusively"]
    ),
    "only_words",
)
_FILLER = lexicon.Words(
    frozenset(
        [
            "and",
            "y",
            "et",
            "also",
            "aussi",
            "tambien",
            "as",
            "well",
            "or",
            "o",
            "ou",
            "in",
            "en",
            "the",
            "el",
            "le",
            "la",
            "l'",
            "de",
            "d'",
            "of",
            "a",
            "un",
            "with",
            "con",
            "avec",
            "too",
            "fluent",
            "fluently",
            "native",
            "best",
            "well",
            "bien",
            "very",
            "muy",
            "tres",
            "little",
            "bit",
            "poco",
            "peu",
            "some",
            "algo",
            "quelques",
            "mots",
            "words",
            "i",
            "speak",
            "habla",
            "hablo",
            "parle",
            "je",
            "yo",
            "mostly",
            "mainly",
            "primarily",
            "surtout",
            "principalement",
            "sobre",
            "todo",
            "principalmente",
            "basic",
            "broken",
            "limited",
            "only",
            "solo",
            "solamente",
            "unicamente",
            "seulement",
            "uniquement",
            ",",
            "plus",
            "even",
        ]
    ),
    "language_list_filler",
)


_FILLER = _FILLER | {
    "que",
    "les",
    "'",
    "is",
    "es",
    "est",
    ":",
    "(",
    ")",
    "needed",
    "required",
    "requested",
}


@cache
def _lang_max_words() -> int:
    return max(len(k.split()) for k in lexicon.language_names())


@cache
def _lang_names_plain() -> dict[str, str]:
    return {k.replace("'", "").replace(" ", ""): v for k, v in lexicon.language_names().items()}


def _lang_at(toks: list[str], i: int) -> tuple[str, int] | None:
    names = lexicon.language_names()
    plain = _lang_names_plain()
    for n in range(min(_lang_max_words(), 4, len(toks) - i), 0, -1):
        key = " ".join(toks[i : i + n])
        if key in names:
            return names[key], n
        if "'" in key:
            squeezed = key.replace("'", "").replace(" ", "")
            if squeezed in plain:
                return plain[squeezed], n
    return None


_MINOR_AFTER = frozenset(
    [
        "basic",
        "limited",
        "a little",
        "a bit",
        "poorly",
        "badly",
        "broken",
        "with difficulty",
        "con dificultad",
        "un poco",
        "poco",
        "mal",
        "avec difficulte",
        "un peu",
        "some",
    ]
)
_PRE_QUALIFIERS = frozenset(["a little", "a bit", "un poco", "poco", "un peu", "some"])
_MAJOR_TRIGGERS = (
    "mother tongue",
    "first language",
    "native",
    "prefer",
    "lengua materna",
    "langue maternelle",
    "idioma es",
    "langue est",
)


def _language_list(
    toks: list[str],
    start: int,
    *,
    free: bool,
    positions: set[int] | None = None,
    pending: str = "plain",
) -> list[tuple[str, str]]:
    """Languages from toks[start:], each with its weight: major | minor | plain | only."""
    found: list[tuple[str, str]] = []
    i = start
    while i < len(toks):
        w = toks[i]
        hit = _lang_at(toks, i)
        if hit:
            code, n = hit
            weight = pending
            if i + n < len(toks) and toks[i + n] in _ONLY:
                weight = "only"
            post = toks[i + n : i + n + 4]
            paren = bool(post) and post[0] == "("
            post = post[1:] if paren else post
            minor_after = _MINOR_AFTER if paren else _MINOR_AFTER - _PRE_QUALIFIERS
            if post and (post[0] in _MAJOR or " ".join(post[:2]) in _MAJOR):
                weight = "major"  # "Swahili (fluent)", "anglais couramment"
            elif post and (
                post[0] in minor_after
                or " ".join(post[:2]) in minor_after
                or " ".join(post[:3]) in minor_after
            ):
                weight = "minor"  # "English (basic)", "ingles con dificultad"
            if not any(c == code for c, _w in found):
                found.append((code, weight))
            if positions is not None:
                positions.update(range(i, i + n))
            pending = "plain"
            i += n
            continue
        two = " ".join(toks[i : i + 2])
        three = " ".join(toks[i : i + 3])
        if three in _MINOR_PHRASES or two in _MINOR_PHRASES or w in _MINOR_PHRASES:
            pending = "minor"
        elif w in _MAJOR or two in _MAJOR:
            pending = "major"
        elif w in _ONLY or (w == "que" and i > 0 and start > 0 and i == start):
            pending = "only"
        elif w in ("also", "aussi", "tambien"):
            pending = "also"
        elif w not in _FILLER and not free:
            break
        i += 1
    return found


def _settle_languages(
    found: list[tuple[str, str]], out: Extraction, *, offer_minor: bool = False
) -> None:
    """`offer_minor`: in a note, a language spoken "a little" is offered as possible,
    not stated (how much of it they speak is the survivor's to say)."""
    if not found:
        return
    majors = [c for c, w in found if w == "major"]
    only = [c for c, w in found if w == "only"]
    plain = [c for c, w in found if w in ("plain",)]
    preferred = None
    if len(majors) == 1:
        preferred = majors[0]
    elif len(only) == 1 and len(found) == 1:
        preferred = only[0]
    elif len(plain) == 1 and not majors:
        preferred = plain[0]
    elif len(found) == 1 and found[0][1] not in ("minor", "also"):
        preferred = found[0][0]
    elif len(plain) > 1 and not majors and not only and found[0][1] == "plain":
        # "speaks Arabic and French": no main one said; a note names the main one first
        preferred = found[0][0]
    if preferred is None:
        return
    out.put("person.preferred_language", preferred)
    others = [c for c, _w in found if c != preferred]
    if offer_minor and any(w == "minor" for _c, w in found):
        clear = [c for c, w in found if c != preferred and w != "minor"]
        if clear:
            out.put("person.other_languages", clear)
        else:
            out.maybe("person.other_languages", others)
        return
    if others:
        out.put("person.other_languages", others)
    elif only:
        out.put("person.other_languages", [])


def _languages(sent_folded: str, out: Extraction, collected: list[tuple[str, str]]) -> None:
    toks = tokens(sent_folded)
    for m in _LANG_TRIGGERS.finditer(sent_folded):
        if _other_subject(tokens(sent_folded[: m.start()])[-6:]):
            continue
        start = len(tokens(sent_folded[: m.end()]))
        if toks[start : start + 1] == [")"]:
            continue  # "espanol (su lengua materna)": it describes the language before it
        before = tokens(sent_folded[: m.start()])[-1:]
        trigger = m.group(0)
        first = "only" if before and before[0] in _ONLY else "plain"
        if before and before[0] in ("also", "aussi", "tambien"):
            first = "also"
        elif trigger.startswith(tuple(_MINOR_TRIGGERS)):
            first = "minor"
        elif trigger.startswith(_MAJOR_TRIGGERS) or " ".join(
            tokens(sent_folded[: m.start()])[-1:] + [trigger]
        ).startswith(("su idioma", "sa langue")):
            first = "major"
        items = _language_list(toks, start, free=False, pending=first)
        if items and trigger.startswith(("interpreter", "interprete")):
            out.put("person.needs_interpreter", True)  # "interpreter needed: Dari"
        for item in items:
            if item[0] not in [c for c, _ in collected]:
                collected.append(item)
    speakers = lexicon.speaker_words()
    for i, w in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w in speakers and speakers[w] not in [c for c, _ in collected]:
            collected.append((speakers[w], "plain"))
        if nxt in _LANGUAGE_ROLE_WORDS:
            hit = _lang_at(toks, i)
            if hit and i + hit[1] == i + 1 and hit[0] not in [c for c, _ in collected]:
                collected.append((hit[0], "plain"))
                if nxt in ("interpreter", "interprete", "translator"):
                    out.put("person.needs_interpreter", True)
        if w in ("interprete", "interpreter", "translator", "traductor", "traducteur") and nxt in (
            "de",
            "en",
            "in",
            "for",
            "d'",
        ):
            hit = _lang_at(toks, i + 2)
            if hit and hit[0] not in [c for c, _ in collected]:
                collected.append((hit[0], "plain"))
                out.put("person.needs_interpreter", True)
