"""Languages spoken: triggers, lists with the weight of each language, form lines and a
transcript's reply to "what language does she speak?". Which one is preferred is
`language_weights.py`'s to say."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import _LANGUAGE_ROLE_WORDS, _with_data, tokens

# ---------------------------------------------------------------- words

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
_MINOR_TRIGGERS = lexicon.Words(
    {"se defiende", "se las arregla", "se debrouille", "gets by", "can get by"}, "minor_triggers"
)
_UNDERSTAND = lexicon.Words(
    {"understand", "understands", "entiende", "entiendo", "comprend", "comprends", "entende"},
    "language_understand",
)
_MAJOR = lexicon.Words(
    {"mostly", "mainly", "primarily", "best", "native", "surtout", "principalement", "sobre todo"},
    "language_major",
)
_WELL = lexicon.Words({"fluent", "fluently", "well", "bien"}, "language_well")
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
    {"only", "solo", "solamente", "unicamente", "seulement", "uniquement", "exclusively"},
    "only_words",
)
_ALSO = lexicon.Words({"also", "aussi", "tambien", "too", "as well"}, "language_also")
_NEGATORS = lexicon.Words({"no", "not", "pas", "nada", "ni", "sin", "non"}, "language_negators")
_FILLER = lexicon.Words(
    {
        "and", "y", "et", "or", "o", "ou", "in", "en", "the", "el", "le", "la", "l'", "de",
        "d'", "of", "a", "un", "une", "una", "with", "con", "avec", ",", "plus", "even", "que",
        "les", "'", "is", "es", "est", ":", "(", ")", "+", "/", "needed", "required",
        "requested", "i", "speak", "habla", "hablo", "parle", "je", "yo", "very", "muy",
        "tres", "quite", "bastante", "words", "mots", "palabras", "to", "hablar", "parler",
        "her", "his", "su", "sa", "son",
    },
    "language_list_filler",
)  # fmt: skip
_WRITER = frozenset({"i", "we", "yo", "nosotros", "je", "nous", "eu", "nos"})
"""In a note, the writer: "I speak a little Spanish but no Tagalog" is not about her."""
_INTENSIFIERS = frozenset(
    {"very", "quite", "really", "pretty", "muy", "bastante", "tres", "assez", "muito"}
)
_COPULAS = frozenset(
    {
        "is",
        "es",
        "est",
        "(",
        ".",
        ":",
        "was",
        "era",
        "etait",
        "still",
        "ainda",
        "todavia",
        "encore",
        "esta",
        "a",
    }
)
_COMPARATIVES = frozenset({"better", "mejor", "mieux", "melhor"})
_MORE = frozenset({"most", "more", "plus"})  # not "mas" / "mais": also "but"
_MORE_IN_TRIGGER = re.compile(r"\b(?:mieux|mejor|melhor|mas|mais)\b")
_CLITIC_VERBS = frozenset(
    {
        "lo",
        "la",
        "le",
        "l'",
        "elle",
        "ella",
        "ela",
        "ele",
        "il",
        "habla",
        "hablo",
        "parle",
        "fala",
        "falo",
    }
)
_LANGUAGE_WORDS = frozenset(
    {"language", "languages", "idioma", "idiomas", "lengua", "langue", "langues", "lingua"}
)
_POSSESSIVES = frozenset({"her", "his", "their", "su", "sa", "son", "sua", "seu"})
_STOP = frozenset({",", ";", ".", "(", ")", ":", "but", "pero", "mais", "mas"})


@cache
def _phrases(words: lexicon.Words) -> tuple[frozenset[str], frozenset[str]]:
    """The phrases of a word list and their first words (a cheap test first)."""
    every = words.all()
    return every, frozenset(p.split()[0] for p in every if p.split())


def _phrase_at(toks: list[str], i: int, words: lexicon.Words, longest: int = 3) -> int:
    """The length of a phrase of `words` starting at toks[i] (0 when none)."""
    every, firsts = _phrases(words)
    if i >= len(toks) or toks[i] not in firsts:
        return 0
    for n in range(longest, 0, -1):
        if i + n <= len(toks) and " ".join(toks[i : i + n]) in every:
            return n
    return 0


def _after(toks: list[str], j: int) -> str | None:
    return _after_end(toks, j)[0]


def _after_end(toks: list[str], j: int) -> tuple[str | None, int]:
    """The weight words after a language give it: "Swahili (fluent)", "English is fine",
    "espanol fluido", "Russian (first)", "ingles con dificultad", "Thai only", "le
    français, non", "Spanish 2nd lang"."""
    k = j
    while k < len(toks) and k < j + 3 and (toks[k] in _COPULAS or toks[k] in _INTENSIFIERS):
        k += 1
    if toks[k : k + 1] == ["e"] and _phrase_at(toks, k + 1, _WELL, 1):
        k += 1  # "o inglês é bom" (not "warao e um pouco de espanhol": "and")
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
    own = toks[k : k + 6]
    while own and own[0] in (",", "c'", "ce", "est", "is", "es", "e", "was", "era"):
        own = own[1:]
    if len(own) > 1 and own[0] in _POSSESSIVES and own[1] in _LANGUAGE_WORDS:
        end = toks.index(")", k) + 1 if toks[k - 1 : k] == ["("] and ")" in toks[k:] else j
        return lw.MAJOR, end  # "Italian is his language", "espanol (su lengua materna)"
    if toks[k : k + 1] and toks[k] in _NEGATORS and (k + 1 >= len(toks) or toks[k + 1] in _STOP):
        return lw.NEG, k + 1  # "português não", "French: no"
    while k < len(toks) and k < j + 4 and toks[k] in _CLITIC_VERBS:
        k += 1  # "el castellano lo hablo bien", "le français, elle le parle bien"
    if toks[k : k + 1] and toks[k] in _COMPARATIVES:
        if k == j:
            return None, j  # "aprender español mejor": a wish to speak it better
        return lw.MAJOR, k + 1  # "Spanish is better", "el español es mejor"
    for words, weight in (
        (_ONLY, lw.ONLY),
        (_MAJOR, lw.MAJOR),
        (_MINOR_PHRASES, lw.MINOR),
        (_WELL, lw.WELL),
        (_ALSO, lw.ALSO),
    ):
        n = _phrase_at(toks, k, words, 4)
        if n:
            end = k + n + (toks[k + n : k + n + 1] == [")"])
            if weight == lw.ONLY:
                m = end + (toks[end : end + 1] in (["o"], ["a"], ["the"], ["el"], ["le"], ["un"]))
                if _phrase_at(toks, m, _MINOR_PHRASES):
                    return lw.MINOR, m  # "português só o básico", "English only a little"
            return weight, end
    return None, j


