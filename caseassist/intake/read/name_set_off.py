"""A capitalised word that an age follows is her name only when something sets it off
as the person referred: a comma or colon, a line's start (a bullet may open the line:
"- Valentina, 24 años"), a referral verb ("refiero a Carmen", "referral for Amal"), or a
definite article or a noun naming her role just before it ("Encaminho o Jean-Baptiste,
39 anos", "Le jeune Moussa, 17 ans", "O aluno Edmilson, 14 anos"). Any other lower-case
word before it (a verb or an adverb: "transférer en urgence Farid, 33 ans", "reçu ce
matin Alex, 23 ans") sets it off too when the age has its unit, unless that word is one
after which a capitalised word is a place or someone else's (`name_not_after`: "of",
"de", "chez", "com": "Casa del Migrante, zona 1", "du Nord-Est, 48 ans"). A chat
speaker's label before the name is who speaks, not someone the name belongs to."""

from __future__ import annotations

import re
from dataclasses import fields
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.accent_patterns import accent_alternation, any_accent
from caseassist.intake.read.apposed_callers import calls_for_another
from caseassist.intake.read.name_introduced import (
    clause_before,
    introduced,
    taken_up,
    without_open_quote,
)
from caseassist.intake.read.segment import ffold, tokens

# "Valentina, 23, from Colombia", "referring Yanelis, 27", "Marco, says he's 21,",
# "Mariam, 15 ans", "Jean-Robert, 44 años": a capitalised word (a hyphen may join two)
# set off by commas (or after a referral verb) and followed within a few words of the
# same line by an age ("Madame, Monsieur,\n\nNous vous adressons Efraín, 58 ans")
NAMED_AGE_RE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ](?<!\w.)[a-zà-ÿ'\u2019]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+)*)[\"\u201d\u00bb]?(?:,[^\S\n]+"
    r"(?:(?:(?![A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2})[\w'\u2019-]+(?:\.(?=,|[^\S\n]+~?\d))?|[A-Z]\.),?[^\S\n]+){0,5}?(?:~[^\S\n]*)?"
    r"\d{1,2}(?:[\s-]*(?:ans|años|anos|years?(?:[\s-]old)?|y/?o)\b|\s*,|\s*$)"
    r"|\s*\(\s*~?\d{1,2}\s*(?:ans|años|anos|a|y/?o|yo|yrs?)?\s*(?:\)|,(?!\s*\d)))"  # "Ana (23)", "Selam (38, ..."
)
"""A name, then an age: at once, after a few words of description ("Jean-Robert, masc.,
~45 anos"), or opening a bracket ("Selam (38, Eritrean)")."""


_NAMED_PLACE_AGE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ](?<!\w.)[a-zà-ÿ'\u2019]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+)*)[\"\u201d\u00bb]?,[^\S\n]+"
    r"(?P<between>(?:[\w'\u2019-]+,?[^\S\n]+){1,4}?)(?:~[^\S\n]*)?"
    r"\d{1,2}(?:[\s-]*(?:ans|años|anos|years?(?:[\s-]old)?|y/?o)\b|\s*,|\s*$)"
)
"""A name, a few words with a capitalised one among them, then an age: "Rosa, from
Guatemala, 41 años", "Awa, sénégalaise, 22 ans"."""


def _placed_first(text: str) -> list[re.Match[str]]:
    """Names an age follows after where the person is from (`_NAMED_PLACE_AGE`): every
    capitalised word between is a country, a people or a region, so the words between
    are her origin, not someone else ("Rosa, from Carlos's farm, 41")."""
    out = []
    for m in _NAMED_PLACE_AGE.finditer(text):
        caps = [w for w in re.findall(r"[\w'\u2019-]+", m.group("between")) if w[:1].isupper()]
        if caps and all(_placelike(ffold(w)) for w in caps):
            out.append(m)
    return out


