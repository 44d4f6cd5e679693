"""The survivor's chosen name, from explicit forms only: a cue ("goes by", "se llama"), a
name or role label, a transcript's reply to a name question, a title before a name and an age."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import fields
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.comitatives import with_another
from caseassist.intake.read.name_appositions import apposed_names
from caseassist.intake.read.name_brackets import (
    bracketed_names,
    pointed_back_names,
    preferred_names,
)
from caseassist.intake.read.name_callers import called_for_names
from caseassist.intake.read.name_closing import closing_names
from caseassist.intake.read.name_labels import labelled_names, replied_names
from caseassist.intake.read.name_nouns import noun_names
from caseassist.intake.read.name_set_off import (
    after_speaker,
    form_opening_names,
    set_off_names,
    staff_after,
    staff_named,
)
from caseassist.intake.read.name_staff import without_staff
from caseassist.intake.read.name_subjects import origin_subject_names, subject_names
from caseassist.intake.read.name_titled import (
    called_names,
    clause_before,
    sentence_before,
    titled_names,
)
from caseassist.intake.read.name_wishes import (
    doubted_name,
    is_wish,
    liked_name,
    refused_name,
    wish_label,
    wished_first,
)
from caseassist.intake.read.name_words import not_a_name, title_words, titles
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import ffold
from caseassist.intake.read.titled_people import with_titled
from caseassist.intake.text import translate_rare
from caseassist.intake.trie import alternation

# ---------------------------------------------------------------- names

_NAME_SRC = (
    r"(?i:\b(?:her|his|their|my) (?:first |given |preferred )?name is|\bgoes by|\bwants to be called|"
    r"\bprefers to be called|\blike to be called|\bcall me|\bllamame|\bllámame|\bappelez[- ]moi|\bse llama|\bme llamo|\bmi nombre es|\bsu nombre es|"
    r"\bquiere que (?:la|le|lo) llamen|\bs['\u2019]appelle|\bje m['\u2019]appelle|\bson (?:pr[eé]nom|nom) est|"
    r"\bmon (?:pr[eé]nom|nom) est|\bveut qu['\u2019]on l['\u2019]appelle|\bsous le (?:pr[eé]nom|nom) d['\u2019])(?:[^\S\n]*:?\s+|(?<=['\u2019]))"
    r"[\"'\u201c\u00ab]?\s*(?P<name>[A-ZÀ-ÖØ-Þ][\w'\u2019-]+(?:[^\S\n]+(?:[A-ZÀ-ÖØ-Þ][\w'\u2019-]+|(?!I\b)[A-Z]\b(?!\.\w)))?)"
)


def _name_regex() -> re.Pattern[str]:
    """The explicit name forms, with each language folder's `name_cues` ("gave his name
    as", "dice llamarse", "chama-se"): matched on the original text, so a space in a cue
    also matches a hyphen and the cue's letters any accent-free spelling. A filler
    (`name_fillers`: "just", "apenas", "simplement") may stand between any two words of a
    cue and before the name ("prefere ser tratado apenas por Rahim")."""
    cues = {
        " ".join(ffold(c).replace("'", " ").split()) for c in lexicon.words().get("name_cues", ())
    }
    fillers = sorted(lexicon.by_language("name_fillers"), key=len, reverse=True)
    filler = "|".join(r"\s+".join(map(re.escape, f.split())) for f in fillers if f.strip())
    slot = rf"(?:(?:{filler})[\s'\u2019-]+)?" if filler else ""
    tree = alternation(
        {c for c in cues if c}, r"[\s'\u2019-]+" + slot
    )  # one step where no cue starts
    alts = rf"\b{tree}" if tree else ""
    src = _NAME_SRC.replace("(?i:", f"(?i:{alts}|", 1) if alts else _NAME_SRC
    quote = r"[\"'\u201c\u00ab]?\s*(?P<name>"
    return re.compile(src.replace(quote, f"(?i:{slot}){quote}", 1))


_NAME_RE = lexicon.Lazy(_name_regex)


_SEGMENT = re.compile(r"(?:[^\n!?.]|\.(?=\S)|(?<=[a-zà-ÿ,])\n(?=[^\W\d_]))+[\n!?.]?")
"""A sentence or a line; a line broken inside a sentence (after a lower-case word or a
comma, before a word: "prefere ser tratado apenas por\nRahim") goes on."""


@cache
def _plain_letters() -> dict[int, str]:
    """Accented Latin letters to their base letter, one character for one, so a cue is
    matched without accents ("meu nome e" finds "Meu nome é") and the name's span in
    the plain text is its span in the original."""
    import unicodedata

    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    return table


@cache
def _name_needles() -> frozenset[str]:
    """A word every name form holds: a text with none is not searched with the slow regex."""
    cues = {ffold(c) for c in lexicon.words().get("name_cues", ())}
    built_in = {"name", "nombre", "nom", "goes by", "called", "call me", "llam", "appel"}
    return frozenset({_needle_of(c) for c in cues if c.strip()} | built_in)


@cache
def _needles_ascii() -> bool:
    return all(n.isascii() for n in _name_needles())


_NAMING = ("nam", "nom", "call", "llam", "appel", "cham", "dic", "dig", "trat", "apod")


def _needle_of(cue: str) -> str:
    """A cue's word of naming ("call"), else its longest: "asked" would open most lines."""
    words = cue.split()
    naming = [w for w in words if any(s in w for s in _NAMING)]
    word = max(naming or words, key=len)
    at = words.index(word)
    if len(word) <= 4 and at + 1 < len(words):
        return f"{word} {words[at + 1]}"  # "call her": "call" alone opens most notes' lines
    return word