def _before(toks: list[str], i: int) -> str | None:
    """The weight the words just before a language give it: "some English", "un bon
    italien", "conversational English", "no English", "pas de français", "nada de esp"."""
    k = i
    while k > 0 and k > i - 3 and toks[k - 1] in ("de", "d'", "un", "une", "una", "le", "l'", "el", "la", "o", "a", "her", "his", "su", "sa", "son", "en"):  # fmt: skip
        k -= 1
    for words, weight in ((_NEGATORS, lw.NEG), (_MINOR_PHRASES, lw.MINOR), (_WELL, lw.WELL)):
        for n in (3, 2, 1):
            if k - n >= 0 and " ".join(toks[k - n : k]) in words:
                return weight
    if k > 0 and toks[k - 1] in _MAJOR:
        return lw.MAJOR
    return None


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
    base = pending if pending == lw.NEG else lw.PLAIN
    i = start
    while i < len(toks):
        w = toks[i]
        hit = _lang_at(toks, i)
        if hit:
            code, n = hit
            post, end = _after_end(toks, i + n)
            weight = post or pending
            if pending == lw.NEG and post in (lw.WELL, lw.MINOR):
                weight = lw.MINOR  # "does not speak English well": a little
            elif weight == lw.PLAIN or (pending in (lw.NEG, lw.UNDERSTAND) and weight != lw.NEG):
                weight = pending  # "entiende ruso también" is still only understood
            lw.add(found, code, weight)
            if positions is not None:
                positions.update(range(i, i + n))
            pending = base
            i = max(i + n, end)
            continue
        n = _phrase_at(toks, i, _MINOR_PHRASES)
        if n:
            pending, i = (lw.UNDERSTAND if pending == lw.UNDERSTAND else lw.MINOR), i + n
            continue
        if pending == lw.UNDERSTAND and (_phrase_at(toks, i, _WELL) or _phrase_at(toks, i, _MAJOR)):
            i += 1  # "comprend bien le français": understood, not said to be spoken
            continue
        if _phrase_at(toks, i, _MAJOR):
            pending = lw.MAJOR
        elif _phrase_at(toks, i, _WELL) and w not in ("well",):
            pending = lw.WELL
        elif w in _ONLY or (w == "que" and i > 0 and start > 0 and i == start):
            pending = lw.ONLY
        elif w in _ALSO:
            pending = lw.ALSO
        elif w in _UNDERSTAND:
            pending = lw.UNDERSTAND
        elif w in _NEGATORS and pending != lw.ONLY:
            pending = lw.NEG
        elif w not in _FILLER and w not in _INTENSIFIERS and not free:
            break
        i += 1
    return found


