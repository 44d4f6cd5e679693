"""Round 11, who she is: a name an age follows when a bullet, an article or a noun for
her role presents it (hyphenated names too); a noun after "with the" is her companion,
not her sex; an export's columns with a role word ("Client age: 31"); the writer's own
age in a bracket after "I"; a refusal to give a number is no safe contact.

Invented sentences in en/es/fr/pt, several shapes per mechanism, with as many readings
that must not fire as readings that must."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

NAME = "person.name"
AGE = "person.age"
SEX = "person.gender"
CONTACT = "person.safe_contact"


# ---------------------------------------------------------------- a name an age follows


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Referred worker:\n- Tarek, 31, male, from Egypt\n- Arabic only", "Tarek", 31),
        ("Personas derivadas:\n- Yuleisy, 22 años, dominicana", "Yuleisy", 22),
        ("* Odile, 40 ans, femme, ivoirienne", "Odile", 40),
        ("• Keila, 19 anos, angolana, fala umbundu", "Keila", 19),
        ("Encaminho o Jean-Marc, 39 anos, haitiano, fala crioulo.", "Jean-Marc", 39),
        ("Estou encaminhando a Rosimeire, 34 anos, boliviana.", "Rosimeire", 34),
        ("Le jeune Abdou, 17 ans, malien, s'est présenté ce matin.", "Abdou", 17),
        ("O aluno Wander, 14 anos, cabo-verdiano, fala crioulo.", "Wander", 14),
        ("El joven Brayan, 16 años, hondureño, llegó solo.", "Brayan", 16),
        ("Trabajador paraguayo, Juan-Carlos, 44 años, sin papeles.", "Juan-Carlos", 44),
        ("- Student: Anne-Sophie, 16, female", "Anne-Sophie", 16),
    ],
)
def test_a_name_presented_then_her_age_is_read(text: str, name: str, age: int) -> None:
    got = extract(text).values
    assert got.get(NAME) == name
    assert got.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "- Employer: Carlos, 50, owns the farm",
        "Falei com a tia dela, a Rosa, 50 anos, que mora em Lisboa.",
        "Her employer, the Garcia, 50, kept the passports.",
        "Contrôle d'hier à Carouge, un ouvrier de 46 ans a demandé de l'aide.",
        "Vino con el patrón, el Chino, 45 años, que la vigila.",
        "Walk-in, 27 años, mujer, de Honduras.",
        "Llegó a Madrid, 24 horas después del rescate.",
        "O patrão dela, o Juca, 60 anos, ficou com os documentos.",
    ],
)
def test_another_person_or_a_place_before_an_age_is_no_name(text: str) -> None:
    got = extract(text)
    assert NAME not in got.values or got.values[NAME] not in (
        "Carlos",
        "Rosa",
        "Garcia",
        "Carouge",
        "Chino",
        "Walk-in",
        "Madrid",
        "Juca",
    )


def test_a_place_before_a_presented_name_gives_way_to_the_name() -> None:
    text = "Suite au contrôle d'hier à Lausanne, un ouvrier, Besnik, 46 ans, a demandé de l'aide."
    assert extract(text).values.get(NAME) == "Besnik"


# ---------------------------------------------------------------- her companion's sex


@pytest.mark.parametrize(
    "text",
    [
        "Ela mora com o menino num quarto dos fundos.",
        "She came in with the man who drove her, and she is shaking.",
        "Llegó con el hombre que la trajo desde la frontera.",
        "Elle est arrivée avec le garçon de la voisine.",
        "Ela chegou acompanhada pelo rapaz da obra.",
    ],
)
def test_a_person_after_with_the_casts_no_vote_of_hers(text: str) -> None:
    assert extract(text).values.get(SEX) != "male"


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("Man, 30, came in with the woman who runs the shop.", "male"),
        ("Mujer de 25 años, llegó con el hombre que la trajo.", "female"),
        ("Homme, 41 ans. Il est arrivé avec la femme de son cousin.", "male"),
        ("Mulher, 33 anos, veio com o rapaz que a encontrou.", "female"),
        ("We met with a young woman, 22, at the station.", "female"),
        ("Estoy con la muchacha del bar, 26 años, venezolana.", "female"),
        ("Je suis avec la jeune femme, 19 ans, elle a froid.", "female"),
    ],
)
def test_her_own_sex_still_reads_beside_a_companion(text: str, sex: str) -> None:
    assert extract(text).values.get(SEX) == sex


# ---------------------------------------------------------------- export columns


@pytest.mark.parametrize(
    ("text", "sex", "age"),
    [
        ("Client gender: F        Client age: 31\nCountry of birth: Nigeria", "female", 31),
        ("Client gender: M    Client age: 44", "male", 44),
        ("Survivor sex: F   Survivor age: 19", "female", 19),
    ],
)
def test_an_exports_role_columns_are_read_each(text: str, sex: str, age: int) -> None:
    got = extract(text).values
    assert got.get(SEX) == sex
    assert got.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Employer gender: M     Employer age: 52",
        "Ref#: LON-26-10    Status: TRANSFER OUT    Priority: P1",
    ],
)
def test_an_exports_other_columns_give_her_nothing(text: str) -> None:
    got = extract(text).values
    assert SEX not in got
    assert AGE not in got


# ---------------------------------------------------------------- the writer's own age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "to levando um rapaz ai agora. 24 anos,\ncabo verde. eu (30 anos, moro com minha mulher) nao posso",
            24,
        ),
        ("Je vous envoie une jeune femme de 24 ans. Moi (52 ans), je ne peux pas l'héberger.", 24),
        ("Le traigo a una chica, 19 años. Yo (45 años) no puedo tenerla en casa.", 19),
        ("I (45) can't keep him any longer, he is 22.", 22),
    ],
)
def test_an_age_in_a_bracket_after_i_is_the_writers(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mulher (30 anos), angolana, sem documentos.", 30),
        ("Una chica (19 años) llegó sola anoche.", 19),
        ("Une femme (41 ans), ivoirienne, parle dioula.", 41),
        ("A woman (28), from Kenya, asked for a bed.", 28),
    ],
)
def test_an_age_in_a_bracket_after_her_is_hers(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


# ---------------------------------------------------------------- several people's ages


@pytest.mark.parametrize(
    "text",
    [
        "Two women aged 19 and 27 were also found on site.",
        "Dos mujeres de 19 y 27 años también estaban allí.",
        "Deux femmes âgées de 19 et 27 ans étaient aussi présentes.",
        "Duas mulheres de 19 e 27 anos também estavam lá.",
    ],
)
def test_a_list_of_ages_is_nobodys_alone(text: str) -> None:
    assert AGE not in extract(text).values


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Referred worker:\n- Sabbir, 30, male\nOthers (not referred): two women aged 19 and 27.",
            30,
        ),
        ("Woman aged 30 and 2 kids with her.", 30),
        ("Mujer de edad 30 y 2 hijos con ella.", 30),
        ("Femme âgée de 33 ans et ses 2 enfants.", 33),
    ],
)
def test_her_age_beside_a_list_or_a_count_still_reads(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


# ---------------------------------------------------------------- a safe contact refused


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Y a-t-il un moyen sûr de vous joindre ?",
            "Euh... je préfère pas donner de numéro. Je passerai.",
        ),
        ("Is there a safe way to reach you?", "Well, I'd rather not say. I'll come by myself."),
        ("¿Hay un número seguro para llamarla?", "Bueno... prefiero no dar mi número, yo vengo."),
        ("Há um número seguro para a contactar?", "Olha, prefiro não dar o número."),
        ("Un numéro où vous joindre ?", "Bah, je veux pas le dire, désolée."),
    ],
)
def test_a_refusal_after_a_hesitation_is_no_safe_contact(question: str, answer: str) -> None:
    assert CONTACT not in interpret_answer(CONTACT, answer, question=question).values


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Y a-t-il un moyen sûr de vous joindre ?",
            "Euh, oui, le portable de ma sœur, 06 11 22 33 44.",
        ),
        ("Is there a safe way to reach you?", "Well, my cousin's phone, 555-0142, after six."),
        ("¿Hay un número seguro para llamarla?", "Bueno, el de mi prima, 600 111 222."),
        ("Há um número seguro para a contactar?", "Olha, o da minha tia, 912 000 111."),
    ],
)
def test_a_means_after_a_hesitation_is_her_safe_contact(question: str, answer: str) -> None:
    assert CONTACT in interpret_answer(CONTACT, answer, question=question).values


# ---------------------------------------------------------------- name cues, labels, replies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Señora de 48 años, pide q la llamen Maritza, duerme en la calle.", "Maritza"),
        ("Chico de 17, quiere q le llamen Kevin.", "Kevin"),
        ("Um menino de 12 anos que pede para ser chamado Dinho.", "Dinho"),
        ("Rapariga de 16 anos, pediu pra ser chamada Kiki.", "Kiki"),
        ('M, says name is "Ilie". Quiet, asked for a bed.', "Ilie"),
        ("Caller: survivor\nFirst name used: Oksana\nAge: 21", "Oksana"),
        ("Nombre de uso: Dani\nEdad: 30", "Dani"),
        ("Nome de uso: Keké\nIdade: 25", "Keké"),
        (
            "> Mother, 28, speaks Spanish and some English. Name: Yaritza.\n> Two kids with her.",
            "Yaritza",
        ),
        ("Menor F, 16 a., congolesa. Nome: Ornella.", "Ornella"),
        ("Femme, 30 ans, parle lingala. Prénom : Bijou.", "Bijou"),
        (
            "[01:53] Orientadora: ¿Cómo quieres que te llame?\n[01:54] Usuaria: Yesi\n"
            "[01:55] Orientadora: ¿Cuántos años tienes?\n[01:55] Usuaria: 19",
            "Yesi",
        ),
        (
            "[10:02] Intake: what name should we use?\n[10:03] Caller: Sita.\n[10:03] Intake: ok",
            "Sita",
        ),
        (
            "[09:10] Atendente: Como quer que te chame?\n[09:11] Utente: Lu.\n[09:11] Atendente: Ok.",
            "Lu",
        ),
    ],
)
def test_a_name_cue_label_or_reply_gives_her_name(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Quiere q le llamen al 600 000 000 mañana por la tarde.",
        "O patrão pede para ser chamado Senhor Rui.",
        "She was brought by her boss. Employer: Carlos, 50.",
        "Mujer de 30 años, peruana. Nombre: no lo dio.",
        (
            "[01:53] Orientadora: ¿Cómo se llama tu jefe?\n[01:54] Usuaria: Ramiro\n"
            "[01:55] Orientadora: ok\n[01:56] Usuaria: gracias"
        ),
        "[09:10] Atendente: Como quer que te chame?\n[09:11] Utente: Prefiro não dizer.\n[09:11] Atendente: Tudo bem.",
        "Elle parle un peu anglais. Référent : Marc, éducateur.",
    ],
)
def test_no_name_from_another_persons_label_a_refusal_or_two_names(text: str) -> None:
    got = extract(text).values.get(NAME)
    assert got not in ("Rui", "Senhor Rui", "Carlos", "Rosalind", "Ramiro", "Prefiro", "Marc")
    assert got is None


# ---------------------------------------------------------------- an origin put as a question


@pytest.mark.parametrize(
    "text",
    [
        "Mujer, parece joven. ¿Nigeriana? Habló poco.",
        "Woman, young. Honduran? Did not say much.",
        "Femme, ~25 ans. Nigériane ? Parle peu.",
        "Mulher jovem. Angolana? Falou pouco.",
    ],
)
def test_an_origin_put_as_a_question_is_offered_not_applied(text: str) -> None:
    got = extract(text)
    assert "person.country_of_origin" not in got.values
    assert "person.country_of_origin" in got.offered()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "[12:36] Mme D (CPE): ok. Elle est ivoirienne c'est ça ?\n[12:36] M. L (prof): Oui, Côte d'Ivoire.",
            "CI",
        ),
        ("Intake: She's Eritrean, right?\nCaseworker: Yes, from Asmara.", "ER"),
        ("14:10 Operadora: ¿Es hondureña?\n14:11 Vecina: Sí, de San Pedro Sula.", "HN"),
        ("Mujer, nigeriana. Habló poco.", "NG"),
    ],
)
def test_an_origin_confirmed_or_stated_is_applied(text: str, code: str) -> None:
    assert extract(text).values.get("person.country_of_origin") == code


@pytest.mark.parametrize(
    "text",
    [
        "Worker: Is she Honduran?\nCaller: No, I think Guatemalan.",
        "Operadora: ¿Es venezolana?\nVecina: No, colombiana creo.",
        "Accueil : Elle est malienne ?\nVoisine : Non, je crois pas.",
        "Atendente: Ela é angolana?\nAmiga: Não, acho que não.",
    ],
)
def test_an_origin_guessed_then_denied_is_not_applied(text: str) -> None:
    got = extract(text).values.get("person.country_of_origin")
    assert got not in ("HN", "VE", "ML", "AO")