def _name(
    text: str, out: Extraction, *, spoken: str | None = None, written: str | None = None
) -> None:
    """Names from explicit forms, each regex run once over the whole text; who a name
    belongs to is read from its own sentence (after the last stop before it). `spoken`:
    the text with staff turns kept, where a reply's name question stands; `written`: the
    text as written, where a header names staff ("Écoutante : Solène")."""
    plain = translate_rare(text, _plain_letters())  # same length: spans hold in `text`
    cued = _cued_spans(plain)
    found: list[str] = []
    wished: list[str] = []  # "call her Kala", "prefere ser tratado por Tino"
    doubted: list[str] = []  # "se llama Tuấn, o eso entiendo"
    asked_at: list[int] = []  # where a cue asks for a name ("wants to be called")
    for seg in _SEGMENT.finditer(plain):
        if not _holds_a_cue(cued, seg, plain):
            continue  # the (long) cue regex only on the lines that may hold a cue
        for m in _NAME_RE.pattern.finditer(plain, seg.start(), seg.end()):
            before = sentence_before(text, m.start())[-4:]
            if _other_subject(clause_before(text, m.start()), with_children=False):
                continue  # "the man who hired her is known as" (a child only near: "com a filha")
            if not _other_subject(before) and not staff_named(before):
                name = _label_value(text[m.start("name") : m.end("name")], plain, m)
                if refused_name(plain, m.end("name")):
                    continue  # "she was called 'Candy'; she does not want that name used"
                if doubted_name(plain, m.end("name")):
                    doubted.append(name)
                elif is_wish(plain[m.start() : m.start("name")]) or liked_name(
                    plain, m.end("name")
                ):  # "everyone calls her Mama Flori and she likes that"
                    wished += [] if not_a_name(name, wished=True) else [name]
                    asked_at.append(m.start())
                else:
                    found.append(name)
    named = set_off_names(text) + form_opening_names(text)  # "Valentina, 23", "Woman, Grace, 26"
    labelled, loose = labelled_names(text)
    formal: list[str] = []
    for name, at in labelled:  # "Client: Mariam, 19", "Sujet : Mme Fatou K."
        if not _other_subject(sentence_before(text, at)[-4:]) and not not_a_name(name):
            line_end = (text.find("\n", at) + 1 or len(text) + 1) - 1
            if any(at < a < line_end for a in asked_at):
                found.append(name)  # "Name given: Rafiqul - wants to be called Rafi"
                continue
            if wish_label(text[text.rfind("\n", 0, at) + 1 : at].split(":")[0]):
                wished.append(name)  # "Nome social: Wilner" beside "Nome: Wilson Pierre"
                continue
            (formal if _formal(text, text.find(name, at), name) else found).append(name)
    for name, at, quoted in closing_names(text):  # "M, 40a, indonésio, "Budi"."
        if not not_a_name(name) and not _other_subject(sentence_before(text, at)[-4:]):
            (found if quoted else doubted).append(name)
    for name, at in [*bracketed_names(text), *preferred_names(text)]:  # 'Prefers "Rafiq"'
        # "Mariam (she asked us to use that name)"
        if not _other_subject(sentence_before(text, at)) and not not_a_name(name, used=True):
            wished.append(name)
    wished += [n for n in pointed_back_names(text) if not not_a_name(n, used=True)]
    for name, _at in replied_names(
        text if spoken is None else spoken
    ):  # "What should we call you? / Caller: Amina."
        if not not_a_name(name):
            found.append(name)
    for name, at in [*apposed_names(text), *noun_names(text, plain)]:  # "..., nombre Rosa,"
        before = sentence_before(text, at)
        if not not_a_name(name) and not _other_subject(before[-4:]) and not with_another(before):
            found.append(name)  # "a 13-year-old girl, Nadege, who", "the woman's name is Hiwet"
    for name, _at in called_for_names(text):  # "calling for his friend Bikash": hers
        if not not_a_name(name):
            found.append(name)
    subjects = subject_names(text) + origin_subject_names(text)  # "X is a citizen of Y"
    for name, at in subjects:  # "Amina is a 34-year-old", "Objet : ... Mme Fatou"
        if not not_a_name(name.split()[0]) and not _other_subject(sentence_before(text, at)):
            (formal if _formal(text, at, name) else found).append(name)
    titled = [*titled_names(text), *called_names(text)] if _has_title(text) else []
    for m in [*titled, *named]:
        name = m.group("name")
        before = after_speaker(text, m.start(), sentence_before(text, m.start()))
        if _other_subject(before[-6:]) or not_a_name(name, titled=m in titled):
            continue
        if with_another(before):
            continue  # "Viajaba con un joven, Elmer, 19": the one she was with
        if m in named and _in_place_name(text, m.start()):
            continue  # "devant le centre commercial Belvédère, il dit 17 ans": a place
        if staff_after(text, m.end()):
            continue  # "Mme Perrin, 50 ans, assistante sociale": who writes
        if _with_titled_name(sentence_before(text, m.start("name"))):
            continue  # "ficou com o Sr. Carlos, o da empresa": someone she was with
        formal_name = _formal(text, m.start("name"), name) or bool(m.groupdict().get("bare"))
        # "Ms. Olena K., 37, is from": a bare age tells her age, her chosen name only offered
        (formal if formal_name else found).append(name)  # "Mme Esther K., 29 ans"
    found = without_staff(written or text, wished_first(wished, found))  # "je m'appelle Solène"
    found = [_one_line(n) for n in found]  # "Mrs Alcinda" / "We are...": not "Alcinda We"
    for name in _fullest([n.rstrip("'\u2019") for n in found]):  # "Called herself 'Lulu'"
        out.put("person.name", name)
    offered = list(
        dict.fromkeys(_fullest([_one_line(n) for n in formal + doubted]))
    )  # "Objet : Mme Ravaka R.", "Mme Ravaka R., 39"
    if not found and len(offered) == 1:
        out.maybe("person.name", offered[0])  # "Mr. Edwin Castañeda": offered
    for value in loose:
        out.weak("person.name", value)  # a name label's value as written, as fields read it