def _lead_words() -> list[str]:
    """Words that, right before a name, present her: each folder's `definite_articles`
    ("o", "la") and `name_lead_nouns` ("aluno", "jeune", "student"), longest first."""
    words = lexicon.words()
    leads = {w for k in ("definite_articles", "name_lead_nouns") for w in words.get(k, ())}
    return sorted((w for w in leads if w.strip() and "'" not in w), key=len, reverse=True)


def _set_off_regex() -> re.Pattern[str]:
    """What may stand before a name that an age follows: a comma, a colon, a line's start
    (after a bullet), a referral verb (built in, plus each folder's `referral_verbs`) with
    the Spanish personal "a" or "for" after it, or a lead word (article, role noun)."""
    verbs = sorted(lexicon.words().get("referral_verbs", ()), key=len, reverse=True)
    extra = "".join("|" + r"\s+".join(map(any_accent, ffold(v).split())) for v in verbs)
    leads = "|".join(r"\s+".join(map(re.escape, w.split())) for w in _lead_words())
    lead = rf"|(?:^|[\s(])(?i:{leads})\s+" if leads else ""
    return re.compile(
        r"(?:[,:]\s*|(?:^|[!?\n]|(?<=[a-z]{4})\.)[^\S\n]*(?:[-*\u2022>][^\S\n]*)?"
        r"|\b(?i:refers?|referring|réfère|remite|adresse|transfère|encaminho|amené|amenée|"
        r"rencontré|met|found" + extra + r")\s+(?:(?i:a|for|de|à)\s+)?" + lead + r")$"
    )


SET_OFF = lexicon.Lazy(_set_off_regex)


_AGE_UNIT = re.compile(r"\d\s*\)|\(\s*~?\d{1,2}\s*,|\d[\s-]*(?:ans|años|anos|years?|y/?o)\b")
"""An age with its unit or in brackets: what a name after any word needs."""


def _not_after() -> str:
    return accent_alternation(lexicon.by_language("name_not_after"), r"\ ")


@cache
def _loose_set_off() -> re.Pattern[str]:
    """A lower-case word right before the name that is no `name_not_after` word."""
    return re.compile(rf"(?:^|[\s(])(?!(?i:{_not_after()})[^\S\n]+$)[a-zà-ÿ]{{2,}}[^\S\n]+$")


