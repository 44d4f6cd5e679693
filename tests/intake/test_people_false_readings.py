"""Who the survivor is: readings that must give nothing (or only an offer), by kind,
each kind in invented sentences of en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import reads

AGE = "person.age"

# ------------------------------------------------------------ ages: a span of years


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Woman, early 50s, Chinese.", 52),
        ("A man in his late twenties.", 28),
        ("Woman in her early thirties.", 32),
        ("Outreach: young man, mid-20s, sleeping rough.", 25),
        ("She looks to be in her late forties.", 48),
    ],
)
def test_an_age_given_as_part_of_a_decade_is_only_offered(text, offered):
    got = extract(text)
    assert AGE not in got.values
    assert got.offered().get(AGE) == offered


@pytest.mark.parametrize(
    "text",
    [
        "Âge approximatif : la vingtaine",
        "Un monsieur, la quarantaine, du Sri Lanka.",
        "Femme dans la trentaine, origine inconnue.",
        "Une dame qui a la cinquantaine passée.",
        "Homme, la soixantaine, parle arabe.",
    ],
)
def test_la_vingtaine_is_a_span_of_ten_years_and_gives_no_age(text):
    assert reads(text, AGE) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Homme d'une quarantaine d'années.", 40),
        ("Une femme d'une trentaine d'années, seule.", 30),
    ],
)
def test_une_trentaine_is_about_thirty(text, age):
    assert reads(text, AGE) == age


# ------------------------------------------------------------ ages: someone else's, in her turn


@pytest.mark.parametrize(
    "text",
    [
        "Advocate: Anyone else there?\nCaller: My roommate's stuck in it too, she's only "
        "seventeen.\nAdvocate: Okay.\nCaller: Yes.",
        "Advocate: Who is with you?\nCaller: My cousin, he is 16.\nAdvocate: Okay.\nCaller: Yes.",
        "Operadora: ¿Alguien más?\nUsuaria: Mi compañera también está, ella tiene 17 años.\n"
        "Operadora: Bien.\nUsuaria: Sí.",
        "Écoutante : Quelqu'un d'autre ?\nAppelante : Ma colocataire aussi, elle a 17 ans.\n"
        "Écoutante : D'accord.\nAppelante : Oui.",
        "Técnica: Mais alguém?\nUtente: A minha colega também, ela tem 17 anos.\n"
        "Técnica: Certo.\nUtente: Sim.",
    ],
)
def test_in_her_own_turn_of_a_transcript_a_third_persons_age_is_not_hers(text):
    assert reads(text, AGE) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Advocate: How old are you?\nCaller: I'm 24, my sister is 17.\nAdvocate: Ok.\n"
            "Caller: Yes.",
            24,
        ),
        (
            "Worker: She is 30 and scared.\nClient: I want to go home.\nWorker: Okay.\n"
            "Client: Yes.",
            30,
        ),
        ("Técnica: Idade?\nUtente: Tenho 31 anos.\nTécnica: Certo.\nUtente: Sim.", 31),
    ],
)
def test_her_own_age_and_the_workers_words_about_her_still_count(text, age):
    assert reads(text, AGE) == age


# ------------------------------------------------------------ gender: someone else's words

GENDER = "person.gender"


@pytest.mark.parametrize(
    "text",
    [
        "CONSULATE (Mr. Bhandari): We have a national with us. She is 34. She is tired.",
        "From: Mr. John Pike <j.pike@example.org>\nShe is 34 and she needs a bed.",
        "Referred by: Mr. Okafor (school)\nShe is 15. She is scared.",
        "De : Mme Dupont (CPE)\nIl a 14 ans. Il veut parler à quelqu'un.",
        "Embajada (Sr. Pérez): tenemos a una joven aquí. Ella tiene 19 años. Ella llora.",
        "Consulado (Sra. Lima): temos aqui um rapaz. Ele tem 19 anos. Ele quer ficar.",
    ],
)
def test_the_title_of_who_writes_or_speaks_is_not_her_gender(text):
    title = {"mr": "male", "mme": "female", "sr": "male", "sra": "female"}
    said = next(g for t, g in title.items() if f"{t}." in text.lower() or f"{t} " in text.lower())
    assert reads(text, GENDER) != said


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Samuel, 13 ans. Il vit avec sa grand-mère. La mère est au courant. Il a peur.", "male"),
        ("He lives with his step-mother. The mother knows. He is 12.", "male"),
        ("Il habite chez sa belle-mère. Il a 16 ans.", "male"),
        ("Un chico de 13 años. Vive con su abuela; la madre está de acuerdo.", "male"),
        ("Ele mora com a avó. A mãe sabe de tudo. Ele tem 14 anos.", "male"),
        ("She lives with her grandfather; the father agrees. She is 15.", "female"),
    ],
)
def test_a_parent_named_with_the_or_a_grandparent_gives_no_gender(text, gender):
    assert reads(text, GENDER) == gender


@pytest.mark.parametrize(
    "text",
    [
        "The agency man came. She is scared; she says she is tired; she wants to rest; "
        "she has no phone; she will call back.",
        "Un homme l'a amenée. Elle a peur. Elle dort mal. Elle veut partir. Elle a faim. "
        "Elle est fatiguée.",
    ],
)
def test_one_noun_against_every_pronoun_of_a_long_note_is_not_applied(text):
    assert reads(text, GENDER) != "male"


@pytest.mark.parametrize(
    "text",
    [
        "Una persona salvadoreña que se identifica como no binaria, 23 años.",
        "Persona no binaria, usa pronombres neutros.",
        "Personne non binaire, 25 ans.",
        "Pessoa não binária, 30 anos.",
        "Client is non-binary (they/them), 22.",
    ],
)
def test_nonbinary_in_each_language_and_gender(text):
    assert reads(text, GENDER) == "nonbinary"


# ------------------------------------------------------------ names: a date is no one


@pytest.mark.parametrize(
    "text",
    [
        "Date: Tue, Nov 3, 2026 at 2:14 PM\nSubject: student concern",
        "Sent: Friday, 4 December, 09:12",
        "Fecha: martes, 3 de noviembre\nAsunto: derivación",
        "Date : mardi, 3 novembre 2026",
        "Data: Segunda-feira, 3 de novembro",
        "Wed, 12 Oct: she called again, 19, from Ghana.",
    ],
)
def test_a_weekday_in_a_date_line_is_no_name(text):
    assert reads(text, "person.name") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Client: Sam, 20, they/them.", "Sam"),
        ("Client: Domingo, 45, from Guatemala.", "Domingo"),
        ("Name: June, 34, from Kenya.", "June"),
    ],
)
def test_a_given_name_that_is_also_a_calendar_word_stays_a_name(text, name):
    assert reads(text, "person.name") == name


# ------------------------------------------------------------ children: a journey, a child elsewhere

KIDS = "household.children_with_them"


@pytest.mark.parametrize(
    "text",
    [
        "Llegó solo a la frontera hace un año y lo pusieron a trabajar.",
        "Chegou sozinha à recepção uma senhora de 29 anos.",
        "She came alone to the border in 2019.",
        "Elle est arrivée seule en France il y a deux ans.",
        "Il est arrivé seul au foyer hier soir, très fatigué.",
        "He travelled alone to Italy 3 years ago.",
    ],
)
def test_alone_on_a_journey_to_a_place_or_long_ago_says_nothing_of_children(text):
    assert reads(text, KIDS) is None


@pytest.mark.parametrize("text", ["Está sola aquí.", "Elle est seule.", "She is alone here."])
def test_alone_now_is_still_no_children_with_her(text):
    assert reads(text, KIDS) == 0


@pytest.mark.parametrize(
    "text",
    [
        "She came alone.",
        "Vino sola.",
        "Veio sozinha.",
        "She came alone. Her son stayed in Honduras.",
        "Vino sola. Sus hijos están en Guatemala.",
    ],
)
def test_coming_alone_is_none_with_her_only_where_children_are_named(text):
    # stop 26: the blind labels leave "veio sozinho" open in a note that never speaks of
    # children (three dev notes); with children named elsewhere it is none with her
    want = 0 if "hij" in text or "son" in text else None
    assert reads(text, KIDS) == want


@pytest.mark.parametrize(
    "text",
    [
        "Tiene una hija de 8 años que vive con su mamá en Morelia, no con él.",
        "Il a une fille de 8 ans qui vit chez sa mère, pas avec lui.",
        "Elle a un fils de 6 ans qui habite chez sa grand-mère.",
        "Ela tem uma filha de 8 anos que vive com a avó, não com ela.",
        "He has a daughter, 8, who lives with her mother, not with him.",
        "Tiene un hijo de 5 años que vive con el papá.",
    ],
)
def test_a_child_who_lives_with_someone_else_is_not_with_her(text):
    assert reads(text, KIDS) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Tiene una hija de 8 años que vive con ella.", 1),
        ("Elle a un fils de 5 ans qui vit avec elle.", 1),
        ("Su hijo vive con ella en el albergue.", 1),
    ],
)
def test_a_child_who_lives_with_her_is_with_her(text, count):
    assert reads(text, KIDS) == count


# ------------------------------------------------------------ origin: a nickname


@pytest.mark.parametrize(
    "text",
    [
        "Ici tout le monde m'appelle « la Malienne », mais je n'aime pas.",
        'They call me "the Nigerian" at work.',
        "En el taller me llaman la hondureña.",
        "No trabalho chamam-me a angolana.",
        'Her nickname at the farm was "the Colombian".',
        "On le surnomme « le Sénégalais » au chantier.",
    ],
)
def test_a_demonym_others_call_her_by_is_no_origin(text):
    assert reads(text, "person.country_of_origin") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Malienne, 30 ans, appelée Awa.", "ML"),
        ("Nombre: Rosa, hondureña, llamada por su jefe.", "HN"),
        ("Called the hotline herself: Nigerian woman, 30.", "NG"),
        ("Résumé de l'appel : une ressortissante philippine, 29 ans.", "PH"),
        ("They called about a Ghanaian woman, 25, sleeping rough.", "GH"),
    ],
)
def test_a_demonym_near_a_calling_word_that_describes_her_stays(text, code):
    assert reads(text, "person.country_of_origin") == code


# ------------------------------------------------------------ a mail's greeting or sign-off


@pytest.mark.parametrize(
    "text",
    [
        "Signed, Paul Martin, 41, outreach lead.",
        "Hola, Rosa, 27, hondureña, necesita cama.",
        "Cordialement, Mme Dupont, 52 ans, assistante sociale.",
        "Atenciosamente, Joana Reis, 38 anos, técnica.",
        "Regards, John, 45, volunteer driver.",
        "Gracias, Marta, 33, educadora.",
    ],
)
def test_a_greeting_or_sign_off_is_no_name(text):
    assert reads(text, "person.name") not in {
        "Signed",
        "Hola",
        "Cordialement",
        "Atenciosamente",
        "Regards",
        "Gracias",
    }


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Kind regards, Ms. Jane Doe\nHe is 19. He is from Guinea. He is tired.", "male"),
        ("Cordialement, Mme Dupont\nIl a 16 ans. Il est seul. Il a faim.", "male"),
        ("Atentamente, Sr. Pérez\nUna joven de 20 años, está cansada.", "female"),
    ],
)
def test_the_title_of_who_signs_is_not_her_gender(text, gender):
    assert reads(text, GENDER) == gender


# ------------------------------------------------------------ pregnancy: past, ended, generic

PREG = "household.pregnant"


@pytest.mark.parametrize(
    "text",
    [
        "She was pregnant last year but lost the baby.",
        "Estuvo embarazada el año pasado.",
        "Elle était enceinte quand elle est arrivée, le bébé est né en mars.",
        "Ficou grávida há dois anos, o bebé nasceu em março.",
        "Was pregnant, miscarried in May.",
        "Estaba embarazada pero perdió el bebé.",
        "Elle a fait une fausse couche, elle était enceinte de trois mois.",
    ],
)
def test_a_pregnancy_past_or_ended_is_not_one_now(text):
    assert reads(text, PREG) is None


@pytest.mark.parametrize(
    "text",
    [
        "The shelter accepts pregnant women.",
        "Services for pregnant women and children.",
        "We run a group for pregnant teens on Fridays.",
        "Programa para mujeres embarazadas.",
        "Accueil des femmes enceintes et des mères isolées.",
    ],
)
def test_a_service_for_pregnant_women_says_nothing_of_her(text):
    assert reads(text, PREG) is None


@pytest.mark.parametrize(
    "text",
    [
        "She is a pregnant woman, 24.",
        "She is 5 months pregnant now.",
        "Está embarazada de 5 meses.",
        "Elle est enceinte.",
        "Ela está grávida.",
    ],
)
def test_a_pregnancy_now_still_reads(text):
    assert reads(text, PREG) is True


# ------------------------------------------------------------ ages: a child named by its age, a past age


@pytest.mark.parametrize(
    "text",
    [
        "She has a 3-year-old and a baby due in March.",
        "Her 3-year-old is with her.",
        "Has a 14-year-old at home.",
        "Woman with a 5-year-old, sleeping in the car.",
        "His 8-year-old stayed with the grandmother.",
        "She has worked there since age 14.",
        "At age 15 she was brought to the city.",
    ],
)
def test_a_child_named_by_its_age_or_her_age_at_a_past_event_is_not_her_age(text):
    assert reads(text, AGE) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("She is a 25-year-old.", 25),
        ("A 25-year-old woman with a 3-year-old.", 25),
        ("She is a 34 year old woman from Peru.", 34),
    ],
)
def test_her_own_n_year_old_still_reads(text, age):
    assert reads(text, AGE) == age
