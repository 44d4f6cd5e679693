"""The words a `describe` rule keeps as a text fact ("Hand injury from a press, two fingers
badly cut"): the clause that states it, from the injury on (past the words that bring it
in: "came in with a burn" keeps "burn"), and the clauses after it that go on with it,
unless its sentence says it has healed."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon, statement_rules
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import number_words
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.healed import feared, healed
from caseassist.intake.read.scope import clear_in
from caseassist.intake.read.segment import clauses, ffold, tokens

_HEALED_NEXT = 4  # words of a next sentence that only says it has healed ("ya está cicatrizada")
_OTHER_WORDS = 3  # words of a health problem named before the injury ("high blood pressure")
_SHORT_WORD = 3  # a word this short adds nothing to an injury already kept ("de", "the")
_LIST_MARKS = "-*•·–—>+ "
"""A list's marks before a line ("- small cut on forehead"): no words of the injury."""


def describe(
    describes: dict[str, str], rule: statement_rules.Rule, clause_text: object, folded: str
) -> None:
    """Record the clause as the rule's text fact, unless its sentence says it has healed
    ("burn scar, old, healed", "ancienne, cicatrisée"): no injury to ask about now; nor,
    for a rule with `describe_mild = false`, when nothing in the sentence makes it clear
    (a pain that is not severe is a symptom, not an injury to record)."""
    sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else folded
    if not rule.describe_mild and not clear_in(rule, sent):
        return
    if healed(sent) or feared(folded) or _healed_next(rule, clause_text):
        return
    if _only_swelling(rule, folded):
        return
    _keep(describes, rule.describe, described(rule, clause_text), clause_text)  # type: ignore[arg-type]


def _keep(describes: dict[str, str], fact: str, text: str, clause_text: object) -> None:
    """The first injury, and one told in another sentence after it that names more
    ("Fracture du poignet, plâtrée. Contusions multiples aux bras", "Ferimento no
    antebraço. Hematomas em dorso"): one value of both, joined by "; ". A sentence already
    kept, or words the kept text already holds ("the burn was dressed"), add nothing.
    (The sentences kept are noted under the fact's id and "|", a key no fact has.)"""
    where = (
        f"{clause_text.sentence_index}.{clause_text.index}"
        if isinstance(clause_text, OriginalClause)
        else ""
    )
    seen = f"{fact}|"
    if fact not in describes:
        describes[fact], describes[seen] = text, where
        return
    if not where or where in describes[seen].split(","):
        return
    new = set(_words(ffold(text))) - set(_words(ffold(describes[fact])))
    if any(len(w) > _SHORT_WORD for w in new):  # (not only "a", "the", "de", "sur")
        describes[fact] = f"{describes[fact]}; {text}"
        describes[seen] += f",{where}"


def _only_swelling(rule: statement_rules.Rule, folded: str) -> bool:
    """The clause names no injury but a swelling of both feet, legs or ankles, or of the
    gums (`swellings_not_injuries`: "her feet are swollen", "pies hinchados", "jambes
    gonflées", "pés inchados"): a symptom of an illness or of standing all day, which the
    blind labels never record as an injury ("swollen feet and a cut on her hand" keeps the cut)."""
    swellings = lexicon.phrase_regex("swellings_not_injuries")
    if not swellings.search(folded):
        return False
    rest = swellings.sub(" ", folded)
    return not any(p.search(rest) for p in rule.patterns)


def _healed_next(rule: statement_rules.Rule, clause_text: object) -> bool:
    """The next sentence says it has healed and names no injury of its own ("La herida del
    pie se la curaron la semana pasada; ya está cicatrizada", "Cut on her foot. Healed now")."""
    if not isinstance(clause_text, OriginalClause):
        return False
    k = clause_text.sentence_index + 1
    nxt = clause_text.originals.get(k) if 0 < k < clause_text.originals.count else None
    if not nxt:
        return False
    words = _words(lexicon.respell(ffold(nxt)))
    folded = " ".join(words)  # (short: "Old scar on her arm" is another thing of hers)
    return (
        len(words) <= _HEALED_NEXT
        and healed(folded)
        and not any(p.search(folded) for p in rule.patterns)
    )


