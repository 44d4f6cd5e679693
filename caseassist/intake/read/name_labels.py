"""A name given after a role label ("Client: Mariam", "- Usuaria: Rosa Q., 29",
"Sujet : Mme Fatou K.", "Utente: Dona Ana | Idade: 41"): forms and bullet lists
name the person by the role the writer sees in them; the name is the capitalised
words the value opens with, up to what follows them (a comma, a bracket, an age)."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.field_tables import tables
from caseassist.intake.function_words import function_words
from caseassist.intake.read.apposed_callers import calls_for_another
from caseassist.intake.read.name_wishes import name_label, phrase_search
from caseassist.intake.read.name_words import lexicon_words
from caseassist.intake.read.no_value import gives_no_value
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.text import fold, strip_accents

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]*[^\W\d_]"
_INITIAL = r"[A-ZÀ-ÖØ-Þ]\."

_PUNCT = frozenset(",/-\u2013\u2014:;.")
_PARTS = re.compile(r"\s*(?:\||;|\u00b7|\t)\s*")
_LABELLED = re.compile(r"^[\s\-*\u2022>#]*(?P<label>[^\W\d_][^:|]{0,44}?)\s*:\s*(?P<value>.+)$")


@cache
def _value_regex() -> re.Pattern[str]:
    """A value that opens with a name: an optional title, one to three capitalised
    words or initials, then the end, a comma, a bracket, a dash, a slash or a number."""
    titles = sorted(lexicon.words().get("name_titles", ()), key=len, reverse=True)
    alts = "|".join(re.escape(t) for t in titles) or "(?!)"
    return re.compile(
        rf"^[\"'\u201c\u00ab]?\s*(?:(?i:{alts})\s+)?(?P<name>{_CAP}(?:\s+(?:{_CAP}|{_INITIAL})){{0,3}})"
        r"[\"'\u201d\u00bb]?\s*(?P<end>(?=$|[,(/\u2013\u2014-]|\s+\d|\.(?:\s|$)))?"
    )


_MID_LINE = re.compile(r"(?<=[a-zà-ÿ)][.!?])\s+(?=[A-ZÀ-ÖØ-Þ][^:.!?]{0,30}:\s)")
"""A sentence end before a label in running text ("... gets by in English. Name: Yokasta.")."""


def _parts(line: str) -> list[str]:
    """The fields of a line: split at "|", ";", tabs, and at a sentence end a label follows."""
    return [p for part in _PARTS.split(line) for p in _MID_LINE.split(part)]


_QUALIFIER = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")


@cache
def _label_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(labels that name the name: "Name", "Nom usuel"; role labels: "Client", "Usuaria", and
    labels heading the particulars of the person referred, `person_labels`: "Dados:",
    "Worker referred:", read as a role label: a name, then an age, a sex or an origin)."""
    words = lexicon.words()
    return (
        frozenset(ffold(w) for w in words.get("name_labels", ())),
        frozenset(
            ffold(w) for w in (*words.get("name_roles", ()), *words.get("person_labels", ()))
        ),
    )


@cache
def _not_names() -> frozenset[str]:
    """Form values that are no name ("Unknown", "Withheld", "No", "Declined")."""
    vals = tables().values
    return frozenset().union(*(vals.get(k, ()) for k in ("placeholder", "no", "unsure", "yes")))


@cache
def _one_word_qualifiers() -> frozenset[str]:
    """One-word `name_label_qualifiers` ("stated", "declarado", "usuel"): dropped between
    a role and a name noun ("Worker's stated name", "Nom usuel de l'élève")."""
    return frozenset(w for w in lexicon.by_language("name_label_qualifiers") if " " not in w)


@cache
def _hers() -> frozenset[str]:
    """Words for her beside a name noun in a label: subjects, roles, `person_nouns`."""
    return frozenset(tables().subjects) | _label_sets()[1] | lexicon.by_language("person_nouns")


