"""A name with a remark in brackets on how she is called: "Mariam (she asked us to use
that name)", "Rowena (así la llamamos, a petición suya)", "Bikash (nome pelo qual quer
ser tratado)", "Ana (así la conocemos en la escuela)": the name before the bracket is
the one she uses. A lone quoted name in brackets after a name ("Mme Guadalupe R.
(« Lupita »)") is the name she goes by. The remark is read by its parts: a naming wish
(`name_wish_cues`), a name noun with a word of use (`name_label_qualifiers`), or a
remark of naming (`name_remarks`: "así la conocemos", "use that name"); a bracket that
names another person ("Juan (el patrón, le dicen Chino)") gives nothing. A remark
with a preference verb and a name ("Ioana (prefere Ana)", `name_bracket_prefers`) gives
that name. A remark with a naming wish or a name noun that ends on a name after a comma
or a colon ("Mr. Ixchop (he asked that we use his first name, Mateo)") gives that name."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.name_wishes import phrase_search, plain_words
from caseassist.intake.read.segment import ffold

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]+"
_BRACKETED = re.compile(
    rf"(?P<name>\b{_NAME}(?:\s+{_NAME})?)(?:\s+[A-Z]\.)?\s*\((?P<inner>[^()\n]{{1,90}})\)"
)
_CAPITAL = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zà-ÿ]")
"""A name in the remark itself ("(he said call him Harry)"): the cue reader's to give."""
_VERBS = lexicon.Words({"referring", "refer", "refers", "remite", "encaminho"}, "referral_verbs")
"""A capitalised verb opening the sentence before a name: not part of it."""
_TITLE_BEFORE = re.compile(r"\b[A-Z][a-z]{0,3}\.\s*$")
_QUOTED = re.compile(rf"^\s*[\"'\u201c\u00ab]\s*(?P<nick>{_NAME})\s*[\"'\u201d\u00bb]\s*$")


@cache
def _prefers() -> re.Pattern[str]:
    """A preference verb (`name_bracket_prefers`, as written) then a name ending the
    remark or its part: "(prefere Ana)", "(com a gente usa "Ana")", "(prefers Jo)"."""
    verbs = sorted(lexicon.words().get("name_bracket_prefers", ()), key=len, reverse=True)
    alts = "|".join(re.escape(v) for v in verbs) or "(?!)"
    q = "[\"'\u201c\u201d\u00ab\u00bb]?"
    return re.compile(rf"(?i:\b(?:{alts}))\s+{q}\s*(?P<nick>{_NAME}){q}\s*(?=[,;.]|$)")


_ENDING_NAME = re.compile(
    rf"[,:]\s*[\"'\u201c\u00ab]?\s*(?P<nick>{_NAME})\s*[\"'\u201d\u00bb]?\s*$"
)
"""A name closing a remark after a comma or a colon ("..., his first name, Mateo")."""


def _named_at_end(inner: str) -> str | None:
    """The name closing a remark that is about naming (a naming wish, a remark of naming
    or a name noun: "he asked that we use his first name, Mateo")."""
    end = _ENDING_NAME.search(inner)
    if end is None:
        return None
    head = inner[: end.start()]
    nouns = {ffold(w) for w in lexicon.words().get("name_nouns", ())}
    plain = " ".join(plain_words(head))
    if any(f" {n} " in f" {plain} " for n in nouns) or _naming_remark(head):
        return end.group("nick")
    return None


def _preferred(inner: str) -> str | None:
    """The name a bracket's remark says she prefers or uses, the last one said; none when
    the remark names another person or the word is a language or a country."""
    if not lexicon.word_sets().other_people.isdisjoint(plain_words(inner)):
        return None
    found = [m.group("nick") for m in _prefers().finditer(inner)]
    nick = found[-1] if found else _named_at_end(inner)
    folded = plain_words(nick)[0] if nick else ""
    if folded in lexicon.language_names() or folded in lexicon.country_names():
        return None
    return None if folded in lexicon.demonyms() else nick


def _naming_remark(inner: str) -> bool:
    words = plain_words(inner)
    if not lexicon.word_sets().other_people.isdisjoint(words):
        return False
    if phrase_search("name_wish_cues", inner) or phrase_search("name_remarks", inner):
        return True
    nouns = {w for w in lexicon.words().get("name_labels", ()) if " " not in w}
    return not nouns.isdisjoint(words) and phrase_search("name_label_qualifiers", inner)


