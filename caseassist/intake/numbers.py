"""Numbers written as words: generated tables for English, Spanish and French (0-120),
and text2num for any note language (`digits_for_words`), as folded text.

Generated rather than listed, so every spelling a note may use is covered
("twenty-four", "veinticuatro", "treinta y cinco", "soixante et onze",
"quatre-vingt-dix"). Keys are folded like the text (accents gone, hyphens as
spaces).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caseassist.paths import resources_dir

_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = {
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
}
_ES_0_29 = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciseis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidos",
    "veintitres",
    "veinticuatro",
    "veinticinco",
    "veintiseis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_ES_TENS = {
    30: "treinta",
    40: "cuarenta",
    50: "cincuenta",
    60: "sesenta",
    70: "setenta",
    80: "ochenta",
    90: "noventa",
}
_FR_0_16 = [
    "zero",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}

_PT_0_19 = [
    "zero",
    "um",
    "dois",
    "tres",
    "quatro",
    "cinco",
    "seis",
    "sete",
    "oito",
    "nove",
    "dez",
    "onze",
    "doze",
    "treze",
    "catorze",
    "quinze",
    "dezasseis",
    "dezassete",
    "dezoito",
    "dezanove",
]
_PT_TENS = {
    20: "vinte",
    30: "trinta",
    40: "quarenta",
    50: "cinquenta",
    60: "sessenta",
    70: "setenta",
    80: "oitenta",
    90: "noventa",
}

# Words that are numbers only in a count or age context, never alone in an answer.
AMBIGUOUS = frozenset({"once", "un", "une", "uno", "una", "one", "son", "sept", "um", "uma"})


def _en() -> dict[str, int]:
    out = {w: i for i, w in enumerate(_EN_UNITS)}
    for t, w in _EN_TENS.items():
        out[w] = t
        for u in range(1, 10):
            out[f"{w} {_EN_UNITS[u]}"] = t + u
    out["a hundred"] = out["one hundred"] = 100
    return out


def _es() -> dict[str, int]:
    out = {w: i for i, w in enumerate(_ES_0_29)}
    out["una"] = 1
    out["veintiun"] = out["veintiuna"] = 21
    for t, w in _ES_TENS.items():
        out[w] = t
        for u in range(1, 10):
            out[f"{w} y {_ES_0_29[u]}"] = t + u
        out[f"{w} y una"] = out[f"{w} y un"] = t + 1
    out["cien"] = 100
    return out


def _fr() -> dict[str, int]:
    out = {w: i for i, w in enumerate(_FR_0_16)}
    out["une"] = 1
    for u in (7, 8, 9):
        out[f"dix {_FR_0_16[u]}"] = 10 + u
    for t, w in _FR_TENS.items():
        out[w] = t
        out[f"{w} et un"] = out[f"{w} et une"] = t + 1
        for u in range(2, 10):
            out[f"{w} {_FR_0_16[u]}"] = t + u
    out["soixante dix"] = 70
    out["soixante et onze"] = 71
    for u in range(12, 17):
        out[f"soixante {_FR_0_16[u]}"] = 60 + u
    for u in (7, 8, 9):
        out[f"soixante dix {_FR_0_16[u]}"] = 70 + u
    out["quatre vingts"] = out["quatre vingt"] = 80
    for u in range(1, 10):
        out[f"quatre vingt {_FR_0_16[u]}"] = 80 + u
    out["quatre vingt dix"] = 90
    for u in range(11, 17):
        out[f"quatre vingt {_FR_0_16[u]}"] = 80 + u
    for u in (7, 8, 9):
        out[f"quatre vingt dix {_FR_0_16[u]}"] = 90 + u
    # Belgian and Swiss tens ("septante-deux", "nonante")
    for t, w in {70: "septante", 80: "huitante", 90: "nonante"}.items():
        out[w] = t
        out[f"{w} et un"] = out[f"{w} et une"] = t + 1
        for u in range(2, 10):
            out[f"{w} {_FR_0_16[u]}"] = t + u
    out["octante"] = 80
    out["cent"] = 100
    return out


def _pt() -> dict[str, int]:
    """Portuguese, both spellings of 16-19 (pt-PT "dezasseis", pt-BR "dezesseis")."""
    out = {w: i for i, w in enumerate(_PT_0_19)}
    out |= {"uma": 1, "duas": 2, "quatorze": 14, "dezesseis": 16, "dezessete": 17, "dezenove": 19}
    for t, w in _PT_TENS.items():
        out[w] = t
        for u in range(1, 10):
            out[f"{w} e {_PT_0_19[u]}"] = t + u
        out[f"{w} e uma"] = t + 1
        out[f"{w} e duas"] = t + 2
    out["cem"] = 100
    return out


@cache
def number_words() -> dict[str, int]:
    """Folded phrase -> value, for the four note languages together (where a word is a
    number in two, the values agree: "seis", "onze", "quinze")."""
    table: dict[str, int] = {}
    for part in (_pt(), _fr(), _es(), _en()):
        table.update(part)
    return table


@cache
def number_pattern() -> str:
    """A regex alternative matching digits or any number phrase (longest first)."""
    words = sorted(number_words(), key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ -]") for w in words)
    return rf"(?:\d{{1,3}}|{alts})"


def to_int(text: str) -> int | None:
    """ "24", "twenty four", "vingt-quatre" -> 24; None when it is not a number."""
    t = " ".join(text.replace("-", " ").split())
    if t.isdigit():
        return int(t)
    return number_words().get(t)


@cache
def _note_languages() -> tuple[str, ...]:
    """The note languages: one per lexicon folder (adding a language is a data folder)."""
    root = resources_dir() / "intake" / "lexicon"
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir()))


@lru_cache(maxsize=256)
def digits_for_words(text: str) -> str:
    """`text` with numbers written in words as digits, read by text2num's `alpha2digit`
    in the first note language that finds one ("tem uns quarenta anos" -> "tem uns 40
    anos"); unchanged when none does. Imported on first use, off the unlock path."""
    from text_to_num import alpha2digit

    for lang in _note_languages():
        try:
            converted = alpha2digit(text, lang)
        except (ValueError, KeyError):  # a language text2num does not read
            continue
        if converted != text:
            return converted
    return text