@cache
def _article_after_preposition() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An article before the name that a `name_not_after` word opens ("mora com o Jorge,
    50 anos", "vive con el Chino, 40 años"): someone she is with, not her; and a referral
    verb with its article before the name ("conversamos com a Lili, 19 anos"): her."""
    articles = sorted(function_words().definite_articles, key=len, reverse=True)
    arts = "|".join(re.escape(a) for a in articles if a.strip() and "'" not in a) or "(?!)"
    verbs = sorted(lexicon.words().get("referral_verbs", ()), key=len, reverse=True)
    said = "|".join(r"\s+".join(map(any_accent, ffold(v).split())) for v in verbs) or "(?!)"
    return (
        re.compile(rf"(?:^|\s)(?i:{_not_after()})\s+(?i:{arts})\s+$"),
        re.compile(rf"\b(?i:{said})\s+(?:(?i:{arts})\s+)?$"),
    )


def _with_someone(before: str) -> bool:
    with_article, referred = _article_after_preposition()
    return bool(with_article.search(before)) and not referred.search(before)


def _describes_her(words: list[str], at: int) -> bool:
    """Whether the person word at `at` follows an indefinite article (an adjective may
    stand between): "une jeune fille de 15 ans" describes her, "sa fille" does not."""
    indefinite = function_words().indefinite_articles
    return any(w in indefinite for w in words[max(0, at - 2) : at])


_PLACE_LIST = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'\u2019-]+,[^\S\n]*$")
"""A capitalised word and a comma before the name: an address's parts ("Culiacán, ")."""


@cache
def _regions() -> frozenset[str]:
    """First-level region names (ISO 3166-2, `regions.json`), folded."""
    from caseassist.intake.read.journeys import region_names

    return region_names()


_GIVEN_BEFORE = re.compile(
    r"(?:(?<=[\s(:,\-*\u2022>])|^)(?P<given>[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+)*"
    r"(?:[^\S\n][A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+)?)[^\S\n]$"
)
"""One or two capitalised words right before the name an age follows, one space apart:
her given names ("Grace Achieng, 24", "Ana Lucía Paredes, 30 años")."""


def _full_name(text: str, m: re.Match[str]) -> re.Match[str]:
    """The name an age follows with the given names before it, when they stand where a name
    is set off (a line's start, a colon, a comma, a referral verb) and no word of them is a
    word of the note's languages (`name_not_words`, the function words, a place, a
    people, a role): "Grace Achieng, 24" is "Grace Achieng", "Yesterday Grace, 24" and
    "Met Rosa, 24" stay "Grace" and "Rosa". The match itself otherwise."""
    g = _GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if g is None or not set_off_at(text, g.start()):
        return m
    if any(not _given_word(w) for w in g.group("given").split()):
        return m
    lead = tokens(ffold(text[max(0, g.start() - 24) : g.start()]))
    if lead[-2:-1] and lead[-1] == "," and not _given_word(lead[-2]):
        return m  # "Mother, Grace Okafor, 50": the line of another person (or a form's)
    full = _NAMED_FULL.pattern.match(text, g.start())
    return full if full is not None and full.end() == m.end() else m


def _named_full() -> re.Pattern[str]:
    """`NAMED_AGE_RE` with up to two given names before the one it takes."""
    one = r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+)*"
    src = NAMED_AGE_RE.pattern.replace(
        r"(?P<name>[A-ZÀ-ÖØ-Þ](?<!\w.)" + one[11:] + ")",
        rf"(?P<name>\b(?:{one}[^\S\n]){{1,2}}{one})",
        1,
    )
    return re.compile(src)


_NAMED_FULL = lexicon.Lazy(_named_full)


@cache
def _not_given() -> frozenset[str]:
    """Capitalised words that open a sentence or a line and name no one: each folder's
    `name_not_words`, its function words, referral verbs, lead words and titles ("Mme
    Santos, 29 ans" is read by the titled reader), folded."""
    fw = function_words()
    words = {w for f in fields(fw) for w in getattr(fw, f.name)}
    keys = ("name_not_words", "referral_verbs", "name_lead_nouns", "name_not_after", "name_titles")
    keys = (*keys, "self_intro")  # "Usuaria: Soy Rosa, tengo 30 años": "Soy" is no name
    keys = (*keys, "name_presenters", "third_singulars")  # "Voici Fatou", "She's Maria"
    for key in keys:
        words |= {x for p in lexicon.by_language(key) for x in ffold(p).split()}
    return frozenset(words | set(_lead_words()))


def _given_word(word: str) -> bool:
    """A capitalised word that may be one of her given names."""
    f = ffold(word)
    ws = lexicon.word_sets()
    return not (
        f in _not_given()
        or any(t in _not_given() or t.strip("'\u2019") in _not_given() for t in tokens(f))
        or f.split("'")[-1] in lexicon.by_language("name_roles")  # "She's", "L'usagère"
        or _placelike(f)
        or f in ws.gender_female
        or f in ws.gender_male
        or f in ws.other_people
        or f in lexicon.by_language("person_nouns")
        or f in lexicon.by_language("survivor_subjects")
        or f in lexicon.by_language("closing_words")
    )


def set_off_at(text: str, at: int) -> bool:
    """Something before `at` sets a name there off as the person referred: `SET_OFF`
    (past a quote that opens the name: `- "Alex", 24`) or an introducing phrase ("Client
    is Arben, 19", read/name_introduced.py)."""
    before = without_open_quote(text[max(0, at - 24) : at])
    return bool(SET_OFF.search(before)) or introduced(text, at)


