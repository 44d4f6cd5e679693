"""Languages in a note's form lines ("Languages: Tigrinya (home), English (fluent)") and
in a transcript's reply to "what language does she speak?"."""

from __future__ import annotations

import re

from caseassist.intake import fields, lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.answer_values import _answer_languages
from caseassist.intake.read.language_ages import her_age
from caseassist.intake.read.language_kin import named_staff_line
from caseassist.intake.read.language_lines import own_value
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_persons import label_is_anothers, pronoun_of_opening_person
from caseassist.intake.read.language_subjects import _about_another
from caseassist.intake.read.language_words import _LANGUAGE_WORDS, _NEGATORS
from caseassist.intake.read.languages import (
    _LANG_FACTS,
    _LANG_TRIGGERS,
    _language_list,
    _languages,
)
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import ffold, sentences, tokens
from caseassist.intake.read.speakers import first_person, her_turns

_LINE = re.compile(
    r"^\s*(?:[-*\u2022>\u00b7]+\s*)?(?P<label>[^:\n]{1,48}?)(?<!\d)\s*:\s*(?P<value>\S.*?)\s*$"
)
"""A form line or a transcript turn, "Label: value"; not a time ("Hotline call at 7:19.
Caller is..." is a sentence, not a turn whose value is the rest of the note)."""
_MAIN_LABEL = frozenset(
    {"mother", "first", "native", "preferred", "main", "materna", "materno", "principal",
     "preferido", "maternelle", "principale", "preferee", "primera", "premiere", "home",
     "casa", "natale", "nativa", "nativo", "preferida", "preferente", "preferencial",
     "primary", "usual", "habitual"}
)  # fmt: skip


_LABEL_WORDS = lexicon.Words(
    {"s", "(", ")", "'", "spoken", "used", "known"}, "language_label_words"
)
"""Words a language label may hold beside its noun ("Languages spoken", "Idiomas
hablados", "Langue d'usage", "Línguas faladas")."""
_OTHER_LABEL = lexicon.Words({"other", "additional", "second"}, "other_language_label_words")
"""Words that make it a label of her other languages ("Otras lenguas habladas")."""


_PREFER_LABEL = lexicon.Words(set(), "language_prefer_label_words")
"""Words that make a language label her own choice ("Preferred language", "Langue
souhaitée pour les entretiens", "Idioma solicitado"): the first language under it is the
one she prefers, above a "Mother tongue" line (`prefers`, not `major`)."""
_PREFER_REACH = 6
"""Other words a language label with a preference word may hold (a relative clause)."""
_SHORT_NOUNS = frozenset({"lang", "langs", "lng"})
_FOLLOW_LABEL = lexicon.Words(set(), "language_follow_label_words")
"""Words a label right after a language label may hold alone to list her other languages
("Also speaks:", "También:", "Autres :", "Adicional:")."""


def _language_label(label: str, after_language: bool = False) -> str | None:
    """The language fact a label the field table does not list names: a language noun
    with only label words ("Lenguas habladas", "Langue d'usage", "Outras línguas
    faladas") or main-language words beside it. None for anything else.
    `after_language`: the label follows a language label (the line or segment before):
    then one of only other-label and speaking words, with no noun, is her other languages
    ("Preferred language: Vietnamese / Also speaks: Arabic", "Idioma preferente:
    portugués / Adicional: español", "Langue : créole | Autres : aucune")."""
    toks = tokens(ffold(label))
    nouns = _LANGUAGE_WORDS | _SHORT_NOUNS
    if after_language and toks and all(t in _OTHER_LABEL or t in _FOLLOW_LABEL for t in toks):
        return "person.other_languages"
    if not set(toks) & nouns:
        return None
    rest = [t for t in toks if t not in nouns]
    # (a conversation noun only beside a preference word: "Interview language: English"
    # is the interview's, which may be the staff's, as `language_sessions` says)
    known = (_LABEL_WORDS, _OTHER_LABEL, _MAIN_LABEL, _PREFER_LABEL)
    if any(all(t not in words for words in known) for t in rest) and not (
        _PREFER_LABEL.all() & set(rest)
        and len(rest) <= _PREFER_REACH
        and not label_is_anothers(toks)
    ):  # "Idioma en que prefiere ser atendida", "Langue dans laquelle il préfère parler"
        return None
    return "person.other_languages" if set(rest) & _OTHER_LABEL.all() else _LANG_FACTS[0]


