"""Stop 35 (safety35): safety and consent readings that must not be read where a careful
reader would hesitate, each with the plain counterpart that still reads."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"
DANGER = "safety.in_immediate_danger"
CONSENT = "consent.share_with_providers"


@pytest.mark.parametrize(
    ("maybe", "plain"),
    [
        ("It is possible that the boss knows where she lives.", "The boss knows where she lives."),
        ("Es posible que el jefe sepa dónde vive ahora.", "El jefe sabe dónde vive ahora."),
        ("Il est probable que le patron sache où elle dort.", "Le patron sait où elle dort."),
        ("É provável que o patrão saiba onde ela mora.", "O patrão sabe onde ela mora."),
    ],
)
def test_writers_maybe_is_no_plain_knowing(maybe: str, plain: str) -> None:
    got = extract(maybe)
    assert {**got.offered(), **got.values}.get(KNOWS) == "unsure"
    assert extract(plain).values.get(KNOWS) == "yes"


@pytest.mark.parametrize(
    ("other", "hers"),
    [
        (
            "The boss knows which school her daughter goes to.",
            "The boss knows which shelter she is in.",
        ),
        ("El jefe sabe en qué escuela estudia su hija.", "El jefe sabe en qué albergue está ella."),
        (
            "Le patron sait dans quelle école va sa fille.",
            "Le patron sait dans quel foyer elle dort.",
        ),
        ("O patrão sabe em que escola a filha dela estuda.", "O patrão sabe em que casa ela está."),
    ],
)
def test_a_relatives_place_is_not_hers(other: str, hers: str) -> None:
    assert KNOWS not in extract(other).values
    assert extract(hers).values.get(KNOWS) == "yes"


@pytest.mark.parametrize(
    ("denied", "plain"),
    [
        ("It is not true that she refused the police.", "She refused the police."),
        ("No es cierto que ella rechazara a la policía.", "Ella rechaza a la policía."),
        ("Il n'est pas vrai qu'elle a refusé la police.", "Elle a refusé la police."),
        ("Não é verdade que ela recusou a polícia.", "Ela recusou a polícia."),
    ],
)
def test_a_denied_report_states_nothing(denied: str, plain: str) -> None:
    assert POLICE not in extract(denied).values
    assert extract(plain).values.get(POLICE) == "no"


@pytest.mark.parametrize(
    ("past", "now"),
    [
        ("Last year yes, a lot, when I was in that flat.", "Yes, a lot, he is outside."),
        ("El año pasado sí, mucho, cuando estaba en el piso.", "Sí, mucho, está afuera."),
        (
            "L'an dernier oui, beaucoup, quand j'étais dans l'appartement.",
            "Oui, beaucoup, il est dehors.",
        ),
        (
            "No ano passado sim, muito, quando estava no apartamento.",
            "Sim, muito, ele está lá fora.",
        ),
    ],
)
def test_a_yes_of_a_time_gone_by_is_not_danger_now(past: str, now: str) -> None:
    assert DANGER not in interpret_answer(DANGER, past).values
    assert interpret_answer(DANGER, now).values.get(DANGER) is True


def test_her_mothers_address_in_her_answer_is_not_her_place() -> None:
    text = "Je sais pas. J'ai peur pour ma mère, ils connaissent son adresse au pays."
    assert KNOWS not in interpret_answer(POLICE, text).values
    assert interpret_answer(KNOWS, "Oui, ils connaissent mon adresse.").values.get(KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Not now please, we can talk about it tomorrow.",
        "Ahora no, por favor, mañana lo hablamos.",
        "Pas maintenant, s'il vous plaît, on en parle demain.",
        "Agora não, por favor, amanhã a gente conversa.",
    ],
)
def test_not_now_until_tomorrow_is_no_refusal(text: str) -> None:
    got = interpret_answer(POLICE, text)
    assert POLICE not in got.values


def test_i_tell_you_is_no_self_correction() -> None:
    text = "Sí, pero cada vez me preguntas, me dices a quién y yo te digo. No todo de golpe."
    assert interpret_answer(CONSENT, text).values.get(CONSENT) == "ask_each_time"
    assert interpret_answer(CONSENT, "Sí. Digo, no.").values.get(CONSENT) == "no"


@pytest.mark.parametrize(
    ("yes", "no"),
    [
        (
            "She consents to the disclosure of her information to partner agencies.",
            "She does not consent to the disclosure of her information to partner agencies.",
        ),
        (
            "Autoriza la comunicación de sus datos a las entidades colaboradoras.",
            "No autoriza la comunicación de sus datos a las entidades colaboradoras.",
        ),
        (
            "Elle autorise la communication de ses données aux structures partenaires.",
            "Elle n'autorise pas la communication de ses données aux structures partenaires.",
        ),
        (
            "Autoriza a comunicação dos dados às entidades parceiras.",
            "Não autoriza a comunicação dos dados às entidades parceiras.",
        ),
    ],
)
def test_consent_to_disclosure_of_her_data(yes: str, no: str) -> None:
    said_yes = extract(yes)
    assert {**said_yes.offered(), **said_yes.values}.get(CONSENT) == "yes"
    said_no = extract(no)
    assert {**said_no.offered(), **said_no.values}.get(CONSENT) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Referral from the clinic.\nShe won't go to the police, and she asked that her details"
        " not be shared with any other organization.\nThanks.",
        "Derivación de la clínica.\nNo quiere ir a la policía, y no autoriza que compartamos"
        " sus datos con otras entidades.\nGracias.",
    ],
)
def test_a_refusal_to_share_beside_a_police_refusal_stands(text: str) -> None:
    assert extract(text).values.get(CONSENT) == "no"


def test_consent_given_beside_the_police_is_only_offered() -> None:
    got = extract("Referral.\nShe agreed the police may share her details.\nThanks.")
    assert CONSENT not in got.values
