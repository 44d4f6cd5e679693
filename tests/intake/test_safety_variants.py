"""Safety facts in more of the ways referrers say them, and the readings that must never
be made (a danger only on a condition, someone safe waiting for her). Every sentence
here is invented for the test, in several languages and forms."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import DANGER, KNOWS, POLICE
from tests.intake.reading import clear_values as values

# ------------------------------------------------------------ danger only on a condition


@pytest.mark.parametrize(
    "text",
    [
        "She would be in danger if she went back home.",
        "She will be in danger if he finds her.",
        "Estaría en peligro si vuelve a su país.",
        "Estarian en peligro si los encuentran",
        "Elle serait en danger si elle rentrait.",
        "Elle sera en danger s'il la retrouve.",
        "Ficaria em perigo se voltasse para casa.",
        "estaria em perigo se a encontrassem",
    ],
)
def test_a_danger_in_the_conditional_or_future_is_not_danger_now(text):
    assert DANGER not in values(text)


@pytest.mark.parametrize(
    "text",
    ["She is in danger.", "Está en peligro.", "Elle est en danger.", "Ela está em perigo."],
)
def test_a_danger_in_the_present_still_is(text):
    assert values(text)[DANGER] is True


# ------------------------------------------------------------ threats today, denied danger


@pytest.mark.parametrize(
    "text",
    [
        "La amenazaron hoy por teléfono.",
        "Lo amenazaron de muerte esta mañana.",
        "Ils l'ont menacée ce matin.",
        "Il m'a encore menacée ce soir.",
        "Ameaçaram-na esta manhã.",
        "Ameaçou-a de morte hoje.",
        "Teme pela sua vida.",
        "Tem medo de morrer.",
    ],
)
def test_threatened_today_or_fearing_for_her_life_is_danger_now(text):
    assert values(text)[DANGER] is True


@pytest.mark.parametrize(
    "text",
    [
        "Her brother threatened her last year.",
        "La amenazaron hace dos años.",
    ],
)
def test_a_threat_long_past_is_not_danger_now(text):
    assert DANGER not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Denies current danger.",
        "denies any immediate danger",
        "Niega peligro inmediato.",
        "Nie tout danger immédiat.",
        "Nega perigo imediato.",
        "- denies threats",
    ],
)
def test_denying_danger_is_not_in_danger(text):
    assert values(text)[DANGER] is False


def test_someone_else_denying_danger_says_nothing_of_hers():
    assert DANGER not in values("Her sister denies any danger.")


# ------------------------------------------------------------ someone waiting for her


@pytest.mark.parametrize(
    "text",
    [
        "Hoy le dijeron que lo esperan a la salida.",
        "La esperan en la puerta del albergue.",
        "Ils l'attendent devant le foyer.",
    ],
)
def test_a_plural_verb_with_no_subject_at_her_door_is_they(text):
    assert values(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Lo esperan sus padres a la salida.",
        "Su hermana la espera afuera.",
        "Sa soeur l'attend dehors.",
        "Her brother is waiting outside.",
    ],
)
def test_her_family_waiting_for_her_says_nothing(text):
    got = values(text)
    assert KNOWS not in got
    assert DANGER not in got


# ------------------------------------------------------------ the police wish, widened


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She agreed to talk to a counsellor but not to the police.", "no"),
        ("Quiere hablar con una abogada, pero no con la policía.", "no"),
        ("Aceita falar com a assistente social, mas não com a polícia.", "no"),
        ("Elle veut bien voir un médecin, mais pas la police.", "no"),
        (
            "Elle est daccord pour quon parle au foyer mais pas a la police, elle ne sait pas encore.",
            "undecided",
        ),
        ("Agrees to a referral but not the police for now, she wants to think first.", "undecided"),
    ],
)
def test_a_wish_for_something_else_but_not_the_police(text, value):
    assert values(text)[POLICE] == value


@pytest.mark.parametrize(
    "text",
    ["She spoke to her lawyer, not the police.", "Habló con su abogada, no con la policía."],
)
def test_not_the_police_with_no_wish_in_the_sentence_is_only_offered(text):
    got = extract(text)
    assert POLICE not in got.values
    assert got.possible.get(POLICE) == "no"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She wants the man arrested.", "yes"),
        ("Wants her boss prosecuted.", "yes"),
        ("Does not want him charged.", "no"),
        ("Quiere que lo detengan.", "yes"),
        ("Elle veut qu'il soit arrêté.", "yes"),
        ("Quer que o patrão seja preso.", "yes"),
    ],
)
def test_a_wish_that_they_be_arrested_is_a_police_wish(text, value):
    assert values(text)[POLICE] == value


@pytest.mark.parametrize(
    "text",
    ["Her mother wants him arrested.", "Su madre quiere que lo detengan."],
)
def test_someone_elses_wish_that_they_be_arrested_is_not_hers(text):
    assert POLICE not in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Does not want to report.", "no"),
        ("She doesn't want to report the abuse.", "no"),
        ("She wants to report him.", "yes"),
        ("Agreed to report what happened.", "yes"),
        ("She is ready to testify.", "yes"),
        ("Elle est prête à témoigner.", "yes"),
        ("Está lista para declarar.", "yes"),
        ("Está pronta para depor.", "yes"),
    ],
)
def test_reporting_and_testifying_in_other_words(text, value):
    assert values(text)[POLICE] == value


@pytest.mark.parametrize(
    "text",
    [
        "She wants to report her manager to the labour inspector.",
        "Wants to report back to us tomorrow.",
    ],
)
def test_a_report_to_someone_other_than_the_police_is_no_wish(text):
    assert POLICE not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Recusa qualquer contacto com a polícia.",
        "Rechaza cualquier contacto con la policía.",
        "Refuse tout contact avec la police.",
        "She refuses any contact with the police.",
    ],
)
def test_refusing_any_contact_with_the_police(text):
    assert values(text)[POLICE] == "no"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Plainte : ne souhaite pas", POLICE, "no"),
        ("Police: does not want", POLICE, "no"),
        ("Denuncia: no desea", POLICE, "no"),
        ("Queixa: não deseja", POLICE, "no"),
        ("Counselling: not interested", "medical.wants_counseling", False),
        ("Retour au pays : ne souhaite pas", "reintegration.wants_to_return_home", "no"),
    ],
)
def test_a_form_value_that_is_a_wish_refused_is_a_no(text, fact, value):
    assert values(text)[fact] == value


# ------------------------------------------------------------ knowing where she is, widened


@pytest.mark.parametrize(
    "text",
    [
        "He says the farm boss knows he's in town but not where.",
        "The trafficker knows she is in London but not the address.",
        "Le patron sait qu'elle est à Lyon, mais pas où.",
        "O patrão sabe que ela está em Lisboa mas não onde.",
    ],
)
def test_knowing_the_town_but_not_where_is_a_no(text):
    assert values(text)[KNOWS] == "no"


def test_her_mother_knowing_the_town_but_not_where_says_nothing():
    assert KNOWS not in values("Her mother knows she is in town but not where.")


@pytest.mark.parametrize(
    "text",
    [
        "She is locked in the employer's flat.",
        "Elle est enfermée dans l'apart de ses employeurs.",
        "Está encerrada en casa de la patrona.",
        "Está trancada na casa da patroa.",
        "She still lives with her employer.",
        "Elle vit toujours chez son employeur.",
        "Sigue viviendo con el patrón.",
        "Ainda mora com a patroa.",
    ],
)
def test_kept_or_still_living_at_the_exploiters_place_they_know(text):
    assert values(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She no longer lives with her employer.",
        "She lived with her employer for two years.",
        "Her sister still lives with the employer.",
        "Ya no vive con la patrona.",
        "He has his passport, but it is locked in the owner's office.",
    ],
)
def test_a_past_home_someone_else_or_a_thing_locked_away_says_nothing(text):
    assert KNOWS not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "They have her new address.",
        "The trafficker has her new address.",
        "El patrón tiene su nueva dirección.",
        "Le réseau a sa nouvelle adresse.",
        "O patrão tem a morada nova dela.",
        "The employer knows the shelter.",
    ],
)
def test_someone_from_that_life_holding_her_address_knows_where_she_is(text):
    assert values(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Her sister has her address.",
        "We have her address on file.",
        "The police have her address.",
        "She knows the shelter well.",
        "The police know the shelter.",
    ],
)
def test_her_address_held_by_family_staff_or_police_says_nothing(text):
    assert KNOWS not in values(text)


@pytest.mark.parametrize(
    "text",
    ["He has her new address.", "The trafficker has her address.", "O patrão tem a morada dela."],
)
def test_he_or_a_bare_address_held_is_only_offered(text):
    got = extract(text)
    assert KNOWS not in got.values
    assert got.possible.get(KNOWS) == "yes"


# ------------------------------------------------------------ legal help and immigration

LEGAL = "legal.wants_legal_help"
IMMIGRATION = "legal.immigration_concern"


@pytest.mark.parametrize(
    "text",
    [
        "Elle souhaite divorcer.",
        "She wants a divorce.",
        "Wants custody of her children.",
        "Quiere divorciarse.",
        "Quiere la custodia de sus hijos.",
        "Quer divorciar-se.",
        "Wants a protection order.",
        "Quiere una orden de protección.",
        "Souhaite une ordonnance de protection.",
        "Wants to sue her employer.",
        "Quiere demandar a su patrón.",
        "Veut le poursuivre en justice.",
        "Quer processar o patrão.",
    ],
)
def test_a_wish_for_a_legal_step_is_a_wish_for_legal_help(text):
    assert values(text)[LEGAL] is True


@pytest.mark.parametrize(
    "text",
    [
        "Her husband wants a divorce.",
        "Su esposo quiere divorciarse.",
        "She does not want a divorce.",
        "Elle a un suivi psychologique qu'elle souhaite poursuivre.",
    ],
)
def test_someone_elses_legal_step_a_refused_one_or_continuing_says_nothing(text):
    assert LEGAL not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Su visa está vencida.",
        "Se le venció la visa hace un año.",
        "Son visa a expiré.",
        "Titre de séjour expiré.",
        "O visto dela caducou.",
        "Visto de turista expirado.",
    ],
)
def test_a_visa_run_out_is_an_immigration_concern(text):
    assert values(text)[IMMIGRATION] is True


@pytest.mark.parametrize(
    "text",
    ["Son visa expire en juin.", "Son visa expire bientôt.", "Her visa expires in June."],
)
def test_a_visa_that_will_run_out_is_not_yet_a_concern(text):
    assert IMMIGRATION not in values(text)


# ------------------------------------------------------------ conditions and statements elsewhere


@pytest.mark.parametrize(
    "text",
    [
        "If she wants to report, we can accompany her.",
        "Si quiere denunciar, la acompañamos.",
        "Si elle veut porter plainte, on l'accompagne.",
        "Se ela quiser apresentar queixa, acompanhamo-la.",
        "Caso queira denunciar, a equipa acompanha.",
        "Should she wish to give a statement, the detective can come here.",
    ],
)
def test_a_condition_opening_the_sentence_states_no_wish(text):
    assert POLICE not in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sí quiere denunciar.", "yes"),
        ("Si, quiere denunciar.", "yes"),
        ("Se recusa a falar com a polícia.", "no"),
        ("No sabe si quiere denunciar, lo va a pensar.", "undecided"),
    ],
)
def test_a_yes_or_a_pronoun_that_looks_like_if_is_not_a_condition(text, value):
    assert values(text)[POLICE] == value


def test_a_need_only_on_a_condition_is_not_stated():
    assert "shelter.needs_shelter_tonight" not in values("Si necesita alojamiento, tenemos cama.")


@pytest.mark.parametrize(
    "text",
    [
        "She gave a statement to the nurse.",
        "She made a statement to the doctor.",
        "Declaró que no tiene documentos.",
        "Ella declaró a la enfermera que tiene 30 años.",
        "Elle a fait une déposition à l'inspecteur du travail.",
        "Fez queixa ao patrão.",
    ],
)
def test_a_statement_to_someone_other_than_the_police_is_no_police_wish(text):
    assert POLICE not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "She gave a statement to the police.",
        "Ya declaró ante la policía.",
        "Elle a déposé plainte.",
        "Já apresentou queixa.",
    ],
)
def test_a_statement_to_the_police_still_is_one(text):
    assert values(text)[POLICE] == "yes"
