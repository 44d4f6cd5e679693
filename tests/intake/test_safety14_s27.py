"""Who knows where she is, the police, danger now (stop 27, safety14), in invented
sentences in en/es/fr/pt. Each phrasing family is read in all four languages, and a
close distractor beside it must not set the fact: the three facts must never be read
with a wrong value, so whatever is uncertain (the owner, the polarity, the time) is
offered or left unread, never applied."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"
DANGER = "safety.in_immediate_danger"


def _read(text: str, fact: str) -> tuple[object, object]:
    got = extract(text)
    return got.values.get(fact), got.offered().get(fact)


# ------------------------------------------------- not knowing her place: a no, applied


@pytest.mark.parametrize(
    "text",
    [
        # not knowing her place as a noun, "the" allowed before it
        "- Abuser unaware of current placement",
        "El agresor desconoce el recurso donde está alojada.",
        "L'agresseur ignore le lieu de mise à l'abri.",
        "Agressor desconhece o local de acolhimento.",
        # an intensifier between the verb and "where"
        "L'appelante indique que son ancien patron ignore totalement où elle se trouve.",
        # a person word for her as the subject of "where"
        "The former employer does not know where the student now lives.",
        # a quoted "employer" is one from that life all the same
        "Per school social worker: the student's former 'employer' does not know where the student now lives.",
        "Según la trabajadora social, el antiguo 'empleador' del alumno no sabe dónde vive ahora.",
        "Segundo a assistente social, o antigo 'empregador' do aluno não sabe onde ele mora agora.",
        # not knowing she left
        "The man who controlled her work has no idea she left the city.",
        # nobody from the life she left
        "They told me nobody from the old job knows where they're sleeping these days.",
        "Me contó que nadie del antiguo trabajo sabe dónde duerme estos días.",
        "Iel m'a dit que personne de l'ancien boulot ne sait où iel dort en ce moment.",
        "Contou-me que ninguém do antigo trabalho sabe onde anda a dormir agora.",
        # nobody knows this place, or that she came here
        "I'm safe here. Nobody knows this place.",
        "Aquí estoy bien. Nadie conoce este sitio.",
        "Ici ça va. Personne ne connaît cet endroit.",
        "Aqui estou bem. Ninguém conhece este sítio.",
        "Ninguém sabe que eu vim pra cá.",
        # shorthand
        "Says emplr does not know where she is.",
    ],
)
def test_not_knowing_her_place_is_a_no(text: str) -> None:
    assert _read(text, KNOWS) == ("no", None)


@pytest.mark.parametrize(
    "text",
    [
        # wanting, trying or setting out to know is not knowing
        "The boss wants to know where she is.",
        "El patrón quiere saber dónde está.",
        "Le patron veut savoir où elle est.",
        "O patrão quer saber onde ela está.",
        "Le patron a mis quelque chose sur mon téléphone je crois, pour savoir où je suis.",
        # not knowing the address of someone else
        "The boss is unaware of the address of her sister.",
    ],
)
def test_wanting_to_know_or_another_place_sets_nothing(text: str) -> None:
    assert _read(text, KNOWS)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "El patrón sabe dónde está.",
        "Le patron sait où elle est.",
        "O patrão sabe onde ela está.",
        "The boss knows where she is.",
    ],
)
def test_knowing_where_she_is_stays_a_yes(text: str) -> None:
    assert _read(text, KNOWS) == ("yes", None)


@pytest.mark.parametrize(
    "text",
    [
        "shes in danger rite now hes outside the house shes in",
        "el esta afuera de la casa donde ella esta",
        "il est devant la maison ou elle est",
        "ele ta na frente da casa onde ela ta",
    ],
)
def test_he_outside_the_house_she_is_in_is_offered(text: str) -> None:
    """Outside the very house she is in: a yes, but "he" may be anyone: offered."""
    assert _read(text, KNOWS) == (None, "yes")


def test_her_trafficker_in_the_waiting_room_knows() -> None:
    text = (
        "Pt states the man who brought her in is her trafficker and he is in the waiting room now."
    )
    assert _read(text, KNOWS) == ("yes", None)
    assert _read("Her mother is in the waiting room.", KNOWS) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Trafficker/exploiter knows current location (Y/N/Unsure): Unsure",
        "Trafficker knows location (yes/no/unsure): unsure",
    ],
)
def test_a_form_label_offering_answers_is_asked_not_stated(text: str) -> None:
    """The label "knows current location" with its answers bracketed is a question; the
    value is its reply, never the label read as a statement ("yes")."""
    assert _read(text, KNOWS) == ("unsure", None)


# ------------------------------------------------------------------------ the police


@pytest.mark.parametrize(
    "text",
    [
        "My client has not yet decided whether she will cooperate with law enforcement.",
        "Officer notes the victim remains undecided on whether to provide a statement.",
        "Mi representada aún no ha decidido si colaborará con la Fiscalía.",
        "Ma cliente n'a pas encore décidé si elle souhaite saisir les services de police.",
    ],
)
def test_an_open_decision_about_the_police_is_undecided(text: str) -> None:
    assert _read(text, POLICE) == ("undecided", None)


def test_without_deciding_is_no_refusal() -> None:
    """A "sem decidir" holds a negator, yet says she is undecided: never a no."""
    text = "Consigna-se que a vítima continua sem decidir se vai prestar depoimento."
    assert _read(text, POLICE)[0] != "no"


@pytest.mark.parametrize(
    "text",
    [
        "She has asked that we do not call the police because she is afraid.",
        "She asked us not to call the police.",
        "Pidió que no llamemos a la policía.",
        "Elle nous a demandé de ne pas appeler la police.",
    ],
)
def test_asking_us_not_to_call_the_police_is_a_no(text: str) -> None:
    assert _read(text, POLICE) == ("no", None)


@pytest.mark.parametrize(
    "text",
    [
        "Her brother refuses to go to the police.",
        "Her brother asked us not to call the police.",
        "The employer asked us not to call the police.",
        "Her brother wants nothing to do with the police.",
        "Referrer plans to call police after our mtg.",
    ],
)
def test_someone_elses_refusal_or_plan_is_not_hers(text: str) -> None:
    assert _read(text, POLICE)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Last year she refused to speak with police. Today she says she wants help from a lawyer.",
        "El año pasado se negó a hablar con la policía. Hoy dice que quiere ayuda de una abogada.",
        "L'an dernier elle avait refusé de parler à la police. Aujourd'hui elle veut une avocate.",
        "No ano passado recusou falar com a polícia. Hoje diz que quer ajuda de uma advogada.",
    ],
)
def test_a_refusal_in_a_time_gone_by_is_only_offered(text: str) -> None:
    assert _read(text, POLICE)[0] is None


def test_a_report_made_last_year_is_still_a_report() -> None:
    assert _read("She filed a police report last year.", POLICE) == ("yes", None)


@pytest.mark.parametrize(
    "text",
    [
        "¿Podríais preguntarle si quiere que intervenga la policía? No nos dio tiempo.",
        "Podem perguntar-lhe se quer que a polícia intervenha? Não tivemos tempo.",
    ],
)
def test_a_question_left_for_us_is_no_refusal(text: str) -> None:
    assert _read(text, POLICE)[0] is None


def test_a_yes_with_what_it_takes_is_not_undecided() -> None:
    """Her only hedge is a condition: her wish is no undecided answer; offered."""
    got = interpret_answer(
        POLICE,
        "Before, I didn't want to. Now I do want to talk to them, if someone can come with me.",
    )
    assert got.values.get(POLICE) is None
    got = interpret_answer(POLICE, "I am not sure if I want that.")
    assert got.values.get(POLICE) == "undecided"


# ---------------------------------------------------------------------------- danger


@pytest.mark.parametrize(
    "text",
    [
        "According to the client, her sister, who is still at the farm, is in immediate danger.",
        "Según la usuaria, su hermana, que sigue en la finca, está en peligro inmediato.",
        "Selon la victime, sa sœur, toujours à l'exploitation agricole, est en danger immédiat.",
        "Segundo a utente, a irmã, que continua na quinta, está em perigo imediato.",
        # danger in the past
        "Estuvo en peligro inmediato el viernes por la noche; la patrulla la sacó del piso.",
        "Esteve em perigo imediato sexta à noite; retirada do apartamento pela patrulha.",
        # a clinical screen of danger to herself or others
        "Danger to self/others: denies",
        "Risco de auto/heteroagressão: nega",
        # the writer does not know yet
        "No está claro si corre peligro, lo valoraremos en persona.",
    ],
)
def test_danger_of_another_past_or_unknown_is_not_applied(text: str) -> None:
    assert _read(text, DANGER)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Per consular officer: the citizen is at risk of immediate harm.",
        "Según el funcionario consular, la ciudadana corre riesgo inminente.",
        "Selon l'agent consulaire, la ressortissante est exposée à un risque imminent.",
        "Segundo o funcionário consular, a cidadã corre risco iminente.",
        "She is not safe tonight.",
        "Il dit qu'il n'est pas en sécurité ce soir parce qu'il leur doit de l'argent.",
        "According to the client, she is in immediate danger.",
    ],
)
def test_danger_now_is_applied(text: str) -> None:
    assert _read(text, DANGER) == (True, None)


@pytest.mark.parametrize(
    "text",
    [
        "Paciente refiere sentirse segura en este momento; no hay amenaza actual.",
        "Patiente dit se sentir en sécurité pour l'instant ; pas de menace actuelle.",
        "Paciente refere sentir-se segura neste momento; sem ameaça atual.",
        "She is not in any immediate danger tonight, since they are far away.",
        "En la acogida no se detecta peligro inmediato.",
        "No acolhimento não foi identificado perigo imediato.",
        "Situación de seguridad actual: a salvo del tratante",
        "Sécurité actuelle : hors de portée de l'exploiteur",
        "Segurança atual: fora do alcance do traficante",
    ],
)
def test_no_danger_now_is_applied(text: str) -> None:
    assert _read(text, DANGER) == (False, None)


@pytest.mark.parametrize("text", ["She is not safe.", "Elle n'est pas en sécurité."])
def test_not_safe_with_no_time_is_offered(text: str) -> None:
    assert _read(text, DANGER) == (None, True)


@pytest.mark.parametrize(
    "text", ["It is not safe to call her tonight.", "She is not safe to go home now."]
)
def test_not_safe_to_do_something_is_no_danger(text: str) -> None:
    assert _read(text, DANGER) == (None, None)