def _name_label(label: str) -> bool | None:
    """True for a name label ("Client name", "Nombre de la usuaria", "Name"), False for a
    role label ("Client", "Usuaria"), None for any other label."""
    names, roles = _label_sets()
    label = _QUALIFIER.sub(" ", label)  # "Name (preferred)", "Nombre (como quiere)"
    key = ffold(label).replace("'s ", " ").strip()
    if key in roles:
        return False
    if key in names or name_label(label):
        return True  # "Name", "Prénom d'usage", "Como quer ser chamado", "Name she uses"
    words = [w for w in key.split() if w not in _one_word_qualifiers()]  # "Worker stated name"
    if not lexicon.word_sets().other_people.isdisjoint(words):
        return None  # "Nome da mãe do aluno": another person's name
    hers = _hers()
    for n in range(1, min(3, len(words) - 1) + 1):
        head, rest = " ".join(words[n:]), " ".join(words[:n])
        if head in names and rest in hers:
            return True  # "Client name", "Survivor preferred name", "Worker's stated name"
        head, rest = " ".join(words[:-n]), words[-n:]
        if head in names and rest[-1] in hers:
            return True  # "Nombre de la usuaria", "Nom de la personne"
    return None


def _after_role_value(rest: str) -> bool:
    """What may follow a name after a role label: nothing, a full stop, a bracket, an
    age, a sex mark, a country or a demonym ("Client: Mariam, 19", "Usuaria: Rosa Q. -
    peruana", "Appelant : Valeria. Elle a 23 ans");
    a role label also opens a transcript's turns ("Cliente: Posso, sim."), which this
    tells apart."""
    rest = rest.strip()
    if not rest or rest[0] == "(" or rest[0] == "." and rest[1:2] in ("", " "):
        return True  # "Cliente: Dani. Pers. no binaria": the name ends its sentence
    words = [w for w in tokens(ffold(rest)) if w not in _PUNCT]
    if not words:
        return True
    first = words[0]
    return (
        _AGE_FIRST.match(first) is not None  # not a year: "Dados: Lisboa, 2024"
        or first in ("f", "m", "h")
        or first in lexicon.demonyms()
        or first in lexicon.country_names()
        or " ".join(words[:2]) in lexicon.country_names()
    )


_AGE_FIRST = re.compile(r"\d{1,3}(?!\d)")


def _ended(rest: str) -> bool:
    """The name is ended by a full stop (not by a comma, a bracket or an age)."""
    return rest.lstrip()[:1] == "."


def _common_word(name: str) -> bool:
    """A one-word value the lexicon lists as a word ("Stable", "Hello")."""
    return " " not in name and ffold(name) in lexicon_words()


_BRACKET = re.compile(r"^\s*\([^)]{0,20}\)")


def _set_off_as_other(rest: str) -> bool:
    """The name is set off by a word for someone else right after it, past a short
    bracket ("Caller: Dipak (D), friend of the woman", "Llamante: Rosa, vecina de la
    usuaria"): that person's name, not hers."""
    rest = _BRACKET.sub("", rest)
    words = [w for w in tokens(ffold(rest)) if w not in _PUNCT]
    if any(calls_for_another(tokens(ffold(p))) for p in rest.split(",")[:4]):
        return True  # "Caller: Sunil (30, Nepali), co-worker, calling for his friend"
    others = lexicon.word_sets().other_people
    return bool(words) and (words[0] in others or " ".join(words[:2]) in others)


def labelled_names(text: str) -> tuple[list[tuple[str, int]], list[str]]:
    """(name, offset in `text`) for every name or role label whose value opens with a
    name (a role label used as a speaker's in a transcript, twice or more, is not one);
    and the whole values of name labels that open with no capitalised name ("Name:
    lucia"), to keep only when nothing else names her."""
    loose: list[str] = []
    if ":" not in text:
        return [], loose
    found: list[tuple[str, int, str, bool]] = []
    pos = 0
    asked = False  # the line before asks: a role label's bare name after it is a reply
    for line in text.splitlines(keepends=True):
        start = 0
        for part in _parts(line.rstrip("\n")):
            at = line.find(part, start)
            start = at + len(part)
            m = _LABELLED.match(part)
            kind = _name_label(m.group("label")) if m else None
            if m is None or kind is None:
                continue
            value = m.group("value").strip()
            if gives_no_value(value):
                continue  # "Nombre: (no lo dio)", "Name: —", "Nome: não informado"
            v = _value_regex().match(value)
            if v is None or ffold(v.group("name")) in _not_names():
                words = ffold(value).split()
                if kind and ffold(value) not in _not_names() and words[0] not in _not_names():
                    # "Name: lucia", "Nome: não quis dar, pede ... Raj"; a field pasted in
                    # running text ends with its sentence ("Name: lucia. She is 30.")
                    loose.append(_SENTENCE_END.split(value, maxsplit=1)[0].rstrip(".!? "))
                continue
            if not kind and _ended(value[v.end() :]) and (asked or _common_word(v.group("name"))):
                continue  # "Patient: Stable.", a reply ("...comment s'appelle ton patron ?")
            if _set_off_as_other(value[v.end() :]):
                continue  # "Chamador: Dipak (D), amigo da pessoa sinalizada": his
            if kind or (v.group("end") is not None and _after_role_value(value[v.end() :])):
                label = ffold(m.group("label"))
                found.append((v.group("name"), pos + at + part.find(value), label, kind))
        pos += len(line)
        asked = line.rstrip().endswith("?") or (asked and not line.strip())
    speakers = _speaker_labels(text)
    return [(name, at) for name, at, label, kind in found if kind or label not in speakers], loose


