"""Sentences, clauses and tokens of folded text, and the data-built splitters."""

from __future__ import annotations

import re
from functools import lru_cache

from caseassist.intake import lexicon
from caseassist.intake.text import fold, strip_accents

# ---------------------------------------------------------------- splitting


def _with_data(src: str, key: str) -> re.Pattern[str]:
    """A built-in alternation `\\b(?:...)` with the phrases the language folders list
    under `key` added to it."""
    extra = lexicon.alternatives(key)
    return re.compile(src.replace(r"\b(?:", rf"\b(?:{extra}|", 1) if extra else src)


_ABBREV = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "sr",
        "sra",
        "srta",
        "mme",
        "mlle",
        "approx",
        "aprox",
        "env",
        "yrs",
        "yr",
        "vs",
        "no",
        "nr",
        "dra",
        "m",
        "p",
        "ca",
        "req",
        "ofc",
        "sgt",
        "det",
        "insp",
        "pt",
        "ref",
        "dob",
        "ddn",
        "tel",
        "telef",  # "Intérprete telef. usado"
        "esp",
        "incl",
        "orig",
        # a side or a fracture in a clinician's shorthand ("herida en la mano izq. con el
        # winche", "fract. poignet G"): the dot ends the word, not the sentence
        "izq",
        "izda",
        "izdo",
        "dcha",
        "dcho",
        "der",
        "esq",
        "dta",
        "fract",
        "lt",
        "rt",
        "gche",
        "dte",
        # a pregnancy in a clinician's shorthand ("emb. ~24 sem", "gest. 20 sem"): no end
        "emb",
        "gest",
    ]
)
_NUMBER_SIGNS = frozenset(["no", "nr"])
_DOT_ABBREV = lexicon.Words(set(), "dot_abbreviations")
"""A title or a label word cut short before more ("Enf. Patrícia:", "Aloj. p/ hoje:"): no end."""
_VERB_ABBREV = lexicon.Words(set(), "language_verb_abbreviations")
"""Language verbs cut short with a dot ("hab.", "spks."): the dot ends no sentence."""
_DIGIT_NEXT = re.compile(r"\s*\d")


def _later_maybe_next(text: str, at: int) -> bool:
    """A decision put off later on the same line right after an ellipsis ("not now...
    maybe later", "ahora no... a lo mejor después", "pas maintenant... peut-être plus
    tard"): the answer goes on after a pause, its "not now" kept with its "maybe later"."""
    head = text[at : at + 40]
    if not head[:1].isspace() or "\n" in head[:2]:
        return False
    folded = " ".join(fold(head).replace("-", " ").split())
    return lexicon.phrase_regex("later_maybes").match(folded) is not None


