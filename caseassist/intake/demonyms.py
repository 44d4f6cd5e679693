"""Demonyms ("hondurena", "ivoirien", "angolana") -> country, and the gender a form says.

en/es/fr forms are derived from a base word; a language whose forms follow no such
rule (pt) lists every form in its folder's `[demonyms]` table.
"""

from __future__ import annotations

from functools import cache

from caseassist.intake.lexicon import words
from caseassist.intake.text import fold_name


def _demonym_forms(base: str, lang: str) -> set[str]:
    b = fold_name(base)
    forms = {b}
    if lang == "en":
        forms.add(b + "s")
    elif lang == "es":
        if b.endswith("o"):
            forms |= {b[:-1] + "a", b + "s", b[:-1] + "as"}
        elif b.endswith("es"):
            forms |= {b + "a", b + "as", b + "es"}
        elif b.endswith(("e", "i", "a")):
            forms.add(b + "s")
        else:
            forms |= {b + "a", b + "es", b + "as"}
    elif lang == "fr":
        if b.endswith(("ien", "een")):  # "guinéen, guinéenne" as "ivoirien, ivoirienne"
            forms |= {b + "ne", b + "nes", b + "s"}
            if b.endswith("een"):
                forms |= {b + "e", b + "es"}  # "guinéene", as it was read before -éenne
        elif b.endswith(("ais", "ois")):
            forms |= {b + "e", b + "es"}
        elif b.endswith("e"):
            forms.add(b + "s")
        else:
            forms |= {b + "e", b + "es", b + "s"}
    return forms


def _gendered_forms(base: str, lang: str) -> dict[str, str]:
    """Spanish and French singular demonyms that say the person's gender."""
    b = fold_name(base)
    if lang == "es" and b.endswith("o"):
        return {b: "male", b[:-1] + "a": "female"}
    if lang == "es" and b.endswith("es"):
        return {b: "male", b + "a": "female"}
    if lang == "fr" and b.endswith(("ien", "een")):
        return {b: "male", b + "ne": "female", **({b + "e": "female"} if b[-3:] == "een" else {})}
    if lang == "fr" and b.endswith(("ais", "ois", "ain", "in", "an")):
        return {b: "male", b + "e": "female"}
    if lang == "pt" and b.endswith(("o", "es")):
        return {b: "male"}  # pt lists every form: "angolano" male, "angolana" female
    if lang == "pt" and b.endswith(("a", "esa")) and not b.endswith("ista"):
        return {b: "female"}
    return {}


@cache
def demonym_genders() -> dict[str, str]:
    """Folded es/fr demonym -> the gender its form says ("hondureno" male, "hondurena" female);
    a form that is the same word in another language or gender is left out."""
    out: dict[str, str] = {}
    english = {fold_name(b) for by in words()["demonyms"].values() for b in by.get("en", ())}
    clash: set[str] = set(english)
    for by_lang in words()["demonyms"].values():
        for lang in ("es", "fr", "pt"):
            for base in by_lang.get(lang, ()):
                for form, gender in _gendered_forms(base, lang).items():
                    if form in out and out[form] != gender:
                        clash.add(form)
                    out[form] = gender
    return {k: v for k, v in out.items() if k not in clash}


@cache
def demonyms() -> dict[str, str]:
    """Folded demonym (masculine, feminine, plural; en, es, fr) -> country code."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for code, by_lang in words()["demonyms"].items():
        for lang, bases in by_lang.items():
            for base in bases:
                for form in _demonym_forms(base, lang):
                    if form in out and out[form] != code:
                        clash.add(form)
                    out[form] = code
    return {k: v for k, v in out.items() if k not in clash}
