"""Round 7, who she is: where she is from when a note tells it by a journey, a code, or a
town and its country; whose an age is when a relative of hers is named beside her.
Invented sentences in en/es/fr/pt, several shapes per mechanism, and as many readings
that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

ORIGIN = "person.country_of_origin"
AGE = "person.age"


# ---------------------------------------------------------------- a journey from a country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A boy of 15 who came from Romania in January. He speaks Romanian.", "RO"),
        ("She was brought from Haiti by a family friend. She speaks Haitian Creole.", "HT"),
        ("Man, 40, fled from Eritrea in 2019, speaks Tigrinya only.", "ER"),
        (
            "Mujer de 30 años, llegó de Guatemala hace un año. Habla k'iche' y algo de español.",
            "GT",
        ),
        ("Joven de 19 años, vino desde Nepal el año pasado, habla nepalí.", "NP"),
        ("Un homme de 25 ans, arrivé du Mali l'an dernier. Il parle bambara.", "ML"),
        ("Une femme venue de la République démocratique du Congo, elle parle lingala.", "CD"),
        ("Mulher de 34 anos, veio do Vietname em 2022. Fala vietnamita.", "VN"),
        ("Rapaz de 17 anos que chegou da Etiópia há dois meses; fala amárico.", "ET"),
    ],
)
def test_a_journey_from_a_country_her_language_belongs_to_is_her_origin(
    text: str, country: str
) -> None:
    assert extract(text).values.get(ORIGIN) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # her language is spoken in twenty countries: she may only have passed through
        ("A woman of 30 who came from Mexico last year. She speaks Spanish.", "MX"),
        ("Mujer de 28 años, llegó de México hace un mes. Habla español.", "MX"),
        ("Un jeune de 16 ans, arrivé du Maroc il y a un an. Il parle arabe.", "MA"),
        ("Homem de 40 anos, veio de Portugal em março. Fala português.", "PT"),
        # no language of hers named at all
        ("She arrived from Nigeria last week.", "NG"),
    ],
)
def test_a_journey_alone_is_offered_not_applied(text: str, country: str) -> None:
    got = extract(text)
    assert ORIGIN not in got.values
    assert got.offered().get(ORIGIN) == country


@pytest.mark.parametrize(
    "text",
    [
        # the origin said outright wins over the journey
        "Honduran woman, 30, came from Mexico in June. She speaks Spanish.",
        "Mujer hondureña de 30 años, llegó de México en junio.",
        "Femme ivoirienne de 30 ans, arrivée d'Italie en juin.",
        "Mulher angolana, 30 anos, veio de Portugal em junho.",
    ],
)
def test_a_journey_never_overrides_an_origin_said_outright(text: str) -> None:
    got = extract(text)
    assert got.values.get(ORIGIN) in ("HN", "CI", "AO")
    assert got.offered().get(ORIGIN) is None


@pytest.mark.parametrize(
    "text",
    [
        "She escaped from her employer's apartment three days ago. She speaks Amharic.",
        "He came from the farm on foot, he speaks Mam.",
        "Llegó desde la finca caminando. Habla mam.",
        "Elle est venue de la gare à pied. Elle parle bambara.",
        "Ela veio do hospital ontem. Fala crioulo.",
    ],
)
def test_a_journey_from_no_country_says_nothing(text: str) -> None:
    got = extract(text)
    assert ORIGIN not in got.values and ORIGIN not in got.offered()


# ---------------------------------------------------------------- a country code in its slot


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("W/I 07:40 Sat. 34F, GT, K'iche' (pref), some SP, no EN.", "GT"),
        ("HL call. F, ~24, from NP, speaks Nepali.", "NP"),
        ("Client (Kim): from here (US), English", "US"),
        ("Client 22M, NG, Pidgin + English.", "NG"),
        ("Nacionalidad: HN. Mujer de 30 años.", "HN"),
        ("Nationalité : SN. Femme de 30 ans.", "SN"),
        ("Nacionalidade: AO. Mulher de 30 anos.", "AO"),
    ],
)
def test_a_country_code_where_an_origin_goes_is_her_origin(text: str, country: str) -> None:
    assert extract(text).values.get(ORIGIN) == country


@pytest.mark.parametrize(
    "text",
    [
        "From: HR dept. Woman, 30, needs a bed tonight.",  # a department, not Croatia
        "Woman, 30, from CA, needs a bed tonight.",  # California as likely as Canada
        "34F, ER, waiting for the doctor.",  # the ward
        "She came from ID checks at the border.",  # no slot, an abbreviation
        "Woman, 30, from np, needs a bed.",  # lower case: a typo, not a code
        "Pt 34F, PT, no ID.",  # a patient
    ],
)
def test_a_code_that_may_be_something_else_is_no_origin(text: str) -> None:
    got = extract(text)
    assert ORIGIN not in got.values and ORIGIN not in got.offered()


# ---------------------------------------------------------------- a town, then its country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("He is 18 and from Oaxaca, Mexico, his first language is Mixteco.", "MX"),
        ("She is from Edo State in Nigeria.", "NG"),
        ("Es de San Pedro Sula, Honduras.", "HN"),
        ("Originaire de Kayes au Mali.", "ML"),
        ("Natural de Tucupita (Venezuela).", "VE"),
        ("Ela é de Nampula, Moçambique.", "MZ"),
        ("Originaire de la RDC.", "CD"),
        ("She is from the Democratic Republic of the Congo.", "CD"),
    ],
)
def test_a_town_joined_to_its_country_gives_the_country(text: str, country: str) -> None:
    assert extract(text).values.get(ORIGIN) == country


@pytest.mark.parametrize(
    "text",
    [
        "She is from a farm in Mexico.",  # a place there, not where she is from
        "She escaped from her employer in Mexico.",
        "Ella viene de la finca en México.",
        "Elle vient de son travail au Mali.",
        "Ela vem da casa da patroa em Angola.",
    ],
)
def test_a_place_that_is_no_town_gives_no_origin(text: str) -> None:
    assert ORIGIN not in extract(text).values


# ---------------------------------------------------------------- a region of her country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hablamos con una joven de 18, de Sonora, que trabajaba en un motel.", "MX"),
        ("She is from Chiapas, speaks Tsotsil.", "MX"),
        ("Es de Olancho, llegó el domingo.", "HN"),
        ("Un menino de 12 anos, natural do Huambo.", "AO"),
        ("Mulher de 30 anos, de Nampula, fala macua.", "MZ"),
        ("Mélissa, 16 ans, née au Québec, francophone.", "CA"),
        ("Femme de 30 ans, originaire de Kayes.", "ML"),
    ],
)
def test_a_region_only_one_country_has_gives_her_origin(text: str, country: str) -> None:
    assert extract(text).values.get(ORIGIN) == country


@pytest.mark.parametrize(
    "text",
    [
        "Her boss is from Texas.",  # another person's
        "She came from Texas last week.",  # a journey
        "Elle est venue du Kasaï.",  # a journey
        "Quizás es de Sonora.",  # hedged
        "Woman, 30, from Oaxaca, Guatemalan.",  # a country said outright wins
        "Sa patronne est originaire de Kayes.",
        "O patrão é natural do Huambo.",
    ],
)
def test_a_region_says_nothing_of_her_where_it_is_not_her_origin(text: str) -> None:
    assert extract(text).values.get(ORIGIN) in (None, "GT")


# ---------------------------------------------------------------- a relative's age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("A Haitian man here, 58, speaks only Creole. His nephew, 30, lives in Miami.", 58),
        ("Un monsieur haïtien ici, 58 ans. Son neveu de 30 ans à Miami voudrait qu'il vienne.", 58),
        ("Señora de 63 años. Su sobrina de 25 años vive en Texas.", 63),
        ("Senhora de 63 anos. O sobrinho dela, de 30 anos, vive em Lisboa.", 63),
        ("Woman, 45. Her sister-in-law, 38, drove her here.", 45),
        ("Mujer de 45 años; su cuñada de 38 años la trajo.", 45),
        ("Femme de 45 ans ; sa belle-sœur de 38 ans l'a amenée.", 45),
        ("Mulher de 45 anos; a cunhada de 38 anos trouxe-a.", 45),
    ],
)
def test_a_relatives_age_is_never_hers(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("F, ~24, from NP, speaks Nepali.", 24),
        ("Walk in, man aprox 33, said hes from Mexico.", 33),
        ("Mujer, ~30, hondureña.", 30),
        ("Femme, env. 30, malienne.", 30),
        ("Mulher, aprox 30, angolana.", 30),
        ("Subject age: 16", 16),
        ("DOB/Age: 35", 35),
    ],
)
def test_an_approximate_or_labelled_age_is_hers(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("M, 15, from Bulgaria. Adult handler (M, ~40) arrested.", 15),
        ("Boy, 15. His minder, approx 40, was arrested.", 15),
        ("Chica, 16. Su controlador, aprox 40, huyó.", 16),
        ("Garçon, 15. Son neveu, env. 30, vit ici.", 15),
        ("Rapaz, 15. O sobrinho, aprox 30, mora aqui.", 15),
    ],
)
def test_an_approximate_age_of_someone_near_her_is_not_hers(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Stopped. Approx 30, then left.",  # no one described
        "Worked about 30, then left.",
        "DOB/Age: 03/04/1991",  # a date of birth, not an age
        "He worked there for about 14, months.",
    ],
)
def test_an_approximate_number_that_describes_no_one_is_no_age(text: str) -> None:
    assert AGE not in extract(text).values


@pytest.mark.parametrize(
    ("text", "gender", "age"),
    [
        ("PD ref #7731 - Ofc. Brandt\nM, 15, Roma, from Bulgaria.", "male", 15),
        ("Referral from Ofc. Kim\nF, 22, from Nepal.", "female", 22),
        ("Derivación de la agente Ruiz\nF, 30, de Honduras.", "female", 30),
        ("Signalement du brigadier Lenoir\nH, 40, du Mali.", "male", 40),
        ("Encaminhamento do agente Sousa\nM/19, de Angola.", "male", 19),
    ],
)
def test_a_line_opening_with_a_sex_mark_and_an_age_is_her_description(
    text: str, gender: str, age: int
) -> None:
    got = extract(text).values
    assert got.get("person.gender") == gender and got.get(AGE) == age


# ---------------------------------------------------------------- children with her

KIDS = "household.children_with_them"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # counted from the ages that list them, then taken up again
        ("Woman, 31. Her kids, 9 and 12, translate for her. The kids are with her.", 2),
        ("Mujer de 30 años. Sus hijos, 4 y 7, no van a la escuela. Los hijos están con ella.", 2),
        ("Femme de 30 ans. Ses enfants (3 et 5 ans) sont inscrits. Les enfants sont avec elle.", 2),
        ("Mulher de 30 anos. Os filhos, 2 e 6, vão à creche. Os filhos estão com ela.", 2),
        # one more child with "also"
        ("Her daughter, 16, accompanies her. She also has her son, 10, with her.", 2),
        ("Su hija de 16 años la acompaña. También trae a su hijo de 10 años.", 2),
        ("Sa fille de 16 ans l'accompagne. Elle a aussi avec elle son fils de 10 ans.", 2),
        ("A filha de 16 anos acompanha-a. Também trouxe o filho de 10 anos com ela.", 2),
        # shorthand "w/"
        ("Came w/ 2 kids (7 & 4).", 2),
        ("Arrived w/ 3 kids.", 3),
        # alone, her child lives elsewhere (a town, not a country)
        ("llegó sola, su hija vive en Quetzaltenango.", 0),
        ("Came alone; her son lives in Manila.", 0),
        ("Elle est venue seule, sa fille vit à Bamako.", 0),
        ("Veio sozinha, o filho mora em Luanda.", 0),
    ],
)
def test_children_with_her_are_counted(text: str, count: int) -> None:
    assert extract(text).values.get(KIDS) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the same child named again with "also": no second child
        ("Her son is with her. Her son also needs a doctor.", 1),
        ("Su hijo está con ella. Su hijo también necesita un médico.", 1),
        ("Son fils est avec elle. Son fils a aussi besoin d'un médecin.", 1),
        ("O filho está com ela. O filho também precisa de médico.", 1),
        # she and her child live in a room: not away
        ("Tiene a su hijo de 10 años con ella, viven en un cuarto que renta el dueño.", 1),
        ("Ella vive en un cuarto con su hijo.", 1),
    ],
)
def test_the_same_child_or_a_shared_home_adds_none(text: str, count: int) -> None:
    assert extract(text).values.get(KIDS) == count


@pytest.mark.parametrize(
    "text",
    [
        # ages listed, but nothing says they are with her
        "Woman, 31. Her kids, 9 and 12, are in Brazil with her mother.",
        "Mujer de 30 años. Sus hijos, 4 y 7, siguen en Honduras.",
        "Femme de 30 ans. Ses enfants (3 et 5 ans) sont restés au Mali.",
        "Mulher de 30 anos. Os filhos, 2 e 6, ficaram em Angola.",
        # grown children's ages are no list of children
        "Woman, 60. Her sons, 35 and 40, live nearby. The sons are with her today.",
    ],
)
def test_children_listed_elsewhere_are_not_with_her(text: str) -> None:
    assert extract(text).values.get(KIDS) in (None, 0)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the children of her work are not hers
        ("She was kept minding the family's three small children. She came alone.", 0),
        ("Trabajó 11 años cuidando niños sin sueldo. Llegó sola.", 0),
        ("Elle fait la garde des enfants chez la famille. Elle est venue seule.", 0),
        ("Cuidava das crianças da patroa. Veio sozinha.", 0),
        # her own, after a possessive, still are
        ("She is caring for her son, who is with her.", 1),
        # "the children" takes up those counted before
        (
            "Sa fille de 16 ans l'accompagne. Elle a aussi avec elle son fils de 10 ans. "
            "Ce soir, elle et les enfants n'ont pas d'endroit où dormir.",
            2,
        ),
    ],
)
def test_children_of_her_work_and_children_taken_up(text: str, count: int) -> None:
    assert extract(text).values.get(KIDS) == count


# ---------------------------------------------------------------- one answer, two facts

from caseassist.intake.answering import settle_answer  # noqa: E402

EMPLOY, AUTH = "jobs.wants_employment", "jobs.has_work_authorization"


def _settled(fid: str, text: str) -> dict[str, object]:
    return {s.fact: s.value for s in settle_answer(fid, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I want to work, but I do not know if I am allowed to",
        "I'd like to work. I'm not sure I'm allowed to.",
        "Sí, quiero trabajar, pero no sé si puedo",
        "Quisiera trabajar. No sé si puedo.",
        "Oui, je veux travailler, mais je ne sais pas si j'ai le droit.",
        "Je voudrais travailler, je ne sais pas si je suis autorisée.",
        "Sim, quero trabalhar, mas não sei se posso.",
        "Gostaria de trabalhar. Não sei se posso.",
    ],
)
def test_a_wish_then_a_doubt_with_its_verb_left_out_settles_both(text: str) -> None:
    got = _settled(EMPLOY, text)
    assert got[EMPLOY] is True
    assert got.get(AUTH) == "unsure"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I want to work.",
        "I am allowed to work here, yes.",  # the verb is there: read as it is
        "Sí, quiero trabajar.",
        "Oui, je veux travailler.",
        "Sim, quero trabalhar.",
        "I can't say if I'm allowed to.",  # no wish before: no verb to take
        "Quiero trabajar. Mi hermana no sabe si puede venir.",  # another person's doubt
        "Je veux travailler et je peux commencer lundi.",  # nothing left out
    ],
)
def test_no_verb_left_out_settles_nothing_more(text: str) -> None:
    assert _settled(EMPLOY, text).get(AUTH) != "unsure"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("N° de hijos que la acompañan: 2 (6 y 10 años)", 2),
        ("Enfant(s) présent(s) avec elle : 1 fille de 5 ans", 1),
        ("Number of children with her: 2", 2),
        ("Nombre d'enfants avec elle : 3", 3),
        ("Número de filhos com ela: 2", 2),
        ("Child(ren) with her: none", 0),
    ],
)
def test_a_longer_children_label_with_plural_marks_is_read(text: str, count: int) -> None:
    assert extract(text).values.get(KIDS) == count


@pytest.mark.parametrize(
    "text",
    [
        # (a count all put elsewhere, "Enfant(s) : 2 (restés au Mali)", is none with her:
        # tests/intake/test_household_r8.py)
        "Number of children: 3",  # not said to be with her
        "N° de hijos: 2",
    ],
)
def test_a_children_label_that_puts_none_with_her_gives_no_count(text: str) -> None:
    assert extract(text).values.get(KIDS) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("* 27, from Thailand\n* A manager held her passport.", 27),
        ("\u2022 31, de Guatemala", 31),
        ("* 45, originaire du Mali", 45),
        ("* 19, natural de Angola", 19),
    ],
)
def test_a_list_item_opening_with_her_age_and_origin(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    ["* 12, rue de la Paix", "* 30, needs a bed", "* 15, calle Mayor", "* 20, rua do Carmo"],
)
def test_a_list_item_opening_with_a_number_and_no_origin_is_no_age(text: str) -> None:
    assert AGE not in extract(text).values
