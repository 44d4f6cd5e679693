"""Reading a whole referral note: every reader over its sentences, then settling."""

from __future__ import annotations

import re

from caseassist.intake import fields, form_marks, form_tables, lexicon, sift
from caseassist.intake.facts import FACTS
from caseassist.intake.read.ages import _ages, bare_ages
from caseassist.intake.read.agreement import triggers as agreement_triggers
from caseassist.intake.read.answer_singulars import as_singular
from caseassist.intake.read.asides import without_asides
from caseassist.intake.read.asked_about import replies_about_other
from caseassist.intake.read.chat_turns import unlabelled_turns
from caseassist.intake.read.checkboxes import ticked_only
from caseassist.intake.read.child_settle import settle_children
from caseassist.intake.read.child_words import _own_child_named, children_counted
from caseassist.intake.read.claims import settle_claims
from caseassist.intake.read.clause_context import LazyOriginals, OriginalClause
from caseassist.intake.read.clean_reading import hold_unclean, replaces_earlier
from caseassist.intake.read.contact import read_safe_contact
from caseassist.intake.read.corrections import (
    chronological,
    corrected_in_place,
    paired_labels,
    update_blocks,
)
from caseassist.intake.read.countries import _ORIGIN_TRIGGERS, _countries, descriptor_languages
from caseassist.intake.read.country_words import (
    may_name_country,
)
from caseassist.intake.read.deferred_replies import deferred_wishes
from caseassist.intake.read.denied_labels import (
    denied_by_labels,
    drop_denied_headings,
    labelled_none,
)
from caseassist.intake.read.details import _dietary, may_state_diet
from caseassist.intake.read.document_frames import settle_frames
from caseassist.intake.read.document_relatives import with_relatives
from caseassist.intake.read.form_statements import form_statements, labelled
from caseassist.intake.read.gender import (
    _DIGIT_FM,
    _SEX_MARK,
    _gender,
    _settle_gender,
    _sex_marks,
    agreement,
    survivor_speaks,
)
from caseassist.intake.read.guessed_values import read_guess
from caseassist.intake.read.headings import without_heading
from caseassist.intake.read.her_replies import her_replies
from caseassist.intake.read.interpreting import interpreted_lacking
from caseassist.intake.read.journeys import journey_origin
from caseassist.intake.read.language_claims import read_apart, with_claims
from caseassist.intake.read.language_forms import reply_languages, with_form_languages
from caseassist.intake.read.language_named import others_named, without_named_others
from caseassist.intake.read.language_names import names_a_language
from caseassist.intake.read.language_subjects import past_anothers_bracket, takes_up_another
from caseassist.intake.read.languages import _LANG_TRIGGERS, _languages, _settle_languages
from caseassist.intake.read.line_ends import ended_short_lines
from caseassist.intake.read.missions import passing_origin
from caseassist.intake.read.names import _name
from caseassist.intake.read.note_prefilter import _prefilter
from caseassist.intake.read.number_doubts import OfferedIfDoubted
from caseassist.intake.read.offered_beside import offer_beside
from caseassist.intake.read.open_decisions import settle_open_decisions
from caseassist.intake.read.other_sex_ages import other_sex_ages, other_sex_origins
from caseassist.intake.read.person_lines import settle_by_person_lines
from caseassist.intake.read.proform_acts import proform_acts
from caseassist.intake.read.regained import regained_later, renewed_last
from caseassist.intake.read.replied_ages import replied_age
from caseassist.intake.read.replies import offer_asked, read_replies, tag_only
from caseassist.intake.read.requests import asks_for_place
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.role_labels import plain_role_labels
from caseassist.intake.read.roles import _CLEAR_YES
from caseassist.intake.read.segment import (
    _HYPHEN_SLASH,
    _LOOSE_SPLIT,
    _WISH_AND,
    clauses,
    sentences,
    tokens,
)
from caseassist.intake.read.speakers import her_turns, quiet_other_speakers
from caseassist.intake.read.statements import _SHORT_TEXT, _apply_rules, _rule_candidates
from caseassist.intake.read.titled_others import titled_others
from caseassist.intake.read.told_questions import (
    next_turn,
    offer_reply,
    question_run,
    reply_to,
    reported_question,
    told_opened,
    with_put_off,
)
from caseassist.intake.read.topic_replies import read_topic_replies, topic_reply
from caseassist.intake.read.wish_carry import carried_wishes
from caseassist.intake.text import fold, with_elisions

