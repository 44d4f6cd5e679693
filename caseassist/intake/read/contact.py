"""A safe way to reach the survivor, read from a note: a contact cue ("safe contact is",
"can be reached through", "la joindre par", "só pode ser contactada pelo") followed in
its sentence by a means (a phone number, a messaging app, a go-between), or a question
about a safe number answered by the next sentence. The value is the note's own words
after the cue, so staff read it as the referrer wrote it."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.field_tables import value_kind
from caseassist.intake.read.no_phone import no_phone, no_way
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.safe_means import safe_means
from caseassist.intake.read.segment import sentences, tokens
from caseassist.intake.text import fold

FACT = "person.safe_contact"
_PHONE = re.compile(r"\+?\(?\d[\d ().\-]{5,}\d")
_WORD = re.compile(r"\w+")
_LEAD = re.compile(r"^[\s:,.;\-]*(?:(?:is|are|es|est|e|by|on|at|au|al|:)\s+)*", re.IGNORECASE)
_SPEAKER = re.compile(r"^\s*[^\W\d_]+(?: [^\W\d_]+){0,2} ?:\s*")


def _plain(folded: str) -> str:
    """Folded text with dots and hyphens as spaces, as the cue lists are folded."""
    return " ".join(folded.replace(".", " ").replace("-", " ").split())


def _after_words(original: str, count: int) -> str:
    """The original sentence after its first `count` words."""
    words = list(_WORD.finditer(original))
    if count >= len(words):
        return ""
    return original[words[count].start() :] if count else original


def _has_means(folded: str) -> bool:
    return bool(_PHONE.search(folded)) or bool(lexicon.phrase_regex("contact_means").search(folded))


def _value(original: str, folded_plain: str, end: int) -> str | None:
    """The words after the cue that ends at `end` in the plain folded sentence."""
    count = len(_WORD.findall(folded_plain[:end]))
    rest = _LEAD.sub("", _after_words(original, count)).strip(" .;")
    return rest if rest and _has_means(fold(rest)) else None


def _says_none(after: str) -> bool:
    """The words after the cue open with a none ("Safe contact: none, the phone is the
    boss's", "ninguno", "aucun", "nenhum": the forms' `none` values): the note says there is no
    safe way, so no words after it are one (stop 33, turns33b)."""
    words = [w for w in tokens(after) if w != ":"][:2]  # (alone: not "sans risque")
    alone = len(words) == 1 or (len(words) == 2 and not words[1][0].isalnum())
    return alone and words[0][0].isalnum() and value_kind(words[:1], "none") is not None


def read_safe_contact(text: str, out: Extraction) -> None:
    """Set `person.safe_contact` from the first sentence that gives one (a form line
    already read wins), then weigh whose contact it is (`_whose`)."""
    _read(text, out)
    _whose(out)
    _refused_first(out)
    if isinstance(value := out.values.get(FACT), str) and no_way(value):
        out.maybe(FACT, out.values.pop(FACT))  # "Contacto seguro: o telemóvel foi-lhe tirado"
    if isinstance(value := out.values.get(FACT), str):
        out.values[FACT] = _tidy(value)


_ASIDE = re.compile(r"\s+[\u2014\u2013]\s+(?P<rest>[^\u2014\u2013]*)$")


def _tidy(value: str) -> str:
    """The value less a pronoun for the number before whose it is ("celui de Joy, 06 ...",
    "Este, es de Nidia: (67) ...": `contact_demonstratives`, `contact_whose`) and less a
    closing dash aside that gives no way to reach her ("... — c'est ainsi qu'elle souhaite
    qu'on l'appelle"): staff read the way itself (stop 33, turns33b)."""
    words = list(_WORD.finditer(value))
    folded = [fold(w.group()) for w in words]
    whose = lexicon.by_language("contact_whose")
    for k in (3, 2, 1):
        if len(folded) > k and folded[k] in whose:
            if " ".join(folded[:k]) in lexicon.by_language("contact_demonstratives"):
                value = value[words[k].start() :]
            break
    aside = _ASIDE.search(value)
    if (
        aside
        and not _has_means(fold(aside.group("rest")))
        and _PHONE.search(value[: aside.start()])
    ):
        value = value[: aside.start()]
    return value.strip(" .;,")


def _refused_first(out: Extraction) -> None:
    """A value whose first part ends in a no ("WhatsApp de la amiga NO; mejor vía el centro
    de salud", "her sister's phone NO; only through the clinic") names a way that is not
    safe: it is never hers; what follows the ";" is offered when it gives a way (stop 41)."""
    value = out.values.get(FACT)
    if not isinstance(value, str):
        return
    head, _, rest = value.partition(";")
    words = [w for w in tokens(fold(head)) if w[0].isalnum()]
    if len(words) < 2 or words[-1] not in lexicon.by_language("contact_refused"):
        return
    del out.values[FACT]
    if _has_means(fold(rest)):
        out.maybe(FACT, rest.strip(" .;,"))


def _whose(out: Extraction) -> None:
    """A contact in the writer's own words ("through my office", "passer par moi", "mon
    cabinet", "meu escritório": `contact_first_person`) is the writer's way, told in a
    note where "my" reads as hers: offered for staff to put in words. One opening with a
    police title ("Contacto: Agente Principal R. Tavares, 21 000 4471": `other_parties`)
    is the referrer's own, no way to reach her."""
    value = out.values.get(FACT)
    if not isinstance(value, str):
        return
    words = tokens(fold(value.split(". ")[0]))  # (not a sentence run on: "I'll call back")
    if lexicon.phrase_regex("other_parties").match(" ".join(words)):
        del out.values[FACT]
    elif not lexicon.by_language("contact_first_person").isdisjoint(words):
        out.maybe(FACT, out.values.pop(FACT))


def _read(text: str, out: Extraction) -> None:
    if FACT in out.values or FACT in out.conflicts:
        return
    cues = lexicon.phrase_regex("contact_cues")
    if not cues.search(_plain(fold(text))):
        # most notes give no way to reach her: one search of the whole text; or a means
        # named, then said to be safe ("Her own phone is safe, 555-0163")
        _means_or_none(text, out)
        return
    negators = lexicon.word_sets().negators
    asks: list[bool] = []
    originals = sentences(text, asks)
    for k, original in enumerate(originals):
        plain = _plain(fold(original))
        m = cues.search(plain)
        if not m:
            continue
        before = re.split(r"[,:;]", plain[: m.start()])[-1].split()  # its own clause
        if negators & set(before[-2:]):
            continue  # "no safe contact", "do not call her on her own phone"
        if _other_subject(before):
            continue  # "the officer can be reached on 555-0100"
        if asks[k]:
            # "Is there a safe number?" answered by the next sentence ("913 482 607, after six")
            if k + 1 < len(originals) and not asks[k + 1]:
                reply = _SPEAKER.sub("", originals[k + 1]).strip(" .")
                if _PHONE.search(reply):
                    out.put(FACT, reply)
                    return
            continue
        if _says_none(fold(_after_words(original, len(_WORD.findall(plain[: m.end()]))))):
            return  # "Contacto seguro: nenhum – o telemóvel é da madame": there is none
        value = _value(original, plain, m.end())
        if value:
            out.put(FACT, value)
            return
    _means_or_none(text, out)


def _means_or_none(text: str, out: Extraction) -> None:
    """A means said to be safe is applied; "No phone." (no_phone.py) is only offered: it
    says how she cannot be reached, not how she can (the blind labels never give it as
    her safe contact), so the question is still put, and staff may confirm it."""
    if (said := safe_means(text)) is not None:
        out.put(FACT, said)
    elif (said := no_phone(text)) is not None:
        out.maybe(FACT, said)
