"""Who the survivor is (age, gender, origin, name, children, pregnancy): the language
rules, each in invented sentences of several languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer
from tests.intake.reading import clear_values as facts

# ------------------------------------------------------------ ages


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # a bare number as its own comma part, beside where they are from or a word for them
        ("Call from a woman from Peru, 41, who speaks Quechua.", 41),
        ("Referring Ilse, 26, dutch, needs a bed.", 26),
        ("Mr. Okafor Eze, 58, from Nigeria, walked in.", 58),
        ("Spoke to a man near the station, about 47, from Moldova.", 47),
        ("Derivamos a Rosa, 33, boliviana, con su hija.", 33),
        ("Nous recevons Amina, 24, malienne, ce soir.", 24),
        ("Encaminhamos a Joana, 52, angolana.", 52),
        # glued units and "a student of 16"
        ("il dit s'appeler Omar, syrien, 31ans, parle arabe", 31),
        ("Tenemos una alumna de 15, peruana, que no quiere volver a casa.", 15),
        ("On a reçu un élève de 14, guinéen, sans papiers.", 14),
        ("F 29 yrs, from Ghana.", 29),
        # quoted, Belgian and Swiss tens
        ('Man, says he is "around 50".', 50),
        ("Madame, septante-trois ans, belge.", 73),
        ("Homme de nonante ans.", 90),
    ],
)
def test_the_survivors_age_in_a_description(text, age):
    assert facts(text).get("person.age") == age


@pytest.mark.parametrize(
    "text",
    [
        # how long, not how old
        "F, 30, Filipina. Cleaned the house unpaid ~3 yrs.",
        "M, 45, Polish. Farm work (greenhouses) 6 yrs.",
        # someone else's age
        "Man, 40, from Bolivia. Another worker (19 years old) went back home.",
        "Mujer, 36, de Honduras. Otra trabajadora, de 22 años, sigue en la casa.",
        "Homem, 50, moçambicano. Outro trabalhador (18 anos) ficou na fazenda.",
        "Femme, 28, camerounaise. Une autre femme, 20 ans, est restée chez le patron.",
    ],
)
def test_durations_and_other_peoples_ages_are_not_hers(text):
    got = extract(text)
    assert got.values.get("person.age") in (30, 45, 40, 36, 50, 28)
    assert "person.age" not in got.conflicts


@pytest.mark.parametrize(
    "text",
    [
        "A young woman, maybe 16 or 17, from Albania.",
        "Una chica, quizás de 14 o 15 años.",
        "A Vietnamese man in his thirties.",
        "Un homme, 30 à 35 ans peut-être.",
    ],
)
def test_an_age_not_said_for_sure_stays_open(text):
    assert "person.age" not in facts(text)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("My daughter is with me, she is six.", "Do you need a bed tonight?"),
        ("Oui, pour moi et mon fils, il a quatre ans.", "Avez-vous faim ?"),
        ("Sí, con mi niña, ella tiene tres años.", "¿Necesita dónde dormir?"),
        ("Llevo diez años aquí en España.", "¿De dónde es usted?"),
    ],
)
def test_in_an_answer_a_third_person_age_is_someone_elses(text, question):
    got = interpret_answer("shelter.needs_shelter_tonight", text, question=question)
    assert "person.age" not in got.values


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("[interpreter] She says she is twenty-two. She will be twenty-three in June.", 22),
        ("Diecinueve. Cumplo veinte en agosto.", 19),
        ("Dezoito. Faço dezanove em julho.", 18),
        ("Vingt-huit. J'aurai vingt-neuf en mai.", 28),
        ("Il dit qu'il a trente ans.", 30),
    ],
)
def test_an_age_answer_reads_the_age_now_not_the_one_to_come(text, age):
    assert interpret_answer("person.age", text).values.get("person.age") == age


# ------------------------------------------------------------ country of origin


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # in a descriptor line the first demonym, before the languages, is the nationality
        ("M, 41, Thai, Thai only, needs interpreter.", "TH"),
        ("Tomás, he is 38, Czech, speaks czech and some german.", "CZ"),
        ("F 17, UK national, English.", "GB"),
        ("Homme, 30, ressortissant tchadien, parle arabe.", "TD"),
        # a country said outright outweighs a demonym that also names her language
        ("Referral: a young woman, Lucía, 22, from Uruguay, spanish.", "UY"),
        # a speaker's label is not the subject
        ("Trabajador social: hondureño, habla español, necesita cama.", "HN"),
        # a language with how well it is spoken is not a country
        ("Mulher, 44, angolana. Português só o básico.", "AO"),
        ("Femme, 29, congolaise, parle lingala.", "CD"),
        ("Man from Gambia, 25, speaks Wolof.", "GM"),
    ],
)
def test_country_of_origin_in_descriptions(text, code):
    assert facts(text).get("person.country_of_origin") == code


# ------------------------------------------------------------ children with them


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("F, 31, from Guatemala. 3 kids w/ her (2, 5 & 7).", 3),
        ("She has a son of 6 who lives with her.", 1),
        ("Sus dos hijas viven con ella en el cuarto.", 2),
        ("Chegou com os dois filhos pequenos, que estão com ela agora.", 2),
        ("Son mari et leur bébé sont à l'hôtel avec elle.", 1),
        ("Veio acompanhada do marido e das três filhas, todas com ela.", 3),
    ],
)
def test_children_with_her(text, count):
    assert facts(text).get("household.children_with_them") == count


@pytest.mark.parametrize(
    "text",
    [
        "Has a 12-year-old daughter in Lagos with her sister.",
        "He came with his adult son, who is still with the group.",
        "Su hija vive en Cuenca, quiere hablar con ella.",
    ],
)
def test_children_not_with_her(text):
    assert facts(text).get("household.children_with_them") in (None, 0)


def test_portuguese_number_words():
    from caseassist.intake.numbers import to_int

    assert [to_int(w) for w in ("dois", "duas", "dezassete", "dezessete", "trinta e quatro")] == [
        2,
        2,
        17,
        17,
        34,
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a consulate or embassy refers its own nationals
        ("The Embassy of Kenya refers Ms. Wanjiru, a domestic worker, who needs a bed.", "KE"),
        ("Consulado guatemalteco: connacional, 40 años, necesita albergue.", "GT"),
        ("Appel de l'ambassade du Mali : une ressortissante, 25 ans, sans logement.", "ML"),
        ("Consulado do Brasil encaminha uma cidadã, 33 anos.", "BR"),
        # a language beside a word for the person names her origin
        ("A girl, Albanian, 16, came with a cousin.", "AL"),
        ("On reçoit une patiente de 40 ans, hongroise.", "HU"),
        # a reply after the question
        ("D'où vient-il ? Du Burkina.", "BF"),
    ],
)
def test_country_of_origin_from_the_referrer_and_beside_the_person(text, code):
    assert facts(text).get("person.country_of_origin") == code


@pytest.mark.parametrize(
    "text",
    [
        # a language, not where she is from
        "Woman, 30, from Moldova. Languages: Russian (first), Romanian.",
        "Femme de 30 ans, moldave. Elle voudrait apprendre le français.",
        "Mujer de 30 años, moldava. Habla ruso, y un poco de rumano.",
        # a place, not the person
        "Hombre moldavo, 45 años, trabajaba en un restaurante chino.",
        "Homme, 45 ans, moldave, travaillait dans un restaurant indien.",
        # another consulate than her own is named, she says her own
        "Moldovan woman, 30. The Romanian consulate could not help.",
    ],
)
def test_languages_and_places_do_not_change_her_origin(text):
    assert facts(text).get("person.country_of_origin") == "MD"


# ------------------------------------------------------------ gender


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        # a noun with an indefinite article brings in someone new once she is introduced
        ("F/16, from Romania. Found at a flat w/ adult male (detained).", "female"),
        ("A woman, 30, from Peru. She cleaned for a man and his brother.", "female"),
        ("Mujer de 25 años. La vendieron a un hombre en la frontera.", "female"),
        ("Mme Awa D., 33 ans. Elle a été mariée de force à un homme âgé.", "female"),
        ("Um rapaz de 16 anos, angolano. Uma mulher o levava para a rua.", "male"),
        # clinical and form marks
        ("Client F/41, Nigeria, English.", "female"),
        ("Cl: M, 52, Polish.", "male"),
        ("Pac. masc., 39a, natural de Recife.", "male"),
        ("Paciente fem, 28 años, boliviana.", "female"),
        # gender-marked nouns and an article
        ("Una adolescente de 16 años, peruana, vive en la calle.", "female"),
        ("Un joven de 19 años, venezolano, pide ayuda.", "male"),
        ("A aluna tem 13 anos e não quer voltar para casa.", "female"),
        ("Acompañante (hombre ~50) se fue. Pte. F 22a, hondureña.", "female"),
    ],
)
def test_gender(text, gender):
    assert facts(text).get("person.gender") == gender


def test_a_form_labels_both_genders_says_none():
    assert "person.gender" not in facts("Usuario/a: sin datos. Edad: 40.")


# ------------------------------------------------------------ name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cliente: R. (prefiere que la llamen Rocío). Edad: 30.", "Rocío"),
        ("Usuária pede para ser chamada de Bia.", "Bia"),
        ("Une jeune femme prénommée Awa, originaire du Mali.", "Awa"),
        ("Il souhaite être appelé Karim.", "Karim"),
        ("A young man named Tomasz came in this morning.", "Tomasz"),
        ("Un muchacho de nombre Julián, 17 años.", "Julián"),
        ("Le foyer nous transfère Fatou, une jeune femme de 22 ans, malienne.", "Fatou"),
        ("We met Leila (24) at the station.", "Leila"),
    ],
)
def test_name(text, name):
    assert facts(text).get("person.name") == name


@pytest.mark.parametrize(
    "text",
    [
        "Her brother named Ali drove her here.",
        "Recebemos uma chamada de Sandra, vizinha da utente.",
        "El dueño, de nombre Carlos, la encerraba.",
        "Her daughter Mia (4) is with her.",
    ],
)
def test_other_peoples_names_are_not_hers(text):
    assert "person.name" not in facts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Meu nome é Joana.", "Joana"),
        ("O nome dela é Célia, tem 30 anos.", "Célia"),
        ("Elle demande qu’on l’appelle Mimi.", "Mimi"),
        ("Dice que se llama Óscar.", "Óscar"),
    ],
)
def test_name_cues_match_with_or_without_accents(text, name):
    assert facts(text).get("person.name") == name


@pytest.mark.parametrize(
    ("text", "age", "gender"),
    [
        ("Lucía (34), from Peru, needs a bed.", 34, None),
        ("Client 29 F, from Ghana.", 29, "female"),
        ("Female, age approx 41, from Nepal.", 41, "female"),
        ("She just turned 18.", 18, None),
        ("A minor (16) was found at the farm.", 16, None),
        ("El chico tiene 15, es de Honduras.", 15, "male"),
        ("A menina tem doze.", 12, "female"),
        ("On reçoit une fille de 15 ans.", 15, "female"),
        ("H ~50 a., dit venir d'Ukraine.", 50, "male"),
    ],
)
def test_more_ways_to_say_age_and_sex(text, age, gender):
    got = facts(text)
    assert got.get("person.age") == age
    assert got.get("person.gender") == gender


@pytest.mark.parametrize(
    "text",
    ["Ella tiene dos hijos.", "Ela tem medo.", "Ran 34 m. to the door.", "Her son turned 5."],
)
def test_numbers_that_are_not_her_age(text):
    assert "person.age" not in facts(text)


# ------------------------------------------------------------ pregnancy


@pytest.mark.parametrize(
    "text",
    [
        "Mujer, 24 años. Embarazo de 16 semanas.",
        "Pte F 19a, embarazo 30 sem, dolor.",
        "Femme de 27 ans, grossesse de 12 semaines confirmée.",
        "Mulher, 30 anos, gravidez de cinco meses.",
        "Woman, 22, at 20 weeks gestation.",
    ],
)
def test_a_pregnancy_said_by_its_term(text):
    assert facts(text).get("household.pregnant") is True


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. Pregnancy test requested.",
        "Hombre, 40 años, embarazo de su esposa de 12 semanas.",
    ],
)
def test_no_pregnancy_from_a_test_or_a_man(text):
    assert facts(text).get("household.pregnant") is not True


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a next sentence that only says they are with her
        ("Mon fils aussi a faim. Il a six ans, il est avec moi.", 1),
        ("My daughter hasn't eaten. She is 3, she is with me.", 1),
        # alone, the children elsewhere
        ("Ela está sozinha, os três filhos ficaram em Luanda com a avó.", 0),
        ("F, 40, Ecuador. Her 2 kids are in Ecuador with her mother.", None),
        # a form line after other people's labels
        ("Técnica: Dra. Ana. Utente: mulher, 30 anos. Acompanhada de: 2 filhos.", 2),
        # French "son" before its noun is no son
        ("Elle a son passeport et son téléphone.", None),
    ],
)
def test_children_across_sentences_and_places(text, count):
    assert facts(text).get("household.children_with_them") == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("My three girls are back home in Honduras with my mother. Here, no, I'm alone.", 0),
        ("Ninguno aquí conmigo. Mis dos hijos están en Bolivia con su papá.", 0),
        ("Oui, mon fils. Et mes deux filles sont restées au Congo chez ma soeur.", 1),
        ("Sim, as duas meninas. O meu filho ficou no Brasil com o pai.", 2),
    ],
)
def test_an_answer_counts_only_the_children_here(text, count):
    got = interpret_answer("household.children_with_them", text)
    assert got.values.get("household.children_with_them") == count


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Intake: How old is she?\nNurse: Nineteen. From Eritrea.", 19),
        ("ALBERGUE: ¿Qué edad tiene?\nPADRE: Diecisiete. Es de Honduras.", 17),
        ("Refuge : Quel âge a-t-elle ?\nFoyer : 24 ans.", 24),
        ("OPERADORA: Quantos anos tem?\nUTENTE: Vinte e dois.", 22),
    ],
)
def test_the_reply_to_a_question_about_age(text, age):
    assert facts(text).get("person.age") == age


@pytest.mark.parametrize(
    "text",
    [
        "Intake: How old is he?\nTeacher: I don't know, a teenager.",
        "ALBERGUE: ¿Qué edad tiene?\nPADRE: Diecisiete, creo que sí.",
    ],
)
def test_a_reply_that_is_no_sure_number_says_no_age(text):
    assert "person.age" not in facts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Referral for Amal, a 24-year-old woman from Sudan.", "Amal"),
        ("Hola, refiero a Carmen, una señora de 60 años.", "Carmen"),
        ("Nous orientons Mariam, 19 ans, vers votre foyer.", "Mariam"),
        ("Encaminhamos a Joana, 52 anos, angolana.", "Joana"),
        ("Chamo-me Rosa.", "Rosa"),
        ("My name's Dina.", "Dina"),
    ],
)
def test_name_after_a_referral_verb_or_in_the_first_person(text, name):
    assert facts(text).get("person.name") == name


@pytest.mark.parametrize(
    "text",
    [
        "Talked to Officer Reyes, 45, today.",
        "We met her boss Carlos, 50.",
        "La encerraba Carlos, su patrón, de 50 años.",
    ],
)
def test_a_named_other_person_with_an_age_is_not_her(text):
    assert "person.name" not in facts(text)


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("She says her employer kept her passport. She wants to leave.", "female"),
        ("Caseworker: He says the boss knows. He is scared of the boss.", "male"),
        ("Jovem angolana, 19 anos, sem documentos.", "female"),
        ("Encaminhamos um cidadão brasileiro de 40 anos.", "male"),
    ],
)
def test_gender_from_sentence_subjects_and_portuguese_demonyms(text, gender):
    assert facts(text).get("person.gender") == gender


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She wants to go back to Nepal as soon as she can.", "NP"),
        ("No quiere regresar a Honduras, allá la buscan.", "HN"),
        ("Il veut rentrer au Sénégal voir sa mère.", "SN"),
        ("Quer voltar para Angola.", "AO"),
    ],
)
def test_the_country_they_would_go_back_to(text, code):
    assert facts(text).get("person.country_of_origin") == code


def test_a_country_said_outright_outweighs_going_back():
    text = "Woman from Peru, 30. She wants to go back to Spain where her children live."
    assert facts(text).get("person.country_of_origin") == "PE"


@pytest.mark.parametrize(
    "text",
    [
        "Her daughter, 16, from Guatemala, is with her.",
        "Caller is a neighbour, 60, from Ireland.",
        "Mujer hondureña, 28 años. El tratante, un hombre de 40 años, mexicano, la vigilaba.",
        "Femme, 35 ans, ivoirienne. Son patron, un homme de 60 ans, libanais.",
    ],
)
def test_another_persons_description_gives_no_origin(text):
    assert facts(text).get("person.country_of_origin") in (None, "HN", "CI")


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("A woman called the hotline about a man, 30, from Syria. He sleeps in a van.", "male"),
        ("Una mujer llamó hoy por un hombre de 30 años, sirio.", "male"),
    ],
)
def test_the_caller_is_not_the_survivor(text, gender):
    assert facts(text).get("person.gender") == gender


@pytest.mark.parametrize(
    "text",
    [
        "Client, 30, from Peru.",
        "Paciente, 30 años, de Perú.",
    ],
)
def test_a_word_for_the_person_is_no_name(text):
    assert "person.name" not in facts(text)


def test_an_ex_husband_tells_no_gender():
    assert "person.gender" not in facts("Her kids are with her ex-husband in town.")


@pytest.mark.parametrize(
    "text",
    [
        "She wants her two children to come and live with her.",
        "Quiere traer a sus dos hijos a vivir con ella.",
    ],
)
def test_children_she_wishes_were_with_her_are_not_with_her(text):
    assert "household.children_with_them" not in facts(text)


# ------------------------------------------------------------ names on labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role label the person's name follows, alone or before an age, sex or origin
        ("- Client: Mariam\n- Age: 19\n- Country: Eritrea", "Mariam"),
        ("Survivor: Tomasz, 45, Polish national.", "Tomasz"),
        ("Pt: Grace O., 27F, Nigeria", "Grace O."),
        ("Usuaria: Rosa Q. - peruana, 29 años", "Rosa Q."),
        ("Utente: Dona Ana | Idade: 41 | Sexo: F", "Ana"),
        # a name label, its value's name without title or what follows
        ("Name: Lucia M.\nAge: 34", "Lucia M."),
        ("Nombre: Rosa Quispe | Edad: 29", "Rosa Quispe"),
        ('Nombre que da: "Chato"\nEdad: 16', "Chato"),
        ("Nom : Awa D.\nÂge : 22 ans", "Awa D."),
        ("Nome: Ana Paula\nIdade: 41", "Ana Paula"),
        ("Client name: Joy\nAge: 30", "Joy"),
        ("Nombre: María José Pérez Gómez\nEdad: 30", "María José Pérez Gómez"),
        # a name label's value with no capitalised name is kept as written, unless a cue names her
        ("Name: lucia\nAge: 33", "lucia"),
        ("Nome: não quis dar. Pede que a tratem por Lia.", "Lia"),
    ],
)
def test_a_name_after_a_label(text, name):
    assert facts(text)["person.name"] == name


@pytest.mark.parametrize(
    "text",
    [
        # a role label that opens a transcript's turns is a speaker, not a name
        "UTENTE: Posso, sim.\nOPERADORA: Está segura?\nUTENTE: Agora estou.",
        "Client: Yes, tonight.\nStaff: Where?\nClient: Anywhere safe.",
        # a value that is no name
        "Name: Unknown\nAge: 30",
        "Nombre: No lo quiere dar.",
        "Client: Declined\nAge: 25",
    ],
)
def test_no_name_from_a_speaker_or_a_value_that_is_none(text):
    assert "person.name" not in facts(text)


# ------------------------------------------------------------ gender from agreement and marks


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        # a participle or adjective that agrees with her or him, after a copula with no other
        # subject, counts as a pronoun does (two are needed)
        ("Llegó muy cansada, está asustada.", "female"),
        ("Ela chegou ontem, está cansada.", "female"),
        ("Chegou sozinha, está assustada.", "female"),
        ("Elle est arrivée hier soir, elle est épuisée.", "female"),
        ("Elle a été exploitée, elle est épuisée.", "female"),
        ("Ella vino sola; ahora está tranquila.", "female"),
        ("Llegó asustado, estaba perdido en la terminal y se siente solo.", "male"),
        # glued and slashed shorthand marks where a description opens
        ("Client 34F from Vietnam, needs bed.", "female"),
        ("Re: 19M Afghan, alone", "male"),
        ("M/25 Syrian, speaks Arabic", "male"),
        ("Sexe : H", "male"),
        ("Sexo: feminina", "female"),
    ],
)
def test_gender_from_agreement_and_shorthand(text, gender):
    assert facts(text)["person.gender"] == gender


@pytest.mark.parametrize(
    "text",
    [
        # another subject, an impersonal "it is", one weak vote alone
        "La víctima está asustada. La persona llegó cansada.",
        "Su hija está cansada y su hijo está dormido.",
        "Es complicado, está prohibido salir.",
        "A filha ficou assustada.",
        "Está cansada.",
        "Waited 30m outside the station.",
    ],
)
def test_no_gender_from_agreement_with_someone_else_or_alone(text):
    assert "person.gender" not in facts(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("M/25 Syrian, speaks Arabic", 25),
        ("Pt: F 41 from Peru", 41),
        ("Re: 19M Afghan, alone", 19),
        ("Client 34F from Vietnam", 34),
    ],
)
def test_an_age_beside_a_sex_mark(text, age):
    assert facts(text)["person.age"] == age


@pytest.mark.parametrize("text", ["Waited 30m outside. She is Thai.", "F 3 kids with her"])
def test_minutes_and_counts_beside_a_mark_are_no_age(text):
    assert "person.age" not in facts(text)


# ------------------------------------------------------------ children on labels and in replies


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a label that names children, its value a count said to be with her, or none
        ("Children: 0 with her (3 kids in Ecuador w/ grandmother).", 0),
        ("Children: none", 0),
        ("Menores a cargo: ninguno con ella", 0),
        ("Kids w/ her: 2", 2),
        ("Enfants : aucun", 0),
        ("Filhos: nenhum", 0),
        ("Hijos: 2, vienen con ella", 2),
        # a question in the note, then its reply
        ("Des enfants avec elle ? Non, aucun.", 0),
        ("¿Hijos con ella? No.", 0),
        ("[14:05] Refuge : des enfants avec elle ?\n[14:05] Foyer : non", 0),
        ("Filhos com ela? Dois, um bebé e uma menina de 5.", 2),
        # the two named as one subject
        ("Ella y su hija duermen en la calle.", 1),
        ("Elle et ses deux enfants dorment dehors.", 2),
        ("Ela e a filha precisam de abrigo.", 1),
        ("She and her two sons need a room tonight.", 2),
    ],
)
def test_children_with_her_from_labels_replies_and_joint_subjects(text, count):
    assert facts(text)["household.children_with_them"] == count


@pytest.mark.parametrize(
    "text",
    [
        # a count not said to be with her (a count all put elsewhere is none with her:
        # tests/intake/test_household_r8.py)
        "Children: 2",
        # all her children elsewhere says nothing of any with her (as the blind labels read)
        "Ses 2 enfants sont au Cameroun avec sa mère.",
        "Her kids are back home.",
        # a question with no count in its reply
        "Des enfants avec elle ? Je ne sais pas.",
    ],
)
def test_children_not_said_to_be_with_her_stay_open(text):
    assert "household.children_with_them" not in facts(text)


# ------------------------------------------------------------ pregnancy without the word


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She is expecting, due in March.", True),
        ("Expectant mother, 19, from Ghana.", True),
        ("Mother-to-be, 22.", True),
        ("Preg ~20 wks, no prenatal care yet.", True),
        ("Baby due in June.", True),
        ("Está de cinco meses y no ha ido al médico.", True),
        ("Ela está de 6 meses.", True),
        ("Está esperando un bebé.", True),
        ("Está à espera de um bebé.", True),
        ("Elle attend un bébé pour mars.", True),
        ("Grossesse en cours, terme prévu en mai.", True),
        ("Data prevista do parto: 12/05.", True),
        # a test's result, in a sentence or a form line
        ("Pregnancy test: negative", False),
        ("Prueba de embarazo negativa.", False),
        ("Test de grossesse : positif", True),
        ("Teste de gravidez deu negativo.", False),
        ("Teste de gravidez: negativo", False),
    ],
)
def test_pregnancy_without_the_word_pregnant(text, value):
    assert facts(text)["household.pregnant"] is value


@pytest.mark.parametrize(
    "text",
    [
        "She is expecting a call from her lawyer.",
        "Rent is due on Friday.",
        "Mother to be contacted by the social worker.",
        "Está de vacaciones.",
        "Está de 5 meses sin cobrar.",
        "Ficou 3 meses sem receber.",
    ],
)
def test_no_pregnancy_from_expecting_or_months_about_something_else(text):
    assert "household.pregnant" not in facts(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Fwd: referral - Ms. Adaeze N. (29, Nigeria)", 29),
        ("Referral: Joy (31, Ghanaian), needs a bed.", 31),
        ("Derivación: Rosa (45, boliviana), sin papeles.", 45),
        ("Orientation : Awa (22, sénégalaise).", 22),
    ],
)
def test_an_age_opening_a_bracketed_description(text, age):
    assert facts(text)["person.age"] == age


@pytest.mark.parametrize("text", ["Shift report (12, 14 March).", "Rooms (12, 14) are full."])
def test_numbers_in_brackets_with_no_description_are_no_age(text):
    assert "person.age" not in facts(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Client: Mariam, 19", 19),
        ("Client: Amina R., 27. Speaks Tigrinya only.", 27),
        ("Usuaria: Rosa Q., 34.", 34),
        ("Sujet : Fatou K., 22", 22),
        ("Utente: Ana M., 41.", 41),
    ],
)
def test_a_bare_number_right_after_her_name_is_her_age(text, age):
    assert extract(text).values.get("person.age") == age


@pytest.mark.parametrize(
    "text",
    [
        "Client: Mariam. Her son Ali, 7.",  # someone else's name
        "Client: Mariam, 2 children.",  # a count, not alone
        "Client: Mariam, room 12.",
        "Client: Mariam, 14 or 15.",  # a range
    ],
)
def test_a_number_near_her_name_that_is_not_her_age(text):
    assert "person.age" not in extract(text).values


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Name: Amina R. Age: 27 Sex: F Nationality: Eritrean", "Amina R.", 27),
        ("Nombre: Rosa Q. Edad: 34 Sexo: F", "Rosa Q.", 34),
        ("Nom : Fatou K. Âge : 22 ans Nationalité : ivoirienne", "Fatou K.", 22),
        ("Nome: Ana M.  Idade: 41  Sexo: F", "Ana M.", 41),
    ],
)
def test_several_fields_pasted_on_one_line_are_read_each_on_its_own(text, name, age):
    """A value ends where the next label starts: never "Amina R. Age" as her name."""
    values = extract(text).values
    assert values["person.name"] == name and values["person.age"] == age


def test_a_colon_inside_a_sentence_or_a_time_breaks_nothing():
    from caseassist.intake import fields

    for text in ("She said: Age: unknown", "Note: asked about her age: 27", "Seen at: 10:30"):
        assert fields.split_inline_labels(text) == text
    assert fields.split_inline_labels("Time: 10:30 Name: Ana") == "Time: 10:30\nName: Ana"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Nurse note: 41 y/o female, Filipino.", 41),
        ("Police report: woman, 28, from Moldova.", 28),
        ("Nota de enfermería: mujer de 41 años, filipina.", 41),
        ("Rapport de police : femme de 28 ans, moldave.", 28),
        ("Nota de enfermagem: mulher de 41 anos, filipina.", 41),
        ("Referral (school counsellor): student, 16, girl, from Eritrea.", 16),
    ],
)
def test_a_heading_names_the_writer_not_the_person_described(text, age):
    assert extract(text).values.get("person.age") == age


def test_a_person_named_as_a_label_is_still_that_person():
    assert "person.age" not in extract("Her sister: 34, lives in Lyon.").values
