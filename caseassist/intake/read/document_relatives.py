"""What a note says of her document in a relative clause or a bracket right after it.

"edad 19 según su cédula, que sí trae consigo", "per her ID card (found in her bag, now
back in her possession)", "son passeport, que le patron a gardé", "her passport, which is
with the agent": the clause after the document says who holds it, but no reader sees the
document as that clause's object or subject. Each is written out as a sentence of its
own after the one it stands in, the document put back where the relative stood:

- a relative that is the clause's subject (its first word a copula or a participle of
  holding, `copulas`, `held_participles`): "her passport is with the agent";
- any other relative is the clause's object: "le patron a gardé son passeport", "sí
  trae consigo su cédula";
- a bracket's parts of three words or more, each after the document as a label: "her ID
  card now back in her possession".

The words are the document frame's (`[document_frame]` in each `lexicon/<lang>/words.toml`:
`relatives` less those for a person, `determiners`, `copulas`, `held_participles`) and
the `identity_documents` list; no fact is named here."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.text import fold_name, strip_accents

"""Relatives for a person: "qui" is also the French subject relative, but what follows a
document with "qui" ("qui est chez le patron") reads as the subject form below."""


def _alt(words: set[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a relative after a comma with its clause, or a bracket; the document words ending
    right before it). The first is searched over the note, the second only before each
    of its matches: relatives are rarer than determiners."""
    frame = lexicon.words().get("document_frame", {})
    docs = {fold_name(w) for w in lexicon.words().get("identity_documents", ())}
    dets = {fold_name(w) for w in frame.get("determiners", ())}
    rels = {fold_name(w) for w in frame.get("relatives", ())} - {"who", "quien", "quienes"}
    rels.add("qu'")  # "qu'elle a avec elle"
    if not docs or not rels:
        return None
    after = re.compile(
        rf",\s*(?P<rel>{_alt(rels)})(?:\s+|(?<=')\s*)(?P<rest>[^,.;:()\n]{{3,80}})"
        r"|\((?P<aside>[^()\n]{3,120})\)"
    )
    before = re.compile(rf"(?<![\w'])(?:(?:{_alt(dets)})\s+){{0,2}}(?:{_alt(docs)})\s*$")
    return after, before


@cache
def _subject_heads() -> re.Pattern[str]:
    """A relative clause opened by a copula or a participle of holding: the relative is its
    subject ("which is with the agent", "que está con el patrón", "qui est chez lui")."""
    frame = lexicon.words().get("document_frame", {})
    heads = {fold_name(w) for k in ("copulas", "held_participles") for w in frame.get(k, ())}
    return re.compile(rf"^(?:{_alt(heads)})(?![\w'])")


_WRAPPED = re.compile(r"\n[^\S\n]*(?=[a-z\u00e0-\u00ff])[^,.;:()\n]*")
"""A line break inside a clause: the next line goes on in lower case."""
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n(?![^\S\n]*[a-z\u00e0-\u00ff])")
"""Where the sentence holding a relative ends: its stop, or a line break not followed by
a line that goes on in lower case (a form line ends there)."""


def with_relatives(text: str) -> str:
    """`text` with a sentence after each document's relative clause or bracket, saying it
    of the document ("..., que sí trae consigo." + " Sí trae consigo su cédula.")."""
    patterns = _patterns()
    if patterns is None or ("(" not in text and "," not in text):
        return text
    low = strip_accents(text.lower())
    if len(low) != len(text):
        return text  # (a letter folded to two: positions would not hold)
    after, before = patterns
    added: list[tuple[int, str]] = []  # where a sentence ends, what to add after it
    for m in after.finditer(low):
        d = before.search(low, max(0, m.start() - 60), m.start())
        if d is None:
            continue
        doc = text[d.start() : d.end()].rstrip()
        if m.group("rest") is not None:
            if m.group("rel") in function_words().person_relatives and m.group("rel") != "qui":
                continue
            end = m.end("rest")
            while text.startswith("\n", end) and (more := _WRAPPED.match(text, end)):
                end = more.end()  # a line wrapped in the middle of the clause
            rest = " ".join(text[m.start("rest") : end].split())
            subject = m.group("rel") == "qui" or _subject_heads().match(m.group("rest").strip())
            said = [f"{doc} {rest}" if subject else f"{rest} {doc}"]
        else:
            parts = [p.strip() for p in text[m.start("aside") : m.end("aside")].split(",")]
            said = [f"{doc} {p}" for p in parts if len(p.split()) >= 3]
            end = m.end()
        if said:
            stop = _SENTENCE_END.search(text, end)
            at = (stop.start() if stop.group() == "\n" else stop.end()) if stop else len(text)
            added.append((at, " ".join(f"{s}." for s in said)))
    if not added:
        return text
    out, last = [], 0
    for at, said in added:
        out += [text[last:at], f" {said[0].upper()}{said[1:]} "]
        last = at
    return "".join(out) + text[last:]