def _in_place_name(text: str, at: int) -> bool:
    """A kind of place two words before a name, with no function word right before the name
    ("centre commercial Belvédère", "centro comercial Norte"): the name is the place's;
    "recibimos en el albergue a Rosa" is not."""
    words = [ffold(w) for w in text[max(0, at - 40) : at].split()[-2:]]
    if len(words) < 2 or words[1] in _function_words():
        return False
    return words[0] in lexicon.by_language("place_kinds")


@cache
def _function_words() -> frozenset[str]:
    fw = function_words()
    return frozenset({w for f in fields(fw) for w in getattr(fw, f.name)})


def _one_line(name: str) -> str:
    """A name as far as its line goes: a subject line's "Mrs Alcinda" took the next line's word."""
    return name.split("\n", 1)[0].strip()


def _label_value(name: str, plain: str, m: re.Match[str]) -> str:
    """A cue used as a label gives its value as a label does, without a title before the
    name ("Nome pelo qual prefere ser chamada: Dona Tita": "Tita"); a title alone, where
    the name group stopped at its dot, gives the name after it ("chama-se Sr. Armindo")."""
    words = name.split()
    if ffold(words[0]).rstrip(".") not in title_words():
        return name
    if len(words) > 1:
        labelled = ":" in plain[m.start() : m.start("name")]
        return " ".join(words[1:]) if labelled else name  # "...ser chamada: Dona Tita"
    after = _NAME_AFTER_TITLE.match(plain, m.end("name"))  # "chama-se Sr. Armindo"
    return after.group(1) if after else name


_NAME_AFTER_TITLE = re.compile(r"\.?[^\S\n]+([A-ZÀ-ÖØ-Þ][\w'\u2019-]+)")
"""The name after a title a cue's name group stopped at ("Sr" of "chama-se Sr. Armindo")."""