def bracketed_names(text: str) -> list[tuple[str, int]]:
    """(name, offset of the name before the bracket, or of its title) of each name a
    bracket's remark says she uses."""
    if "(" not in text:
        return []
    found: list[tuple[str, int]] = []
    for m in _BRACKETED.finditer(text):
        if text[m.end() : m.end() + 3].lstrip().startswith(":"):
            continue  # "Nombre (como quiere que la llamen): Rosa": a label's qualifier
        inner, at = m.group("inner"), m.start("name")
        title = _TITLE_BEFORE.search(text, max(0, at - 8), at)
        at = title.start() if title else at  # "M. Pierre": its sentence did not end at "M."
        quoted = _QUOTED.match(inner)
        if quoted:
            found.append((quoted.group("nick"), at))
        elif nick := _preferred(inner):  # "Nome: Ioana (prefere Ana)": the name she uses
            found.append((nick, m.start("inner")))
        elif _naming_remark(inner) and not _CAPITAL.search(inner):  # not "(goes by "Chi")"
            words = m.group("name").split()
            if len(words) == 2 and plain_words(words[0])[0] in _VERBS:
                words = words[1:]  # "Referring Joy (not her real name)"
            found.append((" ".join(words), at))
    return found


def pointed_back_names(text: str) -> list[str]:
    """The quoted names the rest of their sentence says she wants to be called ('ask for
    "Mei" - that is what she wants to be called'): hers, whoever the sentence named before
    (a cousin whose phone it is)."""
    if not any(q in text for q in '"\u201c\u00ab'):
        return []
    nicks = {m.group(1) for m in _QUOTED_NAME.finditer(text)}
    return [n for n in sorted(nicks) if _pointed_back(text, n) is not None]


def _pointed_back(text: str, nick: str) -> int | None:
    """Where a quoted name stands that the rest of its sentence says is what she wants to be
    called (`name_back_wishes`: "that's what she wants to be called", "así quiere que la
    llamen", "c'est ainsi qu'elle souhaite qu'on l'appelle", "é assim que quer ser chamada")."""
    pat = lexicon.phrase_regex("name_back_wishes")
    for m in re.finditer(
        rf"[\"\u201c\u00ab][^\S\n]*{re.escape(nick)}[^\S\n]*[\"\u201d\u00bb]", text
    ):
        stop = _STOP.search(text, m.end())
        rest = " ".join(plain_words(text[m.end() : stop.start() if stop else len(text)])[:12])
        if pat.search(rest):
            return m.start()
    return None


_STOP = re.compile(r"[.!?\n]")

_QUOTED_NAME = re.compile(
    rf"[\"\u201c\u00ab][^\S\n]*({_NAME}(?:[^\S\n]+{_NAME})?)[^\S\n]*[\"\u201d\u00bb]"
)
"""One or two capitalised words in quotes ('"Don Cuco"', "« Tata Odette »"): what a
preference outside brackets must give or repeat."""


@cache
def _prefer_verbs() -> str:
    verbs = sorted(lexicon.words().get("name_bracket_prefers", ()), key=len, reverse=True)
    return "|".join(re.escape(v) for v in verbs) or "(?!)"


def preferred_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) of each name a preference verb gives outside brackets: a quoted one
    ('Prefers "Rafiq".'), or one the text also gives in quotes ('Guadalupe "Lupe" Ortiz,
    prefers Lupe.'); "prefers Spanish" is a language, never a name. Only the names the
    text quotes are looked for (most notes quote none)."""
    quoted = (
        {m.group(1) for m in _QUOTED_NAME.finditer(text)}
        if any(q in text for q in '"\u201c\u00ab')
        else set()
    )
    found: list[tuple[str, int]] = []
    for nick in sorted(quoted):
        folded = plain_words(nick)[0]
        if any(
            folded in k
            for k in (lexicon.language_names(), lexicon.country_names(), lexicon.demonyms())
        ):
            continue
        pat = rf"(?i:\b(?:{_prefer_verbs()}))[^\S\n]+[\"\u201c\u00ab]?[^\S\n]*{re.escape(nick)}\b"
        m = re.search(pat, text)
        if m:
            found.append((nick, m.start()))

    return sorted(found, key=lambda f: f[1])