_SPEAKER = re.compile(r"^[\s\-*\u2022>]*([^\W\d_][^:\n]{0,30}?)\s*:", re.M)


def _speaker_labels(text: str) -> frozenset[str]:
    """Labels that open two or more lines: a transcript's speakers."""
    seen: dict[str, int] = {}
    for m in _SPEAKER.finditer(text):
        k = ffold(m.group(1))
        seen[k] = seen.get(k, 0) + 1
    return frozenset(k for k, n in seen.items() if n >= 2)


_ANOTHER_NAME = re.compile(r"^[^.!?]*\b[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,}")
"""A second capitalised word in the reply's sentence after the name."""
_STAMP = re.compile(r"^\s*\[[\d:.h/, -]{3,24}\]")
"""A chat line's time alone ("[01:54]"): a line the form splitter left before a label."""
_ALONE = re.compile(r"[\s.!]*$|\.\s")
"""After a replied name: nothing, or the end of its sentence ("Edna. Tem 33 anos.")."""
_REPLY_LEAD = re.compile(
    r"^[\s\-*\u2022>\u2013\u2014]*(?:\[[\d:.h/, -]{3,24}\]\s*|\d{1,2}[:h]\d{2}\s+)?"  # "[01:54] ", "01:54 "
    r"(?:[^\W\d_][^:\n?]{0,30}?\s*:\s*)?"
)


def _a_tongue_or_place(word: str) -> bool:
    """A language, a country or a people ("she prefers Spanish"): no name."""
    f = ffold(word)
    return any(
        f in k for k in (lexicon.language_names(), lexicon.country_names(), lexicon.demonyms())
    )


_STAGE = re.compile(r"(?:[\[(][^\])\n]{1,40}[\])][^\S\n]*)?")
"""A stage direction opening a reply ("[fala em espanhol] ", "(asks her in Tigrinya) ")."""


def _accentless(text: str) -> str:
    """The text without accents when that keeps its length (a self-introduction "É o")."""
    plain = strip_accents(text)
    return plain if len(plain) == len(text) else text


@cache
def _asked_for() -> re.Pattern[str]:
    """In a reply to the name question, a name after a word of preference or request
    (`name_reply_prefers`: "she likes", "but she prefers", "ela pede", "elle demande"):
    the name she asks for, whatever the reply gave before it (the name on her papers)."""
    verbs = sorted(lexicon.by_language("name_reply_prefers"), key=len, reverse=True)
    alts = "|".join(r"[^\S\n]+".join(map(re.escape, v.split())) for v in verbs) or "(?!)"
    return re.compile(
        rf"(?i:\b(?:{alts}))[^\S\n]+[\"'\u201c\u00ab]?[^\S\n]*(?P<name>{_CAP})"
        r"(?=[^\S\n]*[\"'\u201d\u00bb]?[^\S\n]*(?:$|[.,;!)]))"
    )


@cache
def _self_intro() -> re.Pattern[str]:
    """What a reply may open with before the name ("I'm", "Soy", "Moi c'est", "Sou a"):
    each folder's `self_intro`, matched with or without accents and apostrophes."""
    alts = sorted({ffold(w) for w in lexicon.words().get("self_intro", ())}, key=len, reverse=True)
    src = "|".join(r"[\s'\u2019-]+".join(map(re.escape, w.replace("'", " ").split())) for w in alts)
    return re.compile(rf"^(?i:(?:{src})\s+)" if src else r"(?!)")


