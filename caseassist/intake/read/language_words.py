"""The words that weigh a language where a note names it ("mostly", "fluent", "only", "no"),
per-language data merged with a few built-in ones, and the readers of the words around it."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_brackets import bracket_preference
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_names import names_language_at as _names_language_at
from caseassist.intake.read.language_own import (
    _LANGUAGE_NOUNS,
    _MAIN_ADJECTIVES,  # noqa: F401 (re-exported)
    _marks,
    _own_language,
)
from caseassist.intake.read.language_prefer import (
    appositive_preference,
    describes_another_noun,
    owned_end,
    set_off_preference,
)
from caseassist.intake.read.language_wordsets import (  # noqa: F401 (re-exported)
    _ALSO,
    _CLITIC_VERBS,
    _COPULAS,
    _EN_CLITICS,
    _FILLER,
    _INTENSIFIERS,
    _LANGUAGE_WORDS,
    _MAJOR,
    _MINOR_PHRASES,
    _MINOR_TRIGGERS,
    _MORE_IN_TRIGGER,
    _NEGATORS,
    _ONLY,
    _ONLY_CONJUNCTIONS,
    _SPOKEN,
    _STOP,
    _UNDERSTAND,
    _USABLE,
    _USABLE_LIMITS,
    _WELL,
    _phrase_at,
    _phrases,
    minor_lead,
    understood_at,
)


def _opens_clause(toks: list[str], k: int, n: int) -> bool:
    """An only word at toks[k] that is a conjunction here: more of the clause follows
    and it is no level ("só o básico")."""
    if toks[k] not in _ONLY_CONJUNCTIONS or k + n >= len(toks) or toks[k + n] in _STOP:
        return False
    return not _phrase_at(
        toks, k + n + (toks[k + n] in function_words().definite_articles), _MINOR_PHRASES
    )


_AS_WORDS = frozenset({"as", "como", "comme"})
_OWN_LEADS = frozenset({",", "c'", "ce", "est", "is", "es", "e", "was", "era"}) | _AS_WORDS
"""Words between a language and "her first / main / second language" said of it: a
copula, or "as" ("with Wolof as her first language", "el quechua como su lengua
materna", "le wolof comme langue maternelle")."""


def _after(toks: list[str], j: int) -> str | None:
    return _after_end(toks, j)[0]


def _minor_past_verb(toks: list[str], at: int) -> int:
    """Where a level of a little ends one or two words past toks[at], a verb after "only"
    ("solo sabe algunas palabras", "only knows a few words", "ne connaît que quelques
    mots"): the level is the language's, not "only"; 0 when there is none."""
    if at >= len(toks) or toks[at] in _STOP:
        return 0
    for k in (at + 1, at + 2):
        if m := _phrase_at(toks, k, _MINOR_PHRASES):
            return k + m
    return 0


_SEEM_VERBS = lexicon.Words(set(), "language_seem_verbs")


def _after_end(toks: list[str], j: int) -> tuple[str | None, int]:
    """The weight words after a language give it: "Swahili (fluent)", "English is fine",
    "espanol fluido", "Russian (first)", "ingles con dificultad", "Thai only", "le
    français, non", "Spanish 2nd lang"."""
    k = j + (toks[j : j + 1] == ["-"])  # "Arabic - understands only": a level after a dash
    while k < len(toks) and k < j + 3 and (toks[k] in _COPULAS or toks[k] in _INTENSIFIERS):
        if _phrase_at(toks, k, _MINOR_PHRASES) > 1:
            break  # "English (a bit)": the "a" opens the level, it is no copula here
        k += 1
    if k == j and toks[k : k + 1] and toks[k] in function_words().possessives_after:
        k += 1  # "o inglês dela é básico"
    if n := _phrase_at(toks, k, _SEEM_VERBS):  # "her English seems (very) limited"
        k += n + (toks[k + n : k + n + 1] != [] and toks[k + n] in _INTENSIFIERS)
    if (
        toks[k : k + 1] == ["e"]
        and (n := _phrase_at(toks, k + 1, _WELL, 1) or _phrase_at(toks, k + 1, _MINOR_PHRASES, 2))
        and not _names_language_at(toks, k + 1 + n)
        and not _names_language_at(toks, k + 2 + n)  # "e um pouco de inglês"
    ):
        k += 1  # "o inglês é bom", "é limitado" (not "tétum e bom português": its own)
    n = _phrase_at(toks, k + 1, _ONLY) if toks[k : k + 1] == [","] else 0
    if n and (k + 1 + n >= len(toks) or toks[k + 1 + n] in _STOP):
        return lw.ONLY, k + 1 + n  # "Español, nada más." (not "English, so I'm good")
    if (
        toks[k : k + 1] == [","]
        and toks[k + 1 : k + 2]
        and toks[k + 1] in _NEGATORS
        and (k + 2 >= len(toks) or toks[k + 2] in _STOP)
    ):
        return lw.NEG, k + 2  # "Le français, non."
    if (m := _minor_after_but(toks, k)) is not None:
        return lw.MINOR, m  # "English, but only a little", "en español pero con dificultad"
    own = toks[k : k + 6]
    while own and own[0] in _OWN_LEADS:
        own = own[1:]
    if (bracket := bracket_preference(toks, j, _NEGATORS.all())) is not None:
        return lw.MAJOR, bracket  # "criollo haitiano (prefiere)", "portugués (es el que prefiere)"
    if (set_off := set_off_preference(toks, k)) is not None:
        return lw.MAJOR, set_off  # "créole haïtien, qu'il préfère, et français"
    if appositive := appositive_preference(toks, k, _LANGUAGE_NOUNS):
        return appositive  # "le français, langue dans laquelle elle est le plus à l'aise"
    owned = _own_language(own)
    if owned:
        bracket = toks[k - 1 : k] == ["("] and ")" in toks[k:]
        end = toks.index(")", k) + 1 if bracket else owned_end(toks, k, _LANGUAGE_NOUNS, _marks())
        return owned, end  # "Italian is his language", "espanol (su lengua materna)"
    at = k + len(toks[k : k + 6]) - len(own)
    as_word = toks[at - 1 : at] != [] and toks[at - 1] in _AS_WORDS
    at += as_word and toks[at : at + 1] == ["a"]  # "as a mother tongue"
    if as_word and (n := _phrase_at(toks, at, _MAJOR, 4)):
        return lw.MAJOR, at + n  # "le wolof comme langue maternelle", "Twi as first language"
    if toks[k : k + 1] and toks[k] in _NEGATORS and (n := _phrase_at(toks, k, _ONLY)) > 1:
        return lw.ONLY, k + n  # "wolof nada más": "nada" opens "only", denies nothing
    if toks[k : k + 1] and toks[k] in _NEGATORS and (k + 1 >= len(toks) or toks[k + 1] in _STOP):
        return lw.NEG, k + 1  # "português não", "French: no"
    if (negated := _negated_after(toks, k)) is not None:
        return negated  # "mon français est pas bon", "português ainda não fala"
    spoken = False
    if toks[k : k + 1] == [","] and toks[k + 2 : k + 3] in (["le"], ["la"], ["l'"], ["lo"]):
        k += 1  # "l'arabe, elle le parle aussi" (not "le twi, il parle aussi anglais")
    crossed = "." in toks[j:k] or ":" in toks[j:k]
    clitics = _CLITIC_VERBS if crossed else _CLITIC_VERBS | _EN_CLITICS
    before_clitics = k
    while k < len(toks) and k < j + 4 and toks[k] in clitics:
        spoken = spoken or toks[k] in _SPOKEN
        k += 1  # "el castellano lo hablo bien", "le français, elle le parle bien"
    if crossed and not set(toks[before_clitics:k]) & function_words().object_clitics:
        # "Pendjabi. Il parle aussi hindi": past the full stop, a verb without "le"/"lo"
        # is the next language's ("Le français. Elle le parle aussi" is this one's)
        k, spoken = before_clitics, False
    if not crossed and (m := _minor_verb_after(toks, k)):
        return lw.MINOR, m  # "el castellano se lo apaña", "l'espagnol, elle se débrouille"
    if not crossed and toks[k : k + 1] and toks[k] in _UNDERSTAND:
        # "Português ela entende um pouco", "el francés lo entiende": understood, at most;
        # with no clitic only before a level ("castellano entiende poco")
        m = _phrase_at(toks, k + 1, _MINOR_PHRASES)
        if k > j or (m and (k + 1 + m >= len(toks) or toks[k + 1 + m] in _STOP)):
            return lw.UNDERSTAND, k + 1 + m
    if toks[k : k + 1] and toks[k] in function_words().comparatives:
        if k == j:
            return None, j  # "aprender español mejor": a wish to speak it better
        return lw.MAJOR, k + 1  # "Spanish is better", "el español es mejor"
    if (
        toks[j : j + 1] == ["("]
        and toks[k : k + 1]
        and toks[k] in _LANGUAGE_NOUNS
        and (n := _phrase_at(toks, k + 1, _MAJOR))
    ):
        return lw.MAJOR, k + 1 + n  # "wolof (langue préférée)", "quechua (idioma preferido)"
    for at in (k - 1, k) if k > j else (k,):
        n = _phrase_at(toks, at, _USABLE, 3)
        if n and (m := _phrase_at(toks, at, _MINOR_PHRASES)) > n:
            return lw.MINOR, at + m  # "English ok-ish": a longer minor phrase is its level
        if n and (m := _phrase_at(toks, at + n, _USABLE_LIMITS, 5)):
            return lw.MINOR, at + n + m  # "his English is fine for simple things"
        if n:
            return lw.PLAIN, at + n  # "English is fine", "el inglés está bien"
    if toks[j : j + 1] == ["a"]:  # "à la maison", "à l'école" ("a" is also a copula)
        for words, weight in ((_MAJOR, lw.MAJOR), (_ALSO, lw.ALSO)):
            if n := _phrase_at(toks, j, words, 4):
                return weight, j + n
    if (n := _phrase_at(toks, k, _WELL, 1)) and (m := _phrase_at(toks, k + n, _MINOR_PHRASES)):
        return lw.MINOR, k + n + m  # "o português dele é bem fraco": "bem" intensifies
    for words, weight in (
        (_ONLY, lw.ONLY),
        (_MAJOR, lw.MAJOR),
        (_MINOR_PHRASES, lw.MINOR),
        (_WELL, lw.WELL),
        (_ALSO, lw.ALSO),
    ):
        n = _phrase_at(toks, k, words, 4)
        if n and weight in _LEVELS_OF_NEXT and _level_of_next(toks, k + n):
            break  # "Twi (limited English)", "wolof (un peu de français)": English's level
        if n and weight == lw.ALSO and toks[k + n : k + n + 1] == ["as"]:
            continue  # "Dari as well as Pashto": a list, not "also"
        if n and weight == lw.WELL and toks[k + n : k + n + 1] == ["como"]:
            continue  # "dari bem como pashto": a list ("as well as"), not "well"
        if n and "." in toks[j:k] and k + n < len(toks) and toks[k + n] not in _STOP:
            continue  # "Indonésio. Também fala javanês", "Bulgare. Un peu néerlandais"
        if n and weight == lw.ONLY and _opens_clause(toks, k, n):
            continue  # "very good English so no interpreter": "so" opens a clause
        if n and weight == lw.MAJOR and describes_another_noun(toks, j, k + n, _LANGUAGE_NOUNS):
            continue  # "Arabic (preferred name: Amal)": the name's
        if n and weight == lw.WELL and (m := _phrase_at(toks, k + n, _USABLE_LIMITS, 5)):
            return lw.MINOR, k + n + m  # "her English is good for the basics"
        if n and weight == lw.ONLY and (m := understood_at(toks, k + n)):
            return lw.UNDERSTAND, m  # "árabe (solo entiende)", "solo lo entiende": understood
        if n and weight == lw.ONLY and (m := _minor_past_verb(toks, k + n)):
            return lw.MINOR, m  # "de inglés solo sabe unas palabras": "only" is the verb's
        if n:
            end = k + n + (toks[k + n : k + n + 1] == [")"])
            if weight == lw.ONLY:
                m = end + (toks[end : end + 1] in (["o"], ["a"], ["the"], ["el"], ["le"], ["un"]))
                if _phrase_at(toks, m, _MINOR_PHRASES):
                    return lw.MINOR, m  # "português só o básico", "English only a little"
            return lw.second_or(weight, toks[k : k + n]), end
    if spoken:
        return lw.PLAIN, k  # "Português falo, sim", "el inglés lo habla": she speaks it
    return None, j


def _minor_verb_after(toks: list[str], k: int) -> int:
    """The end of a verb of getting by (`minor_triggers`: "se defiende", "se lo apaña",
    "se débrouille", "desenrasca", "gets by") right after a language named first, past
    its subject or clitic ("el castellano se lo apaña", "English she gets by"), when it
    closes the clause: no level of its own ("se defiende bien") and no other language
    after it ("el francés, se defiende en inglés" is English's). 0 when none."""
    n = _phrase_at(toks, k, _MINOR_TRIGGERS, 4)
    if not n:
        return 0
    end = k + n
    if _phrase_at(toks, end, _WELL, 1) or _names_language_at(toks, end):
        return 0
    if toks[end : end + 1] and toks[end] not in _STOP and _names_language_at(toks, end + 1):
        return 0
    return end


_LEVELS_OF_NEXT = (lw.MINOR, lw.WELL, lw.ALSO)
_OF = frozenset(
    {"of", "de", "d'", "d", "do", "da", "del", "du", "el", "le", "la", "l'", "o", "the"}
)


def _level_of_next(toks: list[str], end: int) -> bool:
    """Whether the level word ending at `end` weighs the language named right after it
    ("Twi (limited English)", "quechua, poco español", "wolof (un peu de français)"),
    not the one before it; nor does one before a speaking verb ("português (também fala
    forro)", "Tigrinya (also speaks Arabic)": the language after the verb is also spoken)."""
    if toks[end : end + 1] and toks[end] in _SPOKEN_VERBS:
        nxt = toks[end + 1 : end + 2]
        if not nxt or nxt[0] in _STOP or nxt[0] == ")":
            return False
        if not (_phrase_at(toks, end + 1, _WELL) or _phrase_at(toks, end + 1, _MINOR_PHRASES)):
            return True  # (not "Francés también habla bien": the verb's level is the French)
        end += 1
    if m := _phrase_at(toks, end, _MINOR_PHRASES) or _phrase_at(toks, end, _WELL):
        at = end + m + (toks[end + m : end + m + 1] != [] and toks[end + m] in _OF)
        if _names_language_at(toks, at):
            return True  # "Spanish (also some Mixteco)": "also" is Mixteco's, with its level
    end += toks[end : end + 1] != [] and toks[end] in _OF
    return _names_language_at(toks, end)


_NE = frozenset({"ne", "n'", "n", "does", "do", "did"})
_SPOKEN_VERBS = _SPOKEN | {"speak", "spoke", "hablaba", "parlait", "falava", "parla"}


def _negated_after(toks: list[str], k: int) -> tuple[str, int] | None:
    """A negated level or verb after a language named first: "her English is not good",
    "su español no es bueno", "mon français n'est pas bon" (a little); "el inglés no lo
    habla", "português ainda não fala" (not spoken; "não fala bem": a little)."""
    while k < len(toks) and (toks[k] in _NE or toks[k] in _COPULAS):
        k += 1  # "n'est pas", "does not"
    if not (toks[k : k + 1] and toks[k] in _NEGATORS):
        return None
    m = k + 1
    while (
        m < len(toks)
        and m < k + 4
        and (
            toks[m] in _COPULAS
            or toks[m] in _INTENSIFIERS
            or toks[m] in function_words().object_clitics
        )
    ):
        m += 1  # "no es muy", "no lo"
    if n := _phrase_at(toks, m, _WELL, 2):
        return lw.MINOR, m + n
    if toks[m : m + 1] and toks[m] in _SPOKEN_VERBS:
        if _phrase_at(toks, m + 1, _WELL, 2):
            return lw.MINOR, m + 2  # "não fala bem"
        if _level_of_next(toks, m + 1):
            return None  # "Idioma: mandarín. No habla castellano.": the verb's own object
        return lw.NEG, m + 1
    return None


def _minor_after_but(toks: list[str], k: int) -> int | None:
    """The end of a level that "but" puts after a language ("speaks English, but only a
    little", "se comunica en español pero con dificultad", "parle français mais pas très
    bien", "fala português, mas mal"), when no other language follows the level (in
    "Spanish but a little English" the level is English's)."""
    j = k + (toks[k : k + 1] == [","])
    if not (toks[j : j + 1] and toks[j] in function_words().but_words):
        return None
    j += 1 + (toks[j + 1 : j + 2] == [","])
    j += _phrase_at(toks, j, _ONLY, 1)  # "but only a little"
    while j < len(toks) and toks[j] in _INTENSIFIERS:
        j += 1
    n = _phrase_at(toks, j, _MINOR_PHRASES, 4)
    if not n:
        return None
    end = j + n
    nxt = end + (toks[end : end + 1] in (["de"], ["d'"], ["of"], ["o"], ["el"], ["le"]))
    if nxt < len(toks) and _lang_at(toks, nxt):
        return None
    return end


def _before(toks: list[str], i: int) -> str | None:
    """The weight the words just before a language give it: "some English", "un bon
    italien", "conversational English", "no English", "pas de français", "nada de esp"."""
    k = i
    while k > 0 and k > i - 3 and toks[k - 1] in ("de", "d'", "un", "une", "una", "le", "l'", "el", "la", "o", "a", "her", "his", "su", "sa", "son", "en"):  # fmt: skip
        k -= 1
    for words, weight in ((_NEGATORS, lw.NEG), (_MINOR_PHRASES, lw.MINOR), (_WELL, lw.WELL)):
        for n in (3, 2, 1):
            if k - n >= 0 and " ".join(toks[k - n : k]) in words:
                if weight == lw.WELL and _negated_degree(toks, k - n):
                    return lw.MINOR  # "not very fluent English", "pas très bon anglais"
                if weight == lw.WELL and _also_before(toks, k - n):
                    return lw.ALSO  # "Tigrinya, also fluent Arabic": a second one, however good
                return weight
        if k < i and i >= 2 and " ".join(toks[i - 2 : i]) in words:
            return weight  # "algo de español": the phrase holds its "de"
    if k > 0 and toks[k - 1] in _MAJOR:
        return lw.MAJOR
    if _dotted_major(toks, k):
        return (
            lw.MAJOR
        )  # "Pref. árabe", "Préf. arabe", "Pref. lang Mandarin" (after a turn's label too)
    return None


_MAJOR_ABBREVIATIONS = lexicon.Words(set(), "language_major_abbreviations")
"""A main-language word cut short with a dot ("Pref.", "Préf."): the language after it
(past a language noun: "Pref. lang Mandarin") is her main one."""


def _dotted_major(toks: list[str], k: int) -> bool:
    """Whether a main-language abbreviation and its dot stand right before toks[k]."""
    if k > 0 and toks[k - 1] in _LANGUAGE_NOUNS | {"lang"}:
        k -= 1
    return k > 1 and toks[k - 1] == "." and toks[k - 2] in _MAJOR_ABBREVIATIONS.all()


def _negated_degree(toks: list[str], k: int) -> bool:
    """A negator, past degree words, right before the level word at toks[k] ("not very
    good", "no muy fluido", "pas très bon", "não muito bom"): the level is denied, so
    she knows the language only partly."""
    while k > 0 and toks[k - 1] in _INTENSIFIERS | _DEGREES.all():
        k -= 1
    return k > 0 and toks[k - 1] in _NEGATORS


_DEGREES = lexicon.Words({"so", "that", "too", "tan", "tao", "si", "trop"}, "language_degrees")
"""Degree words between a negator and a level ("not so good", "no tan bien", "pas si
bien", "não tão bem"), besides `_INTENSIFIERS`."""


def _also_before(toks: list[str], k: int) -> bool:
    """An "also" word right before toks[k], past an article ("aussi un bon arabe")."""
    k -= k > 0 and toks[k - 1] in ("un", "une", "una", "um", "uma", "a", "an")
    return k > 0 and toks[k - 1] in _ALSO
