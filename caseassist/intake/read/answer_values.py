"""Values an answer gives in its own words: the languages it names, the one number
it gives (read by `interpret_answer`, answers.py)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import AMBIGUOUS, digits_for_words, to_int
from caseassist.intake.read.language_bare_kin import bare_kin_subject
from caseassist.intake.read.language_clauses import a_course
from caseassist.intake.read.language_kin import _they_subject
from caseassist.intake.read.language_persons import pronoun_of_opening_person
from caseassist.intake.read.language_prefer import prefer_stems
from caseassist.intake.read.language_words import _UNDERSTAND
from caseassist.intake.read.language_wordsets import _MINOR_TRIGGERS, _WELL, _phrase_at
from caseassist.intake.read.languages import _language_list
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import clauses, sentences, tokens


def _answer_languages(folded: str) -> list[tuple[str, str]]:
    """The languages an answer names, clause by clause: none from a clause about someone
    else ("ma camarade parle pulaar"), nor from one that goes on from it with no subject of
    its own ("My friend speaks Arabic and English very well"), none a negator just before
    denies ("no hablo inglés"), "minor" for one spoken a little ("English only a few
    words"), "understand" for one a verb after it only understands ("Le français je
    comprends") and "well" for one she calls fine (`language_fine`: "Le français ça va")."""
    found: list[tuple[str, str]] = []
    neg = lexicon.word_sets().negators
    minor = lexicon.phrase_regex("minor_phrases", _MINOR_SRC)
    fine_words = lexicon.phrase_regex("language_fine")
    folded = lexicon.respell(folded)  # "English I dont speak": its negator, as in a note
    for sent in sentences(folded):
        if found and _rates_last(sent, minor) and found[-1][1] not in ("major", "neg"):
            found[-1] = (found[-1][0], "minor")  # "English only hello, thank you. Few words."
            continue
        parts = clauses(sent)
        anothers = False  # the last language clause was someone else's
        for n, clause in enumerate(parts):
            toks = tokens(clause)
            pos: set[int] = set()
            items = _language_list(toks, 0, free=True, positions=pos)
            lead = toks[: min(pos)] if items else toks
            if (
                _other_subject(lead)
                or _they_subject(lead)  # "I'm here with my girls; they speak English"
                or bare_kin_subject(lead, 0, lead)  # "Mother speaks Arabic only"
                or (anothers and not _own_subject(lead))
                or pronoun_of_opening_person(tokens(" , ".join(parts[:n])) + [","] + lead, lead)
            ):  # "My friend who came with me, Selam, she speaks Arabic": the friend's
                # ("Mi hijo sí, habla catalán": a short clause naming another is the topic;
                # not "Mi hijo no, hablo catalán")
                topic = len(toks) <= 3 and neg.isdisjoint(toks) and _other_subject(lead)
                anothers = anothers or bool(items) or topic
                continue
            anothers = False
            if not items:
                continue
            if len(items) == 1 and a_course(toks, min(pos), max(pos) - min(pos) + 1):
                continue  # "J'ai étudié l'allemand au lycée": a subject studied, not spoken
            words = [t.rstrip("'") for t in toks if t[0].isalnum()]
            first = words.index(toks[min(pos)]) if toks[min(pos)] in words else 0
            if neg & set(words[max(0, first - 3) : first]):
                continue  # "no hablo ingles", "je ne parle pas anglais"
            little = (
                len(items) == 1
                and (
                    minor.search(clause) is not None
                    or _gets_by(toks)  # "I can manage in Amharic also"
                    or bool(neg & set(words[first + 1 :]))
                    or _rated_next(parts[n + 1 : n + 2], minor)  # "Inglés, unas palabritas"
                )
            )
            own_words = lexicon.phrase_regex("own_language")
            own = (
                len(items) == 1
                and (  # "Le tamoul, c'est ma langue": the next clause says so
                    own_words.search(clause)
                    or (toks[max(pos) + 1 :] == [] and _owned_next(parts[n + 1 : n + 2], own_words))
                )
            )
            # "Le français je comprends, mais pas tout": the verb after it only understands
            understood = len(items) == 1 and not _UNDERSTAND.all().isdisjoint(toks[max(pos) + 1 :])
            after = " ".join(toks[max(pos) + 1 :])  # "Le français ça va", "English is okay too"
            fine = (
                len(items) == 1
                and bool(
                    fine_words.match(after)
                    or (not after and _rated_next(parts[n + 1 : n + 2], fine_words))
                )
                and not _but_less(parts[n + 1 : n + 3], minor, neg)
            )  # ("le français je le parle, mais pas très bien": a little, not fine)
            # "Em casa falo crioulo, mas aqui prefiro falar português": her word on it
            prefers = len(items) == 1 and any(t.startswith(prefer_stems()) for t in words[:first])
            for code, weight in items:
                if own:
                    weight = "major"  # "Tagalog is my language", "mi idioma es el mam"
                elif prefers and weight in ("plain", "major"):
                    weight = "prefers"
                elif little and weight not in ("major", "neg"):
                    weight = "minor"  # "Portugues ainda nao sei quase nada"
                elif understood and weight not in ("major", "neg"):
                    weight = "understand"
                elif fine and weight == "plain":
                    weight = "well"
                if all(c != code for c, _w in found):
                    found.append((code, weight))
                elif weight == "well":  # "I understand English ... so English is okay too"
                    found[:] = [
                        (c, weight if c == code and w == "understand" else w) for c, w in found
                    ]
    return found


def _own_subject(lead: list[str]) -> bool:
    """A clause part that opens on a subject of its own ("I", "she", "but me"), so it
    does not go on with the person of the clause before: "My friend speaks Arabic and
    English very well" names no language of hers in its second part."""
    fw = function_words()
    return bool(set(lead) & (fw.subject_pronouns | fw.writer_words | fw.but_words))


def _but_less(nxt: list[str], minor: re.Pattern[str], neg: frozenset[str]) -> bool:
    """One of the next clauses opens on "but" and rates the language lower: a level word
    or a negator ("mais pas très bien", "but not well", "pero poco")."""
    for part in nxt:
        toks = tokens(part)
        if toks[:1] and toks[0] in function_words().but_words:
            return minor.search(part) is not None or not neg.isdisjoint(toks)
    return False


def _rated_next(nxt: list[str], minor: re.Pattern[str]) -> bool:
    """The next clause only rates the language before it: a level word and no language of
    its own ("English, a little", "Inglés, unas palabritas nomás")."""
    return (
        bool(nxt)
        and minor.match(nxt[0]) is not None
        and not _language_list(tokens(nxt[0]), 0, free=True)
    )


def _rates_last(sent: str, minor: re.Pattern[str]) -> bool:
    """A sentence of a few words that only says how little ("Few words.", "Un poquito."),
    naming no language: it rates the language named last before it."""
    toks = [t for t in tokens(sent) if t[0].isalnum()]
    return (
        0 < len(toks) <= _OWNED_WORDS
        and minor.search(sent) is not None
        and not _language_list(toks, 0, free=True)
    )


def _owned_next(nxt: list[str], own_words: re.Pattern[str]) -> bool:
    """The next clause only calls the language before it hers (`own_language`: "Le tamoul,
    c'est ma langue", "Tamil, that is my language"): a few words and no language of its own."""
    toks = tokens(nxt[0]) if nxt else []
    return (
        0 < len(toks) <= _OWNED_WORDS
        and own_words.search(nxt[0]) is not None
        and lexicon.word_sets().negators.isdisjoint(toks)  # not "Inglés, mi idioma no"
        and not _language_list(toks, 0, free=True)
    )


_OWNED_WORDS = 5
_MINOR_SRC = r"a little|a bit|un poco|un peu|um pouco|poco|peu|pouco"


def _gets_by(toks: list[str]) -> bool:
    """A verb of getting by (`minor_triggers`: "can manage in", "se las arregla", "me
    viro") in her clause rates its language a little, unless it has its own well word
    ("se defiende bien en": a second language she uses)."""
    for k in range(len(toks)):
        n = _phrase_at(toks, k, _MINOR_TRIGGERS, 4)
        if n and _WELL.all().isdisjoint(toks[k : k + n]):
            return True
    return False


def _first_number(folded: str, *, age: bool = False) -> int | None:
    """The one number the answer gives; a number after "will be / faço" (`age_turning`)
    is one to come, and words the tables miss ("dezanove") are read by text2num. For an
    `age`, a next birthday alone ("J'aurai 17 ans en juin", `age_next_birthday`) says she
    is one year younger now."""
    toks = tokens(folded)
    if not any(t.isdigit() or to_int(t) is not None for t in toks):
        toks = tokens(digits_for_words(folded))
    turning = lexicon.phrase_regex("age_turning")
    found: list[int] = []
    coming: set[int] = set()
    i = 0
    while i < len(toks):
        to_come = _ends_on(turning, toks[:i])  # (up to three words: "voy a cumplir 18")
        hit = None
        for n in (4, 3, 2, 1):
            key = " ".join(toks[i : i + n])
            if len(toks[i : i + n]) == n:
                v = to_int(key)
                if v is not None and (n > 1 or key not in AMBIGUOUS or len(toks) == 1):
                    hit = (v, n)
                    break
        if hit:
            if not to_come:
                found.append(hit[0])
            elif age and _ends_on(lexicon.phrase_regex("age_next_birthday"), toks[:i]):
                coming.add(hit[0])
            i += hit[1]
        else:
            i += 1
    vals = set(found)
    if len(vals) == 1:
        return vals.pop()
    if not vals and len(coming) == 1 and (n := coming.pop()) > 1:
        return n - 1
    return None


def _ends_on(regex: re.Pattern[str], before: list[str]) -> bool:
    """The words before a number end on a phrase of `regex`, of one to three words ("will
    be", "aurai", "voy a cumplir")."""
    return any(regex.fullmatch(" ".join(before[-k:])) for k in (1, 2, 3) if len(before) >= k)
