"""Country of origin from names after origin words and from demonyms."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read import country_words as cw
from caseassist.intake.read.age_hedges import beyond_hedges, without_hedged_asides
from caseassist.intake.read.age_spans import age_part, sexed_age_part
from caseassist.intake.read.ages import _may_match
from caseassist.intake.read.country_spelling import misspelt_at
from caseassist.intake.read.demonym_heads import (
    _THING_NOUNS,
    _heads_a_thing,
    _nickname,
    _person_word,
    marked_other,
    own_gender_noun,
)
from caseassist.intake.read.gender_asides import acts_on_her
from caseassist.intake.read.language_weights import MINOR
from caseassist.intake.read.language_words import minor_lead
from caseassist.intake.read.languages import _LANG_TRIGGERS, _lang_at, _language_list
from caseassist.intake.read.note_prefilter import _prefilter
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import (
    _gender_noun_words,
    _has_hedge,
    _other_people,
    _other_subject,
)
from caseassist.intake.read.segment import _with_data, tokens
from caseassist.intake.read.short_ages import short_age
from caseassist.intake.read.value_owner import _kin_label, outside_brackets

# ---------------------------------------------------------------- countries

_ORIGIN_TRIGGERS_SRC = (
    r"\b(?:from|native of|born in|citizen of|national of|"
    r"nationality:?|citizenship:?|originari[oa] de|natural de|nacid[oa] en|procedente de|oriund[oa] de|"
    r"viene de|vienen de|es de|soy de|nacionalidad:?|originaire d'?|originaires d'?|nee? (?:en|au|aux|a)|"
    r"venue? d'?|vient d'?|de nationalite|nationalite:?|je viens d'?|je suis d'?|"
    # a form label of the origin family: "Origin:", "orig. Mexique", "Pays d'origine :"
    r"(?:country of |pays d'|pais de )?orig(?:in|ine|en|em)?\b\.?)"
    # an article is a whole word: "from la" must not take the start of "Laos" or "Latvia"
    r"(?:(?: the| la| el| le)\b| l')? ?"
)
_ORIGIN_TRIGGERS = lexicon.Lazy(lambda: _with_data(_ORIGIN_TRIGGERS_SRC, "origin_triggers"))
_NOT_ORIGIN_VERBS = lexicon.Words(
    frozenset(
        [
            "arrived",
            "traveled",
            "travelled",
            "transferred",
            "brought",
            "moved",
            "driven",
            "flown",
            "calling",
            "called",
            "referred",
            "came",
            "fled",
            "escaped",
            "rescued",
            "removed",
            "taken",
        ]
    ),
    "not_origin_verbs",
)
_ES_DE_PREV = lexicon.Words(
    frozenset(
        [
            ",",
            "hombre",
            "mujer",
            "joven",
            "chico",
            "chica",
            "muchacho",
            "muchacha",
            "senor",
            "senora",
            "nino",
            "nina",
            "anos",
        ]
    ),
    "person_before_de",
)


_ORIGIN_ARTICLES = frozenset(["la", "le", "l", "l'", "el", "the", "a", "o"])  # "de la RDC"

_OF_PREPS = frozenset(["de", "du", "des", "da", "do", "das", "dos"])
"""'of' and its contractions: "homme de 30 ans du Ghana", "mulher de 25 anos da Guiné"."""


def _country_at(toks: list[str], i: int) -> tuple[str, int] | None:
    names = lexicon.country_names()
    for n in range(min(5, len(toks) - i), 0, -1):  # "democratic republic of the congo"
        key = " ".join(toks[i : i + n])
        if key in names:
            return names[key], n
    return None


_LANG_PREV = frozenset(
    ["in", "en", "speaks", "speak", "habla", "hablan", "parle", "parlent", "little", "poco", "peu"]
    + ["some", "only"]
)


_AGE_UNITS = frozenset({"ans", "anos", "y/o", "yo", "yrs", "yo,", "old", "anos,"})
_SEX_MARKS = frozenset({"f", "m", "female", "male", "fem", "masc", "h"})


def _descriptor_parts(toks: list[str], *, loose: bool = False) -> list[list[str]] | None:
    """The comma parts of a shorthand line that lists the person ("F, 19, Guatemala, Mam
    speaker"): one of them a sex mark or an age (`loose`: or a short part ending in one,
    "Pavel, he is 55, Czech"). None for any other sentence."""
    if "," not in toks and ";" not in toks:
        return None  # a single part
    parts: list[list[str]] = [[]]
    for t in toks:
        if t in (",", ";"):
            parts.append([])
        elif t != ":" or parts[-1]:  # "Trav. : F, 34 a., ...": a label's colon leads
            parts[-1].append(t)
    if len(parts) == 2 and parts[0][-2:-1] == ["("] and parts[0][-1].isdigit():
        parts[:1] = [parts[0][:-1], parts[0][-1:]]  # "Daniela (29, Venezuela)": the age a part
    elif len(parts) < 3 and not (
        len(parts) == 2 and (age_part(parts[0]) or sexed_age_part(parts[0]))
    ):
        return None  # (two parts when the first is an age: "19 anos, guiné-bissau", "M 31yo, PNG")
    described = any(
        (len(p) == 1 and (p[0] in _SEX_MARKS or (p[0].isdigit() and 0 < int(p[0]) < 100)))
        or (len(p) >= 2 and p[-2].isdigit() and p[-1] in _AGE_UNITS)
        or (len(p) >= 2 and p[-2] in _SEX_MARKS and p[-1].isdigit())  # "client F 38"
        or (len(p) >= 2 and p[-2] in ("aged", "age", "edad", "idade") and p[-1].isdigit())
        or (loose and 2 <= len(p) <= 4 and p[-1].isdigit() and 12 <= int(p[-1]) < 100)
        or short_age(p)
        for p in parts
    )
    return parts if described else None


_ORIGIN_LEADS = frozenset(["from", "de", "du", "da", "do", "des"])


def _under_language_label(toks: list[str], i: int) -> bool:
    """Token `i` follows a form label for languages ("Languages:", "Idiomas:") with no
    other label between."""
    for k in range(i - 1, -1, -1):
        if toks[k] == ":":
            label = toks[max(0, k - 3) : k]
            return bool(set(label) & lexicon.by_language("language_context"))
    return False


def _describes_person(before: list[str]) -> bool:
    """The comma part before is about the person: "A boy, Ukrainian", "femme de 30 ans,
    moldave", "Woman in her mid-30s, Ukrainian" (a word for them, not after a possessive,
    or an age)."""
    part = before[len(before) - before[::-1].index(",") :] if "," in before else before
    if ":" in part:  # "Chamadora: Sim, ucraniano": a speaker's label describes no one
        part = part[len(part) - part[::-1].index(":") :]
    possessives = lexicon.word_sets().possessives
    return any(
        (_person_word(w) and (k == 0 or part[k - 1] not in possessives)) or w in _AGE_UNITS
        for k, w in enumerate(part)
    )


_NOT_PERSON_NEXT = frozenset(
    ["speaking", "speaker", "speakers", "hablante", "parlant", "interpreter", "interprete"]
    + ["translator", "traductor", "language", "idioma", "langue", "food", "cuisine", "comida"]
)
_COPULAS = frozenset(["is", "es", "est", "e", "sou", "soy", "suis", "am"])
"""'she is Albanian', 'elle est albanaise': the demonym describes the person."""
_NATIONALITY_NOUNS = frozenset(["national", "citizen", "nationality", "passport"])


def _descriptor_list(toks: list[str], out: Extraction) -> bool:
    """In a descriptor line, the first part that is only a country name ("from Peru",
    "UK national") or only a demonym ("F, 34, Thai, Thai only": the one before the
    languages) is where they are from. True when one was found."""
    dem = lexicon.demonyms()
    seen: list[str] = []
    for p in _descriptor_parts(toks, loose=True) or ():
        if _other_subject(seen[-12:]) or marked_other([*seen, *p]) or _kin_label(p):
            return False  # "Her daughter, 16, from Guatemala", "El tratante, un hombre de 40, mexicano"
        seen += [*p, ","]
        words = outside_brackets(p)  # "Mexico (Oaxaca)": the country, its region aside
        if words[:1] and words[0] in _ORIGIN_LEADS:
            words = words[1:]
        if words[-1:] and words[-1] in _NATIONALITY_NOUNS:
            words = words[:-1]
        hit = (_country_at(words, 0) or misspelt_at(words, 0)) if words else None
        if hit and hit[1] == len(words):
            out.put("person.country_of_origin", hit[0])
            return True
        if words and " ".join(words) in dem:
            out.put("person.country_of_origin", dem[" ".join(words)])
            return True
    return False


def descriptor_languages(toks: list[str]) -> list[tuple[str, str]]:
    """In a descriptor line, the parts after the nationality that are only language names
    ("F 15, UK national, English", "cl: m, 34, thai, thai only", "Eritrea, Tigrinya +
    Arabic"): the languages, the first the main one. Before any nationality, a word
    that is a demonym too ("Spanish") is the nationality."""
    parts = _descriptor_parts(toks)
    if not parts:
        return []
    dem = lexicon.demonyms()
    found: list[tuple[str, str]] = []
    seen_origin = False
    for p in parts:
        dots = "." in p and [
            k
            for k, w in enumerate(p)
            if w == "." and not _lang_at(p, k + 1 if k + 1 < len(p) else k)
        ]
        if dots:
            p = p[: dots[0]]  # "hondureño, esp. Estuvo 3 sem...", not "ukr./russe"
        words = [w for w in p if w not in ("+", "/", "and", "y", "et", "e", "only", "(", ")", ".")]
        if words[:1] and words[0] in ("from", "de", "du", "da", "do", "des"):
            words = words[1:]  # "from Colombia", "de Bolivie"
        if not words:
            continue
        if _country_at(words, 0) or (not seen_origin and " ".join(words) in dem):
            seen_origin = True
            continue
        if " ".join(words[-1:]) in ("national", "nationality", "citizen"):
            seen_origin = True
            continue
        codes, i = [], 0
        while i < len(words):
            lead = minor_lead(words, i)  # "Eritrea, Tigrinya and some English"
            hit = _lang_at(words, i + lead) if i + lead < len(words) else None
            if not hit:
                break
            codes.append((hit[0], MINOR if lead else "plain"))
            i += lead + hit[1]
        if seen_origin and codes and i == len(words):
            found += [(c, w) for c, w in codes if all(c != f for f, _w in found)]
    return found


def _countries(
    sent_folded: str, out: Extraction, genders: list[str] | None = None, *, answer: bool = False
) -> None:
    sent_folded = beyond_hedges(without_hedged_asides(sent_folded))  # a dictated run: all
    # but the hedge's words; an aside's doubt about something else
    if _has_hedge(sent_folded):
        return
    toks_all = tokens(sent_folded)
    # a speaker's or form's label ("Trabajadora social DIF: mexicano") is no subject
    label_end = toks_all.index(":") + 1 if ":" in toks_all[:6] else 0
    colons = [k + 1 for k, t in enumerate(toks_all) if t == ":"]

    def subject_window(i: int) -> list[str]:
        """The words before `i` that may hold its subject: back to a label's colon."""
        start = max([label_end, i - 10] + [c for c in colons if c <= i])
        return toks_all[start:i]

    explicit = False
    # Spanish "de <country>" after a person or at the start of a clause: "hombre de 35 anos, de Honduras"
    for i, t in enumerate(toks_all):
        if (t in _OF_PREPS and (i == label_end or toks_all[i - 1] in _ES_DE_PREV)) or (
            i == label_end and t in ("du", "da", "do")  # a reply: "Appelant : Du Burkina."
        ):
            j = i + 1 + (i + 1 < len(toks_all) and toks_all[i + 1] in ("la", "el"))
            hit = _country_at(toks_all, j)
            window = toks_all[max(label_end, i - 10) : i]  # not "otro trabajador (17, de HN"
            if hit and not _other_subject(window) and not marked_other(window):
                out.put("person.country_of_origin", hit[0])
                explicit = True
    for pat in (_ORIGIN_TRIGGERS.pattern,):
        if not _may_match(pat, sent_folded):
            continue
        for m in pat.finditer(sent_folded):
            before = tokens(sent_folded[: m.start()])
            if m.group().startswith("from") and before and before[-1] in _NOT_ORIGIN_VERBS:
                continue  # "arrived from Mexico" is a journey, not an origin
            if _other_subject(before[max(label_end, len(before) - 10) :]) or marked_other(before):
                continue  # "Another worker (17, from Honduras)": someone else's origin
            if cw.denied_before(before) or cw.of_people(sent_folded[: m.start()]):
                continue  # "she is not from Mexico", "denies being from Mexico": none said
            start = len(tokens(sent_folded[: m.end()]))
            if toks_all[start : start + 1] in ([":"], ["-"], ["."]):
                start += 1  # "From: Ghana", "orig. Mexique"
            took = 0 < start <= len(toks_all) and toks_all[start - 1] in _ORIGIN_ARTICLES
            article = took or (start < len(toks_all) and toks_all[start] in _ORIGIN_ARTICLES)
            start += article and not took  # "de la RDC", never "from a farm in Mexico":
            hit = _country_at(toks_all, start) or (
                None if article else cw.place_then_country(toks_all, start, _country_at)
            )
            hit = hit or misspelt_at(toks_all, start)  # "from Nigeira", "de Guatamala"
            if hit:
                out.put("person.country_of_origin", hit[0])
                explicit = True
    explicit = _descriptor_list(toks_all, out) or explicit
    nationals = _NATIONALITY_NOUNS.intersection(toks_all) - {"passport"}
    for i in range(len(toks_all)) if nationals else ():
        hit = _country_at(toks_all, i)
        nxt = toks_all[i + hit[1]] if hit and i + hit[1] < len(toks_all) else ""
        if (
            hit
            and nxt in _NATIONALITY_NOUNS
            and nxt != "passport"
            and not _other_subject(toks_all[max(label_end, i - 10) : i])
        ):
            out.put("person.country_of_origin", hit[0])  # "a UK national"
            explicit = True
    dem = lexicon.demonyms()
    ws = lexicon.word_sets()
    langs, places = lexicon.language_names(), lexicon.by_language("place_preps")
    if not set(toks_all) & _prefilter().countries:
        return
    in_lists: set[int] = set()
    for m in _LANG_TRIGGERS.finditer(sent_folded):
        _language_list(
            toks_all, len(tokens(sent_folded[: m.end()])), free=False, positions=in_lists
        )
    found: list[tuple[str, bool]] = []  # (country, the word also names a language)
    for i, w in enumerate(toks_all):
        if i in in_lists:
            continue
        two = " ".join(toks_all[i : i + 2])
        key = two if two in dem else (w if w in dem else None)
        if key is None:
            continue
        n = len(key.split())
        nxt = toks_all[i + n] if i + n < len(toks_all) else ""
        prev = toks_all[i - 1] if i > 0 else ""
        if nxt in _NOT_PERSON_NEXT or cw.names_a_language(toks_all, i):
            continue  # "Thai speaker", "comida mexicana", "lengua búlgara", "Nigerian Pidgin"
        if key in langs and (
            prev in _LANG_PREV or _LANG_TRIGGERS.search(" ".join(toks_all[max(0, i - 6) : i]))
        ):
            continue
        if nxt in _other_people() and nxt not in _gender_noun_words():
            continue
        copula = prev in _COPULAS and not (i > 1 and toks_all[i - 2] in langs)  # "pt e es"
        if (
            key in langs
            and not (
                nxt in _gender_noun_words()
                or prev in _gender_noun_words()
                or prev in _AGE_UNITS  # "61 ans bulgare, parle bulgare"
                or set(toks_all[max(0, i - 3) : i + n + 2]) & lexicon.by_language("nationality")
                or (copula and not answer and not _other_subject(subject_window(i)))
                or _person_word(nxt)
                or _person_word(prev)
                or (prev == "," and _describes_person(toks_all[: i - 1]))
            )
        ):
            # "Spanish 2nd lang", "et un allemand correct", "apprendre le francais": a
            # language; it names where they are from only beside a word for the person
            continue
        if prev in ws.possessives or (prev in places and cw.passed(toks_all, i, key)):
            continue  # "su hermana", "estuvo dos años en Libia" (a place, not a demonym)
        if _nickname(toks_all, i) or cw.denied_before(toks_all[:i]):
            continue  # "tout le monde m'appelle « la Malienne »", "niega ser mexicana"
        since_colon = toks_all[max([label_end, *(c for c in colons if c <= i)]) : i]
        if (
            _other_subject(subject_window(i))
            or marked_other(since_colon)
            or acts_on_her(toks_all, i)
        ):
            continue  # "otra mujer (22 años, rumana)", "el muchacho colombiano q la trajo"
        if key in langs and _under_language_label(toks_all, i):
            continue  # "Languages: Russian (first), Romanian"
        if prev in _THING_NOUNS.all() or nxt in _THING_NOUNS.all():
            continue  # "un restaurant indien", "a Thai restaurant": the place, not the person
        if i > 1 and _heads_a_thing(toks_all[i - 2], prev):
            continue  # "una red nigeriana", "un salon vietnamien": what it describes
        if key in langs and nxt in lexicon.by_language("proficiency_words"):
            continue  # "Portuguese only", "espanol basico": her language
        if explicit and key in langs:
            continue  # "from Colombia, spanish": the country said, then her language
        found.append((dem[key], key in langs))
        g = lexicon.demonym_genders().get(key)
        if key in lexicon.country_names() and not _person_word(prev):
            g = None  # "from India", "de Siria": the country's name, not a feminine demonym
        if own_gender_noun(prev):
            g = None  # "de nationalité ivoirienne", "passaporte brasileiro": the noun's gender
        if g is not None and genders is not None:
            genders.append(g)  # "joven hondureno", "jeune ivoirienne"
    # only a demonym outweighs a language's name too ("F, 34, Honduran, Spanish only")
    sure = [c for c, is_lang in found if not is_lang]
    for code in sure or [c for c, _l in found]:
        out.put("person.country_of_origin", code)
