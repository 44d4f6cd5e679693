"""Her name after a noun for a name that is neither a form label nor a name cue.

Why: notes name her as "the woman's name is Hiwet", "el nombre de la joven es Rosa",
"le prénom de la jeune femme est Awa", "o nome da moça é Ana" (the name noun owned by a
word for her, `name_nouns` and `name_noun_copulas`), or in shorthand with the name noun
opening a comma part ("mujer nigeriana de 24 años, nombre Blessing, habla inglés",
"Woman, 24, name Awa, from Mali"). The readers knew only "her name is" and "Name:". The
owner must be a word for her (a gender noun, a role or person noun, never another
person nor a child: "her son's name is Tomás", "the restaurant's name is Golden Lotus"
give nothing); a shorthand part must hold the name alone."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _gender_noun_words
from caseassist.intake.read.segment import ffold, tokens

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'\u2019-]+)?"
_OF = r"(?:of|de|du|da|do|del|d['\u2019])"
_QUOTE = "[\"'\u201c\u00ab]?"


def _alt(key: str) -> str:
    words = sorted({ffold(w) for w in lexicon.words().get(key, ()) if w.strip()}, key=len)
    return "|".join(r"[^\S\n]+".join(map(re.escape, w.split())) for w in reversed(words))


@cache
def _owned_re() -> re.Pattern[str]:
    """A name noun, perhaps "of" and its owner, a copula, then the name."""
    return re.compile(
        rf"(?i:\b(?P<noun>{_alt('name_nouns')})(?P<of>[^\S\n]+{_OF}[^\S\n]*[^\n,.;:()]{{1,30}}?)?"
        rf"[^\S\n]+(?:{_alt('name_noun_copulas')})[^\S\n]+){_QUOTE}(?P<name>{_CAP})"
    )


@cache
def _part_re() -> re.Pattern[str]:
    """A name noun opening a comma part (or a sentence, or a turn after its speaker's
    colon: "Chegou sozinha. Nome Mirlande, haitiana", "Karim : prénom Andrei."), then the
    name alone to the part's end."""
    return re.compile(
        rf"(?:^|[,;(:]|(?<=[a-zà-ÿ\d][.!?]))[^\S\n]*(?i:(?P<noun>{_alt('name_nouns')}))[^\S\n]+{_QUOTE}"
        rf"(?P<name>{_CAP})[\"'\u201d\u00bb]?[^\S\n]*(?=[,;)\n]|\.(?:\s|$)|$)",
        re.M,
    )


@cache
def _her_words() -> frozenset[str]:
    """Words for her that may own her name: gender, role and person nouns, not another
    person's word nor a child's."""
    ws = lexicon.word_sets()
    hers = _gender_noun_words() | lexicon.by_language("name_roles")
    hers |= lexicon.by_language("survivor_nouns") | lexicon.by_language("person_nouns")
    return hers - ws.other_people - ws.child_singular - ws.child_plural


def _owner_is_her(plain: str, m: re.Match[str]) -> bool:
    """The name noun's owner is a word for her: "the woman's name", "el nombre de la
    joven", "le prénom de la jeune femme"."""
    if m.group("of"):
        words = tokens(ffold(m.group("of")))[1:]
        return (
            bool(words)
            and words[-1] in _her_words()
            and all(w not in lexicon.word_sets().other_people for w in words)
        )
    before = plain[max(0, m.start() - 30) : m.start()].rstrip()
    if not before.endswith(("'s", "\u2019s")):
        return False
    owner = tokens(ffold(before[:-2]))
    return bool(owner) and owner[-1] in _her_words()


def noun_names(text: str, plain: str) -> list[tuple[str, int]]:
    """(name, offset) of each name a name noun gives her (`plain`: `text` with accents
    off, same length)."""
    low = plain.lower()
    if not any(n in low for n in _needles()):
        return []
    found = [
        (text[m.start("name") : m.end("name")], m.start("name"))
        for m in _owned_re().finditer(plain)
        if _owner_is_her(plain, m)
    ]
    found += [
        (text[m.start("name") : m.end("name")], m.start("name")) for m in _part_re().finditer(plain)
    ]
    return found


@cache
def _needles() -> tuple[str, ...]:
    return tuple({ffold(w).split()[0] for w in lexicon.words().get("name_nouns", ()) if w.strip()})