def form_languages(text: str, collected: list[tuple[str, str]], age: object = None) -> None:
    """Form lines: "Languages: Tigrinya (home), English (fluent), Amharic", "Idioma: urdu (materno);
    también panyabí e inglés fluido", "Other languages: Romanian": each language with
    its weight; a main-language label ("Mother tongue", "Idioma principal") marks the first.
    `age`: hers as the form lines gave it (a turn about someone of another age is theirs)."""
    if ":" not in text:
        return
    lines = text.splitlines()
    own = her_turns([ffold(line) for line in lines])  # "Caller: ... She speaks Portuguese"
    after = False  # the line before was a language form line
    for k, (line, own_turn) in enumerate(zip(lines, own, strict=True)):
        m = _LINE.match(_TIME.sub("", line, count=1))
        was_after, after = after, False
        if not m:
            continue
        fact = fields.fact_of(m.group("label")) or _language_label(m.group("label"), was_after)
        if fact not in _LANG_FACTS:
            label = tokens(ffold(m.group("label")))
            if (
                fact is None
                and "?" not in line
                and not label_is_anothers(label)
                and not _officials(label, m.group("value"))
            ):
                # a chat or transcript turn ("Trabajadora social DIF: mexicano, habla
                # español"), read on its own: joined to a question after it, its
                # sentence would be taken for a question
                value = lexicon.respell(ffold(_run_on(m.group("value"), lines[k + 1 :])))
                known = Extraction({"person.age": age} if isinstance(age, int) else {})
                _languages(value, known, collected, answer=False, bare=False, own_turn=own_turn)
                if own_turn:
                    _her_own_words(value, collected)
            if fact is not None:  # "Sex: F | Other langs: none": a later segment's label
                after = _later_segments(line, collected, first=False)
            continue
        segs = list(fields._form_lines(line, runs=True))
        value = segs[0][1] if len(segs) > 1 else m.group("value")
        _form_value(fact, m.group("label"), value, collected)
        _later_segments(line, collected)  # "Primary Lang.: Khmer | Other langs: none"
        after = True


_HER_OWN_MARKS = (lw.MAJOR, lw.PREFERS, lw.MINOR, lw.NEG)
"""The weights her own first-person words give a language over the note's reading: main,
preferred, a little ("my english is not good"), not spoken."""


def _her_own_words(value: str, collected: list[tuple[str, str]]) -> None:
    """In her own turn, a sentence in the first person is her answer: the language it
    marks as her main or preferred one (or a little, or not spoken), read as in an answer ("my English is not good,
    romanian is my language"), is hers. Not in one with "she" or "he" in it, who is
    someone else there ("She speaks Portuguese, I don't"); the other weights stay as the
    note reads them (a plain reply "English is fine" is not made "spoken well")."""
    ws = lexicon.word_sets()
    others = ws.pronoun_female | ws.pronoun_male
    for sent in sentences(value):
        toks = set(tokens(sent))
        if toks & first_person() and not toks & others:
            for code, weight in _answer_languages(sent):
                if weight in _HER_OWN_MARKS:
                    lw.add(collected, code, weight)


def _run_on(value: str, rest: list[str]) -> str:
    """A turn's value with the lines its last sentence runs on into ("Notes: will book a
    Somali interpreter for the / morning just in case."): cut at the line end, the
    sentence would lose the words that make it a plan or a condition."""
    for line in rest[:3]:
        if value.rstrip().endswith((".", "!", "?")) or not line.strip() or _LINE.match(line):
            break
        end = _SENTENCE_END.search(line)
        value = f"{value} {line[: end.end() if end else len(line)].strip()}"
    return value


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _officials(label: list[str], value: str) -> bool:
    """A line giving a staff or official role a name with a bracket, a dash or a comma
    after it ("Inspector: J. Whitcombe (English only - interview via phone interpreter)",
    "Intervenante : Josée L. - parle français"): what follows is that person's, so the
    line says nothing of her languages."""
    return named_staff_line(label, value)


_TIME = re.compile(r"^\s*(?:\[[^\]\n]{1,24}\]\s*|\d\d?:\d\d(?::\d\d)? +(?=[^\W\d]))")
"""A chat line's time ("[14:03] ", "01:15 "), before its speaker's label."""


