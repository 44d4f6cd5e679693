"""Round 10, who she is: the name a note gives only with a title of address, reply words
and salutations taken for names, ages of other people (a second person, the writer, the
caller, a colleague in brackets), her own first-person age in her turn of a chat.

Invented sentences in en/es/fr/pt, several shapes per mechanism, with as many readings
that must not fire as readings that must."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"
AGE = "person.age"


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    "text",
    [
        "Je vous oriente M. Karim, 36 ans, de nationalité tunisienne.",
        "Orientation des urgences. Mme Nathalie, 41 ans, camerounaise.",
        "Nous avons rencontré M. Bilal T., 45 ans, ressortissant algérien.",
        "Objet : Mme Ravaka R.\n\nMme Ravaka R., 39 ans, malgache, parle français.",
        "Encaminhamos a Sra. Dalva, 28 anos, angolana.",
        "O Sr. Teodor, 52 anos, moldavo, deu entrada ontem.",
        "Remitimos al Sr. Anselmo, 61 años, hondureño.",
        "Nombre: Sra. Rosaura Meléndez Ybarra\nEdad: 48\nIdioma: español",
        "Client: Mrs. Achterberg, 70, female.",
    ],
)
def test_a_name_given_only_with_a_title_is_offered_not_applied(text: str) -> None:
    got = extract(text)
    assert NAME not in got.values
    assert NAME in got.offered()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Je vous oriente Karim, 36 ans, de nationalité tunisienne.", "Karim"),
        ("Encaminhamos a Dalva, 28 anos, angolana.", "Dalva"),
        ("Remitimos a doña Chela, 61 años, hondureña.", "Chela"),
        ("Referring Nasrin, 33, from Afghanistan.", "Nasrin"),
        ("Client: Ms. Priya S., 29, female.", "Priya S."),
        ("Nom d'usage : Nathalie\nÂge : 41 ans", "Nathalie"),
    ],
)
def test_a_name_without_a_title_or_after_a_given_name_form_is_read(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Refuge : Elle a quel âge ?\nVeilleur : 30 ans.\nRefuge : Oui, les deux, 3 et 7 ans.",
        "Operadora: ¿Los niños están con ella?\nLlamante: Sí, los dos, 4 y 8 años.",
        "Staff: Are the kids with her?\nCaller: Yes, both of them, 5 and 9 years old.",
        "Técnica: As crianças estão com ela?\nVizinha: Sim, as duas, 2 e 6 anos.",
        "Madame, Monsieur,\n\nNous vous adressons une dame de 58 ans, péruvienne.",
        "Estimados señores:\n\nLes remitimos a una mujer de 44 años, boliviana.",
    ],
)
def test_a_reply_word_or_a_salutation_is_no_name(text: str) -> None:
    assert extract(text).values.get(NAME) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Madame, Monsieur,\n\nNous vous adressons Efrén, 58 ans, péruvien.", "Efrén"),
        ("Dear colleagues,\n\nWe refer Tomasz, 47, Polish national.", "Tomasz"),
        ("Prezados,\n\nEncaminhamos Joaquina, 33 anos, moçambicana.", "Joaquina"),
    ],
)
def test_after_a_salutation_line_the_name_before_the_age_is_read(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


# ---------------------------------------------------------------- ages of other people


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Referring one: F, 28, from China. The second woman (approx. 45) went home.", 28),
        ("Mujer de 28 años, china. La segunda mujer (unos 45 años) volvió a su país.", 28),
        ("Femme de 28 ans, chinoise. La deuxième femme (environ 45 ans) est rentrée.", 28),
        ("Mulher de 28 anos, chinesa. A segunda mulher (uns 45 anos) voltou.", 28),
        ("Les escribo por una muchacha de 19 años. Yo tengo 62 años y tres nietos.", 19),
        ("Je vous écris pour une jeune femme de 19 ans. J'ai 62 ans, je ne peux pas.", 19),
        ("Escrevo por uma moça de 19 anos. Eu tenho 62 anos e não posso acolhê-la.", 19),
        ("Hombre de 29 años, peruano. Nuestra psicóloga (tiene 50 años) lo acompaña.", 29),
        ("Man, 29, Peruvian. Our psychologist (she is 50) follows him.", 29),
    ],
)
def test_another_persons_age_beside_hers_leaves_hers(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Llama: la hija de la persona afectada (35 años, vive en Atlanta).",
        "Caller: the daughter of the man referred (35, lives in Atlanta).",
        "Appelante : la fille de la personne concernée (35 ans, vit à Lyon).",
        "Ligou a filha da pessoa encaminhada (35 anos, mora em Braga).",
        "Yo tengo 62 años y tres nietos en casa, por eso no puedo llevarla.",
        "J'ai 62 ans et trois petits-enfants, je ne peux pas l'héberger.",
        "Eu tenho 62 anos e três netos, não a posso levar.",
    ],
)
def test_the_callers_or_the_writers_own_age_is_not_hers(text: str) -> None:
    assert extract(text).values.get(AGE) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Voluntaria: ¿Dónde estás?\nUsuaria: soy mamá sola, tengo 31, estoy con mis hijos", 31),
        ("Técnica: Onde está?\nUtente: estou numa amiga, eu tenho 24, sou de Angola", 24),
        ('Ella dice: "tengo 19 años".', 19),
        ("Mujer, 31 años, hondureña.", 31),
    ],
)
def test_her_own_first_person_age_is_hers(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Voluntaria: ¿Tienes hijos?\nUsuaria: sí, tengo 2, están conmigo",
        "Técnica: Quantos filhos?\nUtente: tenho 3, estão comigo",
    ],
)
def test_a_small_count_in_her_turn_is_no_age(text: str) -> None:
    assert extract(text).values.get(AGE) is None


# ---------------------------------------------------------------- origin

ORIGIN = "person.country_of_origin"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("H, 22a, RDC. Parle lingala.", "CD"),
        ("F, 30, DRC, speaks Lingala and French.", "CD"),
        ("Mujer, 27 años, RDC, habla lingala.", "CD"),
        ("Homem, 35 anos, RDC, fala lingala.", "CD"),
        ("M, 30, PNG national, speaks Tok Pisin.", "PG"),
        ("52yo M, VN national, Vietnamese only.", "VN"),
        ("Client is a PH citizen, 40, female.", "PH"),
        ("Usuaria: soy mamá sola, tengo 31, soy de venezuela.", "VE"),
        ("Male, 23, Guatemalan. Another worker (17, from Honduras) went home.", "GT"),
        ("Femme, 30 ans, ivoirienne. La deuxième femme, 40 ans, est guinéenne.", "CI"),
    ],
)
def test_her_origin_in_every_form_beside_other_peoples(text: str, code: str) -> None:
    assert extract(text).values.get(ORIGIN) == code


@pytest.mark.parametrize(
    "text",
    [
        "Her boss is a US national. F, 30.",
        "The employer, a US citizen, kept her passport. Woman, 30.",
        "Her brother lives in the DRC. F, 25.",
        "Another worker (17, from Honduras) was referred to youth services.",
        "Otro trabajador (17 años, de Honduras) fue derivado aparte.",
        "Un autre travailleur (17 ans, du Honduras) a été orienté ailleurs.",
        "Outro trabalhador (17 anos, das Honduras) foi encaminhado à parte.",
        "La otra mujer, de 40 años, es de Guatemala.",
        "We called the CA national hotline. Woman, 30.",
    ],
)
def test_another_persons_origin_or_a_code_in_passing_is_not_hers(text: str) -> None:
    assert extract(text).values.get(ORIGIN) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Juvenile male, 17 YOA, located outside the transit center.", 17),
        ("Female, 34 y.o.a., Honduran, speaks Spanish.", 34),
        ("Élève de 3e, 15 ans. Elle vit chez une femme qu'elle appelle tata (45 ans environ).", 15),
        (
            "ditado sem revisão encontrámos três trabalhadores dois deles de 23 e 31 anos já "
            "foram encaminhados este encaminhamento é para o terceiro um senhor de 58 anos "
            "natural da Guiné-Bissau fala crioulo e português trabalhava doze horas por dia "
            "sem salário não tem onde dormir hoje os colegas fizeram queixa na polícia no "
            "sábado ele próprio ainda não decidiu se quer falar com a polícia",
            58,
        ),
        (
            "dictated no punctuation we met a woman of 33 from Ghana she worked twelve hours a "
            "day for no pay she has nowhere to sleep tonight her coworkers went to the police "
            "on Saturday she herself has not decided yet whether she wants to talk to them",
            33,
        ),
    ],
)
def test_her_age_in_shorthand_or_in_a_long_dictated_run(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Vive con una señora a la que llama tata (unos 45 años).",
        "Elle vit chez sa tatie (45 ans) depuis un an.",
        "Mujer de unos 30 años, quizás 35, no está segura.",
        "The man is 50 and owns the farm.",
        "Elle a peut-être 17 ans, elle ne sait pas.",
    ],
)
def test_an_aunts_age_or_a_hedged_age_is_not_hers(text: str) -> None:
    assert extract(text).values.get(AGE) is None


LONG_RUN_PT = (
    "ditado sem revisão encontrámos três trabalhadores dois deles já foram encaminhados "
    "este encaminhamento é para o terceiro um senhor natural da Guiné-Bissau fala crioulo e "
    "português trabalhava doze horas por dia sem salário não tem onde dormir hoje os "
    "colegas fizeram queixa na polícia no sábado ele próprio ainda não decidiu se quer "
    "falar com a polícia"
)
LONG_RUN_FR = (
    "note vocale transcrite sans ponctuation nous avons rencontré une femme originaire du "
    "Cameroun elle travaillait douze heures par jour sans salaire elle n a nulle part où "
    "dormir ce soir ses collègues ont appelé la police samedi elle même n a pas encore "
    "décidé si elle veut parler à la police"
)


@pytest.mark.parametrize(("text", "code"), [(LONG_RUN_PT, "GW"), (LONG_RUN_FR, "CM")])
def test_her_origin_in_a_long_run_with_a_hedge_far_from_it(text: str, code: str) -> None:
    assert extract(text).values.get(ORIGIN) == code


@pytest.mark.parametrize(
    "text",
    [
        "Mujer de Honduras, quizás, no lo sabemos.",
        "Elle viendrait peut-être du Cameroun, elle ne sait pas.",
        "dictated run she worked long hours with no pay she slept on the floor of the shop "
        "for months and she came to us on foot late at night after the shop closed and "
        "maybe she is from Honduras we are not sure",
    ],
)
def test_a_hedged_origin_stays_unclear_even_in_a_long_run(text: str) -> None:
    assert extract(text).values.get(ORIGIN) is None
