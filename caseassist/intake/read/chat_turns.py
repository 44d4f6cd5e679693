"""A chat or transcript line's speaker label as a carrier (see docs/intake.md).

Notes are chats, WhatsApp exports and call transcripts: "Clinic: 23F, from China",
"[22:14] Irmã Graça: ...", "Mme Perrin (AS) : ...", "Oficial Ruiz dijo: ...",
"12/03/2026, 14:02 - Kelsey: ...". What a line states must read as it reads alone, so
the label of a speaker who is not her (staff, a service, a titled or named person) is
taken off before the note is read: a form line inside the turn ("Clinic: Emergency
shelter tonight: Y") is a form line again, and the speaker's name is never a person of
the note. Who speaks is kept: a staff speaker's own first-person clauses are blanked
first (`speakers.quiet_turn`: "Nurse Hollis: I speak Spanish" is the nurse's), each turn
ends its statement, and her own turns ("Survivor:", "Client:", "Caller (survivor):",
"Ana (client):") and the turns the transcript readers know (a caller, an interpreter,
another person of hers, "Q:" / "R:") keep their label for the readers that weigh them.
A label no table names is a speaker only in a chat: a time stamp before it, or two or
more lines opening with a speaker's label. The words are data: `staff_speakers`,
`language_helpers`, `care_places`, `person_titles`, `speaker_titles`, `speaker_verbs`."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from caseassist.intake import fields, lexicon
from caseassist.intake.read import turn_legend
from caseassist.intake.read.asked import asked_facts
from caseassist.intake.read.language_kin import named_staff_line
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.read.speakers import first_person, quiet_other_speakers
from caseassist.intake.read.turn_legend import read_legend

_STAMP = (
    r"\[[^\]\n]{0,30}\d[^\]\n]{0,30}\]"  # "[14:03]", "[12/03/2026, 14:02:07]"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[^\S\n]+\d{1,2}[:.h]\d\d(?::\d\d)?"
    r"(?:[^\S\n]*[ap]\.?m\.?)?(?:[^\S\n]*[-\u2013][^\S\n]*(?=[^\W\d_]))?"  # WhatsApp
    r"|\d{1,2}[:h]\d\d(?::\d\d)?(?:[^\S\n]*[-\u2013](?=[^\S\n]))?"  # "14:21 Nurse Patel:"
)
_LINE = re.compile(
    rf"^(?P<lead>[^\S\n]*(?:[-*\u2022>]+[^\S\n]*)?)(?P<stamp>(?:{_STAMP})[^\S\n]*)?"
    r"(?P<label>[^\W\d_][^:\n?!\[\]]{0,48}?)[^\S\n]*:(?=[^\S\n]|$)(?P<value>.*)$",
    re.M,
)
"""A line opening with a label (a bullet or a time stamp before it) and a colon."""
_BRACKET = re.compile(r"^(?P<base>[^()]*?)\s*\((?P<inner>[^()]*)\)\s*$")
_NAME_WORD = re.compile(r"^(?:[A-Z\u00c0-\u00de][\w'\u2019-]*\.?|[A-Z]\.(?:[A-Z]\.?)*|\d{1,4})$")
"""A word of a name as written: a capital first ("Hollis", "D'Souza", "Sr."), initials
("J.", "A.B."), or a number ("Agent 12")."""
_INITIALS = re.compile(r"^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$")
_ENDS = frozenset(".!?;:,")

HER, KEEP, STAFF, SERVICE, NAMED, WORD = "her", "keep", "staff", "service", "named", "word"


@cache
def _tables() -> dict[str, frozenset[str]]:
    ws = lexicon.word_sets()
    return {
        "her": lexicon.by_language("name_roles") | lexicon.by_language("caller_speakers"),
        "keep": lexicon.by_language("relay_speakers")
        | ws.other_people
        | ws.gender_female
        | ws.gender_male
        | ws.pronoun_female
        | ws.pronoun_male,
        "staff": lexicon.by_language("staff_speakers")
        | lexicon.by_language("language_helpers")
        | lexicon.by_language("care_places"),
        "titles": lexicon.by_language("speaker_titles")
        | lexicon.by_language("person_titles")
        | lexicon.by_language("dot_abbreviations"),
        "verbs": lexicon.by_language("speaker_verbs"),
        "headers": lexicon.by_language("mail_headers") | lexicon.by_language("subject_labels"),
    }


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the lexicon's lists hold: a label made of one is a word of the note's
    language ("Anémie", "Intake", "Summary"), not a name. Kept in the cache folder
    (`rule_cache`: the walk folds some 54,000 strings, about 0.2 s of `warm()`)."""
    from caseassist.intake.rule_cache import cached_table

    return cached_table("vocabulary", _walked_vocabulary, sorted, _words_back)


def _words_back(data: list) -> frozenset[str]:
    if not all(type(w) is str for w in data):
        raise TypeError("a vocabulary of words")
    return frozenset(data)


def _walked_vocabulary() -> frozenset[str]:
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update(ffold(value).replace(".", " ").split())
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(lexicon.words())
    return frozenset(found)


