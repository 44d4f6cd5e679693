"""Statement rules (`rules.toml` and each language folder's) applied to clauses."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon, statement_rules
from caseassist.intake.concept_gate import open_concepts
from caseassist.intake.concepts import WORD
from caseassist.intake.read.cancels import voided
from caseassist.intake.read.clause_context import (
    NOT_TONIGHT,
    OriginalClause,
    condition_after,
    consent_after,
    former_place,
    gone_by,
    later_day,
    limited,
    moved_away,
    not_yet,
    partial_negation,
)
from caseassist.intake.read.described import describe
from caseassist.intake.read.doubted_sides import belief_doubted
from caseassist.intake.read.host_stays import offered_only
from caseassist.intake.read.joined_next import cancel_joined
from caseassist.intake.read.joint_subjects import also_hers, guardian_for_her
from caseassist.intake.read.knowers import CLEAR, knower
from caseassist.intake.read.note_context import note_marks, other_in_turn, previous_sentence
from caseassist.intake.read.other_subjects import OTHER, RELAYED, by_subject, named_other
from caseassist.intake.read.place_after import place_follows
from caseassist.intake.read.place_takers import others_place_of
from caseassist.intake.read.put_off import put_off
from caseassist.intake.read.reasons import before_reason, negation_end
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import (
    BELIEF,
    HEDGED,
    WRITER_UNKNOWN,
    _has_hedge,
    _negated,
    _other_subject,
    assertion_status,
    unnamed_subject,
)
from caseassist.intake.read.scope import (
    belief_denied,
    clear_before,
    clear_in,
    cue_word_after,
    doubted,
    exploiters_place,
    hedged_next,
    narrowed,
    negated_word,
    safety_condition,
    status_before_condition,
)
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.tonight_frame import (
    limit_after_tonight,
    long_term_need,
    offer_past_need,
    place_ends_tonight,
    place_spans_tonight,
    subject_only,
)
from caseassist.intake.read.unknown_knowing import unknown_whether
from caseassist.intake.read.unstated import not_of_her
from caseassist.intake.read.wished import FEARED, wished_knowing
from caseassist.intake.read.writer_voice import subject_first, writers_act
from caseassist.intake.sift import rule_candidates

_WANTS_OF_OTHER = re.compile(r" (?:(?:her|him|them|me|us) to|que|qu')\b")


@cache
def _facts_of(key: str) -> frozenset[str]:
    """The facts `[statements] key` of `rules.toml` lists (each key explained there)."""
    return frozenset(lexicon.words_of_rules("statements", key))


_SHORT_TEXT = 200  # a sentence this short: its "and"-joined parts read alone (not the note's)
_rule_candidates = rule_candidates  # (the name the readers import)


@cache
def _plain_patterns() -> tuple[int, ...]:
    """The numbers of the patterns that are not concept rules (those open by their words)."""
    return tuple(
        k for k, (r, _p, _n, _a) in enumerate(statement_rules.flat_patterns()) if not r.needs_words
    )


def _apply_rules(
    clause_text: object,
    folded: str,
    out: Extraction,
    describes: dict[str, str],
    candidates: dict[int, set[int]] | None = None,
    index: int = 0,
    *,
    writer: bool = False,
) -> None:
    """Every statement rule that matches one clause, with the clause's assertion status
    (`writer`: the text is a note, so a first-person "I don't know if" is the writer's);
    each value found is kept with its sentence (`Extraction.readings`)."""
    sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else folded
    out.where = (sent or folded, folded)
    try:
        _rules_in_clause(clause_text, folded, out, describes, candidates, index, writer=writer)
    finally:
        out.where = None


def _rules_in_clause(
    clause_text: object,
    folded: str,
    out: Extraction,
    describes: dict[str, str],
    candidates: dict[int, set[int]] | None,
    index: int,
    *,
    writer: bool,
) -> None:
    """`_apply_rules` for one clause."""
    if not folded:
        return
    if (
        isinstance(clause_text, OriginalClause)
        and 0 <= clause_text.index < clause_text.count - 1
        and lexicon.phrase_regex("condition_openers").match(folded.lstrip(" -*"))
        and not str(clause_text).lstrip(" -*").lower().startswith("sí")  # a yes, not "si" (if)
    ):
        return  # "Si quiere denunciar, la acompañamos": a condition, then what follows it
    flat = statement_rules.flat_patterns()
    if candidates is None:  # (candidates hold the concept rules each clause opens)
        todo = [*_plain_patterns(), *open_concepts(set(WORD.findall(folded)))]
    else:
        todo = candidates.get(index, ())
    hedge = None
    done: set[int] = set()
    for k in sorted(todo):
        rule, pat, _need, _anchor = flat[k]
        if id(rule) in done:
            continue
        m = pat.search(folded)
        if not m:
            continue
        before = tokens(folded[: m.start()])
        last = rule.not_after and [w for w in before[-3:] if w.strip('"«»“”')][-1:]  # 'la "madame"'
        if last and not rule.not_after.isdisjoint(last):
            continue
        if rule.not_before and not rule.not_before.isdisjoint(tokens(folded[m.end() :])[:1]):
            continue  # "interested in job training": the job names the training
        if rule.country_after and not place_follows(
            tokens(folded[m.end() :])[:5], clause_text if rule.country_after == "place" else None
        ):
            continue  # "go back to school", "volver a estudiar": not a place
        if (
            rule.roles
            and (  # a child is hers when the rule says so: her son's missed meal, not a colleague's
                by_subject(clause_text, folded, m, before, writer, not rule.children_hers)
            )
            and not also_hers(clause_text, folded)  # "les enfants ont faim, moi aussi"
            and not guardian_for_her(rule.fact, before)  # "her guardian consented to ..."
        ):
            continue  # "her son is sick, needs a doctor"; "quem precisa de médico é o meu filho"
        if rule.fact in _facts_of("others_in_her_turn") and other_in_turn(
            clause_text, before, answer=not writer
        ):
            continue  # her turn: "Ella quiere volver mañana. Yo no.": the friend's wish
        named_subject = named_other(clause_text, before) if rule.roles else None
        if named_subject == OTHER:
            continue  # "her cousin Ramesh ... Ramesh wants to go back to Nepal": his wish
        if rule.fact in _facts_of("place_now") and (
            former_place(folded, m.end()) or moved_away(clause_text, folded, m)
        ):
            continue  # "sabe la dirección anterior", "l'adresse d'avant": not her place now
        if rule.fact in _facts_of("home_of_others") and exploiters_place(folded, m.end()):
            continue  # "não quer voltar para casa desse homem": his house, not her home
        if rule.fact in _facts_of("not_if_wished") and (gov := wished_knowing(before)):
            if gov == FEARED:  # "teme que el patrón sepa": she does not know he knows
                out.maybe(rule.fact, rule.value)  # (offered as a belief is: "afraid he knows")
            continue  # "no quiero que el patrón sepa dónde estoy": wished away, not known
        if not_of_her(rule.fact, clause_text, folded, before, m):
            continue  # "pour la joindre", "so that he does not know", "many victims": not hers
        if others_place_of(rule.fact, m, folded, clause_text):
            out.maybe(rule.fact, rule.value)  # "L'interprète craint ... sait où elle vit"
            continue
        if rule.clear_when_named:  # "the boss knows where she lives", not her sister
            sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else ""
            who = knower(
                before,
                tokens(m.group()),
                tokens(sent[: max(0, sent.find(folded))]),
                previous_sentence(clause_text),
                household=note_marks(clause_text)[0],
                theirs=note_marks(clause_text)[1],
            )
            if not who:
                continue
            named = who == CLEAR
        else:
            named = rule.subject_other and _other_subject(before)
            if rule.subject_other and not (
                named or set(before[-4:]) & lexicon.by_language("third_persons")
            ):
                continue  # "the boss keeps her passport", not "she keeps her sister's"
        if (
            rule.fact not in _facts_of("wish_about_others")
            and not rule.clear_when_named  # "saben que está aquí" is not a wish
            and not rule.que_clause
            and "cue" in m.re.groupindex
            and m.group("cue")
            and _WANTS_OF_OTHER.match(folded, m.end("cue"))
        ):
            continue  # "wants her to work", "quiere que su hija estudie": someone else's action
        if rule.cancelled_by:
            if void := voided(rule, clause_text, folded, m):
                if rule.cared_describe and not _negated(folded, m.start(), None):
                    describe(describes, rule, clause_text, folded)
                continue  # "a cut, dressed and seen by the nurse": cared for, not urgent
            if void is None and (
                joined := cancel_joined(rule.fact, clause_text, rule.cancel_regex)
            ):
                out.maybe(rule.fact, joined)  # "aceita com o abrigo; para outros, perguntem antes"
                continue
        done.add(id(rule))
        if rule.fact in _facts_of("now") and not rule.ongoing and gone_by(clause_text, folded):
            if rule.describe and not _negated(folded, m.start(), None):
                describe(describes, rule, clause_text, folded)  # still hers
            continue  # "injured last month", "hace un ano no tenia donde dormir": not now
        if (
            rule.value is True
            and rule.fact in _facts_of("not_later")
            and lexicon.phrase_regex("later_words").search(folded)
        ):
            continue  # "will need a meal later": a need then, none now
        if rule.fact in _facts_of("tonight"):
            sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else ""
            sent = sent or folded
            if offer_past_need(rule, folded, out) or limit_after_tonight(rule, sent, folded, m):
                continue  # "can't stay past tonight"; "se queda allí, solo por hoy" is a place
            if place_ends_tonight(rule, folded, sent or folded, m.group()):  # "a friend who
                ends = out.maybe if assertion_status(sent or folded, writer=writer) else out.put
                ends(rule.fact, True)  # can no longer keep her from tonight": none tonight
                continue
            # (a negated rule's yes too: "depois da alta ... não tem onde ficar")
            yes = rule.value is True or (rule.negated is True and _negated(folded, m.start(), None))
            if yes and long_term_need(rule, folded, sent or folded):
                continue  # "necesita un alojamiento estable": a place to live, not tonight's
            if subject_only(rule, sent or folded):
                out.maybe(rule.fact, True if yes else rule.value)  # "Objet : demande
                continue  # d'hébergement": the message's topic, maybe not tonight's
            if yes and (later := later_day(clause_text, m)):
                if later == NOT_TONIGHT:
                    out.put(rule.fact, False)  # "une place à partir de demain soir, pas ce soir"
                continue  # "discharged tomorrow, will need somewhere to stay from then"
        if hedge is None:
            hedge = assertion_status(folded, writer=writer)  # (once per clause)
        status = hedge
        if status:  # a hedge after a reason link is the reason's: "... porque no sé si"
            status = assertion_status(before_reason(folded, m.end()), writer=writer)
        if status and rule.fact in _facts_of("wish_if_after"):
            status = status_before_condition(folded, m.end(), status, writer)
        if not status and rule.fact in _facts_of("wish_if_after") and hedged_next(clause_text):
            status = HEDGED  # "asks about going back to Honduras; says he is not sure yet"
        if status == WRITER_UNKNOWN:
            unknown_whether(rule.fact, folded, named, out)  # "no sabemos si el patrón sabe"
            continue
        value = rule.value
        negated = False
        if not rule.fixed:
            if "cue" in m.groupdict() and m.group("cue") is not None:
                # a negator before the cue or in what it governs: "does not want the police"
                end = cue_word_after(folded, m.end("cue")) if rule.verb_negation else m.end()
                end = negation_end(folded, m.end("cue"), end)  # not the reason's "no"
                negated = _negated(folded, m.start("cue"), end)
                if not negated and rule.negated is None and negated_word(folded, m.start()):
                    continue  # "não devolvidos até o momento os documentos": the verb negated
            else:
                negated = _negated(folded, m.start(), None)
            if negated:
                if rule.negated is None:
                    continue
                if limited(clause_text, folded, m.end()):
                    continue  # "no quiere volver hasta pagar la deuda": a no only for now
                if partial_negation(
                    folded, m.start("cue") if "cue" in m.groupdict() else m.start(), m.end()
                ):
                    if (hedged := lexicon.hedged_values().get(rule.fact)) is not None:
                        out.maybe(rule.fact, hedged)  # "doesn't always know where she is"
                    continue
                if not_yet(rule.fact, clause_text, folded, m.start(), m.end()):
                    out.maybe(rule.fact, lexicon.hedged_values().get(rule.fact, rule.negated))
                    continue  # "doesn't want police \"yet\"": undecided, offered
                if rule.fact in _facts_of("narrowed_no") and narrowed(folded, m.end()):
                    continue  # "ya no quiere trabajar en el campo": not that job, not no job
                value = rule.negated
                if rule.negated_possible:
                    out.maybe(rule.fact, value)  # "not ready to talk to the police"
                    continue
            elif rule.affirmed_possible:
                out.maybe(rule.fact, value)  # "the boss knows she left": not where she went
                continue
        if (
            writer
            and not rule.fixed
            and (not negated or subject_first(rule.fact))  # "we did not agree": ours too
            and rule.fact in lexicon.words_of_rules("replies", "wish_facts")
            and isinstance(clause_text, OriginalClause)
            and writers_act(clause_text.folded_sentence, folded, m, rule.fact, rule.clear_regex)
        ):  # (the writer's act she asked for is hers: "we reported it at her request")
            out.maybe(rule.fact, value)  # "Quiero que la policía sepa...": maybe the writer's
            continue
        if named_subject == RELAYED or (
            rule.fact in _facts_of("wish_about_others") and rule.roles and unnamed_subject(before)
        ):
            out.maybe(rule.fact, value)  # "Our granthi would like to report...": whose wish?
            continue
        sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else folded
        if (off := put_off(rule.fact, clause_text, sent, value)) is not None:
            (out.put if off[1] else out.maybe)(rule.fact, off[0])  # "maybe later", "to think"
            continue
        conditional = rule.fact in _facts_of("if_after") and condition_after(sent, folded, m.end())
        conditional = conditional or consent_after(sent, folded, m.end())  # "if she agrees"
        safe_if = safety_condition(rule.fact, folded, m.end())  # "go home when it is safe"
        if safe_if or (conditional and not (status and _has_hedge(folded[: m.end()]))):
            out.maybe(rule.fact, value)  # "in danger if they find her": on a condition
            continue
        if status == BELIEF:
            if rule.negated is not None and not negated and belief_denied(folded):
                value = rule.negated  # "doesn't think the bosses know": thinks they do not
            unsure = belief_doubted(rule.fact, sent, folded, clear=named)  # "but not sure"
            (out.put if unsure else out.maybe)(rule.fact, unsure or value)  # "believes..."
            continue
        if status:
            hv = None if rule.hedge_offers else lexicon.hedged_values().get(rule.fact)
            if (
                hv is not None
                and writer
                and rule.fact in _facts_of("note_hedge_offers")
                and lexicon.phrase_regex("writer_maybes").search(folded)
            ):
                out.maybe(rule.fact, hv)  # "she may have a work permit": the writer's doubt
            elif hv is not None:
                out.put(rule.fact, hv)
            else:
                out.maybe(rule.fact, value)
            continue
        if writer and offered_only(rule, folded, clause_text, m, out, value):
            continue  # "ahí está segura por ahora": safe only in that place, offered
        if value in (True, "yes") and doubted(rule.fact, sent):
            out.maybe(rule.fact, value)  # "a un permis de travail fermé lié à ce restaurant"
            continue
        if (
            rule.possible
            and not (rule.clear_when_named and named)  # "the salon owner knows", not "they"
            # "no injuries" is clear; "she does not know where he is" is not (nor who knows)
            and not (negated and not rule.clear_when_named)
            and not (
                clear_in(rule, sent)
                # the referrer's own opinion in the sentence ("le duele mucho, creemos que
                # tiene que verla un doctor") keeps what only suggests a fact offered
                and not lexicon.phrase_regex("referrer_beliefs").search(sent)
            )
            and not (rule.fact in _facts_of("clear_before") and clear_before(rule, clause_text))
            and not place_spans_tonight(rule, sent, m.group())  # "staying with X for now"
        ):
            out.maybe(rule.fact, value)
        elif rule.note_offers and writer:
            out.maybe(rule.fact, value)  # "no quiere que su familia sepa dónde está": relayed
        else:
            (out.past_act if rule.past_act else out.put)(rule.fact, value)
        if rule.describe and value is True:
            describe(describes, rule, clause_text, folded)