def described(rule: statement_rules.Rule, clause_text: object) -> str:
    """The clause that states a `describe` rule's fact, with the clauses after it in its
    sentence that go on with it: another match of the rule, its care, or a short item of
    the same list ("Hand injury from a press, two fingers badly cut", "un corte en la mano,
    suturado, ya dada de alta", "des plaies aux pieds et la gale")."""
    whole = own_sentences(rule, from_injury(rule, str(clause_text).strip().lstrip(_LIST_MARKS)))
    text = without_tail(rule, whole)
    if not isinstance(clause_text, OriginalClause) or clause_text.index >= clause_text.count - 1:
        return respelled(text)
    sentence = clause_text.originals.get(clause_text.sentence_index)
    folded = clauses(clause_text.folded_sentence)
    parts = clauses(sentence) if sentence is not None else []
    if len(parts) != clause_text.count or len(folded) != len(parts):
        return respelled(text)
    out = [text]
    # after a tail cut only another injury goes on with it: a care or a short item goes
    # with the tail ("cuts on both hands from pruning work, dressed")
    open_ = text == whole
    rest = zip(parts[clause_text.index + 1 :], folded[clause_text.index + 1 :], strict=True)
    for part, fc in rest:
        care = rule.cancel_regex and rule.cancel_regex.search(f" {' '.join(tokens(fc))} ")
        # care still to be given is no care done ("must be seen by a doctor today")
        care = care and not lexicon.phrase_regex("care_take").search(fc)
        # one more item of its list ("plaies aux pieds et la gale"), not a need for care
        # ("herida en la pierna, necesita curas hoy")
        short = len(tokens(fc)) <= 3 and not lexicon.phrase_regex("need_cues").search(fc)
        if any(p.search(fc) for p in rule.patterns):
            kept = without_tail(rule, part.strip())
            open_ = kept == part.strip()
            out.append(kept)
        elif open_ and (care or short):
            out.append(part.strip())
        else:
            break
    return respelled(", ".join(out))


_INNER_END = re.compile(r"(?<=[^\W\d_])\.\s+(?=[^\W\d_])")
"""A dot after a word and before more: a sentence end the splitter passed over after a
word cut short or a side letter ("mano izq. Sin documentos", "face E. Sem docs")."""


def own_sentences(rule: statement_rules.Rule, text: str) -> str:
    """The injury's words up to a sentence end inside them that the splitter passed over
    (a side or a word cut short: "Herida en la mano izq. Sin documentos", "Coupure main G.
    Pas de papiers"): what follows is another statement, kept only when it names an
    injury too ("Fract. poignet G. Contusions bras"); a title before a name is no end
    ("vue par Dr. Martin"), a letter after a body part is a side ("braço D. Tem dois filhos")."""
    titles = lexicon.by_language("dot_abbreviations") | lexicon.by_language("person_titles")
    start, out = 0, []
    for m in _INNER_END.finditer(text):
        if not text[m.end()].isupper():
            continue
        words = text[: m.start()].split()[-2:]
        # a title ("Dr.", "D. Fátima"), unless a one-letter side after a body part ("braço D.")
        side = len(words) == 2 and len(words[1]) == 1 and words[0].isalpha()
        if words and ffold(words[-1]) in titles and not side:
            continue
        out.append(text[start : m.start()])
        start = m.end()
    out.append(text[start:])
    if len(out) == 1:
        return text
    kept = [out[0]]
    for part in out[1:]:
        folded = lexicon.respell(ffold(part))
        if not any(p.search(folded) for p in _describing(rule.describe)):
            break
        kept.append(part)
    return ". ".join(kept)


@cache
def _describing(fact: str) -> tuple[object, ...]:
    """The patterns of every rule that describes `fact` (the folders' rules too)."""
    return tuple(p for r in statement_rules.rules() if r.describe == fact for p in r.patterns)


def respelled(text: str) -> str:
    """The kept text with each misspelt word of `[respell]` put right ("tiene una erida en
    la pierna q no sana" -> "herida ... que no sana"): staff read the injury, not the typo."""
    fixes = lexicon.respelled_words()
    out = []
    for word in text.split(" "):
        core = word.strip(".,;:!?()")
        fixed = fixes.get(ffold(core)) if core else None
        out.append(word.replace(core, fixed, 1) if fixed and fixed != ffold(core) else word)
    return " ".join(out)


@cache
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """A lexicon phrase list (`injury_tails`, `injury_felt_when`, `describe_leads`) as
    folded words."""
    return tuple(t for w in lexicon.by_language(key) if (t := tuple(_words(w))))