def set_off_names(text: str) -> list[re.Match[str]]:
    """Each name an age follows that something sets off as the person referred, unless the
    words between describe someone else ("Carlos, su patron, de 50 anos"); with her given
    names before it where they stand set off (`_full_name`)."""
    found = []
    for one in [*NAMED_AGE_RE.finditer(text), *_placed_first(text)]:
        m = _full_name(text, one)
        before = without_open_quote(text[max(0, m.start() - 24) : m.start()])
        loose = one.re is NAMED_AGE_RE and "~" not in m.group(0)  # "restaurante Málaga, ~2 años"
        if not set_off_at(text, m.start()) and not (
            loose and _AGE_UNIT.search(m.group(0)) and _loose_set_off().search(before)
        ):
            continue
        if re.search(r"['\u2019]\w", m.group("name")) and not _given_word(m.group("name")):
            continue  # "L'usagère, 25 ans": an article and a word for her
        if ffold(m.group("name")) in _her_words():
            continue  # "Victime, 22 ans", "Paciente, 30 años": a word for her, no name
        if _with_someone(before) or staff_before(text, m.start()) or taken_up(text, m.start()):
            continue  # "mora com o Jorge, 50 anos", "L'interprète est Karim, 40 ans"
        if before.split() and ffold(before.split()[-1]) in lexicon.by_language("place_kinds"):
            continue  # "à la gare Saint-Charles, il dit 17 ans": the station's name
        if _PLACE_LIST.search(before) and ffold(m.group("name")) in _regions():
            continue  # "la Fiscalía de Culiacán, Sinaloa, canaliza a una mujer de 38 años"
        if m.group(0).endswith(",") and "(" in m.group(0):
            shut = text.find(")", m.end())
            if shut < 0 or describes_other(text[m.end() : shut]):
                continue  # "Maria (34, Rosa's mother)": the bracket says who she is
        if not describes_other(m.group(0), skip_first=True) and not staff_after(text, m.end()):
            found.append(m)
    return found


def staff_named(before: list[str]) -> bool:
    """The words right before a name cue end on a staff title or an interpreter
    (`staff_titles`, `interpreter_nouns`: "A intérprete se chama Luísa", "the nurse is
    called Joy"): the cue names that person, not her."""
    return any(" ".join(before[-k:]) in _staff_roles() for k in (1, 2, 3) if len(before) >= k)


@cache
def _staff_titles() -> frozenset[str]:
    return frozenset(" ".join(tokens(ffold(w))) for w in lexicon.words().get("staff_titles", ()))


@cache
def _staff_roles() -> frozenset[str]:
    """Staff titles and interpreter words (`staff_titles`, `interpreter_nouns`)."""
    return _staff_titles() | lexicon.by_language("interpreter_nouns")


@cache
def _her_words() -> frozenset[str]:
    """Words for the person referred (`name_roles`, `person_nouns`, `survivor_subjects`)."""
    keys = ("name_roles", "person_nouns", "survivor_subjects")
    return frozenset(w for k in keys for w in lexicon.by_language(k))


def staff_before(text: str, at: int) -> bool:
    """The last words before a name hold a staff title or an interpreter word
    (`staff_titles`, `interpreter_nouns`): "L'interprète est Karim, 40 ans"."""
    words = tokens(ffold(clause_before(text, at)))[-4:]  # not "sou advogada ... de Raimundo"
    nouns = lexicon.by_language("interpreter_nouns")
    return any(
        w in nouns or " ".join(words[i : i + k]) in _staff_titles()
        for i, w in enumerate(words)
        for k in (1, 2, 3)
    )