@cache
def _name_nouns() -> frozenset[str]:
    """The one-word name labels: "name", "nombre", "nom", "prenom", "nome"."""
    return frozenset(w for w in lexicon.by_language("name_labels") if " " not in w)


@cache
def _question_fillers() -> frozenset[str]:
    """Words around a name noun asked alone ("and", "please", `short_question_fillers`)."""
    return lexicon.by_language("and_words") | lexicon.by_language("short_question_fillers")


def _her_name_asked(words: list[str]) -> list[str]:
    """A question about the name of the person spoken of, in any wording: a name noun
    after "her / his / su / son" or before "dela / dele" ("Vous pouvez me dire son prénom
    ?", "And her name?", "¿Sabe su nombre?", "E o nome dela?"). The question's words
    without that possessive (French "son" is English "son": another person), or none."""
    fw = function_words()
    bare = [w for w in words if w not in _question_fillers() and any(c.isalnum() for c in w)]
    if len(bare) == 1 and bare[0] in _name_nouns():
        return bare  # "Name?", "¿Nombre?", "Et son prénom ?" asked alone: hers
    for i, w in enumerate(words):
        if w not in _name_nouns():
            continue
        if i and words[i - 1] in fw.third_possessives:
            return words[: i - 1] + words[i:]
        if i + 1 < len(words) and words[i + 1] in fw.possessives_after:
            return words[: i + 1] + words[i + 2 :]
    return []


def replied_names(text: str) -> list[tuple[str, int]]:
    """In a transcript, the reply to a question about her name ("What should we call
    you? / Caller: Amina.", "¿Cómo te llamas? - Soy Rosa.", "Comment tu t'appelles ? –
    Awa."): the capitalised name the reply opens with, after its speaker's label and a
    self-introduction, when nothing but punctuation or an age follows it."""
    if "?" not in text:
        return []
    asks = lexicon.phrase_regex("name_questions")
    others = lexicon.word_sets().other_people
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    found: list[tuple[str, int]] = []
    for k, line in enumerate(lines):
        q = line.rfind("?")
        lead = _REPLY_LEAD.match(line[:q])  # the asker's label names no one asked about
        asked = " ".join(
            fold(line[lead.end() if lead else 0 : q]).replace("'", " ").replace("-", " ").split()
        )
        words = tokens(asked)
        named = asks.search(asked) or phrase_search("name_question_words", asked)
        if not named and (her := _her_name_asked(words)):
            named, words = True, her
        if q < 0 or not named or not others.isdisjoint(words):
            continue  # not "¿Cómo se llama tu jefe?"
        at, reply = starts[k] + q + 1, line[q + 1 :]
        if not reply.strip():
            j = k + 1
            while j < len(lines) and not _STAMP.sub("", lines[j]).strip():
                j += 1
            if j == len(lines) or "?" in lines[j]:
                continue
            at, reply = starts[j], lines[j]
        lead = _REPLY_LEAD.match(reply)
        cut = lead.end() if lead else 0
        cut += len(_STAGE.match(reply, cut).group())  # "[fala em espanhol] Ela falou que é Nati"
        asked_for = _asked_for().search(reply.split("\n", 1)[0], cut)
        if asked_for and not _a_tongue_or_place(
            asked_for.group("name")
        ):  # "Rosalind, she likes Ros", 'No passaporte diz Siriporn, mas ela pede "Nok"'
            found.append((asked_for.group("name"), at + asked_for.start("name")))
            continue
        intro = _self_intro().match(_accentless(reply[cut:]))
        cut += intro.end() if intro else 0
        v = _value_regex().match(reply[cut:].rstrip())
        after = reply[cut + v.end() :] if v else ""
        if v is None or v.group("end") is None and not _ALONE.match(after):
            continue  # "Sam.", "Edna. Tem 33 anos.": the name alone in its sentence
        name = v.group("name")
        if ffold(name) in _not_names() or ffold(name.split()[0]) in _not_names():
            continue
        if _ANOTHER_NAME.search(after.split("\n", 1)[0]):
            continue  # "Rosalind, she likes Ros": two names in the reply, which one is unsaid
        found.append((name, at + cut + v.start("name")))
    return found
