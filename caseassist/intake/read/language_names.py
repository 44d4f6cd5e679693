"""A language named at a place in a token list: CLDR's names in many locales (and the
lexicon's aliases), with a region or variety in brackets after it ("portugais
(Brésil)", "Kurdish (Sorani)")."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.segment import tokens


@cache
def _lang_max_words() -> int:
    return max(len(k.split()) for k in lexicon.language_names())


@cache
def _lang_names_plain() -> dict[str, str]:
    return {k.replace("'", "").replace(" ", ""): v for k, v in lexicon.language_names().items()}


@cache
def _variants() -> frozenset[str]:
    """Codes with a region ("pt-BR") or a variety of a macrolanguage ("ckb")."""
    return frozenset(v for v in lexicon.language_names().values() if "-" in v)


@cache
def lang_starts() -> frozenset[str]:
    """The first token of every language name: a cheap test before `_lang_at`."""
    return frozenset(tokens(k)[0] for k in lexicon.language_names() if tokens(k))


def names_a_language(toks: list[str]) -> bool:
    """Whether a whole language name stands somewhere in `toks`: a sentence that holds only
    a name's first word ("la", "old", "n'") names no language."""
    starts = lang_starts()
    return any(_lang_at(toks, i) for i, t in enumerate(toks) if t in starts)


def _lang_at(toks: list[str], i: int) -> tuple[str, int] | None:
    if toks[i] not in lang_starts():
        return None
    names = lexicon.language_names()
    plain = _lang_names_plain()
    for n in range(min(_lang_max_words(), 4, len(toks) - i), 0, -1):
        key = " ".join(toks[i : i + n])
        if key in names:
            return _refined(toks, i + n, names[key], n)
        if "'" in key:
            squeezed = key.replace("'", "").replace(" ", "")
            if squeezed in plain:
                return _refined(toks, i + n, plain[squeezed], n)
    return None


def _refined(toks: list[str], j: int, code: str, n: int) -> tuple[str, int]:
    """A language with its region or variety in brackets after it: "portugais (Brésil)"
    is pt-BR, "Kurdish (Sorani)" is Sorani (ckb), one language, not two; a spoken form
    beside the language it is a form of ("Arabic (Darija)", "árabe dariya") is the
    language the writer named."""
    if toks[j : j + 1] != ["("]:
        if code in _BARE_CREOLES and (creole := _creole_of(toks, j)):
            return creole[0], n + creole[1]  # "crioulo guineense", "créole cap-verdien"
        if toks[j : j + 1] and toks[j] in lexicon.by_language("language_variety_leads"):
            for m in (2, 1):  # "portugais du Brésil", as "portugués de Brasil" is named
                country = lexicon.country_names().get(" ".join(toks[j + 1 : j + 1 + m]))
                if country and f"{code}-{country}" in _variants():
                    return f"{code}-{country}", n + 1 + m
        return code, n + _spoken_form_after(toks, j, code)
    inner = toks[j + 1 : j + 4]
    close = inner.index(")") if ")" in inner else -1
    if close < 1:
        return code, n
    words = " ".join(inner[:close])
    lead = int(inner[0] in lexicon.by_language("language_variety_leads") and close > 1)
    country = lexicon.country_names().get(" ".join(inner[lead:close]))
    if country and f"{code}-{country}" in _variants():
        return f"{code}-{country}", n + close + 2  # "portugais (du Brésil)" as "(Brésil)"
    variety = lexicon.language_names().get(words)
    if variety and lexicon.words().get("language_varieties", {}).get(variety) == code:
        return variety, n + close + 2
    if variety and lexicon.words().get("language_spoken_forms", {}).get(variety) == code:
        return code, n + close + 2
    return code, n


_BARE_CREOLES = frozenset({"crp", "ht"})
"""What a bare "crioulo" / "kriol" (crp) or "créole" (ht) names before its country is said."""


def _creole_of(toks: list[str], j: int) -> tuple[str, int] | None:
    """The creole of the country a demonym right after a bare creole word names ("crioulo
    guineense" pov, "crioulo caboverdiano" kea, "créole haïtien" ht), and its length."""
    demonyms = lexicon.demonyms()
    by_country = lexicon.words().get("creole_by_country", {})
    for n in range(min(3, len(toks) - j), 0, -1):
        country = demonyms.get(" ".join(toks[j : j + n]))
        if country in by_country:
            return by_country[country], n
    return None


def _spoken_form_after(toks: list[str], j: int, code: str) -> int:
    """How many tokens from `j` name a spoken form of `code` ("árabe dariya"): 0 if none."""
    forms = lexicon.words().get("language_spoken_forms", {})
    if code not in forms.values() or j >= len(toks):
        return 0
    names = lexicon.language_names()
    for n in range(min(3, len(toks) - j), 0, -1):
        if forms.get(names.get(" ".join(toks[j : j + n]), "")) == code:
            return n
    return 0


def _feminine_at(toks: list[str], i: int) -> tuple[str, int] | None:
    """A language named by its adjective's feminine form in a list of languages ("de
    langue tamoule", "de langue maternelle peule", "bretonne"): the name without it."""
    w = toks[i]
    if len(w) < 5 or not w.endswith("e"):
        return None
    names = lexicon.language_names()
    for stem in (w[:-1], w[:-2] if w.endswith(("nne", "lle")) else None):
        if stem and stem in names:
            return names[stem], 1
    return None


def names_language_at(toks: list[str], i: int) -> bool:
    """Whether a language name starts at toks[i] (after an article: "um bom português")."""
    j = i + (toks[i : i + 1] in (["um"], ["uma"], ["o"], ["a"]))
    return j < len(toks) and _lang_at(toks, j) is not None


_ELISIONS = lexicon.Words(set(), "language_elisions")
"""Articles a note language elides before a vowel, written glued on when a note is typed
without apostrophes ("larabe", "danglais"): `language_elisions` per language."""
_ELIDES_BEFORE = frozenset("aeiouyh")


def elided_at(toks: list[str], i: int) -> tuple[str, int] | None:
    """A language name with its elided article glued on ("ne parle que larabe", "un peu
    danglais"): read only where a language is expected (a list after a language verb),
    and only before a vowel or "h", where the article elides ("dosage" names no Osage
    outside such a list; "ldari" is never written)."""
    w = toks[i]
    if len(w) < 5 or not w.isalpha():
        return None
    for article in _ELISIONS.all():
        rest = w[len(article) :]
        if w.startswith(article) and len(rest) >= 4 and rest[0] in _ELIDES_BEFORE:
            code = lexicon.language_names().get(rest)
            if code:
                return _refined(toks, i + 1, code, 1)
    return None


_LIST_JOINS = frozenset({",", "+", "/", "&"})


def listed_at(toks: list[str], i: int, last: int, found: bool) -> tuple[str, int] | None:
    """A language whose name is also a common word (`language_names_in_lists`: "fang",
    "forro", "lining" in Portuguese), read only where a language is sure to stand: first
    right after a language verb (`last` is then the list's start and nothing is `found`),
    or joined to the language just named ("espanol y fang", "portugues (preferida),
    forro"). `last` is where the last language read (with its level) ends, -1 if none."""
    code = lexicon.words().get("language_names_in_lists", {}).get(toks[i])
    if not code or last < 0 or (found and last == i):
        return None
    between = toks[last:i]
    fw = function_words()
    joins = _LIST_JOINS | fw.and_words | fw.definite_articles
    if len(between) > 2 or not set(between) <= joins or (found and not between):
        return None
    return code, 1