def _formal(text: str, start: int, name: str) -> bool:
    """A title of address before a given name and a family name ("Mr. Edwin Castañeda",
    "Mme Aminata Diallo"): the name on her papers, not what she asks to be called. Only
    the titles listed as `formal_titles` (en, fr): after "la señora" / "a Dona" two
    words are often one given name ("Luz Dary", "Ana Paula"); three names after any
    title are a full name. A title before one name alone (`family_titles`) or a given
    name and an initial (`address_titles`) is how the referrer addresses her, offered."""
    words = name.split()
    before = text[max(0, start - 14) : start].split()
    title = ffold(before[-1]).rstrip(".") if before else ""
    initial = _INITIAL_AFTER.match(text, start + len(name)) or (
        len(words) == 2 and len(words[1].rstrip(".")) == 1
    )
    if initial and len(words) <= 2:
        return title in _addresstitles()  # "Mme Hanitra R., 44 ans" (fr/es/pt): offered
    if len(words) == 1:
        return title in _familytitles()  # "Mrs. Hoang, 67", "M. Youssef, 36 ans": offered
    if any(len(w.rstrip(".")) == 1 for w in words):
        return False  # "Ms. Priya S. Rao"
    if len(words) >= 3 and title in title_words():
        return True  # "Sra. Altagracia Peña Rosario": a given name and two family names
    return title in _formaltitles()


def _with_titled_name(before: list[str]) -> bool:
    """The words before a name end with a title after a `title_not_after` word ("chez Mme",
    "con la señora", "com o Sr."): the named person is someone she is with, not her."""
    k = len(before)
    if k and before[k - 1] == ".":
        k -= 1
    return bool(k) and before[k - 1] in title_words() and with_titled(before[: k - 1])


_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.")
"""An initial after a name ("Ms. Priya S."): the name before it is a given name."""


@cache
def _familytitles() -> frozenset[str]:
    """Titles that before one name alone mark a family name (`family_titles`: en "Mrs.
    Osei"); fr "Mme Siti" is as often a given name, so fr lists none."""
    return frozenset(ffold(t).rstrip(".") for t in lexicon.words().get("family_titles", ()))


@cache
def _addresstitles() -> frozenset[str]:
    """Titles that before a given name and an initial leave her chosen name unsaid (fr "Mme
    Adjoua K."); en "Ms. Priya S." is how English notes give a given name: en lists none."""
    return frozenset(ffold(t).rstrip(".") for t in lexicon.words().get("address_titles", ()))


@cache
def _formaltitles() -> frozenset[str]:
    return frozenset(ffold(t).rstrip(".") for t in lexicon.words().get("formal_titles", ()))


def _fullest(names: list[str]) -> list[str]:
    """The names found, each once in its fullest form: "Fatou" and "Fatou K." (a form
    line and a title before an age), "Zefa" and "Dona Zefa" (a label's value without its
    title, a cue's with it) are one name, not two that disagree."""
    keep: list[str] = []
    for name in sorted(dict.fromkeys(names), key=len, reverse=True):
        words = name.split()
        n = len(words)
        if not any(k.split()[:n] == words or k.split()[1 : n + 1] == words for k in keep):
            keep.append(name)
    return [n for n in names if n in keep and n not in names[: names.index(n)]]


def _cued_spans(plain: str) -> list[tuple[int, int]] | str:
    """Where a name needle occurs in the text, in order: each needle looked for once in the
    whole text rather than each in every line. The lower-cased text itself when lowering
    changed its length (a span would not hold)."""
    low = plain.lower()
    if len(low) != len(plain) or not _needles_ascii():
        return low  # (only a Greek sigma lowers by its context, and no needle holds one)
    spans = []
    for n in _name_needles():
        at = low.find(n)
        while at >= 0:
            spans.append((at, at + len(n)))
            at = low.find(n, at + 1)
    return sorted(spans)


_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
"""The letter a name opens with in `_NAME_RE`."""


def _holds_a_cue(cued: list[tuple[int, int]] | str, seg: re.Match[str], plain: str) -> bool:
    """Whether a needle lies wholly inside the line `seg` with a capital after it in the
    line: a name follows its cue, so "La llamada duró diez minutos" is not searched."""
    if isinstance(cued, str):
        low = seg.group().lower()
        return any(n in low for n in _name_needles())
    for at, end in cued[bisect_left(cued, (seg.start(), -1)) :]:
        if at >= seg.end():
            return False
        if end <= seg.end() and _CAPITAL.search(plain, end, seg.end()):
            return True
    return False


_TITLE_WORD = re.compile(r"[^\W\d_]+\.?")


def _has_title(text: str) -> bool:
    """Whether a title word occurs at all (a set look-up, cheaper than the title regex)."""
    return not titles().isdisjoint(map(str.lower, _TITLE_WORD.findall(text)))