# ---------------------------------------------------------------- entry points

_FORM_LINE = re.compile(
    r"^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(?:[-*\u2022>\u00b7]+\s*)?(?P<label>[^:\s]+(?:\s+[^:\s]+){0,5})(?<!\d)\s*:\s*(?P<value>.*)$"
)
"""A form line or a transcript turn, "[14:03] Label: value" (folded; a label of at most six
words, not a time: "call at 14:30"; the value may be empty: "Wants police:" answers nothing)."""


def extract(text: str, *, answer: bool = False) -> Extraction:
    """Every fact a referral note (or any free text) clearly states.

    `answer`: the text is the survivor's own answer, in the first person, so
    "she" / "he" there is someone else and never tells the survivor's gender."""
    out = Extraction()
    if not text or not text.strip():
        return out
    text = with_elisions(text)  # "l homme", "d Erythree": typed without apostrophes
    newest, written = None, text  # `written`: its lines as written ("Victim 2: M, 34")
    if not answer:  # "Nurse Hollis: Pt is approx. 45" read as "Pt is approx. 45"; then, on the
        text = ended_short_lines(unlabelled_turns(text))  # lines: "no kids" / "has 2 kids"
    text = ticked_only(text)  # "Embarazada: [ ] sí  [x] no": "Embarazada: no"
    if not answer:  # a forwarded chain in the order it was written: the message on top last
        text, newest = chronological(text)
    text = paired_labels(corrected_in_place(text))  # "Age 17 - correction: 19": "Age 19"
    text = with_relatives(text)  # "su cédula, que sí trae consigo": "Sí trae consigo su cédula."
    text = form_tables.as_form_lines(text)  # "Name | Age" over "Amina | 24": "Age: 24"
    text = form_marks.as_colons(text)  # "Police - no", "Age ..... 34", "(Y/N/Unsure):"
    text = plain_role_labels(text)  # "Student age: 15", "Âge de l'élève :": "Age: 15"
    spoken = text  # staff turns kept: their name questions ("¿Cómo quieres que te llame?")
    if not answer:
        text = quiet_other_speakers(text)  # "Advocate: I speak Spanish too" is not hers
    describes: dict[str, str] = {}
    votes: dict[str, int] = {}
    pron: dict[str, int] = {}
    langs: list[tuple[str, str]] = []
    claimed: list[tuple[str, str]] = []  # her languages as another person claims them
    all_clauses: list[str] = []
    folded_clauses: list[str] = []
    asked_clauses: list[str] = []
    replies: list[tuple[str, str, bool]] = []  # the reply, the question, a question (not a label)
    topics: list[tuple[str, str]] = []  # a bare answer after its topic, the topic
    bare: set[int] = set()
    demonym_genders: list[str] = []
    pre = _prefilter()
    asks: list[bool] = []
    raw = sentences(fold(text), asks)
    folded_sents = [
        without_asides(
            without_heading(lexicon.respell(" ".join(f.translate(_HYPHEN_SLASH).split())))
        )
        for f in raw
    ]
    if answer:  # "Queremos regresar": her "we" wishes are hers
        folded_sents = [as_singular(f) for f in folded_sents]
    originals = LazyOriginals(text, len(folded_sents), folded_sents)
    joined = "\n".join(folded_sents)  # each search once, not once per sentence:
    diet = may_state_diet(joined)
    told_any = told_opened(joined)  # "asked if", "Asked about police.", "offered to call"
    stated = list(folded_sents)  # what each sentence states (a form line: its value)
    _name(text, out, spoken=spoken, written=written)
    name = out.values.get("person.name") or out.possible.get("person.name")  # (or offered)
    name_words = frozenset(t for t in tokens(fold(name)) if t.isalpha()) if name else frozenset()
    for r in fields.read(text):
        (out.maybe if r.possible else out.put)(r.fact, r.value)
    # "Age: 23": no prose age beside it ("Suspect: approx 35")
    form_age = "person.age" in out.values
    denied = denied_by_labels(text)
    for fid, line in denied:  # "Injuries: none" is "No injuries."
        out.where = (line, line)  # (judged by its line: `offer_beside`)
        out.put(fid, False)
        out.where = None
        if (told := fields.fact_of(line.split(":", 1)[0])) and told in out.values:
            out.values.pop(told)  # "Injuries: client denies" records no injury
    if not answer:
        read_safe_contact(text, out)
    transcript = survivor_speaks(text)  # her own turns: "Ele não sabe onde eu estou"
    own = her_turns(folded_sents) if ":" in text else [False] * len(folded_sents)
    originals.own = own  # (in her turn, "she" is someone else: note_context.other_in_turn)
    # "Et votre fils ? / Il a 7 ans.": a reply about another person tells no age of hers
    of_other = replies_about_other(folded_sents, asks) if ":" in text else own
    replied = her_replies(raw, asks) if "?" in text else own  # her "I" answers you
    note_words: set[str] = set()  # every sentence's tokens: what gates the passes after
    child_named = False  # a child of hers named: "la niña" after it is that child
    titled = titled_others(folded_sents, name_words)  # "a coworker, Mr. Minh": not her
    for k, sf in enumerate(folded_sents):
        toks = tokens(sf)
        tokset = set(toks)
        note_words |= tokset
        doubt = OfferedIfDoubted(out, folded_sents, k, asks)  # "Dit 20 ans. Je ne sais pas."
        if not of_other[k] and not form_age:  # in her turn, "she is 17" is someone else
            _ages(sf, doubt, answer=answer or own[k])
        found = bare_ages(toks, name_words) if not answer and not of_other[k] else None
        if found and not doubt.doubted():  # (in an answer: a count, a day)
            bare |= found
        if tokset & pre.gender:
            _gender(
                sf,
                votes,
                pron,
                transcript=transcript,
                child_named=child_named,
                own=own[k],
                titled=titled,
            )
        elif not agreement_triggers().isdisjoint(tokset):
            agreement(sf, pron)  # "Llegó muy cansada, está asustada": no pronoun, no noun
        child_named = child_named or _own_child_named(toks) or children_counted(toks)
        if ("f" in tokset or "m" in tokset or "h" in tokset or _DIGIT_FM.search(sf)) and (
            _SEX_MARK.search(sf)
        ):
            _sex_marks(sf, votes)
        if asks[k]:
            # a question names no language of hers; its reply may ("Fala português? Nada.")
            named = others_named(text, name_words)  # "O Jesús fala português": the boy's
            reply_languages(sf, reply_to(folded_sents, asks, k), langs, named)
        elif (
            tokset & pre.languages
            or _LANG_TRIGGERS.search(sf)
            or (tokset & pre.language_firsts and names_a_language(tokens(sf)))
        ) and not (own[k] and k and own[k - 1] and takes_up_another(folded_sents[k - 1], sf)):
            # (a name's first word alone, "la", "old", "n'", names none; in her turn "She
            # speaks..." after "My roommate's stuck too" is the roommate's)
            part = past_anothers_bracket(folded_sents[k - 1] if k else "", sf)  # "(mediador;"
            mine = answer or replied[k]  # "- D'où venez-vous ? ... Je parle shikomori"
            named = others_named(text, name_words)
            read_apart(  # "the aunt said she speaks only Albanian": hers only if nothing else
                part,
                lambda s, into, named=named, mine=mine: _languages(
                    without_named_others(s, named), out, into, answer=mine
                ),
                langs,
                claimed if not mine else langs,
            )
        if "," in tokset:
            langs += [x for x in descriptor_languages(tokens(sf)) if x[0] not in dict(langs)]
        if (
            tokset & pre.countries
            or _ORIGIN_TRIGGERS.search(sf)
            # "de Estados Unidos": a name no word of the prefilter holds
            or (" de " in sf and may_name_country(tokset, pre.country_ends))
        ):
            if asks[k] and not answer:  # "¿Nigeriana?": a guess, offered unless a yes follows
                read_guess(sf, reply_to(folded_sents, asks, k), out, _countries)
            else:
                _countries(sf, out, demonym_genders, answer=answer)
        folded = clauses(sf)
        if not answer and not asks[k] and (topical := topic_reply(sf)) is not None:
            topics.append(topical)  # "Sobre la policía, nos dijo que no"
        whole, skip = len(folded), 0
        form = labelled(_FORM_LINE, folded_sents, asks, k, answer=answer)
        if form:
            # "Immediate danger: no", "Plainte : indécise": the value answers the label,
            # which states nothing by itself
            replies.append((offer_reply(form, folded_sents, asks, k), form.group("label"), False))
            stated[k] = form.group("value")
            skip = max(0, whole - len(clauses(form.group("value"))))
            folded = folded[skip:]
        elif told_any and not asks[k] and (told := reported_question(sf)) is not None:
            # "asked if she wanted to press charges, she said no": a question, then its reply
            question, reply = told
            asked_clauses.extend(clauses(question))
            if reply or (reply := next_turn(folded_sents, asks, k)):
                replies.append((reply, question, True))  # (or the turn after: "Interp: no")
            lead = sf[: sf.find(question)]  # what the sentence states before the question
            stated[k] = f"{lead} {reply}".strip()
            folded = [*clauses(lead), *clauses(reply)]
            whole = -1  # (its clauses' own words are the folded ones)
        elif asks[k] and not asks_for_place(sf):  # "Do you have space for her tonight?"
            # a question states nothing: offered at most, unless a plain yes follows it
            # ("Pregnant? Yes.", "Quiere denunciar? Si, ...")
            r = k + 1 + tag_only(folded_sents[k + 1 : k + 2])  # past a lone "[02:15]"
            nxt = tokens(folded_sents[r])[:1] if r < len(folded_sents) else []
            if not (nxt and nxt[0] in _CLEAR_YES):
                asked_clauses.extend(folded)
                if r < len(folded_sents) and not asks[r]:
                    run = question_run(folded_sents, asks, k, folded_sents[r])
                    replies.append((with_put_off(folded_sents, asks, r), run, True))
                continue
        all_clauses.extend(
            OriginalClause(originals, k, skip + j, whole, fc, sf) for j, fc in enumerate(folded)
        )
        folded_clauses.extend(folded)
        if diet:
            _dietary(sf, text, out)  # her words as written
    if asked_clauses:
        asked = Extraction()
        asked_candidates = _rule_candidates(asked_clauses)
        for j, fc in enumerate(asked_clauses):
            _apply_rules(fc, fc, asked, {}, asked_candidates, j, writer=not answer)
        offer_asked(asked, asked_clauses, out)  # "Pregnant?"; not "is she safe?"
    reply_offers: dict[str, object] = {}
    for fid, value in read_replies(replies, answer=answer, offered=reply_offers).items():
        out.put(fid, value)
    for fid, value in reply_offers.items():
        out.possible.pop(fid, None)  # the question's own words, answered by the reply
        out.maybe(fid, value)  # "Does he know where she is? - She doesn't think so."
    for fid, value in read_topic_replies(topics).items() if topics else ():
        out.put(fid, value)
    for fid, value in proform_acts(stated, asks).items():  # "... and wished to do so"
        out.weak(fid, value)
    # "and"-joined verbs read as one statement too ("quiero trabajar y aprender un oficio"):
    # only facts the clauses left open; a long sentence after a wish, a short one always.
    wished: list[str] = []
    loose_parts: list[OriginalClause] = []  # (count -1: its own words are the folded ones)
    for sent in (f for f, q in zip(stated, asks, strict=True) if not q):
        if {"and", "y", "et", "e"} & set(sent.split()) and _WISH_AND.search(sent):
            wished += carried_wishes(sent)  # (in place of the whole "and"-joined parts)
        elif len(sent) <= _SHORT_TEXT:
            loose_parts += [
                OriginalClause(originals, -1, 0, -1, part, sent)
                for part in _LOOSE_SPLIT.split(sent)
                if part and part.strip() and part not in folded_clauses
            ]
    candidates, wished_candidates, loose_candidates = sift.candidates_each(  # (one pass)
        folded_clauses, wished, [part.folded for part in loose_parts]
    )
    for i, (cl, fc) in enumerate(zip(all_clauses, folded_clauses, strict=True)):
        _apply_rules(cl, fc, out, describes, candidates, i, writer=not answer)
    if wished or loose_parts:
        loose = Extraction()
        for j, part in enumerate(wished):
            _apply_rules(part, part, loose, {}, wished_candidates, j, writer=not answer)
        for j, part in enumerate(loose_parts):
            _apply_rules(part, part.folded, loose, {}, loose_candidates, j, writer=not answer)
        for fid, value in loose.values.items():
            if fid not in out.values and fid not in out.conflicts:
                out.put(fid, value)
        out.readings += loose.readings  # one that disagrees holds a gated fact back
        out.past.update({f: v for f, v in loose.past.items() if f not in out.past})
    form_statements(text, out, answer=answer)
    out.settle_past()  # "filed a report in March, but now wants nothing more of the police"
    _settle_gender(votes, pron, out, answer=answer)
    if "person.gender" not in out.values and not votes and len(set(demonym_genders)) == 1:
        out.weak("person.gender", demonym_genders[0])
    langs = with_claims(with_form_languages(text, langs, out), claimed)
    _settle_languages(langs, out, offer_minor=not answer)
    settle_children(folded_sents, pre.children, out, asks)
    unsaid = labelled_none(text) if describes else frozenset()  # "Blessures : aucune. ..."
    for fact_id, clause in describes.items():
        if fact_id in FACTS and fact_id not in unsaid:
            out.weak(fact_id, clause)
    passing_origin(folded_sents, out, answer=answer)  # a consulate's national; going back
    if not answer:
        journey_origin(text, folded_sents, out)  # "came from Romania", "34F, GT, K'iche'"
    replied_age(folded_sents, asks, out)  # "How old? - Fifteen."
    updates = update_blocks(text, newest) if not answer else {}
    # "they kept her passport", her answer "Él tiene mi pasaporte": who holds it
    settle_frames(
        folded_sents,
        asks,
        out,
        note_words,
        lambda k, e: replaces_earlier(k, e, folded_sents, updates),
    )
    regained_later(folded_sents, asks, out, note_words)  # "held her passport; police recovered it"
    renewed_last(folded_sents, asks, out)  # "le tenían el DNI ... le hicimos un DNI nuevo"
    if len(bare) == 1 and "person.age" not in out.conflicts:
        out.weak("person.age", next(iter(bare)))  # "Woman, 34, Honduran"
    other_sex_ages(folded_sents, out, titled)  # "a 22-yr-old man" in a note about a girl
    other_sex_origins(folded_sents, out)  # "the woman from Senegal" in a note about a man
    settled = settle_claims(  # an unconfirmed claim offered; "her boss says 22, she 17"
        joined, out, lambda t: extract(t, answer=answer), note_words
    )
    for fid, value in settled.items():  # "her boss says she is 22, she says 17": hers
        out.conflicts.discard(fid)
        out.values[fid] = value
    if not answer:  # "Ela: Ana, 24 anos / Ele: Thiago, 29 anos ... referral is for Thiago"
        settle_by_person_lines(text, out, extract, written)
    settle_open_decisions(out)  # "no decidió todavía si quiere denunciar": undecided
    if out.values.get("person.gender") == "male":  # (before a pregnancy offers "unhurt")
        out.values.pop("household.pregnant", None)
    drop_denied_headings(out, denied)  # "Lesiones: ninguna · ...": no heading of an injury
    offer_beside(out, folded_sents)  # "her student card only, no passport": none offered
    deferred_wishes(folded_sents, out)  # "le dije que fuera a la policía; lo va a pensar"
    interpreted_lacking(written, out)  # "Mandarin only (our worker Wei interpreted)"
    if not answer:
        # a critical fact is applied on a clean reading only; an update replaces
        hold_unclean(folded_sents, out, updates)
        for fid in lexicon.words_of_rules("referral", "offer_only"):
            if fid in out.values:
                out.possible[fid] = out.values.pop(fid)  # consent is the survivor's to give
    return out