_MAJOR_TRIGGERS = (
    "mother tongue",
    "first language",
    "native",
    "prefer",
    "prefier",
    "prefere",
    "lengua materna",
    "langue maternelle",
    "lingua materna",
    "idioma es",
    "langue est",
    "lingua dela",
    "lingua dele",
)


def _trigger_weight(trigger: str, before: list[str], after: list[str]) -> str:
    """The weight a language verb gives the list after it: "does not speak" (neg),
    "only speaks" (only), "also speaks", "understands", "se defiende en", "prefers"."""
    if set(before[-3:]) & _NEGATORS.all() or after[:1] in (["pas"], ["no"], ["nao"]):
        return lw.NEG  # "does not speak", "no habla", "ne parle pas", "speaks no"
    if before[-1:] and before[-1] in _ONLY:
        return lw.ONLY
    if before[-1:] and before[-1] in _ALSO:
        return lw.ALSO
    if (before[-1:] and before[-1] in _MORE) or _MORE_IN_TRIGGER.search(trigger):
        return lw.MAJOR  # "most comfortable in", "plus à l'aise en", "se expresa mejor en"
    if trigger.startswith(tuple(_MINOR_TRIGGERS)):
        return lw.MINOR
    if trigger.split()[0] in _UNDERSTAND:
        return lw.UNDERSTAND
    if trigger.startswith(_MAJOR_TRIGGERS) or " ".join(before[-1:] + [trigger]).startswith(
        ("su idioma", "sa langue", "his language", "her language", "su lengua")
    ):
        return lw.MAJOR
    return lw.PLAIN


def _languages(
    sent_folded: str, out: Extraction, collected: list[tuple[str, str]], *, answer: bool = True
) -> None:
    """The languages one sentence names as hers, added to `collected`. In a note
    (`answer=False`) a first-person subject is the writer, not her."""
    toks = tokens(sent_folded)
    used: set[int] = set()
    for m in _LANG_TRIGGERS.finditer(sent_folded):
        before = tokens(sent_folded[: m.start()])
        clause = before[max([k + 1 for k, t in enumerate(before) if t in _STOP] or [0]) :]
        if _about_another(before, answer=answer):
            continue
        start = len(tokens(sent_folded[: m.end()]))
        if toks[start : start + 1] == [")"]:
            continue  # "espanol (su lengua materna)": it describes the language before it
        first = _trigger_weight(m.group(0), clause, toks[start : start + 1])
        items = _language_list(toks, start, free=False, pending=first, positions=used)
        for code, weight in items:
            lw.add(collected, code, weight)
        if first != lw.NEG and items and m.group(0).startswith(_INTERPRETER):
            out.put("person.needs_interpreter", True)  # "interpreter needed: Dari"
    speakers = lexicon.speaker_words()
    for i, w in enumerate(toks):
        if w in speakers:
            lw.add(collected, speakers[w], lw.PLAIN)
        if w in _LANGUAGE_ROLE_WORDS and i > 0:
            items = _list_before(toks, i)
            for code, weight in items:
                lw.add(collected, code, weight)
            if (
                items
                and w.startswith(_INTERPRETER)
                and not _NEGATORS & set(toks[max(0, i - 5) : i])
            ):
                out.put("person.needs_interpreter", True)  # "a Q'eqchi' interpreter"
    _qualified(toks, collected, used, answer=answer)


_INTERPRETER = ("interpreter", "interprete", "translator")
_LANG_FACTS = ("person.preferred_language", "person.other_languages")
_SUBJECTS = frozenset({"she", "he", "they", "ella", "elle", "il", "ela", "ele"})