_LETTER_REPLY = re.compile(r"[?:] ?[^\W\d]\.(?:\n|$)")
"""A letter after a question or a label, ending its line ("desired? Y.", "Police: N."):
a reply, and its dot ends the sentence; an initial ("Ofc. D. Kowalczyk") follows no mark."""
_AGE_UNIT = re.compile(r"[,:] \d{1,2} ?[^\W\d]$")
"""A letter after a number set off by a comma is a unit cut short, not an initial: "1 hija,
3 a. Otro hijo (6 a) en Colombia" is two sentences (one child with her, one away); "un
niño de 3 a. en Nigeria" goes on."""
_SENT_END = re.compile(
    # (every end opens with a mark, a space or a "¿": the lookahead skips the other places
    # at once, twice as fast as trying each alternative there)
    r"(?=[.!?;\s\u00bf])(?:"
    r"[.!?;]*\?[.!?;]*|[.!?;]+(?=\s|$)|\n\s*\n|\n(?=\s*[-*\u2022])"
    # after a quotation that ends its sentence, the quote kept with it ('she said "... dòmi
    # aswè a." She has her boy with her')
    r"|(?<=[.!][\"\u201d\u00bb])\s+"
    # a line that opens with a label ("Police: ...", "usuaria: ...") is a form line or a
    # turn of a chat or transcript: it never continues the line before
    # (after the clock time a chat line may open with: "[02:17] Advisor: ...")
    r"|\n(?=[^\S\n]*(?:\[?(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[^\S\n]+)?\d{1,2}[:h]\d\d"
    r"(?::\d\d)?\]?[^\S\n]+)?[\u00bf\u00a1\u00ab\"']?[^\W\d]"
    r"[^\n:.!?,;]{0,58}[^\s:][^\S\n]?\??:)"
    # a short line that is a question of its own ("Regressar à Ucrânia? não sei") never
    # continues the list line before it ("Não quer polícia"): its reply answers it alone
    r"|\n(?=[^\S\n]*[^\W\d][^\n.!?;:]{0,40}\?)"
    r"|(?<=\S)\s*(?=\u00bf)"  # "¿" opens a question: ": sí ¿Lesiones?" is a reply, then one
    r"|\n(?=[^\S\n]*\d{1,2} ?[fmh]\b|[^\S\n]*[fmh] ?[,/] ?~?\d|[^\S\n]*[fm] \d\d?[a-z]*[,\s])"  # a line opening "29M", "M, 15", "F 24a"
    # a chat line opening "[14:02]", "[19/05 20:41]", "[19/05/2026, 8:41 pm]": a turn of its own
    r"|\n(?=[^\S\n]*\[(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[^\S\n]+)?\d{1,2}[:h.]\d{2}"
    r"(?::\d{2})?(?:[^\S\n]*[ap]\.?m\.?)?\])"
    r")"
)
# "mas" / "mais" right after a wish verb of the language where it means "more" is never a
# "but": "no quiere más contacto con la policía", "não quer mais falar com a polícia" (a
# Spanish wish verb before "mas", a Portuguese one before "mais"; French "veut mais" stays).
_MORE_AFTER = (
    r"(?!(?<=\bquiere )mas\b)(?!(?<=\bquiero )mas\b)(?!(?<=\bquieren )mas\b)"
    r"(?!(?<=\bdesea )mas\b)(?!(?<=\bquer )mais\b)(?!(?<=\bquero )mais\b)"
    r"(?!(?<=\bquerem )mais\b)(?!(?<=\bdeseja )mais\b)"
)
# Every break opens with a punctuation mark or a space: written so (a mark, or spaces then
# the rest), a search skips at once the places where none can start, three times faster
# than the plain `\s*[,:()\[\]]\s*|\s+-\s+|...` it splits exactly as. "nada más", "nunca
# mais", "saber mais" are "more", never a "but" ("no quiere saber nada más de la policía").
# The word a break needs is looked ahead for first: the lookarounds about the words around
# it (some thirty) are then tried only before a "but" or an "and", not after every space.
# An arrow ("ne parle pas → interprète nécessaire", "no English -> interp") ends a clause.
_CLAUSE_SPLIT_SRC = (
    r"[,:()\[\]→⇒]\s*|\s+(?:[,:()\[\]→⇒]\s*|-\s+|-+>\s*|=>\s*|>\s+"  # (">": a folded "->")
    r"|(?=(?:but|pero|mais|while|whereas|mientras|tandis que)\s)(?<!nada )(?<!nunca )(?<!saber )"
    + _MORE_AFTER
    + r"(?:but|pero|mais|while|whereas|mientras|tandis que)\s+"
    # "and" joins two statements, except before an article: "needs work and a lawyer", and
    # after her own subject alone: "she and the kids have nowhere" (read/joint_subjects.py)
    r"|(?=(?:and|y|et)\s)(?<!\bshe )(?<!\bhe )(?<!\bella )(?<!\bél )(?<!\belle )(?<!\bil )"
    r"(?:and|y|et)\s+(?!(?:a|an|un|una|une|des|unos|unas|some|her|his|their|su|sus|ses|son|sa)\s"
    r"|(?:tomorrow|demain|manana)\b))"  # "ce soir et demain chez une amie": one span
)


def _more_not_but() -> str:
    """Lookaheads for the folders' `more_not_but` phrases: "mas" / "mais" after these words
    means "more" ("no necesita más atención", "não precisa de mais cuidados")."""
    out = []
    for phrase in sorted(lexicon.by_language("more_not_but")):
        head, _, tail = phrase.rpartition(" ")
        if head:
            out.append(rf"(?!(?<=\b{re.escape(head)} ){re.escape(tail)}\b)")
    return "".join(out)


def _breaks(src: str) -> re.Pattern[str]:
    """A clause splitter with the language folders' `clause_breaks` ("mas", "porem") and
    `more_not_but` phrases."""
    src = src.replace(_MORE_AFTER, _MORE_AFTER + _more_not_but(), 1)
    extra = lexicon.alternatives("clause_breaks")
    return re.compile(src.replace("(?:but|", f"(?:{extra}|but|") if extra else src, re.IGNORECASE)


_CLAUSE_SPLIT = lexicon.Lazy(lambda: _breaks(_CLAUSE_SPLIT_SRC))


_LAST_WORD = re.compile(r"(?<![\w.])[\w.]+$")  # (tried at a word's start only, not in it)
_DOTTED = re.compile(r"(?:\w\.)+\w")


_WISH_WORDS = (
    r"\b(?:wants? to|would like to|hopes? to|wishes to|quiere|desea|le gustaria|espera|veut|"
    r"voudrait|souhaite|aimerait)\b"
)
_WISH = lexicon.Lazy(lambda: _with_data(_WISH_WORDS, "wish_words"))
_WISH_AND = lexicon.Lazy(
    lambda: re.compile(_WISH.pattern.pattern + r"[^,;:()]*?\s(?:and|y|et|e de)\s")
)  # (Portuguese "e" is no clause break: only "e de" carries, `wish_joiners`)


_LOOSE_SPLIT_SRC = (
    r"[,:;()\[\]→⇒]\s*|\s+(?:[,:;()\[\]→⇒]\s*|-\s+|-+>\s*|=>\s*"
    r"|(?:but|pero|mais|while|whereas|mientras|tandis que)\s+)"
)
_LOOSE_SPLIT = lexicon.Lazy(lambda: _breaks(_LOOSE_SPLIT_SRC))


