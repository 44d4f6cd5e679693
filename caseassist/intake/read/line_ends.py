"""Short lines that end a statement without a mark.

Shorthand notes put one statement on each line and leave the full stop out ("no kids
with her" / "has 2 kids in the Philippines w/ her mother" / "needs somewhere to sleep
TONIGHT"); joined as wrapped prose, the lines run into one sentence and a person at the
end of one ("her mother") becomes the subject of the next ("needs somewhere to sleep").
A line wrapped by width is full: its next word would not have fitted. So a line that ends
in a letter, a digit or a bracket (not a word a statement goes on after: "of", "de",
"her"), with room left for the next line's first word by a quarter
of the width, ends its statement: a full stop is written after it. Form lines and turns (a
colon), bullets and lines of a table are left as they are (the sentence splitter already
ends them), and so are texts whose lines are all short (no width to judge by).

A letter's salutation on a line of its own ("Bom dia colegas,", "Dear colleagues,",
"Estimados señores:") ends there too: run into the first sentence, its people ("colegas")
stood beside her age ("Sinalizamos uma senhora de 66 anos") and made it someone else's.

Whatever its width, a line ends its statement when the next line opens with a capital on
a word that is no name (not a language, a country or a people: "She", "Not", "Denies",
"Si", "Elle", "Tem"): a line wrapped inside a sentence goes on in lower case, or on a
name after a word the statement goes on after ("comes from" / "Ghana"). Two statements
written one line after the other ("speaks Burmese, wants Burmese" / "Could you ask her
whether she wants police involved?") would otherwise be one sentence, and a cue of one (a
hedge, a negation, a question, a person) would reach the other.

A line ending on an alternative closed ("not sure if thats urgent or not", "sí o no", "ou
non") ends its statement whatever its width: the doubt stays on its own line, and the next
line ("doesnt want police") is not read as doubtful.
"""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.demonyms import demonyms
from caseassist.intake.function_words import function_words
from caseassist.intake.read.salutations import salutation_end
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.text import fold

_SHORT = 0.75
"""A line and the next line's first word this share of the width or less: a short line
(lines wrapped by hand vary by a few words, never by a quarter of the width)."""
_MIN_WIDTH = 50
"""A text whose longest line is shorter has no width to judge a short line by."""
_ENDS = frozenset(".!?;:,-/&+(")
_OPENERS = frozenset("-*\u2022>|[")
_LABEL = re.compile(r"(?:[^.!?:\n]|\.(?=\S)){0,42}:")
"""A next line opening with a label ("Tutora 4.ºB: sí", "Age: 9"): a form line or a turn,
which the sentence splitter ends before as it is; the line before it is left as written."""
_VALUE_WORDS = 3
"""A form value of this many words or fewer fills its line ("Danger to self/others: denies",
"Trafficker knows location: ?", "Nombre d'enfants : 3", "Police involvement desired? Y"):
it is never wrapped on to the next line, whatever word it ends on."""


@cache
def _continuing() -> frozenset[str]:
    """Words a statement does not end on: articles, "and", prepositions, possessives
    (function words and each folder's `line_continuers`: "of", "de", "chez", "com")."""
    fw = function_words()
    return (
        fw.definite_articles
        | fw.indefinite_articles
        | fw.and_words
        | fw.but_words
        | fw.in_words
        | fw.relatives
        | fw.that_words
        | fw.third_possessives
        | lexicon.by_language("line_continuers")
        | frozenset(lexicon.word_sets().negators)  # "does not" / "want the police"
    )


@cache
def _name_words() -> frozenset[str]:
    """Words a capital may open a wrapped line on: the names of languages, countries and
    peoples ("English", "Ghana", "Sri", "Nigerian"), not the function words some of them
    share ("la", "el")."""
    fw = function_words()
    names = set(lexicon.language_names()) | set(demonyms())
    names |= {n.split()[0] for n in lexicon.country_names()}
    return frozenset(names) - fw.definite_articles - fw.indefinite_articles


def _opens_statement(word: str) -> bool:
    """Whether a line's first word opens a statement of its own: written with a capital and
    then lower case ("She", "Denies", "L'usagère"; not "I", "ED", "NGO"), and no name."""
    elided = len(word) > 2 and word[1] in "'\u2019"  # "L'usagère", "D'après"
    if len(word) < 2 or not word[0].isupper() or word.isupper():
        return False
    if not (word[1].isalpha() or elided):
        return False
    head = fold(word).replace("\u2019", "'").split("'")[-1].strip('.,;:!?"()')
    return bool(head) and head not in _name_words()


def _value_words(body: str) -> int:
    """How many words a form line's or a question's value has (0: not one, or no value)."""
    cut = max(body.rfind(":"), body.rstrip("?").rfind("?"))
    if cut < 0 or _LABEL.match(body) is None and body[cut] == ":":
        return 0
    return len(body[cut + 1 :].split())


def _ends_unmarked(body: str, nxt: str) -> bool:
    """Whether a line ends unmarked before a next line that may open a statement of its own:
    not after a mark, before a bullet or a label (already an end), nor on a word the
    statement goes on after ("natural de" / "Anápolis (GO)")."""
    if not body.strip() or not nxt or body[-1] in _ENDS or nxt[0] in _OPENERS:
        return False
    if "|" in body or "\t" in body or _LABEL.match(nxt):
        return False
    # a value of one word is whole ("Danger to self/others: denies"); "Spanish and" goes on
    return _value_words(body) == 1 or fold(body.split()[-1]) not in _continuing()


def _closes_alternative(body: str) -> bool:
    """Whether a line ends on an alternative closed ("not sure if thats urgent or not", "sí o
    no", "ou non": each folder's `closed_alternatives`): nothing goes on after it."""
    return " ".join(fold(body).split()[-2:]) in lexicon.by_language("closed_alternatives")


def _salutation(body: str) -> bool:
    """A line that is a salutation alone, a comma or a colon after it ("Hi team,", "Madame,
    Monsieur,", "Prezados senhores:"): all of it taken by `salutations.salutation_end`."""
    if not body or body[-1] not in ",:":
        return False
    toks = tokens(ffold(body))
    return salutation_end(toks) == len(toks)


def ended_short_lines(text: str) -> str:
    """`text` with a full stop after each line that ends a statement unmarked: a short line,
    or one before a line that opens a statement with a capital."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    width = max(len(line.rstrip()) for line in lines)
    by_width = len(lines) >= 3 and width >= _MIN_WIDTH
    out = list(lines)
    for k, line in enumerate(lines[:-1]):
        body = line.rstrip()
        nxt = lines[k + 1].strip()
        if nxt and _salutation(body.strip()):
            out[k] = body.rstrip(",: ") + "."
            continue
        if nxt and body.strip() and body[-1] not in _ENDS and _closes_alternative(body):
            out[k] = body + "."
            continue
        if not _ends_unmarked(body, nxt):
            continue
        short = by_width and ":" not in body
        short = short and len(body) + 1 + len(nxt.split()[0]) <= _SHORT * width
        if short or 0 < _value_words(body) <= _VALUE_WORDS or _opens_statement(nxt.split()[0]):
            out[k] = body + "."
    return "\n".join(out)