_SUBJECT_STOP = frozenset({",", ";", ".", ":", ")"})


def _about_another(before: list[str], *, answer: bool) -> bool:
    """The words before a language (up to a comma; a bracket or "but" goes on with the
    same subject: "an advocate (who speaks French)", "I speak Spanish but no Tagalog")
    make it someone else's: another person, or in a note the writer."""
    cut = max([k + 1 for k, t in enumerate(before) if t in _SUBJECT_STOP] or [0])
    clause = before[cut:]
    return _other_subject(clause[-8:]) or (not answer and _writer_subject(clause))


def _writer_subject(clause: list[str]) -> bool:
    """The nearest subject pronoun before a language verb is the writer's ("I speak a
    little Spanish", "on parle"), not hers ("I think she speaks Arabic")."""
    for t in reversed(clause):
        if t in _WRITER:
            return True
        if t in _SUBJECTS:
            return False
    return False


def _list_before(toks: list[str], i: int) -> list[tuple[str, str]]:
    """The languages just before a role word: "Kazakh and Russian speaker", "a Q'eqchi'
    interpreter", "Bengali speaker (interpreter used)"."""
    found: list[tuple[str, str]] = []
    j = i
    while j > 0:
        for n in range(min(4, j), 0, -1):
            hit = _lang_at(toks, j - n)
            if hit and j - n + hit[1] == j:
                found.insert(0, (hit[0], lw.PLAIN))
                j -= n
                break
        else:
            if toks[j - 1] in ("and", "y", "et", "e", "+", "/", ",") and found:
                j -= 1
                continue
            break
    return found


def _qualified(
    toks: list[str], collected: list[tuple[str, str]], used: set[int], *, answer: bool
) -> None:
    """A language with a weight word beside it, with no language verb: "conversational
    English", "her English is fluent", "(Russian preferred)", "Spanish 2nd lang",
    "pas de français", "un bon italien"."""
    for i in range(len(toks)):
        hit = _lang_at(toks, i)
        if not hit:
            continue
        code, n = hit
        if i in used:
            continue
        if _about_another(toks[:i], answer=answer):
            continue  # "I speak a little Spanish but no Tagalog" is the writer
        nxt = toks[i + n : i + n + 1]
        if nxt and (
            nxt[0] in lexicon.by_language("nationality") or nxt[0].startswith(_INTERPRETER)
        ):
            continue  # "Vietnamese national"; "no Spanish interpreter" is about the interpreter
        weight = _after(toks, i + n) or _before(toks, i)
        if weight is None and _in_shorthand_list(toks, i, n):
            weight = lw.PLAIN  # "english + igbo", "ukr./russe", "nigérian (igbo, anglais)"
        if weight is not None:
            lw.add(collected, code, weight)


def _in_shorthand_list(toks: list[str], i: int, n: int) -> bool:
    """A language joined to another by "+" or "/" (or written next to it), or in a
    bracketed list of languages only right after a nationality ("nigérian (igbo,
    anglais)"): a list of languages, not of nationalities."""
    nxt = toks[i + n : i + n + 2]
    prev = toks[max(0, i - 2) : i]
    if nxt[:1] == ["+"] and _lang_at(toks, i + n + 1):
        return True
    if prev[-1:] == ["+"] and i > 1 and _lang_at(toks, i - 2 - (toks[i - 2] == ")")):
        return True
    if nxt[:1] and _lang_at(toks, i + n) and toks[i - 1 : i] in ([","], ["."], [":"], []):
        return True  # "ukr./russe" (the slash is a space by now)
    k = i
    while k > 0 and (toks[k - 1] == "," or _lang_at(toks, k - 1)):
        k -= 1
    if k > 1 and toks[k - 1] == "(" and toks[k - 2] in lexicon.demonyms():
        j = i + n
        while j < len(toks) and toks[j] != ")":
            if toks[j] != "," and not _lang_at(toks, j):
                return False
            j += 1
        return j < len(toks)
    return False


def _settle_languages(
    found: list[tuple[str, str]], out: Extraction, *, offer_minor: bool = False
) -> None:
    """`offer_minor`: a language spoken "a little" is offered as possible, not stated."""
    lw.settle(found, out, offer_minor=offer_minor)
