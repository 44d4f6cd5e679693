"""What she answered, kept for the right person, never wiped (stop 27, answers15).

A child's need said in any answer is the child's (read/child_clauses.py), never her own
urgent medical need, and settles the child-needs question; a later answer that discloses
an injury she declined to describe keeps it (answering.open_to); an appointment with a
lawyer answers the legal-help question (yes); "I don't know" about one part of an answer
keeps what she stated plainly (the session reads a one-fact answer whole); a consent that
names whom to share with is "ask each time" with her words kept; "maybe later, not now"
to an offer puts it later (answering.asks_later); an answer that states only another
fact leaves its own question to be put once more (doubts.answered_another), and her words
are kept as typed ("não", never "nao"). Invented answers in en/es/fr/pt, with the ones
that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.facts import State
from tests.intake.reading import DANGER, IMMIGRATION, LAWYER, clear, session_at, settled

CHILD_NEED = "household.children_need_care"
URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"
CONSENT = "consent.share_with_providers"
DIET = "food.dietary_needs"
DOCUMENTS = "legal.has_identity_documents"
COUNSEL = "medical.wants_counseling"


# --------------------------------------------- a child's need is the child's


@pytest.mark.parametrize(
    "text",
    [
        "No. And the little one has had a fever since yesterday and has no winter clothes.",
        "No. Y el pequeño tiene fiebre desde ayer y no tienen ropa de invierno.",
        "Non. Et le petit a de la fièvre depuis hier.",
        "Não. E o pequeno tem febre desde ontem e não tem roupa de inverno.",
    ],
)
def test_a_childs_fever_told_to_another_question_is_the_childs_need(text: str) -> None:
    got = settled(DANGER, text)
    assert got.get(CHILD_NEED) is True
    assert URGENT not in got
    assert got.get(DANGER) is False


@pytest.mark.parametrize(
    "text",
    [
        "No, but I have a fever since yesterday",
        "No, pero tengo fiebre desde ayer",
        "Non, mais j'ai de la fièvre depuis hier",
        "Não, mas tenho febre desde ontem",
    ],
)
def test_her_own_fever_stays_hers(text: str) -> None:
    got = settled(DANGER, text)
    assert CHILD_NEED not in got


@pytest.mark.parametrize(
    "text",
    [
        "Sí. Mi hijo está conmigo, necesito un médico hoy.",
        "Sim. O meu filho está comigo, preciso de um médico.",
        "Yes. My son is with me, I need a doctor today.",
        "Oui. Mon fils est avec moi, j'ai besoin d'un médecin.",
    ],
)
def test_her_own_need_beside_her_child_is_hers(text: str) -> None:
    got = settled(URGENT, text)
    assert got.get(URGENT) is True
    assert CHILD_NEED not in got


@pytest.mark.parametrize(
    "text",
    [
        "Yes please. And my son too, he has not eaten since this morning.",
        "Sí, por favor. Y mi hijo también, él no ha comido desde la mañana.",
        "Oui, s'il vous plaît. Et mon fils aussi, il n'a rien mangé depuis ce matin.",
        "Sim, por favor. E o meu filho também, ele não comeu desde manhã.",
    ],
)
def test_a_pronoun_after_her_child_goes_on_about_the_child(text: str) -> None:
    assert settled("food.needs_food_now", text).get(CHILD_NEED) is True


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("nothing for me, I'm fine. it's my son, the fever", "nothing for me, I'm fine."),
        ("nada para mí, estoy bien. es mi hijo, la fiebre", "nada para mí, estoy bien."),
        ("rien pour moi, ça va. c'est mon fils, la fièvre", "rien pour moi, ça va."),
        ("nada para mim, estou bem. é o meu filho, a febre", "nada para mim, estou bem."),
    ],
)
def test_a_childs_fever_is_never_her_injury(text: str, kept: str) -> None:
    got = settled(INJURIES, text)
    assert got[INJURIES] == kept
    assert got.get(CHILD_NEED) is True


@pytest.mark.parametrize(
    "text",
    [
        "My daughter has not eaten since morning.",
        "has not eaten since morning",
        "tiene fiebre",
        "no tienen ropa de invierno",
        "il n'a rien mangé depuis ce matin",
        "ils n'ont pas de vêtements chauds",
        "ela não comeu desde ontem",
        "não têm roupa de inverno",
    ],
)
def test_a_childs_need_in_any_words_answers_the_child_needs_question(text: str) -> None:
    assert settled(CHILD_NEED, text).get(CHILD_NEED) is True


@pytest.mark.parametrize(
    "text",
    [
        "No she has clothes",
        "they don't need clothes",
        "no, no le falta nada",
        "Non, il n'est pas malade",
        "Não, ela já comeu",
    ],
)
def test_a_need_denied_is_no_childs_need(text: str) -> None:
    assert settled(CHILD_NEED, text).get(CHILD_NEED) is not True


def test_a_child_named_in_a_note_answer_settles_the_child_question_in_session() -> None:
    s = session_at("q.household.children")
    s.answer("one")
    s = session_at("q.food.now", s)
    s.answer("My daughter has not eaten since morning.")
    assert s.facts[CHILD_NEED].value is True
    assert all(q.id != "q.household.children_needs" for q in [s.next_question()] if q)


# --------------------------------------------- declined, then told


@pytest.mark.parametrize(
    "text",
    [
        "I have a deep cut on my arm",
        "my ribs hurt when I breathe, he pushed me against the stairs two weeks ago",
        "me duelen las costillas desde que me empujó",
        "j'ai mal aux côtes quand je respire",
        "doem-me as costelas quando respiro",
        "tengo una herida en el brazo",
        "j'ai une coupure au bras",
        "tenho um corte na mão",
    ],
)
def test_an_injury_told_after_declining_the_question_is_kept(text: str) -> None:
    s = session_at("q.medical.urgent")
    s.answer("yes")
    s = session_at("q.medical.injuries", s)
    s.decline()
    assert s.facts[INJURIES].state is State.DECLINED
    s = session_at("q.medical.medication", s)
    s.answer(text)
    assert s.facts[INJURIES].state is State.KNOWN
    assert "medical.needs_medication" not in s.facts  # nothing said of it: put once more


# --------------------------------------------- a lawyer's appointment


@pytest.mark.parametrize(
    "text",
    [
        "She has an appointment with a lawyer on Monday.",
        "Tiene una cita con el abogado el lunes.",
        "Elle a rendez-vous avec l'avocate jeudi.",
        "Tem consulta com o advogado na segunda.",
    ],
)
def test_an_appointment_with_a_lawyer_is_legal_help_wanted(text: str) -> None:
    assert clear(text, LAWYER) is True


@pytest.mark.parametrize(
    "text",
    [
        "No tiene cita con el abogado.",
        "She has an appointment with the doctor; the lawyer called.",
        "Elle n'a pas de rendez-vous avec un avocat.",
    ],
)
def test_no_appointment_says_nothing_of_legal_help(text: str) -> None:
    assert clear(text, LAWYER) is None


def test_her_appointment_answers_the_legal_question_in_session() -> None:
    s = session_at("q.legal.help")
    s.answer("ya tengo cita con el abogado el lunes")
    assert s.facts[LAWYER].value is True


# --------------------------------------------- "I don't know" wipes nothing


@pytest.mark.parametrize(
    "text",
    [
        "He took my passport. I don't know if my visa is still good.",
        "No sé si mi visa sigue vigente",
        "Je ne sais pas si mon visa est encore valable",
        "Não sei se o meu visto ainda é válido",
    ],
)
def test_a_doubt_that_her_visa_is_valid_is_a_worry_in_session(text: str) -> None:
    s = session_at("q.legal.immigration")
    s.answer(text)
    assert s.facts[IMMIGRATION].value is True
    if "passport" in text:
        assert s.facts[DOCUMENTS].value is False


def test_someone_elses_visa_is_no_worry_of_hers() -> None:
    assert (
        settled(IMMIGRATION, "I don't know if my sister's visa is valid").get(IMMIGRATION) is None
    )


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("no sé, como de todo", State.KNOWN),
        ("I don't know, I eat everything", State.KNOWN),
        ("No sé", State.UNKNOWN),
        ("Prefiero no decirlo", State.DECLINED),
    ],
)
def test_a_text_answer_keeps_what_she_said_beside_i_dont_know(text: str, state: State) -> None:
    s = session_at("q.food.dietary")
    s.answer(text)
    assert s.facts[DIET].state is state
    if state is State.KNOWN:
        assert s.facts[DIET].value == text


@pytest.mark.parametrize(
    "text",
    [
        "only the doctor and the shelter. not police.",
        "solo con el médico, a la policía no",
        "seulement le médecin et le foyer",
        "só o médico e o abrigo",
    ],
)
def test_a_consent_that_names_whom_is_asked_each_time(text: str) -> None:
    s = session_at("q.consent.share")
    s.answer(text)
    assert s.facts[CONSENT].value == "ask_each_time"
    assert s.facts[CONSENT].note == text


@pytest.mark.parametrize(
    "text",
    [
        "No. Con nadie más, por favor. Solo ustedes.",
        "Non. Je ne veux pas que mon nom circule. Vous, ça va, mais pas les autres.",
    ],
)
def test_a_plain_no_to_sharing_stays_no(text: str) -> None:
    assert settled(CONSENT, text)[CONSENT] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "maybe later, not now",
        "Maybe later",  # (was "not known", test_engine.py, before stop 27)
        "más tarde, ahora no",
        "Tal vez más adelante",
        "plus tard",
        "agora não, depois",
    ],
)
def test_later_to_an_offer_puts_it_later(text: str) -> None:
    s = session_at("q.medical.counseling")
    assert s.answer(text) == []
    assert COUNSEL not in s.facts
    asked = []
    while (q := s.next_question()) is not None:
        asked.append(q.id)
        s.dont_know()
    assert "q.medical.counseling" in asked


def test_yes_later_is_a_yes() -> None:
    s = session_at("q.medical.counseling")
    s.answer("yes, later this week")
    assert s.facts[COUNSEL].value is True


# --------------------------------------------- an answer to another question


@pytest.mark.parametrize(
    ("text", "diet"),
    [
        ("não como carne de porco", "sem carne de porco"),
        ("no como cerdo", "sin cerdo"),
        ("je suis végétarienne", "végétarienne"),
    ],
)
def test_an_answer_that_states_only_another_fact_leaves_its_question_open(
    text: str, diet: str
) -> None:
    s = session_at("q.consent.share")
    s.answer(text)
    assert CONSENT not in s.facts
    assert s.facts[DIET].value == diet  # her words, accents kept, the verb left out (stop 33)
    q = s.next_question()
    assert q is not None and q.id == "q.consent.share"
    s.answer("yes")
    assert s.facts[CONSENT].value == "yes"
