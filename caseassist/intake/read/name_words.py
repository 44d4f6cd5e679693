"""Words that look like a name and are none: a weekday, a closing, a reply, a title, a
place, a language, a people, a role (`not_a_name`); and the title words themselves."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.segment import ffold


@cache
def titles() -> frozenset[str]:
    return frozenset(t.lower() for t in lexicon.words().get("name_titles", ()))


@cache
def _reply_or_title_words() -> frozenset[str]:
    """A reply word ("Oui", "Sí", "Okay": the lexicon's `yes` / `no`) or a title of address
    ("Madame", "Señor") opening a line before an age names no one: the age is someone's in
    the rest of the line (a transcript's "Oui, les deux, 3 et 7 ans")."""
    said = lexicon.words()["statements"]
    one_word = {ffold(w) for k in ("yes", "no") for w in said.get(k, ()) if " " not in w}
    return frozenset(one_word | title_words())


@cache
def title_words() -> frozenset[str]:
    """Every language's `name_titles`, folded, without the abbreviation's stop."""
    return frozenset(ffold(t).rstrip(".") for t in titles())


@cache
def _calendar_words() -> frozenset[str]:
    """Weekday names of en/es/fr/pt and the English abbreviations of a mail's date line
    (CLDR, through Babel): "Date: Tue, Nov 3" names no one. Abbreviations that are also
    given names ("Sun", "Mon", "Sam", "Jan", "Domingo") stay names."""
    from babel.dates import get_day_names

    words = {
        ffold(d) for loc in ("en", "es", "fr", "pt") for d in get_day_names(locale=loc).values()
    }
    words |= {ffold(d).rstrip(".") for d in get_day_names("abbreviated", locale="en").values()}
    return frozenset(words - {"sun", "mon", "sat", "domingo"})


def not_a_name(
    name: str, *, titled: bool = False, wished: bool = False, used: bool = False
) -> bool:
    """A capitalised word that names a place, a language, a people or a role instead (after a
    title only a role: "Mme Guadalupe" is a woman, not the island; after a wish no sex or place;
    `used`, a name a bracket's remark says she uses, « Ami », "M. Saïd (c'est ainsi...)": no
    word that is also a common word or another person's, only a place, a language, a sex or
    a role)."""
    f = ffold(name)
    ws = lexicon.word_sets()
    if f.rstrip(".") in _calendar_words() or f in lexicon.by_language("closing_words"):
        return True  # "Date: Tue, Nov 3", "Signed, Paul Martin, 41"
    if used:
        kinds = (lexicon.demonyms(), lexicon.language_names(), lexicon.country_names())
        return any(f in k for k in (*kinds, ws.gender_female, ws.gender_male)) or any(
            f in lexicon.by_language(k) for k in ("survivor_subjects", "person_nouns", "name_roles")
        )
    if f in lexicon.by_language("name_not_words"):
        return True  # "Iel a 29 ans", "Elu tem 30 anos": a pronoun; "Hoy", "Note"
    if f in _reply_or_title_words():
        return True  # "Refuge : Oui, les deux, 3 et 7 ans", "Madame, Monsieur, ... 58 ans"
    if titled:
        return f in ws.gender_female or f in ws.gender_male or f in ws.other_people
    if wished:  # "quer ser chamada de Nina", "q le digamos Kenia": the cue makes it a name
        return f in lexicon.demonyms() or f in ws.other_people or f in lexicon.language_names()
    if f in lexicon.by_language("survivor_subjects") or f in lexicon.by_language("person_nouns"):
        return True  # "Client, 30, from Peru"
    if f.rstrip(".") in lexicon.by_language("name_roles"):
        return True  # "Pt is a 67 yo male", "Pte tiene 30 años": a word for her role
    return (
        f in ws.gender_female
        or f in ws.gender_male
        or f in lexicon.country_names()
        or f in lexicon.language_names()
        or f in lexicon.demonyms()
        or f in lexicon.word_sets().other_people
    )


def _walk_words(value: object, into: set[str]) -> None:
    if isinstance(value, str):
        into.update(ffold(value).replace("'", " ").split())
    elif isinstance(value, dict):
        for v in value.values():
            _walk_words(v, into)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            _walk_words(v, into)


@cache
def lexicon_words() -> frozenset[str]:
    """Every word the lexicon's phrase lists hold ("stable", "hello", "gracias"): a
    capitalised word that is one of them is no name where only a full stop follows it."""
    found: set[str] = set()
    _walk_words(lexicon.words(), found)
    return frozenset(found)