def staff_after(text: str, at: int) -> bool:
    """A comma part after a name and its age (up to the sentence's end) opens with a
    staff title (`staff_titles`: "Kelsey Dunmore, 41, social worker", "Lorena, 35 años,
    trabajadora social") or with "her / su / son" and another person ("Carlos, 45, her
    boss"): the apposition describes who writes or helps, or someone of hers, not her."""
    end = min((i for i in (text.find(c, at) for c in ".!?\n") if i >= 0), default=len(text))
    fw = function_words()
    arts = {*fw.definite_articles, *fw.indefinite_articles}
    others = lexicon.word_sets().other_people
    if any(calls_for_another(tokens(ffold(p))) for p in text[at:end].split(",")[:4]):
        return True  # "Sunil (30, Nepali), co-worker, calling for his friend": the caller
    for part in text[at:end].split(",")[:3]:
        words = tokens(ffold(part))
        if words[:1] and words[0] in fw.third_possessives and not others.isdisjoint(words[1:3]):
            return True  # "He is Carlos, 45, her boss": someone of hers
        while words and words[0] in arts:
            words = words[1:]
        if words[:1] and words[0] in others and words[1:2] and words[1] in fw.possessives_after:
            return True  # "o patrão dela"
        while words and words[0] in arts:
            words = words[1:]
        if any(" ".join(words[:k]) in _staff_titles() for k in (1, 2, 3)):
            return True
    return False


_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+)*"


@cache
def _form_opening() -> re.Pattern[str]:
    """A line that opens with a person word, a comma, two or three capitalised words, a
    comma and an age: "Woman, Grace Okafor, 26", "Mujer, María López, 30 años"."""
    openers = accent_alternation(lexicon.by_language("form_openers"))
    return re.compile(
        rf"^[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?i:{openers})[^\S\n]*,[^\S\n]*"
        rf"(?P<name>{_CAP}(?:[^\S\n]+{_CAP}){{1,2}})[^\S\n]*,[^\S\n]*\d{{1,2}}\b",
        re.M,
    )


def form_opening_names(text: str) -> list[re.Match[str]]:
    """The full name of a form-like opening (see `_form_opening`): the person word sets it
    off as hers, where `NAMED_AGE_RE` takes one capitalised word only ("Okafor"), set off
    by nothing. A name with a word of a place or a body in it (`form_name_not`,
    `place_kinds`, `care_places`, a region, a country, a language) is none: "Woman, Lagos
    State, 26"."""
    return [m for m in _form_opening().finditer(text) if not _placelike(ffold(m.group("name")))]


def _placelike(folded: str) -> bool:
    keys = ("form_name_not", "place_kinds", "care_places")
    words = {w for k in keys for w in lexicon.by_language(k)}
    named = {*lexicon.country_names(), *lexicon.language_names(), *lexicon.demonyms()}
    return any(w in words or w in named or w in _regions() for w in folded.split()) or (
        folded in _regions() or folded in named
    )


def describes_other(words_text: str, *, skip_first: bool = False) -> bool:
    """The words name another person ("su patron", "o patrão"), not after an indefinite
    article that describes her ("une jeune fille"). `skip_first`: the first word is the
    name itself."""
    others = lexicon.word_sets().other_people
    words = tokens(ffold(words_text))
    start = 1 if skip_first else 0
    return any(
        w in others and not _describes_her(words, i) for i, w in enumerate(words) if i >= start
    )


_SPEAKER = re.compile(
    r"^[^\S\n]*(?:\[[\d:.h/, -]{3,24}\][^\S\n]*)?([^\W\d_][^:\n\[\]]{0,40}?)[^\S\n]*:", re.M
)
"""A line's opening label, after a chat's time stamp ("[12:33] Diretora de turma:")."""


def after_speaker(text: str, at: int, before: list[str]) -> list[str]:
    """The words of the sentence before `at` (`before`), without a speaker's label: a
    label that opens two lines or more is who speaks ("[12:33] Diretora de turma: Edna,
    15 anos"), not whom the line is about; a label opening one line ("Employer: Carlos,
    50") stays."""
    line = text.rfind("\n", 0, at) + 1
    m = _SPEAKER.match(text, line)
    if m is None or m.end() > at or ":" not in before:
        return before
    label = m.group(1).strip()
    opens = sum(1 for s in _SPEAKER.finditer(text) if s.group(1).strip() == label)
    return before[len(before) - before[::-1].index(":") :] if opens >= 2 else before
