"""Form lines: "Age: 34", "- Idioma: guaraní (habla también castellano)", "Sexe : F".

Police forms, intake sheets and forwarded templates state facts as label and
value. The label is looked up in the per-language field tables
(`field_tables.py`); the value is read by the fact's type alone
(`field_values.py`), so no fact is named here. This module finds the lines: a
label and its value, several on one line, a topic joined by a dash, a value
that is a statement rather than a value of the label's type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.facts import FACTS
from caseassist.intake.field_tables import is_placeholder, tables, value_kind, value_words
from caseassist.intake.field_values import Reading, read_value, states_what_is
from caseassist.intake.text import fold_name

FORM_LINE = re.compile(
    r"^\s*(?:[-*\u2022>\u00b7]+\s*)?(?P<label>[^:\n]{1,64}?)\s*:\s*(?P<value>\S.*?)\s*$"
)
_SEGMENT = re.compile(r"[|;\u00b7]\s*|\s+(?:[|;\u00b7]|/\s)\s*")
r"""What separates form segments on one line ("Age: 27 | Sex: F", "a; b", "a / b"), each
break opened by its mark or its spaces (as `\s*(?:\||;|\u00b7|\s/\s)\s*` splits, faster)."""
_QUALIFIER = re.compile(r"\([^)]*\)")
_CHAT_TIME = re.compile(r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*")


def fact_of(label: str) -> str | None:
    """The fact a form label names ("Client age" -> person.age), or None."""
    key = label_key(label)
    return tables().labels[key] if key else None


def _without_attribution(key: str, subjects: tuple[str, ...]) -> str:
    """The label less a tail that says who gave its value, when that someone is her
    (`label_attributions` then a subject word: "age stated by victim", "edad declarada por
    la victima"); any other tail ("by the nurse") is kept, and the label stays unknown."""
    for lead in lexicon.by_language("label_attributions"):
        at = key.find(f" {lead} ")
        if at > 0:
            rest = key[at + len(lead) + 2 :].split()
            if rest and rest[-1] in subjects and len(rest) <= 3:
                return key[:at]
    return key


def _without_place(key: str, labels: dict[str, str]) -> str:
    """The label less a country it names at its end after a `place_leads` word, when what is
    left is the label of a fact whose label may name a place (`[labels] place_tails`:
    "Return to Vietnam", "Retour au Cameroun", "Regresso a Angola" are the going-home
    label); any other label keeps its place ("Family in Ghana" names no fact here)."""
    toks = key.split()
    leads, names = lexicon.by_language("place_leads"), lexicon.country_names()
    for i in range(len(toks) - 1, max(len(toks) - 4, 1) - 1, -1):
        if " ".join(toks[i:]) not in names:
            continue
        j = i
        while j > 1 and toks[j - 1] in leads:
            j -= 1
        base = " ".join(toks[:j])
        if j < i and labels.get(base) in lexicon.words_of_rules("labels", "place_tails"):
            return base
    return key


@lru_cache(maxsize=4096)
def label_key(label: str) -> str | None:
    """The folded label as the tables hold it, its leading subject words dropped. Kept per
    label: a note's form labels are looked up by a dozen readers each (the fields, the
    statement lines, the language lines, the speaker labels), 0.2 ms a look-up."""
    t = tables()
    key = " ".join(value_words(label))
    if key not in t.labels and "(" in label:
        key = " ".join(value_words(_QUALIFIER.sub(" ", label)))  # "Age (stated)", "Sexe (déclaré)"
    if key not in t.labels and (spelt := lexicon.respell(key)) != key:
        # shorthand written out: "Aloj. p/ hoje" is "alojamento para hoje", "HU ce soir" is
        # "hebergement d'urgence ce soir" (then looked up, or composed, as written out)
        key = " ".join(value_words(spelt))
    if key not in t.labels:
        key = _without_attribution(key, t.subjects)  # "Age stated by victim" -> "age stated"
    if key not in t.labels:
        key = _without_place(key, t.labels)  # "Return to Vietnam" -> "return"
    last = key.rsplit(" ", 1)
    if (
        key not in t.labels
        and len(last) == 2
        and last[1] in lexicon.by_language("wish_participles")
    ):
        key = last[0]  # a label asked for: "Legal assistance requested", "Aide juridique demandée"
    for _ in range(3):
        if key in t.labels:
            return key
        for s in t.subjects:
            if key.startswith(s + " "):
                key = key[len(s) + 1 :]
                break
        else:
            parts = [label_key(p) for p in label.split("/")] if "/" in label else []
            if len(parts) > 1 and None not in parts and len({t.labels[k] for k in parts}) == 1:
                return parts[0]  # "Sexo/gênero", "Sex / Gender": alternatives of one fact
            return composed_label(key)
    return None


@cache
def _compositions() -> tuple[tuple[str, tuple[tuple[re.Pattern[str], ...], ...]], ...]:
    """`[composed_labels]` of `rules.toml`: a listed label and the word groups whose
    phrases, one of each group of one of its lists, make a label stand for it."""
    table = lexicon.rules_data().get("composed_labels", {})
    return tuple(
        (fold_name(label), tuple(tuple(lexicon.phrase_regex(g) for g in groups) for groups in ways))
        for label, ways in table.items()
    )


@cache
def _pieces() -> tuple[re.Pattern[str], ...]:
    """Every group a composition names, and need words ("Bed needed tonight"): the
    words a composed label may be made of, beside short words ("para", "pour", "de")."""
    names = {g for _, ways in _comp_names() for groups in ways for g in groups}
    return tuple(lexicon.phrase_regex(g) for g in sorted(names | {"need_cues"}))


def _comp_names() -> list[tuple[str, list[list[str]]]]:
    return list(lexicon.rules_data().get("composed_labels", {}).items())


def composed_label(key: str) -> str | None:
    """The listed label a label no table holds stands for, by its pieces: a place word
    and a tonight word ("Emergency shelter tonight", "Lit cette nuit", "Cama esta noite?"),
    a home word and a long-term word ("Moradia a longo prazo"); None when no composition
    or two fit, or a negator or a hedge makes the label a statement ("No long-term
    housing need")."""
    if not key or len(key.split()) > 8:
        return None
    ws = lexicon.word_sets()
    if any(w in ws.negators for w in key.split()) or lexicon.hedge_regex().search(key):
        return None
    fits = {
        label
        for label, ways in _compositions()
        if any(all(g.search(key) for g in groups) for groups in ways)
    }
    if len(fits) != 1:
        return None
    rest = key
    for piece in _pieces():
        rest = piece.sub(" ", rest)
    if any(len(w) > 4 and w not in tables().subjects for w in rest.split()):
        return None  # a word beside the pieces: "Proposé hébergement ce soir" is an offer
    label = fits.pop()
    return label if label in tables().labels else None


_LABEL_WORDS = 4  # the longest label looked for before a colon inside a form line
_STOP_LABEL_WORDS = 6  # after a full stop, as long as a line's own label (`FORM_LINE`): the
# stop bounds it ("Elle aimerait travailler. Accord pour partager ses infos : oui")


@cache
def _inline_labels() -> frozenset[str]:
    """Labels that may follow a value on the same line: every fact's, and the name and role
    labels the name reader knows (folded)."""
    named = [*lexicon.words().get("name_labels", ()), *lexicon.words().get("name_roles", ())]
    return frozenset(tables().labels) | {fold_name(n) for n in named}


def _inline_label(key: str) -> bool:
    """A known label, or one a role word opens ("Client age", "Edad usuaria" is read by
    `read/role_labels.py`): an export's columns ("Client gender: F    Client age: 31")."""
    if key in _inline_labels() or lexicon.respell(key) in _inline_labels() or composed_label(key):
        return True  # (shorthand written out: "LT housing" is "long term housing")
    if _without_attribution(key, tables().subjects) in _inline_labels():
        return True  # "Victim: F. DOB unknown. Age stated by victim: 58"
    role, _, rest = key.partition(" ")
    return bool(rest) and role in _role_words() and rest in tables().labels


@cache
def _role_words() -> frozenset[str]:
    return frozenset(fold_name(n) for n in lexicon.words().get("name_roles", ()))


def split_inline_labels(text: str) -> str:
    """Form lines pasted with several fields on one line ("Name: Amina R. Age: 27 Sex: F")
    broken before each further label, so each value ends where the next label starts.
    Only before a capitalised known label, in a line that opens with a label or right after
    a full stop; the space before it becomes the line break, so every offset in the text
    still holds."""
    if ":" not in text:
        return text
    chars = list(text)
    pos = 0
    for line in text.splitlines(keepends=True):
        first = FORM_LINE.match(line.rstrip("\n"))
        if first is not None and ". " in first.group("label"):
            tail = first["label"].rpartition(". ")[2]
            if not fact_of(first["label"]) or fact_of(tail):
                first = None  # "F, 31a, guianense. Lg", "Needs bed tonite. LT housing": a
                # sentence, then a label (however its words compose)
        if first is not None:
            _break_before_labels(line, pos, first.end("label"), chars)
        else:  # "F, 31a, guianense. Lg: inglês.": a label after a sentence of its own
            _break_before_labels(line, pos, 0, chars, after_stop=True)
        pos += len(line)
    return "".join(chars)


def _break_before_labels(
    line: str, pos: int, after: int, chars: list[str], *, after_stop: bool = False
) -> None:
    """In `line` (at `pos` in the text, its own label ending at `after`), turn the space
    before each further known label into a line break (in `chars`); `after_stop`: only
    a label right after a full stop (in a line that opens with a sentence, not a label)."""
    colon = line.find(":", after + 1)
    while colon > 0:
        head = line[:colon].rstrip()  # what stands before this colon
        words = head.split(" ")
        longest = _STOP_LABEL_WORDS if after_stop else _LABEL_WORDS
        for n in range(1, min(longest, len(words) - 1) + 1):
            label = " ".join(words[-n:])
            start = len(head) - len(label)
            if (
                label[:1].isupper()
                and start > after
                and line[start - 1] in " \t"
                and line[:start].rstrip()[-1:] not in (":", "")
                and (not after_stop or line[:start].rstrip()[-1:] == ".")
                and _inline_label(fold_name(label))
            ):
                chars[pos + start - 1] = "\n"
                break
        colon = line.find(":", colon + 1)


def _form_lines(text: str, *, runs: bool = False) -> tuple[tuple[str, str], ...]:
    """(label, value) of every "Label: value" segment of the text, in text order; with
    `runs`, the segments after a value that hold no label of their own go on its list
    ("Desea: seguir trabajando; capacitación en otro oficio"). Kept for the last few
    texts: a note's form lines are read by three readers (fields, its labels' denials)."""
    return _kept_form_lines(text, runs) if ":" in text else ()


@lru_cache(maxsize=8)
def _kept_form_lines(text: str, runs: bool) -> tuple[tuple[str, str], ...]:
    return tuple(_each_form_line(text, runs))


def _each_form_line(text: str, runs: bool) -> Iterator[tuple[str, str]]:
    for line in text.splitlines():
        pair: tuple[str, str] | None = None
        for seg in _SEGMENT.split(line):
            m = FORM_LINE.match(seg)
            if m and label_key(m.group("label")) is None:
                # a speaker, after a chat time or not, before a form line ("[14:03] Nurse
                # Hollis: Wants police: Undecided"): the label is the one after the speaker
                bare = FORM_LINE.match(_CHAT_TIME.sub("", seg, count=1))
                inner = FORM_LINE.match(bare.group("value")) if bare else None
                if inner and label_key(inner.group("label")) is not None:
                    m = inner
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
        key = label_key(label)
        if key is None:
            continue
        if key in t.unremarkable:
            # "Santé : rien de particulier", "Health: nothing of note": no such need; any
            # other value ("Health: diabetic") is left to the sentence reading
            if value_kind(value_words(value), "nothing") and FACTS[t.labels[key]].type == "bool":
                out.append(Reading(t.labels[key], False))
            continue
        lacking = ("only" if key in t.lacking_only else "also") if key in t.lacking else ""
        r = read_value(t.labels[key], value, lacking=lacking)
        if r is not None and not states_what_is(r.fact, value, label):
            out.append(r)
    return out


def _wish_label(label: str) -> bool:
    """A label that is itself a wish or a request ("Souhaite", "Solicita", "Wants"), also
    with a word that only says who saw it (`label_qualifiers`: "Besoins signalés")."""
    key = " ".join(
        w for w in value_words(label) if w not in lexicon.by_language("label_qualifiers")
    )
    return any(key in lexicon.by_language(g) for g in ("wish_cues", "need_cues", "interest_cues"))


def statement_lines(text: str) -> list[tuple[str | None, str, str]]:
    """Form lines whose value is a statement, not a value of the label's type:
    ("fact id", label, value) for a bool or enum fact's label ("Passaporte: retido pelo
    empregador"), (None, label, value) for a wish label ("Souhait : formation
    professionnelle"). The reader reads each part of the value after its label."""
    out: list[tuple[str | None, str, str]] = []
    for label, value in _form_lines(text, runs=True):
        if not value_words(value) or is_placeholder(value):
            continue  # "Wants police: ?", "Danger : à évaluer": nobody answered the label
        fact_id = fact_of(label)
        if fact_id is not None:
            if FACTS[fact_id].type not in ("bool", "enum") or read_value(fact_id, value):
                continue
            out.append((fact_id, label, value))
        elif len(value_words(label)) <= 3 and _wish_label(label):
            out.append((None, label, value))
    return out