_LANGUAGE_ROLE_WORDS = frozenset(
    {
        "speaking",
        "speaker",
        "hablante",
        "parlant",
        "parlante",
        "interpreter",
        "interprete",
        "translator",
    }
)
"""Words that, right after a language name, say it is spoken or interpreted ("a Nepali
speaker", "a Spanish interpreter")."""


def _query(text: str, at: int) -> bool:
    """A question mark right before a word, after a comma, a semicolon or a line's start
    ("RX punho D solicitado, ?fx", "?pregnant - pt unsure"): a clinician's query of that
    word, not the end of the words before."""
    if not text[at + 1 : at + 2].isalpha():
        return False
    before = text[:at].rstrip(" \t")
    return not before or before.endswith((",", ";", "(", "\n"))


def sentences(text: str, questions: list[bool] | None = None) -> list[str]:
    """Sentences of the original text (single line breaks joined); `questions` gets, for
    each, whether it asks rather than states ("Quiere denunciar?")."""
    out: list[str] = []
    marks: list[bool] = []
    start, query = 0, False
    for m in _SENT_END.finditer(text):
        if m.group() == "?" and _query(text, m.start()):
            # " ?fx", " ?pregnant": a query of the word after it, which opens a question of
            # its own; the words before end a sentence that asks nothing
            out.append(text[start : m.start()])
            marks.append(query)
            start, query = m.start(), True
            continue
        if m.group().startswith("...") and _later_maybe_next(text, m.end()):
            continue  # "not now... maybe later": a pause in one answer, not its end
        if m.group().startswith("."):
            last = _LAST_WORD.findall(text[max(start, m.start() - 24) : m.start()])
            word = last[0].lower().rstrip(".") if last else ""
            if word in _VERB_ABBREV or strip_accents(word) in _DOT_ABBREV:  # "Héberg."
                continue  # a language verb cut short: "peruano, hab. español y quechua"
            if word in _ABBREV and (word not in _NUMBER_SIGNS or _DIGIT_NEXT.match(text, m.end())):
                continue  # "No. 12" is a number sign; "necesita medicacion? no. ..." a reply
            if last and _DOTTED.fullmatch(last[0]):
                continue  # "y.o." and other dotted abbreviations
            initial = (
                last
                and len(last[0]) == 1
                and last[0].isalpha()
                and text[m.end() : m.end() + 1] != "\n"  # not a line's end: "allez-y."
                and not _AGE_UNIT.search(text, max(start, m.start() - 7), m.start())
            )
            if initial and not _LETTER_REPLY.search(text, max(0, m.start() - 4), m.end() + 1):
                continue  # an initial: "Ofc. D. Kowalczyk" (not "desired? Y." at a line end)
        out.append(text[start : m.start()])
        marks.append("?" in m.group() or query)
        start, query = m.end(), False
    out.append(text[start:])
    marks.append(query)
    if questions is not None:
        questions.extend(
            q or _unmarked_question(s) for s, q in zip(out, marks, strict=True) if s.strip()
        )
    return [" ".join(s.split()) for s in out if s.strip()]


_TURN_LEAD = re.compile(r"\s*[-*]?\s*(?:\[[^\]\n]{1,24}\]\s*)?(?:[^:\n.!?]{1,32}:\s*)?")
"""A chat line's time and speaker before its words ("[21:07] Priya (shelter): "), if any."""


def _unmarked_question(sentence: str) -> bool:
    """A line that asks with its question mark left out, as chats and quick transcripts do
    ("does he have a place tonight", "a-t-elle un endroit ce soir"): it opens, past its
    speaker, with an inverted verb (`unmarked_question_openers`). Its reply is then read
    as an answer, and the question itself states nothing."""
    lead = _TURN_LEAD.match(sentence)
    head = fold(sentence[lead.end() if lead else 0 :][:40]).replace("-", " ")
    return (
        lexicon.phrase_regex("unmarked_question_openers").match(" ".join(head.split())) is not None
    )


@lru_cache(maxsize=1024)
def _clauses(sentence: str) -> tuple[str, ...]:
    return tuple(c for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip())


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence. Kept per sentence: the readers of one note split the
    same sentence about twice each (a 2 KB note: 56 splits of 28 sentences)."""
    return list(_clauses(sentence))


_HYPHEN_SLASH = str.maketrans("-/", "  ")


def ffold(text: str) -> str:
    """Folded, with hyphens and slashes as spaces and single spaces."""
    return " ".join(fold(text).translate(_HYPHEN_SLASH).split())


_TOKEN = re.compile(r"[a-z0-9]+'?|[^\sa-z0-9]")


@lru_cache(maxsize=4096)
def _tokens(folded: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(folded))  # (no token is blank: `\s` is what `strip` strips)


def tokens(folded: str) -> list[str]:
    """Words (and punctuation marks) of folded text."""
    return list(_tokens(folded))
