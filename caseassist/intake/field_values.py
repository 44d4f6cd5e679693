"""A form value read by its fact's type: "34" an age, "Eritrean" a country, "no" a no.

Only a value that is clear by itself is taken: a number, a country, a gender mark, a
yes/no word. A hedged value ("unknown", "por confirmar") sets an enum's own unsure value
where it has one and is otherwise offered as possible; anything longer is left to the
sentence reading. No fact is named here: the type decides."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.facts import FACTS
from caseassist.intake.field_tables import points_elsewhere, tables, value_kind, value_words
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import to_int
from caseassist.intake.read.healed import healed
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.tonight_frame import covers_tonight
from caseassist.intake.text import fold
from caseassist.intake.trie import alternation

_LEAD_WORD = re.compile(r"^\s*([a-z]+)\s*[,;.(\-\u2013\u2014!]")
_FIRST_PART = re.compile(r"\s*[,;.]\s|\s[-\u2013\u2014]+\s")


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


def _lacking_kind(words: list[str]) -> str | None:
    """ "none" or "turned_down" when the whole value is one, or "none" when it opens with a
    phrase saying a place is still to be found for her (`none_leads`: "à orienter ce soir
    vers un centre", "to be placed tonight", "por reubicar hoy", "a realojar ainda hoje")."""
    kind = value_kind(words, "none", "turned_down")
    if kind is None and len(words) > 1:
        leads = tables().values.get("none_leads", ())
        if any(" ".join(words[:n]) in leads for n in range(1, min(len(words), 4) + 1)):
            return "none"
    return kind


def _lacking_part(value: str) -> str | None:
    """The one kind ("none" or "turned_down") that a part of a value of several parts is
    whole ("Hébergement : ne peut plus rester dans le conteneur, rien pour ce soir",
    "Alojamento: saiu do quarto do patrão, não tem"); None when no part or two disagree."""
    parts = re.split(r"[,;]", value)
    if len(parts) < 2:
        return None
    kinds = {_lacking_kind(value_words(p)) for p in parts} - {None}
    return kinds.pop() if len(kinds) == 1 else None


def _held(words: list[str], value: str) -> bool | None:
    """A value of a `lacking` label that opens with a place she has: True (clear) for a
    host's or a stay (`held_leads`: "with her aunt", "chez une amie", "en casa de su prima",
    "fica em casa da tia"), or a lodging (`lodging_leads`: "albergue municipal", "night
    shelter") with a span past tonight ("..., plaza hasta el lunes"); False (offered) for a
    lodging alone, maybe where she is to go. None: no place, or a need, a refusal, a host
    without room, someone from that life (`held_voids`) or a time of its own beside it
    ("with her aunt, but no room", "chez son patron", "staying with a friend tonight": the
    reading of its words decides)."""
    values = tables().values
    opening = {" ".join(words[:n]) for n in range(1, min(len(words), 4) + 1)}
    if not opening.isdisjoint(values.get("secured_leads", ())):
        return _secured(words, value)
    held = not opening.isdisjoint(values.get("held_leads", ()))
    if not held and opening.isdisjoint(values.get("lodging_leads", ())):
        return None
    said = f" {' '.join(tokens(fold(value)))} "
    # a value with its own time is a statement ("staying with a friend tonight"), read as one
    voids = ("need_cues", "refusal_cues", "no_room", "exploiters", "tonight_words")
    if any(lexicon.phrase_regex(g).search(said) for g in voids) or not set(words).isdisjoint(
        values.get("held_voids", ())
    ):
        return None  # "chez son patron"
    return held or covers_tonight(said) or covers_tonight(fold(value))


def _secured(words: list[str], value: str) -> bool | None:
    """A value of a `lacking` label that opens with her place settled (`secured_leads`:
    "OK - domicile personnel", "já garantido hoje na casa de passagem", "sorted, at her
    cousin's"): True (clear, no bed needed), its own tonight kept; None beside a need, a
    refusal, a host without room, someone from that life or a later day ("OK from
    Monday": the reading of its words decides)."""
    said = f" {' '.join(tokens(fold(value)))} "
    voids = ("need_cues", "refusal_cues", "no_room", "later_days")
    if any(lexicon.phrase_regex(g).search(said) for g in voids):
        return None
    # someone from that life in its first part ("OK - chez son patron"); a later part may
    # only say who does not know the place ("..., adresse inconnue de l'exploiteur")
    head = f" {' '.join(tokens(fold(re.split(r'[,;(]', value, maxsplit=1)[0])))} "
    if lexicon.phrase_regex("exploiters").search(head) or not set(head.split()).isdisjoint(
        tables().values.get("held_voids", ())
    ):
        return None
    return True


@dataclass(frozen=True)
class Reading:
    fact: str
    value: object
    possible: bool = False


@cache
def _none_is_zero() -> frozenset[str]:
    """The count facts a lone none sets to 0 (`[statements] none_is_zero`)."""
    return frozenset(lexicon.words_of_rules("statements", "none_is_zero"))


def read_value(fact_id: str, value: str, *, lacking: str = "") -> Reading | None:
    """What a form value clearly says for its fact, by the fact's type. After a label
    naming what she may lack (`lacking`: "Accommodation", "Hébergement"), a value that
    says there is none states the fact ("Accommodation: none" needs a bed), one that
    turns it down denies it ("Hébergement : refuse"); any other value says nothing when
    the label asks for nothing (`lacking="only"`), else it is read as any value is
    ("Accommodation tonight: no")."""
    fd = FACTS[fact_id]
    main = re.split(r"[(\[]", value, maxsplit=1)[0]  # "(needs interpreter)": an aside
    words = value_words(main)
    if not words or value_kind(words, "placeholder") or points_elsewhere(value):
        return None  # nobody gave it, or it sends the reader elsewhere ("see attached report")
    if lacking and fd.type == "bool":
        kind = _lacking_kind(words) or _lacking_part(main)
        if kind is None and len(words) > 2:
            # its first sentence whole ("NO tiene. Anoche durmió en la terminal"); parts
            # within a sentence are `_lacking_part`'s, which must all agree
            first = value_words(re.split(r"[.!]\s", main, maxsplit=1)[0])
            if len(first) < len(words):
                kind = value_kind(first, "none", "turned_down")
        if kind is not None:
            return Reading(fact_id, kind == "none")
        if (held := _held(words, main)) is not None:
            return Reading(fact_id, False, possible=not held)
        if lacking == "only":
            return None
    padded = _softened_nevers().sub(" ", f" {' '.join(words)} ")  # "no, maybe never": a no
    unsure = "?" in value or any(f" {u} " in padded for u in tables().values.get("unsure", ()))
    if fd.type == "text":
        # "Injuries: none visible", "Lesiones: no refiere", "Contact : aucun connu": a short
        # value led by a no says there is nothing to record
        if value_kind(words, "no", "unsure", "nothing") or unsure:
            return None
        if len(words) <= 3 and value_kind(words[:1], "no", "none"):
            return None
        # its first sentence or clause so ("Injuries: none reported. Declined EMS.", "none
        # visible, denies complaints", "Lesiones: ninguna. No precisa asistencia médica"):
        # what follows is about that none, not an injury
        # (a dash sets it off too: "Contacto seguro: nenhum – o telemóvel é da madame")
        first = value_words(re.split(r"[.;,]\s|\s[-\u2013\u2014]+\s", main, maxsplit=1)[0])
        if len(first) < len(words) and len(first) <= 3 and value_kind(first[:1], "no", "none"):
            return None
        if fact_id in _described():
            if healed(fold(main)):
                return None  # "Lesões: queixa-se de dor lombar antiga": no injury there now
            return Reading(fact_id, _injury_part(fact_id, value))
        return Reading(fact_id, value.strip())
    if fd.type == "int":
        # a count whose first sentence is only a none ("Dependants present: none. States wife
        # and 3 children live in Abidjan", "Menores: ninguno"): zero, whatever follows it
        first = value_words(re.split(r"[.;]\s", main, maxsplit=1)[0])
        if len(first) <= 2 and value_kind(first[:1], "none") and fact_id in _none_is_zero():
            return Reading(fact_id, 0, possible=unsure)
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
        g = value_kind(words[:1] if len(words) == 1 else words, "female", "male", "nonbinary")
        return Reading(fact_id, g) if g else None
    yn = "unsure" if unsure else value_kind(words, "yes", "no", "each_time")
    lead = _LEAD_WORD.match(fold(main))
    if yn is None and lead and len(words) > 1:
        # "No - staying with a cousin", "Si, urgente"; not "no lo tiene claro"
        yn = value_kind([lead.group(1)], "yes", "no")
        if yn == "no" and lacking:
            # after a label that both asks and names what she may lack, a no has no side of
            # its own: its reason read as a statement decides ("Hébergement ce soir : non,
            # dort dans un parc" has none; "oui, urgent" is a need; stop 38, tonight3)
            return None
    if yn is None and len(words) > 2 and not (lacking and re.search(r"[,;]", main)):
        # a first part that is a whole yes or no, a reason after it ("not needed - returning
        # to own flat", "no procede, vuelve a su propio piso", "sans objet, retourne..."); the
        # parts of a lacking label's value are `_lacking_part`'s, which must all agree
        head, *tail = _FIRST_PART.split(main, maxsplit=1)
        first, rest = value_words(head), value_words(tail[0]) if tail else []
        kinds = ("yes", "no", "none", "turned_down")
        if 1 < len(first) < len(words) and not any(value_kind(rest[:n], *kinds) for n in (1, 2)):
            yn = value_kind(first, "yes", "no")  # (not "não tem; não precisa": two answers)
    if yn is None and fact_id in lexicon.words_of_rules("replies", "wish_facts"):
        yn = _no_for_now(words)
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


@cache
def _softened_nevers() -> re.Pattern[str]:
    """A hedge that only softens a "never" after it (`hedged_nevers`: "não, talvez nunca",
    "non, peut-être jamais", "no, maybe never"): a refusal, not a doubt; the hedge taken out."""
    nevers = lexicon.by_language("hedged_nevers")
    if not nevers:
        return re.compile(r"(?!)")
    hedges = (*lexicon.word_sets().hedges, *tables().values.get("unsure", ()))
    soft, never = alternation(hedges, r"\s+"), alternation(nevers, r"\s+")
    return re.compile(rf"(?<=\s)(?:{soft})\s+(?=(?:{never})\s)")


def _insistences() -> re.Pattern[str]:
    """An insistence on the answer after it, with her subject or without ("she said it
    twice", "fue muy clara", "elle l'a dit deux fois", "disse duas vezes"): no state."""
    return lexicon.phrase_regex("answer_insistences")


def states_what_is(fact_id: str, value: str, label: str) -> bool:
    """A wish fact's label (or topic) with no wish word, answered by what there is or was
    rather than by her wish (`[replies] wish_facts`): a value led by a `none` word
    ("Police: none", "Plainte : aucune", "Policía: sin denuncia"), or by a yes or no with
    more after it than `answer_tails` and no wish word ("Police: no contact so far", "no
    hubo denuncia", "not yet contacted"; not "no por ahora", "no quiere denunciar")."""
    if fact_id not in lexicon.words_of_rules("replies", "wish_facts"):
        return False
    wishes = lexicon.phrase_regex("police_wish_cues", lexicon.phrase_regex("wish_cues").pattern)
    if wishes.search(" ".join(value_words(label))):
        return False  # "Wants police: none", "Quiere denunciar: sin intención"
    words = value_words(value)
    padded = f" {' '.join(words)} "
    if not words or any(f" {u} " in padded for u in tables().values.get("unsure", ())):
        return False  # "Denuncia: no lo tiene claro todavía": undecided, said plainly
    if value_kind(words[:1], "none") and not value_kind(words[:1], "yes"):
        return True
    tails = lexicon.phrase_regex("answer_tails")
    lead = 2 if len(words) > 2 and value_kind(words[:2], "no", "yes") else 1
    if not value_kind(words[:lead], "no", "yes"):
        if not tails.match(" ".join(words)):
            return False  # (a value that opens with neither: read as it is)
        lead = 0  # "not yet contacted", "pas encore déposée"
    rest, pronouns = " ".join(words[lead:]), function_words().subject_pronouns
    reason = lexicon.phrase_regex("answer_reasons").search(rest)
    if reason and all(w in pronouns for w in rest[: reason.start()].split()):
        rest = rest[: reason.start()]  # "no, she is scared", "no, que le da miedo": its reason
    rest = tails.sub(" ", rest)
    if wishes.search(rest):
        return False  # "not yet, she wants to think first"
    for cue in (_insistences(), lexicon.phrase_regex("deferrals"), lexicon.hedge_regex()):
        rest = cue.sub(" ", rest)  # "no, maybe later": a deferral; "no, she said it twice"
    if lead and value_kind(words[:lead], "no") and _restates_no(fact_id, words[lead:]):
        return False  # "Police: no – « pas la police »", "Polícia: NÃO, 'never police'"
    if fact_id in lexicon.words_of_rules("replies", "manner_facts"):
        # "yes, signed 30/11", "oui, verbal": how the answer was given, and when
        rest = re.sub(r"\b\d+\b", " ", lexicon.phrase_regex("answer_manners").sub(" ", rest))
        scope, limits = lexicon.words_of_rules("replies", "manner_scopes") or ("", "")
        if scope and lexicon.phrase_regex(scope).search(rest):
            return bool(lexicon.phrase_regex(limits).search(rest))  # "yes, to share with..."
    return any(w not in pronouns for w in rest.split())


def _restates_no(fact_id: str, rest: list[str]) -> bool:
    """The words after a no that only say the no again about the label's own topic, in her
    words or another language (a negator, then a topic word of the fact, `[questions.about]`:
    "no police, please", "pas la police", "sem polícia", "never police"): her no, not a
    state of things ("no - police were not called" has more words)."""
    negators, articles = lexicon.word_sets().negators, function_words().definite_articles
    kept = [w for w in rest if w not in articles]
    tails = lexicon.phrase_regex("answer_tails")
    at = next((i for i, w in enumerate(kept) if w in negators), None)
    if at is None or at > 1:
        return False
    topic = tails.sub(" ", " ".join(w for w in kept[at:] if w not in negators)).split()
    about = lexicon.words_of_rules("questions", "about").get(fact_id, ())
    return bool(topic) and " ".join(topic) in about


def _no_for_now(words: list[str]) -> str | None:
    """A refusal with its time after it ("Police: declined for now", "Denuncia: rechaza por
    el momento", "Plainte : refusée pour le moment"): her answer now is a no; only a no is
    kept, so "wants to report, not now" is never read as a yes. A whole value that is only a
    no for now ("Consent to share: not for now", `not_now`) is that no (stop 41)."""
    if " ".join(words) in lexicon.by_language("not_now"):
        return "no"
    cut = lexicon.phrase_regex("for_nows").sub(" ", " ".join(words)).split()
    if not cut or len(cut) == len(words):
        return None
    return "no" if value_kind(cut, "yes", "no") == "no" else None


def not_now(fact_id: str, value: str) -> bool:
    """A wish fact's value that is only a no for now (`not_now`: "not for now", "ahora no",
    "pas maintenant", "agora não"): a no, as the blind labels read it."""
    if fact_id not in lexicon.words_of_rules("replies", "wish_facts"):
        return False
    return " ".join(value_words(value)) in lexicon.by_language("not_now")


@cache
def _described() -> frozenset[str]:
    """The text facts a statement rule describes (an injury): a form value of one said to
    be healed or old (`healed_words`) is no value now."""
    from caseassist.intake.statement_rules import rules  # (it reads the lexicon's rules)

    return frozenset(r.describe for r in rules() if r.describe)


_ASIDE = re.compile(r"\s*\([^()]*\)")
_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")


def _injury_part(fact_id: str, value: str) -> str:
    """A described fact's form value without its bracketed asides and without the
    sentences after the first that name none of it ("Lésions : fract. poignet G (plâtre à
    reprendre demain), plaie arcade suturée. Reste hospitalisée cette nuit.": the wrist
    and the brow); a later sentence that goes on with an injury is kept."""
    first, *rest = _NEXT_SENTENCE.split(_ASIDE.sub("", value).strip())
    kept = [first]
    for sentence in rest:
        if not _names_described(fact_id, sentence):
            break
        kept.append(sentence)
    return " ".join(kept).strip().rstrip(".;,").strip() or value.strip()


def _names_described(fact_id: str, sentence: str) -> bool:
    """Whether a rule that describes `fact_id` matches the sentence."""
    from caseassist.intake.statement_rules import rules  # (it reads the lexicon's rules)

    folded = " ".join(tokens(fold(sentence)))
    return any(p.search(folded) for r in rules() if r.describe == fact_id for p in r.patterns)