def _is_name(raw: list[str]) -> bool:
    """One to three words written as a name ("Hollis", "Kelsey D.", "JM")."""
    return 0 < len(raw) <= 3 and all(_NAME_WORD.match(w) for w in raw) and not raw[0].isdigit()


def _titled(raw: list[str], t: dict[str, frozenset[str]]) -> bool:
    """A role or a title, then a name: "Nurse Hollis", "Inf. Morel", "Agent 12",
    "Oficial Ruiz", "Irmã Graça", "Mme Perrin"."""
    for width in (2, 1):
        head = ffold(" ".join(raw[:width])).replace(".", " ").strip()
        rest = raw[width:]
        if (head in t["titles"] or head in t["staff"]) and (
            _is_name(rest) or (len(rest) == 1 and rest[0].isdigit())
        ):
            return True
    return False


@lru_cache(maxsize=2048)  # (a transcript's labels recur on every turn, read twice a note)
def speaker_kind(label: str) -> str | None:
    """Who a line's label says speaks: `HER` (her own role), `KEEP` (a turn the transcript
    readers weigh as labelled), `STAFF` (a titled person, a service with a name in
    brackets), `SERVICE` (a staff or service word alone: a speaker only in a chat), `NAMED`
    (a name alone: a speaker when time-stamped, opening two lines or more, or the other
    party of a chat), `WORD` (a capitalised word of the lexicon, "Intake", "Visiteur": a
    speaker only when time-stamped or opening two lines or more), or None (a form label,
    a mail header, or no speaker)."""
    t = _tables()
    words = label.split()
    if len(words) > 2 and ffold(" ".join(words[-2:])) in t["verbs"]:
        words = words[:-2]  # "Mme Perrin a dit"
    elif len(words) > 1 and ffold(words[-1]) in t["verbs"]:
        words = words[:-1]  # "Oficial Ruiz dijo"
    label = " ".join(words)
    m = _BRACKET.match(label)
    base_raw, inner_raw = (m.group("base"), m.group("inner")) if m else (label, "")
    base = ffold(base_raw).replace(".", " ").strip()
    inner = ffold(inner_raw).replace(".", " ").strip()
    if (
        not base
        or base in t["headers"]
        or fields.fact_of(label)
        or asked_facts(base, suggested=False)
    ):
        return None  # "Age: 23", "Police: no": a form line; "From: ...": a mail header
    raw = base_raw.split()
    if base in t["her"]:
        return HER
    if inner in t["her"] and _is_name(raw):
        return HER  # "Ana (client):", "Awa (usagère) :"
    if _titled(raw, t):
        return STAFF
    if base in t["staff"] and len(base) > 1:
        return STAFF if inner else SERVICE  # "Clinic (Nurse Hollis)"; "Clinic", "Agent"
    if base in t["keep"] or len(base) == 1:
        return KEEP  # "Interpreter:", "Husband:", "Menina:", "Q:", "R :"
    if _is_name(raw):
        if inner and (inner in t["staff"] or _titled(inner_raw.split(), t) or inner in t["titles"]):
            return STAFF  # "Jamie (outreach)", "Mme Perrin (AS)"
        if _INITIALS.match(base_raw) and inner:
            return STAFF
        known = _vocabulary()
        words_known = any(w in known for w in base.split())
        return WORD if words_known and not _INITIALS.match(base_raw) else NAMED
    return None


def unlabelled_turns(text: str) -> str:
    """`text` with the labels of speakers other than her taken off their lines (and the
    time stamp before them), each such turn ending its statement; unchanged when no line
    is a speaker's turn. Twice at most: a transcript forwarded in a chat ("12/03/2026,
    14:02 - Lorena: Educadora: ¿Él sabe dónde estás?") reads as the transcript alone."""
    once = _unlabelled(text)
    return once if once == text else _unlabelled(once)


