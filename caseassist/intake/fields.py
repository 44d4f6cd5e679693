"""Form lines: "Age: 34", "- Idioma: guaraní (habla también castellano)", "Sexe : F".

Police forms, intake sheets and forwarded templates state facts as label and
value. The label is looked up in the per-language field tables
(`resources/intake/lexicon/<lang>/fields.toml`, all languages at once, since a
note's language is not known beforehand); the value is read by the fact's
type alone, so no fact is named here. Only a value that is clear by itself is
taken: a number, a country, languages, a gender mark, a yes/no word. A hedged
value ("unknown", "por confirmar") sets an enum's own unsure value where it
has one and is otherwise offered as possible; anything longer is left to the
sentence reading.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.facts import FACTS
from caseassist.intake.numbers import to_int
from caseassist.intake.text import fold, fold_name
from caseassist.paths import resources_dir

_LINE = re.compile(
    r"^\s*(?:[-*\u2022>\u00b7]+\s*)?(?P<label>[^:\n]{1,48}?)\s*:\s*(?P<value>\S.*?)\s*$"
)
_TOPIC_LINE = re.compile(
    r"^\s*(?:[-*\u2022>\u00b7]+\s*)?(?P<label>[^\W\d_][^:?\n\-\u2013\u2014]{0,30}?)"
    r"\s*\s[-\u2013\u2014]+\s*(?P<value>\S.*?)\s*$"
)
"""A topic and its value joined by a dash ("Police - no"): a form line when the topic is
a known label (`fields.toml`; a question, "Police? No.", is read as one and its reply)."""
_SEGMENT = re.compile(r"[|;\u00b7]\s*|\s+(?:[|;\u00b7]|/\s)\s*")
r"""What separates form segments on one line ("Age: 27 | Sex: F", "a; b", "a / b"), each
break opened by its mark or its spaces (as `\s*(?:\||;|\u00b7|\s/\s)\s*` splits, faster)."""
_WORD = re.compile(r"[a-z0-9]+")
_QUALIFIER = re.compile(r"\([^)]*\)")
_LEAD_WORD = re.compile(r"^\s*([a-z]+)\s*[,;.(\-\u2013\u2014!]")


@dataclass(frozen=True)
class Tables:
    labels: dict[str, str]  # folded label -> fact id
    subjects: tuple[str, ...]  # words a label may begin with ("client age")
    values: dict[str, frozenset[str]]  # yes/no/unsure/female/... -> folded words
    lacking: frozenset[str] = frozenset()  # labels naming what she may lack ("Accommodation")
    lacking_only: frozenset[str] = frozenset()  # of those, the ones that ask for nothing
    unremarkable: frozenset[str] = frozenset()  # labels of a state ("Santé"): "nothing" denies


@cache
def tables() -> Tables:
    """Every language folder's field table, merged."""
    labels: dict[str, str] = {}
    lacking: set[str] = set()
    asking: set[str] = set()
    plain: set[str] = set()
    subjects: set[str] = set()
    values: dict[str, set[str]] = {}
    for path in sorted((resources_dir() / "intake" / "lexicon").glob("*/fields.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for table in ("fields", "lacking", "unremarkable"):
            for fact_id, names in data.get(table, {}).items():
                if fact_id not in FACTS:
                    raise ValueError(f"{path}: unknown fact {fact_id}")
                for name in names:
                    labels.setdefault(fold_name(name), fact_id)
                    {"lacking": lacking, "unremarkable": plain}.get(table, asking).add(
                        fold_name(name)
                    )
        subjects.update(fold_name(s) for s in data.get("subjects", ()))
        for kind, words in data.get("values", {}).items():
            values.setdefault(kind, set()).update(fold_name(w) for w in words)
    return Tables(
        labels,
        tuple(sorted(subjects, key=len, reverse=True)),
        {k: frozenset(v) for k, v in values.items()},
        frozenset(lacking),
        frozenset(lacking - asking),
        frozenset(plain - asking),
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(fold_name(text))


def fact_of(label: str) -> str | None:
    """The fact a form label names ("Client age" -> person.age), or None."""
    key = _label_key(label)
    return tables().labels[key] if key else None


def _label_key(label: str) -> str | None:
    """The folded label as the tables hold it, its leading subject words dropped."""
    t = tables()
    key = " ".join(_words(label))
    if key not in t.labels and "(" in label:
        key = " ".join(_words(_QUALIFIER.sub(" ", label)))  # "Age (stated)", "Sexe (déclaré)"
    for _ in range(3):
        if key in t.labels:
            return key
        for s in t.subjects:
            if key.startswith(s + " "):
                key = key[len(s) + 1 :]
                break
        else:
            parts = [_label_key(p) for p in label.split("/")] if "/" in label else []
            if len(parts) > 1 and None not in parts and len({t.labels[k] for k in parts}) == 1:
                return parts[0]  # "Sexo/gênero", "Sex / Gender": alternatives of one fact
            return None
    return None


def _names_in(words: list[str], table: dict[str, str]) -> list[str]:
    """Codes of the names found in order, longest name first at each place."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            key = " ".join(words[i : i + n])
            if len(words[i : i + n]) == n and key in table:
                if table[key] not in out:
                    out.append(table[key])
                i += n
                break
        else:
            i += 1
    return out


def _kind(words: list[str], *kinds: str) -> str | None:
    """Which of the value kinds (yes, no, unsure...) the whole value is, if any."""
    t = tables().values
    key = " ".join(words)
    for k in kinds:
        if key in t.get(k, ()):
            return k
    return None


def is_placeholder(value: str) -> bool:
    """A value that only stands in for one nobody gave ("unknown", "n/k", "desconocido"):
    the writer's not knowing, which says nothing of the survivor."""
    return _kind(_words(value), "placeholder") is not None


@dataclass(frozen=True)
class Reading:
    fact: str
    value: object
    possible: bool = False


def read_value(fact_id: str, value: str, *, lacking: str = "") -> Reading | None:
    """What a form value clearly says for its fact, by the fact's type. After a label
    naming what she may lack (`lacking`: "Accommodation", "Hébergement"), a value that
    says there is none states the fact ("Accommodation: none" needs a bed), one that
    turns it down denies it ("Hébergement : refuse"); any other value says nothing when
    the label asks for nothing (`lacking="only"`), else it is read as any value is
    ("Accommodation tonight: no")."""
    fd = FACTS[fact_id]
    main = re.split(r"[(\[]", value, maxsplit=1)[0]  # "(needs interpreter)": an aside
    words = _words(main)
    if not words or _kind(words, "placeholder"):
        return None
    if lacking and fd.type == "bool":
        kind = _kind(words, "none", "turned_down")
        if kind is not None:
            return Reading(fact_id, kind == "none")
        if lacking == "only":
            return None
    padded = f" {' '.join(words)} "
    unsure = "?" in value or any(f" {u} " in padded for u in tables().values.get("unsure", ()))
    if fd.type == "text":
        # "Injuries: none visible", "Lesiones: no refiere", "Contact : aucun connu": a short
        # value led by a no says there is nothing to record
        if _kind(words, "no", "unsure", "nothing") or unsure:
            return None
        if len(words) <= 3 and _kind(words[:1], "no", "none"):
            return None
        return Reading(fact_id, value.strip())
    if fd.type == "int":
        nums = [int(w) for w in words if w.isdigit()]
        if not nums:
            n = to_int(" ".join(words[:4]))
            nums = [n] if n is not None else []
        if len(set(nums)) != 1 or len(words) > 4:
            return None
        return Reading(fact_id, nums[0], possible=unsure)
    if fd.type == "country":
        codes = _names_in(words, lexicon.country_names()) or _names_in(words, lexicon.demonyms())
        return Reading(fact_id, codes[0], possible=unsure) if len(codes) == 1 else None
    if fd.type in ("lang", "langs"):
        return None  # weighed with the note's other language mentions (read/languages.py)
    if fact_id == "person.gender":
        g = _kind(words[:1] if len(words) == 1 else words, "female", "male", "nonbinary")
        return Reading(fact_id, g) if g else None
    yn = "unsure" if unsure else _kind(words, "yes", "no", "each_time")
    lead = _LEAD_WORD.match(fold(main))
    if yn is None and lead and len(words) > 1:
        # "No - staying with a cousin", "Si, urgente"; not "no lo tiene claro"
        yn = _kind([lead.group(1)], "yes", "no")
    if yn is None:
        return None
    if fd.type == "bool":
        if yn in ("yes", "no"):
            return Reading(fact_id, yn == "yes")
        return None
    hedged = lexicon.hedged_values().get(fact_id)
    if yn == "unsure":
        return Reading(fact_id, hedged) if hedged else None
    if yn == "each_time":
        return Reading(fact_id, "ask_each_time") if "ask_each_time" in fd.options else None
    return Reading(fact_id, yn) if yn in fd.options else None


_LABEL_WORDS = 4  # the longest label looked for before a colon inside a form line


@cache
def _inline_labels() -> frozenset[str]:
    """Labels that may follow a value on the same line: every fact's, and the name and role
    labels the name reader knows (folded)."""
    named = [*lexicon.words().get("name_labels", ()), *lexicon.words().get("name_roles", ())]
    return frozenset(tables().labels) | {fold_name(n) for n in named}


_DASH = re.compile(r"\s[-\u2013\u2014]+\s")


def colon_topics(text: str) -> str:
    """A known label and its value joined by a dash ("Police - no", "Perigo – sim")
    written as a form line ("Police : no"), so it reads as "Label: value" does; the dash
    becomes the colon, so every offset in the text still holds."""
    if " - " not in text and "\u2013" not in text and "\u2014" not in text:
        return text
    chars = list(text)
    pos = 0
    for line in text.splitlines(keepends=True):
        m = _TOPIC_LINE.match(line.rstrip("\n")) if ":" not in line else None
        dash = _DASH.search(line, m.end("label")) if m else None
        if m and dash and dash.end() == m.start("value") and _label_key(m.group("label")):
            at = pos + dash.start()
            chars[at : at + len(dash.group())] = " :" + " " * (len(dash.group()) - 2)
        pos += len(line)
    return "".join(chars)


def split_inline_labels(text: str) -> str:
    """Form lines pasted with several fields on one line ("Name: Amina R. Age: 27 Sex: F")
    broken before each further label, so each value ends where the next label starts.
    Only in a line that opens with a label, only before a capitalised known label; the
    space before it becomes the line break, so every offset in the text still holds."""
    if text.count(":") < 2:
        return text
    chars = list(text)
    pos = 0
    for line in text.splitlines(keepends=True):
        first = _LINE.match(line.rstrip("\n"))
        if first is not None:
            _break_before_labels(line, pos, first.end("label"), chars)
        pos += len(line)
    return "".join(chars)


def _break_before_labels(line: str, pos: int, after: int, chars: list[str]) -> None:
    """In `line` (at `pos` in the text, its own label ending at `after`), turn the space
    before each further known label into a line break (in `chars`)."""
    colon = line.find(":", after + 1)
    while colon > 0:
        head = line[:colon].rstrip()  # what stands before this colon
        words = head.split(" ")
        for n in range(1, min(_LABEL_WORDS, len(words) - 1) + 1):
            label = " ".join(words[-n:])
            start = len(head) - len(label)
            if (
                label[:1].isupper()
                and start > after
                and line[start - 1] in " \t"
                and line[:start].rstrip()[-1:] not in (":", "")
                and fold_name(label) in _inline_labels()
            ):
                chars[pos + start - 1] = "\n"
                break
        colon = line.find(":", colon + 1)


def _form_lines(text: str, *, runs: bool = False) -> Iterator[tuple[str, str]]:
    """(label, value) of every "Label: value" segment of the text, in text order; with
    `runs`, the segments after a value that hold no label of their own go on its list
    ("Desea: seguir trabajando; capacitación en otro oficio")."""
    if ":" not in text:
        return
    for line in text.splitlines():
        pair: tuple[str, str] | None = None
        for seg in _SEGMENT.split(line):
            m = _LINE.match(seg)
            if m:
                if pair:
                    yield pair
                pair = (m.group("label"), m.group("value"))
                if not runs:
                    yield pair
                    pair = None
            elif pair and seg.strip():
                pair = (pair[0], f"{pair[1]}, {seg}")
        if pair:
            yield pair


def read(text: str) -> list[Reading]:
    """Every clear fact stated as a form line in the text, in text order."""
    out: list[Reading] = []
    t = tables()
    for label, value in _form_lines(text):
        key = _label_key(label)
        if key is None:
            continue
        if key in t.unremarkable:
            # "Santé : rien de particulier", "Health: nothing of note": no such need; any
            # other value ("Health: diabetic") is left to the sentence reading
            if _kind(_words(value), "nothing") and FACTS[t.labels[key]].type == "bool":
                out.append(Reading(t.labels[key], False))
            continue
        lacking = ("only" if key in t.lacking_only else "also") if key in t.lacking else ""
        r = read_value(t.labels[key], value, lacking=lacking)
        if r is not None and not states_what_is(r.fact, value, label):
            out.append(r)
    return out


def states_what_is(fact_id: str, value: str, label: str) -> bool:
    """A wish fact's label (or topic) with no wish word, answered by what there is or was
    rather than by her wish (`[replies] wish_facts`): a value led by a `none` word
    ("Police: none", "Plainte : aucune", "Policía: sin denuncia"), or by a yes or no with
    more after it than `answer_tails` and no wish word ("Police: no contact so far", "no
    hubo denuncia", "not yet contacted"; not "no por ahora", "no quiere denunciar")."""
    if fact_id not in lexicon.words_of_rules("replies", "wish_facts"):
        return False
    wishes = lexicon.phrase_regex("police_wish_cues", lexicon.phrase_regex("wish_cues").pattern)
    if wishes.search(" ".join(_words(label))):
        return False  # "Wants police: none", "Quiere denunciar: sin intención"
    words = _words(value)
    padded = f" {' '.join(words)} "
    if not words or any(f" {u} " in padded for u in tables().values.get("unsure", ())):
        return False  # "Denuncia: no lo tiene claro todavía": undecided, said plainly
    if _kind(words[:1], "none") and not _kind(words[:1], "yes"):
        return True
    tails = lexicon.phrase_regex("answer_tails")
    lead = 2 if len(words) > 2 and _kind(words[:2], "no", "yes") else 1
    if not _kind(words[:lead], "no", "yes"):
        if not tails.match(" ".join(words)):
            return False  # (a value that opens with neither: read as it is)
        lead = 0  # "not yet contacted", "pas encore déposée"
    rest = tails.sub(" ", " ".join(words[lead:]))
    if wishes.search(rest):
        return False  # "not yet, she wants to think first"
    for cue in (lexicon.phrase_regex("deferrals"), lexicon.hedge_regex()):
        rest = cue.sub(" ", rest)  # "no, maybe later": a deferral, not a state
    return bool(rest.strip())


def not_now(fact_id: str, value: str) -> bool:
    """A wish fact's value that is only a no for now (`not_now`: "not for now", "ahora no",
    "pas maintenant", "agora não"): a no, as the blind labels read it."""
    if fact_id not in lexicon.words_of_rules("replies", "wish_facts"):
        return False
    return " ".join(_words(value)) in lexicon.by_language("not_now")


def _wish_label(label: str) -> bool:
    """A label that is itself a wish or a request ("Souhaite", "Solicita", "Wants"), also
    with a word that only says who saw it (`label_qualifiers`: "Besoins signalés")."""
    key = " ".join(w for w in _words(label) if w not in lexicon.by_language("label_qualifiers"))
    return any(key in lexicon.by_language(g) for g in ("wish_cues", "need_cues", "interest_cues"))


def statement_lines(text: str) -> list[tuple[str | None, str, str]]:
    """Form lines whose value is a statement, not a value of the label's type:
    ("fact id", label, value) for a bool or enum fact's label ("Passaporte: retido pelo
    empregador"), (None, label, value) for a wish label ("Souhait : formation
    professionnelle"). The reader reads each part of the value after its label."""
    out: list[tuple[str | None, str, str]] = []
    for label, value in _form_lines(text, runs=True):
        if not _words(value) or is_placeholder(value):
            continue  # "Wants police: ?", "Danger : à évaluer": nobody answered the label
        fact_id = fact_of(label)
        if fact_id is not None:
            if FACTS[fact_id].type not in ("bool", "enum") or read_value(fact_id, value):
                continue
            out.append((fact_id, label, value))
        elif len(_words(label)) <= 3 and _wish_label(label):
            out.append((None, label, value))
    return out
