"""Languages read by the kind of statement, round 7 of issue 12, in invented sentences in
en/es/fr/pt: whose language a clause names when a bracket follows another person, when a
first-person possessive ("my own Spanish") makes it the writer's, and when a part after a
comma has no subject of its own ("I speak French, not Creole"); a preference said through
a verb before the language ("prefere ser atendida em português"); names written with
apostrophes (K'iche', Q'eqchi'). Each mechanism has readings that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import OTHERS, PREF, reads, weighed
from tests.intake.reading import clear_values as _clear

# ------------------------------------ a bracket opened after another person is theirs


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        (
            "A neighbour called (she speaks English) and passed the phone to the woman, 30, who speaks Spanish.",
            "es",
        ),
        (
            "Llama una vecina (ella habla inglés) y le pasa el teléfono a la señora, que habla español.",
            "es",
        ),
        (
            "Une voisine appelle (elle parle anglais) puis passe le téléphone à la dame, qui parle espagnol.",
            "es",
        ),
        (
            "Uma vizinha ligou (ela fala inglês) e passou o telefone à senhora, que fala espanhol.",
            "es",
        ),
        (
            "Woman, 22, speaks Tagalog. She came with a man (says he is her cousin, 40, speaks English).",
            "tl",
        ),
        (
            "Mujer de 22 años, habla tagalo. Vino con un hombre (dice que es su primo, 40 años, habla inglés).",
            "tl",
        ),
        ("Trabajador de 58 años, habla español (el capitán solo habla inglés).", "es"),
        (
            "Un trabajador, nacional de Nicaragua, que habla español (el capitán solo habla inglés).",
            "es",
        ),
        (
            "Femme de 31 ans, parle tamoul. Son employeur (il parle seulement anglais) a gardé son passeport.",
            "ta",
        ),
        (
            "Mulher de 29 anos, fala tétum. O patrão (ele só fala inglês) ficou com o passaporte.",
            "tet",
        ),
    ],
)
def test_a_pronoun_in_a_bracket_after_another_person_is_that_person(text, hers):
    got = _clear(text)
    assert got.get(PREF) == hers
    assert "en" not in (got.get(OTHERS) or [])
    assert extract(text).possible.get(PREF) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Woman, 30, from Honduras (speaks Spanish).", "es"),
        ("Mujer de 30 años, de Honduras (habla español).", "es"),
        ("Femme de 30 ans, du Honduras (parle espagnol).", "es"),
        ("Mulher de 30 anos, das Honduras (fala espanhol).", "es"),
        ("A neighbour called (the woman speaks only Spanish).", "es"),
        ("Llamó una vecina (la señora solo habla español).", "es"),
        ("Une voisine a appelé (la dame parle seulement espagnol).", "es"),
        ("Ligou uma vizinha (a senhora só fala espanhol).", "es"),
    ],
)
def test_a_bracket_after_her_or_naming_her_is_hers(text, hers):
    assert _clear(text).get(PREF) == hers


# ------------------------------------------ a first-person possessive: the writer's


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, speaks Tigrinya. My own Arabic is poor, so we used a phone interpreter.",
        "Woman, 30, speaks Tigrinya. My Arabic is good but hers is not.",
        "Mujer de 30 años, habla tigriña. Mi árabe no es bueno.",
        "Mujer de 30 años, habla tigriña. Usé el intérprete telefónico, mi propio árabe no alcanza.",
        "Femme de 30 ans, parle tigrigna. Mon arabe est limité.",
        "Femme de 30 ans, parle tigrigna. Notre arabe est limité, on a appelé un interprète.",
        "Mulher de 30 anos, fala tigrínia. O meu árabe é fraco.",
        "Mulher de 30 anos, fala tigrínia. Meu árabe não chega.",
    ],
)
def test_the_writers_own_language_is_not_hers(text):
    got = _clear(text)
    assert got.get(PREF) == "ti"
    assert "ar" not in (got.get(OTHERS) or [])
    assert "ar" not in (extract(text).possible.get(OTHERS) or [])


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, speaks Tigrinya. Her Arabic is fluent.",
        "Mujer de 30 años, habla tigriña. Su árabe es fluido.",
        "Femme de 30 ans, parle tigrigna. Son arabe est courant.",
        "Mulher de 30 anos, fala tigrínia. O árabe dela é fluente.",
    ],
)
def test_her_possessive_still_names_her_language(text):
    got = weighed(text)
    assert got.get(PREF) == "ti" and got.get(OTHERS) == ["ar"]


@pytest.mark.parametrize(
    "text",
    [
        "I speak Tigrinya. My Arabic is fluent.",
        "Hablo tigriña. Mi árabe es fluido.",
        "Je parle tigrigna. Mon arabe est courant.",
        "Falo tigrínia. O meu árabe é fluente.",
    ],
)
def test_in_her_own_answer_my_language_is_hers(text):
    got = weighed(text, answer=True)
    assert got.get(PREF) == "ti" and got.get(OTHERS) == ["ar"]


# ---------------------- a part after a comma with no subject goes on with the one before


@pytest.mark.parametrize(
    "text",
    [
        "A Haitian man, 58, speaks only Creole. I speak French and English, not Creole.",
        "Un monsieur haïtien, 58 ans, il parle seulement créole. Moi je parle français et anglais, pas créole.",
        "Un señor haitiano, 58 años, solo habla criollo. Yo hablo español e inglés, no criollo.",
        "Um senhor haitiano, 58 anos, só fala crioulo haitiano. Eu falo português e inglês, não crioulo haitiano.",
    ],
)
def test_a_denial_after_the_writers_list_is_the_writers(text):
    assert _clear(text).get(PREF) == "ht"


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Woman, 30, speaks Tigrinya. Her husband speaks Arabic, not Tigrinya.", "ti"),
        ("Mujer, 30, habla tigriña. Su marido habla árabe, no tigriña.", "ti"),
        ("Femme, 30 ans, parle tigrigna. Son mari parle arabe, pas tigrigna.", "ti"),
        ("Mulher, 30 anos, fala tigrínia. O marido fala árabe, não tigrínia.", "ti"),
    ],
)
def test_a_denial_after_another_persons_list_is_theirs(text, hers):
    assert _clear(text).get(PREF) == hers


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, speaks Tigrinya and English, not Arabic.",
        "Mujer, 30, habla tigriña e inglés, no árabe.",
        "Femme, 30 ans, parle tigrigna et anglais, pas arabe.",
        "Mulher, 30 anos, fala tigrínia e inglês, não árabe.",
    ],
)
def test_a_denial_after_her_own_list_is_still_hers(text):
    got = extract(text)
    assert "ar" not in (got.values.get(OTHERS) or []) + (got.possible.get(OTHERS) or [])
    assert got.values.get(PREF) != "ar" and got.possible.get(PREF) != "ar"
    assert "en" in (got.values.get(OTHERS) or []) + (got.possible.get(OTHERS) or [])


# ----------------------------------- a preference said through a verb before the language


@pytest.mark.parametrize(
    ("text", "pref", "other"),
    [
        ("Speaks Portuguese and Emakhuwa; prefers to be seen in Portuguese.", "pt", "vmw"),
        ("She speaks Dari and Pashto and prefers to talk in Pashto.", "ps", "prs"),
        ("Habla quechua y español; prefiere que le hablen en quechua.", "qu", "es"),
        ("Habla árabe y francés, prefiere ser atendida en francés.", "fr", "ar"),
        ("Parle arabe et français ; préfère être reçue en arabe.", "ar", "fr"),
        ("Elle parle lingala et français et préfère s'entretenir en lingala.", "ln", "fr"),
        ("Fala português e emakhuwa; prefere ser atendida em português.", "pt", "vmw"),
        ("Fala crioulo e português e prefere conversar em português.", "pt", "crp"),
    ],
)
def test_a_preference_verb_before_in_names_the_preferred_language(text, pref, other):
    got = extract(text)
    assert got.values.get(PREF) == pref
    assert other in (got.values.get(OTHERS) or []) + (got.possible.get(OTHERS) or [])


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Portuguese and Emakhuwa; prefers not to be seen in Portuguese.",
        "Speaks Dari and Pashto. She prefers to stay in a shelter in the city.",
        "Habla quechua y español; prefiere no ser atendida en quechua.",
        "Habla quechua y español. Prefiere quedarse en casa de una amiga.",
        "Parle arabe et français ; préfère ne pas être reçue en arabe.",
        "Parle arabe et français. Elle préfère dormir chez sa cousine en banlieue.",
        "Fala português e emakhuwa; prefere não ser atendida em português.",
        "Fala português e emakhuwa. Prefere ficar em casa da amiga.",
    ],
)
def test_a_preference_verb_that_is_denied_or_names_no_language_prefers_none(text):
    assert reads(text, PREF) in ("possible", None)
    assert not extract(text).values.get(OTHERS)


# --------------------------------------- names written with apostrophes, "(pref)" shorthand


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        ("34F, GT, K'iche' (pref), no EN.", "quc"),
        ("W/I 07:40. 40F, Guatemala, Q'eqchi' only.", "kek"),
        ("Mujer guatemalteca de 40 años, habla q'eqchi'.", "kek"),
        ("Femme guatémaltèque, 40 ans, parle k'iche'.", "quc"),
        ("Mulher guatemalteca, 40 anos, fala k'iche'.", "quc"),
        ("Woman, 30, Tigrinya (pref), some Arabic.", "ti"),
    ],
)
def test_a_name_with_apostrophes_is_read_and_pref_marks_the_main_one(text, pref):
    assert _clear(text).get(PREF) == pref


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, Tigrinya, Arabic (pref name: Amal).",
        "Woman, 30. Pref. contact by phone. Speaks Tigrinya and Arabic.",
    ],
)
def test_pref_not_beside_a_language_marks_none(text):
    assert reads(text, PREF) in ("possible", None)


# ------------------------------------------- a language verb with its level built in


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 28, Eritrean. Speaks Tigrinya and has a smattering of English.",
        "Mujer, 28, eritrea. Habla tigriña; chapurrea inglés.",
        "Mujer, 28, eritrea. Domina el tigriña y chapurrea algo de inglés.",
        "Femme, 28 ans, érythréenne. Parle tigrigna, baragouine l'anglais.",
        "Femme, 28 ans, érythréenne. Maîtrise le tigrigna, quelques mots d'anglais.",
        "Mulher, 28 anos, eritreia. Fala tigrínia, arranha o inglês.",
        "Mulher, 28 anos, eritreia. Domina o tigrínia, percebe algum inglês.",
        "Femme, 28 ans, érythréenne. Sa maîtrise de l'anglais est faible, elle parle tigrigna.",
    ],
)
def test_a_verb_of_little_skill_offers_the_language_and_mastery_keeps_hers(text):
    got = extract(text)
    assert got.values.get(PREF) == "ti"
    assert "en" not in (got.values.get(OTHERS) or [])
    assert got.possible.get(OTHERS) == ["en"]


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 28, Eritrean. Masters English, speaks Tigrinya at home.",
        "Mujer, 28, eritrea. Domina el inglés y habla tigriña en casa.",
        "Femme, 28 ans, érythréenne. Maîtrise l'anglais et parle tigrigna à la maison.",
        "Mulher, 28 anos, eritreia. Domina o inglês e fala tigrínia em casa.",
    ],
)
def test_mastery_is_spoken_well_not_preferred(text):
    got = _clear(text)
    assert got.get(PREF) == "ti" and got.get(OTHERS) == ["en"]


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 28. The trafficker masters every detail. Speaks Tigrinya.",
        "Mujer, 28. El tratante la domina por completo. Habla tigriña.",
        "Femme, 28 ans. Il maîtrise tout chez elle. Parle tigrigna.",
        "Mulher, 28 anos. O patrão domina a casa toda. Fala tigrínia.",
    ],
)
def test_a_mastery_verb_without_a_language_names_none(text):
    got = _clear(text)
    assert got.get(PREF) == "ti" and not got.get(OTHERS)


# ------------------------------------ people in general: "everyone", the impersonal "se"


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 34, from the Philippines, speaks Tagalog. On the boat everyone spoke English.",
        "Woman, 34, speaks Tagalog. Nobody on the farm spoke Tagalog, only English.",
        "Mujer de 34 años, filipina, habla tagalo. En el barco solo se hablaba inglés.",
        "Mujer de 34 años, filipina, habla tagalo. En la finca todo el mundo hablaba inglés.",
        "Femme de 34 ans, philippine, parle tagalog. Sur le bateau tout le monde parlait anglais.",
        "Femme de 34 ans, philippine, parle tagalog. Au travail, les autres parlaient anglais.",
        "Mulher de 34 anos, filipina, fala tagalo. No barco só se falava inglês.",
        "Mulher de 34 anos, filipina, fala tagalo. No barco todos falavam inglês.",
        "Mulher de 34 anos, filipina, fala tagalo. No barco se falava inglês.",
    ],
)
def test_a_language_everyone_spoke_is_not_hers(text):
    got = extract(text)
    assert got.values.get(PREF) == "tl"
    assert "en" not in (got.values.get(OTHERS) or []) + (got.possible.get(OTHERS) or [])


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        ("Woman, 34. She speaks Tagalog; everyone says her English is good too.", "tl"),
        ("Mujer de 34 años. Se comunica en tagalo y se defiende en inglés.", "tl"),
        ("Femme de 34 ans. La personne parle tagalog.", "tl"),
        ("Mulher de 34 anos. Comunica-se em tagalo e se vira em inglês.", "tl"),
        ("Mulher de 34 anos. Sente-se mais à vontade em tagalo.", "tl"),
        ("Mujer de 34 años. Se siente más cómoda en tagalo.", "tl"),
    ],
)
def test_her_own_reflexive_verbs_and_person_words_stay_hers(text, pref):
    assert weighed(text).get(PREF) == pref


# ------------------------- people who exploit her, named by words the roles lists lack


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 25, speaks Tamil. The crew boss only spoke English.",
        "Woman, 25, speaks Tamil; the labour contractor speaks English and Hindi.",
        "Mujer de 25 años, habla tamil. La reclutadora hablaba inglés.",
        "Mujer de 25 años, habla tamil. El explotador solo habla inglés.",
        "Femme de 25 ans, parle tamoul. Son employeuse lui parlait uniquement en anglais.",
        "Femme de 25 ans, parle tamoul. La recruteuse parlait anglais.",
        "Mulher de 25 anos, fala tâmil. O cafetão falava inglês.",
        "Mulher de 25 anos, fala tâmil. A agenciadora só falava inglês.",
    ],
)
def test_an_exploiters_language_is_not_hers(text):
    got = extract(text)
    assert got.values.get(PREF) == "ta"
    assert "en" not in (got.values.get(OTHERS) or []) + (got.possible.get(OTHERS) or [])


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        ("Woman, 25, worked as a crew leader herself; she speaks Tamil.", "ta"),
        ("Mujer de 25 años, trabajaba de cocinera; habla tamil.", "ta"),
        ("Femme de 25 ans, ancienne employée de maison, parle tamoul.", "ta"),
        ("Mulher de 25 anos, foi cozinheira; fala tâmil.", "ta"),
    ],
)
def test_her_own_work_before_her_language_leaves_it_hers(text, pref):
    assert _clear(text).get(PREF) == pref


# ------------------------- a speaker word before a service, or "nobody here speaks ..."


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        (
            "Referral from the Spanish-speaking hotline. Woman, 25, from Brazil, speaks Portuguese.",
            "pt",
        ),
        ("Note from the French-speaking team: woman, 25, speaks Lingala.", "ln"),
        ("Derivado por el equipo de habla inglesa: mujer, 25, habla portugués.", "pt"),
        ("Femme, 25 ans, parle lingala. Signalement de l'équipe anglophone.", "ln"),
        ("Femme, 25 ans, parle dari. Ici personne ne parle dari, seulement anglais.", "prs"),
        ("Mujer, 25, habla dari. Aquí nadie habla dari, solo inglés.", "prs"),
        ("Mulher, 25 anos, fala dari. Aqui ninguém fala dari, só inglês.", "prs"),
        ("Woman, 25, speaks Dari. Nobody here speaks Dari, only English.", "prs"),
    ],
)
def test_a_services_or_everyones_language_is_not_hers(text, pref):
    got = extract(text)
    assert got.values.get(PREF) == pref
    assert not set(got.values.get(OTHERS) or []) & {"en", "es", "fr"}
    assert not set(got.possible.get(OTHERS) or []) & {"en", "es", "fr"}


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        ("Woman, 25, Spanish-speaking, from Honduras.", "es"),
        ("Mujer de 25 años, hondureña, hispanohablante.", "es"),
        ("Femme de 25 ans, hispanophone, originaire du Honduras.", "es"),
        ("Mulher de 25 anos, hondurenha, hispanófona.", "es"),
    ],
)
def test_her_own_speaker_word_stays_hers(text, pref):
    assert _clear(text).get(PREF) == pref


# ------------------------------------------ names of languages CLDR spells otherwise


@pytest.mark.parametrize(
    ("text", "pref", "other"),
    [
        ("Femme de 30 ans, mexicaine, parle mixtèque et un peu d'espagnol.", "mix", "es"),
        ("Woman, 30, Sudanese, speaks Zaghawa and some Arabic.", "zag", "ar"),
        ("Mujer de 30 años, guatemalteca, habla awakateko y algo de español.", "agu", "es"),
        (
            "Mulher de 30 anos, moçambicana, fala sobretudo elomwe e um pouco de português.",
            "ngl",
            "pt",
        ),
        ("Mulher de 30 anos, moçambicana, fala xangana e algum português.", "ts", "pt"),
        ("Mujer de 30 años, mexicana, habla triqui y un poco de español.", "trs", "es"),
    ],
)
def test_a_language_named_by_a_spelling_cldr_lacks(text, pref, other):
    got = extract(text)
    assert got.values.get(PREF) == pref and got.possible.get(OTHERS) == [other]


@pytest.mark.parametrize(
    "text",
    [
        "Karen, 30, speaks Tagalog.",
        "Mujer de 30 años, con un tatuaje de tigre, habla tagalo.",
        "Femme de 30 ans, venue à Paris pour la fête, parle tagalog.",
        "Mulher de 30 anos, tem uma cena difícil em casa, fala tagalo.",
    ],
)
def test_words_that_only_look_like_language_names_name_none(text):
    got = _clear(text)
    assert got.get(PREF) == "tl" and not got.get(OTHERS)


# ------------------------- a level word before "X and Y" rates both: no preferred one


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. Fluent English and Spanish.",
        "Woman, 30. Speaks fluent English and Spanish.",
        "Mujer, 30. Habla con fluidez inglés y español.",
        "Mujer, 30. Domina el inglés y el español.",
        "Femme, 30 ans. Parle couramment arabe et français.",
        "Femme, 30 ans. Maîtrise l'arabe et le français.",
        "Mulher, 30 anos. Fala fluentemente crioulo e português.",
        "Mulher, 30 anos. Domina o crioulo e o português.",
    ],
)
def test_a_level_before_two_joined_languages_prefers_neither(text):
    assert PREF not in _clear(text)


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        ("Woman, 30. Speaks Tigrinya and fluent English.", "ti"),
        ("Mujer, 30. Habla tigriña y un inglés fluido.", "ti"),
        ("Femme, 30 ans. Parle tigrigna, et couramment l'anglais.", "ti"),
        ("Mulher, 30 anos. Fala tigrínia e um inglês fluente.", "ti"),
    ],
)
def test_a_level_on_the_second_language_alone_leaves_the_first_preferred(text, pref):
    assert weighed(text).get(PREF) == pref