def _later_segments(line: str, collected: list[tuple[str, str]], *, first: bool = True) -> bool:
    """The language segments after the first of a line of several ("Age: 27 | Other
    langs: none | Interp.: yes"), each read by its own label (`first`: the first segment
    is a language one, so "Autres : aucune" right after it is her other languages).
    Whether the last segment was a language one."""
    after = first
    for label, value in list(fields._form_lines(line, runs=True))[1:]:
        fact = fields.fact_of(label) or _language_label(label, after)
        after = fact in _LANG_FACTS
        if after:
            _form_value(fact, label, value, collected)
    return after


def _form_value(fact: str, label: str, value: str, collected: list[tuple[str, str]]) -> None:
    """The languages of one language form value, weighed by its label."""
    toks = _without_anothers_bracket(tokens(lexicon.respell(ffold(own_value(value, _only_a_list)))))
    if fact == "person.other_languages" and _says_none(toks):
        lw.add(collected, lw.NONE, lw.NO_OTHERS)  # "Other languages: none"
        return
    found = _language_list(toks, 0, free=True) or _codes(toks)
    words = set(tokens(ffold(label)))
    for k, (code, weight) in enumerate(found):
        if fact == "person.other_languages" and weight in (lw.PLAIN, lw.WELL):
            weight = lw.OTHER  # "Other languages: English": the label lists it
        elif k == 0 and weight == lw.PLAIN and words & _PREFER_LABEL.all():
            weight = lw.PREFERS  # "Langue souhaitée pour les entretiens : ourdou"
        elif k == 0 and weight == lw.PLAIN and words & _MAIN_LABEL:
            weight = lw.MAJOR
        lw.add(collected, code, weight)


def _without_anothers_bracket(toks: list[str]) -> list[str]:
    """A form value cut before a bracket about another person ("Romanian (interpreter on
    scene spoke Russian)", "rumano (el intérprete hablaba ruso)"): the bracket's
    languages are that person's, not more of hers."""
    if "(" not in toks:
        return toks
    at = toks.index("(")
    inside = toks[at + 1 : toks.index(")", at) if ")" in toks[at:] else len(toks)]
    return toks[:at] if _names_another(inside) else toks


def with_form_languages(
    text: str, langs: list[tuple[str, str]], out: Extraction
) -> list[tuple[str, str]]:
    """The form lines' languages (read once her age is known: a turn about someone of
    another age is theirs) first, then `langs`, each language once at its strongest."""
    merged: list[tuple[str, str]] = []
    form_languages(text, merged, her_age(out))
    for code, weight in langs:
        if weight == lw.SHARED:
            merged.append((code, weight))  # kept apart, as `_languages` keeps it
        else:
            lw.add(merged, code, weight)
    return merged


def _only_a_list(sentence: str) -> bool:
    """A sentence that is only languages with their level words ("Also Russian.", "Good
    English."): read to its end without breaking on a word that is not the list's."""
    toks = tokens(lexicon.respell(ffold(sentence)))
    return _language_list(toks, 0, free=False) == _language_list(toks, 0, free=True)


def _names_another(toks: list[str]) -> bool:
    """A reply's later sentence whose words before its first language name another person
    (or the speaker): its languages are theirs ("C'est mon collègue qui traduit, lui il
    parle fon et yoruba")."""
    first = next((i for i in range(len(toks)) if _lang_at(toks, i)), len(toks))
    cut = max([k + 1 for k, t in enumerate(toks[:first]) if t in (",", ";")] or [0])
    return (
        _other_subject(toks[:first])
        or bool(function_words().writer_words & set(toks[:first]))
        or pronoun_of_opening_person(toks[:first], toks[cut:first])
        or (first < len(toks) and _about_another(toks[:first], answer=False))
    )  # "C'est mon collègue qui traduit, lui il parle fon et yoruba"


def _opens_on(toks: list[str], named: frozenset[str]) -> bool:
    """The sentence opens on one of `named`, past an article ("O Jesús fala português")."""
    k = 1 if toks[:1] and toks[0] in function_words().definite_articles else 0
    return toks[k : k + 1] != [] and toks[k] in named


_CODE_JOINERS = frozenset({"/", ",", "+", "&", ";", "-", "y", "and", "et", "e", "."})
_NOT_CODES = frozenset({"no", "na", "nk", "si", "ok"})