def _unlabelled(text: str) -> str:
    if ":" not in text:
        return text
    found = _initials(text, [(m, speaker_kind(m.group("label"))) for m in _LINE.finditer(text)])
    names = Counter(ffold(m.group("label")) for m, k in found if k in (NAMED, WORD))
    own = _own_voices(found) if names else frozenset()
    # one name the other party of a service's chat ("Shelter: go ahead" / "Kelsey: ..."):
    # every other line with a label is a service's or staff's turn
    party = len(names) == 1 and all(k in (STAFF, SERVICE, NAMED) for _m, k in found)

    def heard(m: re.Match[str], k: str | None) -> bool:
        if k not in (NAMED, WORD):
            return k is not None
        label = ffold(m.group("label"))
        often = bool(m.group("stamp")) or names[label] > 1 or (party and k == NAMED)
        return often and label not in own

    speaking = [(m, k) for m, k in found if heard(m, k)]
    chat = any(m.group("stamp") for m, _k in speaking) or len(speaking) >= 2
    said = [(m, k) for m, k in speaking if k == STAFF or (chat and k in (SERVICE, NAMED, WORD))]
    hers = {m.start(): label for m, k in found if k == HER and (label := _her_label(m))}
    for m, k in found:
        if isinstance(k, tuple):  # "C: sixteen" under "Caller: young woman": "Caller: sixteen"
            hers[m.start()] = f"{m.group('lead')}{k[1]}: {m.group('value').strip()}"
    if not said and not hers:
        return text
    quiet = quiet_other_speakers(text) if said else text  # "Écoutante : je m'appelle Claire"
    turns = {m.start(): (m, k) for m, k in said}
    lines, flags, pos = [], [], 0
    for line in text.split("\n"):
        m, kind = turns.get(pos, (None, None))
        if pos in hers:
            lines.append(hers[pos])  # "[14:03] Caller (survivor): I am 23": "Caller: I am 23"
            flags.append(False)
            pos += len(line) + 1
            continue
        pos += len(line) + 1
        value = quiet[m.start("value") : m.end("value")].strip().lstrip(",; ") if m else ""
        if m is None or (
            kind in (STAFF, SERVICE)
            and not m.group("stamp")
            and not value.endswith("?")
            and ":" not in value
            and (
                not any(w[0].islower() for w in value.split())
                or named_staff_line(tokens(ffold(m.group("label"))), value)
            )
        ):
            # (not "Officer: PC Brandt 4471", "[Counsellor: Amy R. - speaks English]": the
            # speaker's particulars, their label kept)
            lines.append(line)
            flags.append(False)
            continue
        lines.append(m.group("lead") + value)
        flags.append(True)
    opens = {text.count("\n", 0, m.start()) for m, _k in found}
    for k in range(len(lines) - 1):
        if (flags[k] or flags[k + 1]) and (flags[k + 1] or k + 1 in opens):
            lines[k] = _ended(lines[k])  # (a turn's own next line goes on with it)
    return "\n".join(lines)


def _initials(
    text: str, found: list[tuple[re.Match[str], object]]
) -> list[tuple[re.Match[str], object]]:
    """A transcript's one-letter speaker marks read by the labels they stand for
    (`turn_legend`): "C:" under "Caller: young woman" is her own turn (then
    `(HER, "Caller")`), "K:" under "Volunteer: K." or "Counselor: ..." is staff's."""
    if not any(len(m.group("label").strip()) == 1 for m, _k in found):
        return found
    legend = read_legend(text, _side, ffold)
    out: list[tuple[re.Match[str], object]] = []
    for m, k in found:
        letter = ffold(m.group("label").strip())
        got = legend.initial(letter) if len(letter) == 1 else None
        if got and got[1] == turn_legend.HER:
            k = (HER, got[0])
        elif got and got[1] == turn_legend.STAFF:
            k = STAFF
        out.append((m, k))
    return out


def _side(label: str) -> str | None:
    """A header label's side in the legend: a speaker label's kind (`speaker_kind`)."""
    kind = speaker_kind(label)
    if kind is None or kind == KEEP:
        return None  # (a form label, "Q:", another person of hers: no one's initial)
    if kind == HER:
        return turn_legend.HER
    return turn_legend.STAFF if kind in (STAFF, SERVICE) else turn_legend.OTHER


def _her_label(m: re.Match[str]) -> str | None:
    """Her own turn's line with its label as the transcript readers know it: the role word
    alone, no time stamp, no name ("[14:03] Caller (survivor):", "Ana (client):" are
    "Caller:", "client:"); None when it is so already."""
    label = m.group("label").strip()
    bracket = _BRACKET.match(label)
    if bracket and ffold(bracket.group("base")) not in _tables()["her"]:
        role = bracket.group("inner").strip()  # "Ana (client)"
    elif bracket and ffold(bracket.group("base")) not in lexicon.by_language("caller_speakers"):
        role = bracket.group("base").strip()  # "Client (Ana)"
    else:
        role = label  # ("Caller (neighbour)": whose the call is, kept)
    if role == label and not m.group("stamp"):
        return None
    return f"{m.group('lead')}{role}: {m.group('value').strip()}"


def _ended(line: str) -> str:
    """A line ended as a statement: a turn is a message of its own."""
    body = line.rstrip()
    if not body or body[-1] in _ENDS:
        return line
    return body + "."


def _own_voices(found: list[tuple[re.Match[str], str | None]]) -> frozenset[str]:
    """The named speakers who speak of "she" / "he" no more than in the first person:
    maybe her ("Visiteur : ... je sais pas l'adresse"), so their label stays."""
    ws = lexicon.word_sets()
    third = ws.pronoun_female | ws.pronoun_male
    says: Counter[str] = Counter()
    for m, kind in found:
        if kind in (NAMED, WORD) and not _LINE.match(m.group("value").strip()):
            # (not a turn told inside the turn: "Lorena: R: Sí. Tengo miedo")
            toks = set(tokens(ffold(m.group("value"))))
            label = ffold(m.group("label"))
            says[label] += (1 if not first_person().isdisjoint(toks) else 0) - (
                1 if not third.isdisjoint(toks) else 0
            )
    return frozenset(label for label, n in says.items() if n > 0)
