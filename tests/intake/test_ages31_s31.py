"""Her age and sex among several people (stop 31, ages31).

A report with numbered person labels ("Victim 1:", "W-3:", "Trabajador 2 (T2):") gives
the first label's age and sex; the lines of the other numbers are someone else's. A
person in charge named in several words before an age ("le chef de chantier, 50 ans",
"the site supervisor, about 50") is someone else. Her own age is still read when she is
the only numbered person, and her household ("chef de famille") is no one else. Invented
sentences in en/es/fr/pt."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear

AGE = "person.age"
GENDER = "person.gender"


# ------------------------------------------------------------ numbered person labels

NUMBERED = [
    "Site inspection.\nVictim 1: female, 15 years, found in the kitchen.\n"
    "Victim 2: male, 34 years, referred to the clinic.",
    "Restaurant check.\nW-3 (line cook): approx 15 y/o, female, Honduran.\nW-4: M, 27, "
    "referred separately.",
    "Incident log.\nPerson A - female, approx 15, found in back room.\nPerson B - male, 41, "
    "detained.",
    "Acta de inspección.\nTrabajadora 2 (T2): mujer, 15 años, hondureña.\nT3: varón, 58 años.",
    "Acta.\n- V1: mujer, 15 años, hondureña\n- V2: varón, 19 años, hondureño",
    "Constat.\nPersonne 1 : femme, 15 ans, nigériane.\nPersonne 2 : homme, 30 ans, en garde à vue.",
    "Rapport.\nVictime A : femme, 15 ans.\nVictime B : homme, 22 ans, orienté ailleurs.",
    "Relatório de vistoria.\nTrabalhadora 1 (T1): mulher, 15 anos, paraguaia.\n"
    "Trabalhadora 2 (T2): mulher, 24 anos.\nTrabalhador 3: homem, 40 anos.",
    "Relatório.\nVítima 1: mulher, 15 anos, boliviana.\nVítima 2: homem, 40 anos.",
    "Rapport.\nVictime n° 1 : femme, 15 ans.\nVictime n° 2 : homme, 22 ans.",
    "Report.\nWorker 1: F, 15, Honduran.\nShe sleeps in the storeroom.\nWorker 2: M, 22.",
    "Police report. Victim 1, female, 15, in the back room. Victim 2, male, 34, detained.",
    "Informe policial. Víctima 1: mujer, 15 años. Víctima 2: varón, 19 años.",
    "Constat : victime 1, femme de 15 ans ; victime 2, homme de 30 ans.",
    "Relatório. Trabalhadora 1 tem 15 anos. Trabalhador 2 tem 40 anos, é homem.",
]


@pytest.mark.parametrize("text", NUMBERED)
def test_the_first_numbered_person_is_her(text: str) -> None:
    assert clear(text, AGE) == 15
    assert clear(text, GENDER) == "female"


@pytest.mark.parametrize(
    "text",
    [
        "Site report.\nWorker 2: F, 15, sleeping on site.",
        "Informe.\nVíctima 3: mujer, 15 años.",
        "Rapport.\nTravailleuse 4 : femme, 15 ans.",
        "Relatório.\nVítima 2: mulher, 15 anos.",
    ],
)
def test_the_only_numbered_person_keeps_her_age(text: str) -> None:
    assert clear(text, AGE) == 15


@pytest.mark.parametrize(
    "text",
    [
        "Interview form.\nQ1: How old are you? 15\nQ2: Where are you from? Honduras",
        "Report. Victim 1 is a woman, 15. Victim 2 was not found.",
    ],
)
def test_other_numbered_lines_are_not_people(text: str) -> None:
    assert clear(text, AGE) == 15


@pytest.mark.parametrize(
    "text",
    [
        "Site report. This referral concerns W-4.\nW-3 (line cook): M, 27.\nW-4: F, 15.",
        "Informe. La persona referida es la víctima 2.\nVíctima 1: varón, 30 años.\n"
        "Víctima 2: mujer, 15 años.",
        "Rapport. Le signalement concerne la victime 2.\nVictime 1 : homme, 30 ans.\n"
        "Victime 2 : femme, 15 ans.",
        "Relatório. O caso é da vítima 2.\nVítima 1: homem, 30 anos.\nVítima 2: mulher, 15 anos.",
        "Police report.\nPerson 1 (witness): male, 50.\nPerson 2 (victim): female, 15.",
        "Informe.\nPersona 1 (testigo): varón, 50 años.\nPersona 2 (víctima): mujer, 15 años.",
        "Rapport.\nPersonne 1 (témoin) : homme, 50 ans.\nPersonne 2 (victime) : femme, 15 ans.",
        "Relatório.\nPessoa 1 (testemunha): homem, 50 anos.\nPessoa 2 (vítima): mulher, 15 anos.",
        "Police report.\nPerson 1 (suspect): male, 45.\nPerson 2: female, 15.\nPerson 3: F, 30.",
        "Informe.\nPersona 1: sospechoso, varón, 45 años.\nPersona 2: víctima, mujer, 15 años.",
    ],
)
def test_the_label_the_referral_is_for(text: str) -> None:
    assert clear(text, AGE) == 15
    assert clear(text, GENDER) == "female"


@pytest.mark.parametrize(
    "text",
    [
        "Report.\nVictim 1: male, 34.\nVictim 2: female, 15.",
        "Informe.\nVíctima 1: varón, 34 años.\nVíctima 2: mujer, 15 años.",
        "Rapport.\nVictime 1 : homme, 34 ans.\nVictime 2 : femme, 15 ans.",
        "Relatório.\nVítima 1: homem, 34 anos.\nVítima 2: mulher, 15 anos.",
    ],
)
def test_a_later_number_never_gives_her_age(text: str) -> None:
    assert clear(text, AGE) != 15
    assert clear(text, GENDER) != "female"


# ------------------------------------------------- someone in charge, in several words

IN_CHARGE = [
    "The site supervisor, about 50, was arrested. The girl, 15, was taken to the shelter.",
    "Report. Woman, 15. The man responsible for the site, aged 50, was arrested.",
    "El jefe de cuadrilla, de 45 años, fue detenido. La joven, de 15 años, fue trasladada.",
    "Informe. La dueña del taller, de 52 años, fue detenida. La víctima tiene 15 años.",
    "Le chef de chantier, 50 ans environ, placé en garde à vue. La victime, 15 ans, est hébergée.",
    "Rapport. La gérante du salon, 48 ans, est en fuite. La victime, 15 ans, est à l'abri.",
    "Responsável pelo lava-jato, 45 anos, conduzido à delegacia. A vítima, 15 anos, foi acolhida.",
    "Relatório. O dono do bar, com cerca de 60 anos, foi preso. A jovem tem 15 anos.",
]


@pytest.mark.parametrize("text", IN_CHARGE)
def test_someone_in_charge_has_their_own_age(text: str) -> None:
    assert clear(text, AGE) == 15


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30; her boss, 50.",
        "Mujer, 30 años; su jefe, 50.",
        "Femme, 30 ans ; son patron, 50 ans.",
        "Mulher, 30 anos; o patrão dela, 50 anos.",
        "Responsável: Dra. Helena Souza. Utente: mulher, 30 anos.",
    ],
)
def test_her_age_beside_someone_in_charge(text: str) -> None:
    assert clear(text, AGE) == 30


@pytest.mark.parametrize(
    "text",
    [
        "The site supervisor, about 50, was arrested.",
        "El jefe de cuadrilla, de 50 años, fue detenido.",
        "Le chef de chantier, 50 ans environ, placé en garde à vue.",
        "Responsável pelo lava-jato, 50 anos, conduzido à delegacia.",
    ],
)
def test_their_age_is_never_hers(text: str) -> None:
    assert clear(text, AGE) != 50


@pytest.mark.parametrize(
    "text",
    [
        "The farm manager, a man of about 50, was detained. The victim, a girl of 15, is safe.",
        "El encargado de la obra, varón de 50 años, fue detenido. La víctima, mujer de 15 años.",
        "Le chef de chantier, un homme d'une cinquantaine d'années, a été interpellé. La "
        "victime est une jeune femme de 15 ans.",
        "O responsável pela oficina, homem de 50 anos, foi preso. A vítima, menina de 15 anos.",
        "The site supervisor (male, about 50) was arrested. The girl, 15, is safe.",
        "El dueño del taller (varón, 52 años) fue detenido. La víctima tiene 15 años.",
        "Le gérant du restaurant (homme, 50 ans) a été arrêté. La victime, 15 ans, est à l'abri.",
        "O responsável pelo lava-jato (homem, 45 anos) foi preso. A vítima tem 15 anos.",
    ],
)
def test_the_man_in_charge_is_not_her_sex(text: str) -> None:  # (also in a bracket)
    assert clear(text, AGE) == 15
    assert clear(text, GENDER) != "male"


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 34, worked for the site supervisor.",
        "Mujer, 34 años, trabajaba para el jefe de cuadrilla.",
        "Femme, 34 ans, travaillait pour le chef de chantier.",
        "Mulher, 34 anos, trabalhava para o responsável pelo lava-jato.",
    ],
)
def test_her_age_before_the_one_in_charge(text: str) -> None:
    assert clear(text, AGE) == 34