def without_tail(rule: statement_rules.Rule, text: str) -> str:
    """The injury without what follows it that is not the injury: an aside in brackets
    ("(plâtre à reprendre demain)"), how or when it came ("from the kitchen", "since I
    jumped from the van", "hace un mes", "depuis hier", "há três dias"; `injury_tails`),
    once the words before hold the rule's match ("bleeding from his head" keeps its
    "from"); when it is felt stays ("ribs hurt when I breathe": `injury_felt_when`)."""
    if "(" in text:
        text = " ".join(re.sub(r"\s*\([^()]*\)?", "", text).split())
    originals = text.split()
    folded = [_words(lexicon.respell(ffold(w))) for w in originals]
    pronouns = function_words().she_or_he
    leads = _clause_leads()
    for i in range(1, len(originals)):
        ahead = [t for f in folded[i:] for t in f]
        # a clause of its own with no "that" ("a swollen ankle she could not put weight on")
        prev = folded[i - 1][-1:]
        own = ahead[:1] and ahead[0] in pronouns and prev and prev[0] not in leads
        own = own and not originals[i - 1].endswith(("'", "’"))
        if not own and not any(tuple(ahead[: len(t)]) == t for t in _phrases("injury_tails")):
            continue
        if any(tuple(ahead[: len(t)]) == t for t in _phrases("injury_felt_when")):
            continue  # "ribs hurt when I breathe": when it hurts, part of the injury
        while i > 1 and _counted(folded[i - 1]):
            i -= 1  # "two weeks ago", "a few days ago": the count goes with its tail
        head = " ".join(t for f in folded[:i] for t in f)
        if any(p.search(head) for p in rule.patterns):
            kept = " ".join(originals[:i]).rstrip(",;:-–—")
            more = _and_another(rule, originals[i:], folded[i:])
            return f"{kept}, {more}" if more else kept
    return text


def _counted(words: list[str]) -> bool:
    """A word that counts the time a tail names ("two", "3", "a few", "several")."""
    return len(words) == 1 and (
        words[0].isdigit()
        or words[0] in number_words()
        or words[0] in lexicon.by_language("tail_counts")
    )


def _and_another(rule: statement_rules.Rule, originals: list[str], folded: list[list[str]]) -> str:
    """Another injury joined by "and" after a cut tail ("corte no joelho que fez ao fugir e
    arranhões nos braços", "a cut on his arm that he got at work and bruises on his legs"):
    that injury, itself without its tail; "" when none follows."""
    ands = function_words().and_words
    for j, words in enumerate(folded[:-1]):
        if words[-1:] and words[-1] in ands:
            rest = " ".join(t for f in folded[j + 1 :] for t in f)
            if any(p.search(rest) for p in rule.patterns):
                return without_tail(rule, " ".join(originals[j + 1 :]))
    return ""


@cache
def _clause_leads() -> frozenset[str]:
    """The words after which a pronoun goes on with a clause the words before bring in:
    "when", "que", "and", and the words of `injury_felt_when` ("when", "quand", "cuando")."""
    fw = function_words()
    felt = frozenset(w for p in _phrases("injury_felt_when") for w in p)
    return fw.relatives | fw.that_words | fw.and_words | fw.but_words | felt


def _words(folded: str) -> list[str]:
    return [t for t in tokens(folded) if t[0].isalnum()]


def _past_other(rule: statement_rules.Rule, before: list[str], cut: int) -> int:
    """Past a health problem joined by "and" before the injury, when no injury is named in
    it and it is short ("She has asthma and a burn on her hand", "Tiene diabetes y una herida
    infectada"): the illness is no injury to record; "bruises and a cut" keeps both."""
    ands = function_words().and_words
    at = max((k for k in range(cut, len(before)) if before[k] in ands), default=-1)
    if at <= cut or at - cut > _OTHER_WORDS:
        return cut  # (a longer part tells how it came: "pisei um prego na obra e está inchado")
    other = " ".join(before[cut:at])
    if any(p.search(other) for p in _describing(rule.describe or "")):
        return cut
    return at + 1


def from_injury(rule: statement_rules.Rule, text: str) -> str:
    """The clause from the injury on: past the last `describe_leads` words before the
    rule's first match, and an indefinite article or "and" after them ("Patient ... came in with a
    burn on her left forearm" -> "burn on her left forearm", "tiene una herida en la
    pierna" -> "herida en la pierna", "il a une plaie au pied" -> "plaie au pied"). The
    clause as written when its words cannot be lined up with their folded forms."""
    folded = lexicon.respell(ffold(text))  # (as the rule read it: "erida" is "herida")
    starts = [m.start() for p in rule.patterns if (m := p.search(folded))]
    if not starts:
        return text
    before = _words(folded[: min(starts)])
    cut = 0
    for phrase in _phrases("describe_leads"):
        n = len(phrase)
        for k in range(len(before) - n, -1, -1):
            if tuple(before[k : k + n]) == phrase:
                cut = max(cut, k + n)
                break
    every = _words(folded)
    cut = _past_other(rule, before, cut)
    skip = lexicon.by_language("describe_articles") | function_words().and_words
    while cut < len(every) - 1 and every[cut] in skip:
        cut += 1  # "a cut on his foot", "y está cortada en la mano"
    if cut == 0:
        return text
    originals = text.split()
    counts = [len(_words(lexicon.respell(ffold(w)))) for w in originals]
    if sum(counts) != len(every):
        return text
    seen = 0
    for i, c in enumerate(counts):
        if seen == cut:
            return " ".join(originals[i:]) if i < len(originals) else text
        seen += c
        if seen > cut:
            return text  # (the cut falls inside a written word)
    return text