def _codes(toks: list[str]) -> list[tuple[str, str]]:
    """A language form value written only as two-letter codes ("Languages: ES/EN",
    "Idiomas: fr, es"): each code a language named plainly. Only under a language label,
    where a code cannot be a country; never a yes/no or a placeholder ("no", "n/a")."""
    words = [t for t in toks if t not in _CODE_JOINERS]
    known = lexicon.known_language_codes()
    if not 0 < len(words) <= 4 or any(
        len(t) != 2 or t in _NOT_CODES or t not in known for t in words
    ):
        return []
    return [(t, lw.PLAIN) for t in dict.fromkeys(words)]


_NONE_VALUES = lexicon.Words(set(), "language_none_values")


def _says_none(toks: list[str]) -> bool:
    """A value that is only a word for none ("none", "ninguno", "aucune", "nenhuma")."""
    words = [t for t in toks if t not in (".", "-", "|", "/")]
    return bool(words) and " ".join(words) in _NONE_VALUES.all()


_BEST = lexicon.Words(set(), "language_best_asked")
"""Words of a question that asks for her best or preferred language ("What language does
she speak best?", "¿Qué idioma prefiere?", "Quelle langue parle-t-elle le mieux ?")."""


def _asks_best(qtoks: list[str]) -> bool:
    """The question asks which language is her main one: the first named in the reply is."""
    return bool(lexicon.phrase_regex("language_best_asked").search(" ".join(qtoks)))


def _lower_weight(said: str) -> str | None:
    """The weight a later sentence of a reply gives the languages it names plainly, from
    its level words: a little ("few words only") or understood ("Russo percebo")."""
    if lexicon.phrase_regex("minor_phrases").search(said):
        return lw.MINOR
    if lexicon.phrase_regex("language_understand").search(said):
        return lw.UNDERSTAND
    return None


def reply_languages(
    question: str,
    reply: list[str],
    collected: list[tuple[str, str]],
    named: frozenset[str] = frozenset(),
) -> None:
    """A transcript's reply to a question about languages ("Elle parle quelle langue ?
    SS : Hongrois. Et un allemand correct. Le français, non."; "Fala português? Nada, só
    vietnamita."): the languages named in the reply, weighed as in a list; a language
    the question names and the reply denies ("Non", "Nada") is negated. A later sentence
    opening on a name the note gives another person (`named`) is that person's."""
    if reply[:1] and reply[0].startswith(":"):  # "Interpreter?: (blank)": a form label
        reply = [reply[0][1:].strip()] if reply[0][1:].strip() else []  # its own value only
    qtoks = tokens(question)
    if ":" in qtoks:
        qtoks = qtoks[len(qtoks) - qtoks[::-1].index(":") :]  # after the asker's label
        question = " ".join(qtoks)
    asked = _language_list(qtoks, 0, free=True)
    if not asked and not (_LANG_TRIGGERS.search(question) or set(qtoks) & _LANGUAGE_WORDS):
        return
    found: list[tuple[str, str]] = []
    for k, sent in enumerate(reply):
        toks = tokens(sent)
        if toks[:1] == ["["] and "]" in toks[:6]:
            toks = toks[toks.index("]") + 1 :]  # a chat line's time ("[22:50] Inês: ...")
        if ":" in toks[:5]:
            toks = toks[toks.index(":") + 1 :]  # the speaker's label
        if k == 0 and toks[:1] and toks[0] in lexicon.word_sets().no | _NEGATORS.all():
            for code, _w in asked:
                lw.add(found, code, lw.NEG)  # "Elle parle français ? Non, ..."
            toks = toks[1 + (toks[1:2] == [","]) :]
        if _names_another(toks) or (k and _opens_on(toks, named)):
            continue  # "Tamil. My colleague Deepa speaks Tamil and Sinhala": hers is said
        items = _language_list(toks, 0, free=True)
        said = " ".join(toks)
        if k and (lower := _lower_weight(said)):
            items = [(c, lower if w == lw.PLAIN else w) for c, w in items]  # "few words"
        elif (
            not k
            and items
            and items[0][1] == lw.PLAIN
            and _asks_best(qtoks)
            and not lexicon.phrase_regex("language_indifferent").search(said)
        ):
            items[0] = (items[0][0], lw.MAJOR)  # "speak best? - Hindi." (not "either")
        for code, weight in items:
            lw.add(found, code, weight)
    for code, weight in found:
        lw.add(collected, code, weight)
