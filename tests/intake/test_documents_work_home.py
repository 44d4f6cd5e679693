"""Documents, work, housing later, going home and family: each language rule stated in
invented sentences, in several of en/es/fr/pt and several forms (form line, transcript,
shorthand, narrative, no accents)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import clear_values as facts

DOCS = "legal.has_identity_documents"
PERMIT = "jobs.has_work_authorization"
WORK = "jobs.wants_employment"
TRAINING = "jobs.wants_training"
HOUSING = "housing.needs_long_term_housing"
HOME = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"


# ---------------------------------------------------------------- form lines and transcripts


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Return to home country: no", HOME, "no"),
        ("- Going home: yes", HOME, "yes"),
        ("Regreso a su país: sí", HOME, "yes"),
        ("Retour dans le pays : non", HOME, "no"),
        ("Regresso a casa: ainda não decidiu", HOME, "undecided"),
        ("Regresso a Angola: ainda nao decidiu", HOME, "undecided"),
        ("Contact with relatives: yes", FAMILY, True),
        ("Contacto con familiares: no", FAMILY, False),
        ("* Contato com familiares: sim", FAMILY, True),
        ("Liens familiaux : non", FAMILY, False),
        ("Seeking work: yes", WORK, True),
        ("Búsqueda de empleo: sí", WORK, True),
        ("Insertion professionnelle : oui", WORK, True),
        ("Formation professionnelle : oui", TRAINING, True),
        ("Vocational training: yes", TRAINING, True),
        ("Permanent housing: needed", HOUSING, True),
        ("Vivienda estable: sí", HOUSING, True),
        ("Identity papers: none", DOCS, False),
        ("Cédula: sí", DOCS, True),
        ("Permiso para trabajar: no", PERMIT, "no"),
    ],
)
def test_a_label_family_names_the_fact_its_value_answers(text, fact, value):
    assert facts(text)[fact] == value


@pytest.mark.parametrize(
    "text",
    [
        "Work authorization: none at present",
        "Permiso de trabajo: ninguno todavía",
        "Autorisation de travail : aucune pour le moment",
        "Autorização de trabalho: nenhuma ainda",
        "Work permit: none yet",
    ],
)
def test_none_for_now_is_a_no(text):
    assert facts(text)[PERMIT] == "no"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Staff: Does she want to go back home?\nCaller: No, never.", HOME, "no"),
        ("Refuge : Et pour rentrer au Mali ?\nSS : Elle ne sait pas encore.", HOME, "undecided"),
        ("¿Quiere regresar a su país?\nMadre: sí, cuanto antes.", HOME, "yes"),
        ("Técnica: E o regresso?\nUtente: não sabe ainda.", HOME, "undecided"),
        ("Q: Would she like us to contact her family?\nA: yes please", FAMILY, True),
        ("Intake: ¿Quiere que contactemos a su familia?\nUsuaria: Sí, a su hermana.", FAMILY, True),
        ("Accueil : On peut contacter sa famille ?\nTS : non, surtout pas.", FAMILY, False),
    ],
)
def test_a_reply_in_a_transcript_answers_the_question_about_home_or_family(text, fact, value):
    assert facts(text)[fact] == value


def test_a_question_about_tonight_is_not_about_going_home():
    assert HOME not in facts("Staff: Can she go home tonight?\nCaller: No.")


# ---------------------------------------------------------------- going home


@pytest.mark.parametrize(
    "text",
    [
        "He wants to get back to his brother in Brno.",
        "Quiere regresar a Cobán con su familia.",
        "Quer voltar para o Uige assim que puder.",
        "quer voltar pra Mutare, para casa da avó",
        "Elle voudrait rentrer à Dakar.",
        "client hopes to go back to Mindanao soon",
    ],
)
def test_a_wish_to_go_back_to_a_place_named_with_a_capital(text):
    assert facts(text)[HOME] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She does not want to go back to Houston.",  # where she was held, perhaps
        "QUER VOLTAR PARA O ESTUDO",  # all capitals: no name to tell
        "She wants to go back to work to help her family.",
        "Quiere volver a trabajar para ayudar a su familia.",
        "Elle ne veut pas retourner dans sa famille qui a organisé le mariage.",
    ],
)
def test_no_named_place_or_people_no_wish_to_go_home(text):
    assert HOME not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "She would like to return to her parents.",
        "Ela quer voltar para junto da mãe.",
        "Il voudrait retourner auprès de sa mère.",
        "Desea regresar con sus hijos.",
    ],
)
def test_a_wish_to_go_back_to_her_people_is_going_home(text):
    assert facts(text)[HOME] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Quiere quedarse en MX, no volver a HN.",
        "Ella dice que quiere quedarse aquí, no volver.",
        "She wants to stay in Canada and not go home.",
        "Elle veut rester en France et ne pas rentrer au pays.",
        "Quer ficar em Lisboa, não voltar para Angola.",
    ],
)
def test_not_going_back_after_a_wish_to_stay_is_a_no(text):
    assert facts(text)[HOME] == "no"


@pytest.mark.parametrize(
    "text",
    ["Ha trabajado 3 años, no volver a esa casa.", "Surtout ne pas retourner chez le patron."],
)
def test_not_going_back_to_the_place_she_left_is_not_about_home(text):
    assert HOME not in facts(text)


def test_not_going_back_with_no_wish_in_the_sentence_is_only_offered():
    got = extract("no volver.")
    assert HOME not in got.values
    assert got.offered()[HOME] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Manifestou claramente o desejo de regressar ao Brasil assim que possível.",
        "Expresa su deseo de volver a Honduras.",
        "Elle a exprimé le désir de rentrer au Cameroun.",
        "She expressed a strong wish to return to Ghana.",
    ],
)
def test_a_wish_said_as_a_noun_is_a_wish(text):
    assert facts(text)[HOME] == "yes"


# ---------------------------------------------------------------- housing later


@pytest.mark.parametrize(
    "text",
    [
        "Manifesta vontade de ter casa própria a longo prazo.",
        "En una pensión, se le acaba el dinero el lunes. Necesita algo estable.",
        "She needs something stable, her program ends Friday.",
        "Elle a besoin de quelque chose de stable.",
        "Precisa de algo estável para ela e o filho.",
        "Sueña con un hogar propio.",
    ],
)
def test_a_wish_for_a_home_that_lasts(text):
    assert facts(text)[HOUSING] is True


def test_something_to_eat_is_no_housing():
    assert HOUSING not in facts("Needs something to eat.")


@pytest.mark.parametrize(
    "text",
    [
        "Ya tiene vivienda con su hija.",
        "She already has an apartment through her cousin.",
        "Elle a déjà un logement chez sa tante.",
        "Já tem casa em Benguela, com a irmã.",
    ],
)
def test_a_home_already_hers_needs_no_housing_later(text):
    assert facts(text)[HOUSING] is False


@pytest.mark.parametrize(
    "text",
    ["She already has a place to stay tonight.", "Ya tiene casa pero necesita vivienda estable."],
)
def test_a_bed_tonight_or_a_need_beside_it_is_not_a_home_already_hers(text):
    assert facts(text).get(HOUSING) is not False


# ---------------------------------------------------------------- documents


@pytest.mark.parametrize(
    "text",
    [
        "She has never had an ID.",
        "Nunca ha tenido documentos.",
        "Elle n'a jamais eu de pièce d'identité.",
        "Ela nunca teve documentos.",
        "- never had a passport of his own",
    ],
)
def test_never_having_had_a_document_is_none_now(text):
    assert facts(text)[DOCS] is False


@pytest.mark.parametrize(
    "text",
    [
        "Concern: not allowed to keep her residence card",
        "No le dejan tener su pasaporte.",
        "Il n'a pas le droit de garder ses papiers.",
        "Não a deixam ficar com o passaporte.",
    ],
)
def test_a_document_kept_from_her_is_none(text):
    assert facts(text)[DOCS] is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Elle dit qu'il garde son passeport.", False),
        ("Elle dit quun homme la fait venir pour travailler et quil garde son passeport.", False),
        ("Le patron qui garde ses papiers est parti.", False),
        ("Elle garde son passeport sur elle.", True),
    ],
)
def test_keeping_a_passport_is_hers_only_when_she_keeps_it(text, value):
    assert facts(text)[DOCS] is value


@pytest.mark.parametrize(
    "text",
    [
        "Je n'ai pas de papiers pour rester.",
        "Ella no tiene papeles para trabajar.",
        "Não tem documentos para ficar.",
        "He has his passport, but it is locked in the owner's office.",
        "Tiene su pasaporte pero está bajo llave en la oficina del patrón.",
    ],
)
def test_papers_for_a_status_or_locked_away_say_nothing(text):
    # (papers not carried, "pas de papiers sur elle", are none since stop 42:
    # tests/intake/test_documents_s42.py)
    assert DOCS not in facts(text)


def test_a_purpose_elsewhere_in_the_sentence_does_not_cancel_the_held_passport():
    assert facts("She came to work here, they took her passport.")[DOCS] is False


# ---------------------------------------------------------------- family


@pytest.mark.parametrize(
    "text",
    [
        "She asked that her sister be told she is safe.",
        "Quiere que su madre sepa que está bien.",
        "Elle demande que sa mère soit prévenue.",
        "Pede que a irmã seja avisada.",
        "Pidió que avisáramos a su hermana.",
        "Pediu que liguemos para a mãe dela.",
    ],
)
def test_a_relative_she_asks_to_be_told_of_her_is_a_wish_for_contact(text):
    assert facts(text)[FAMILY] is True


@pytest.mark.parametrize(
    "text",
    [
        "Elle ne veut pas retourner dans sa famille qui l'a vendue, et elle ne veut pas "
        "non plus qu'on les contacte.",
        "Ella no quiere volver con su familia ni que los contacten.",
        "Her parents sold her; she does not want them contacted.",
        "Não quer que a família saiba que está aqui.",
        "A família vendeu-a, não quer que os contactem.",
    ],
)
def test_not_wanting_the_family_contacted_by_others_is_a_no(text):
    assert facts(text)[FAMILY] is False


def test_someone_else_told_is_not_family_contact():
    assert FAMILY not in facts("Elle voudrait que la police sache que son patron la frappe.")


# ---------------------------------------------------------------- work


@pytest.mark.parametrize(
    "text",
    [
        "She is keen to start earning.",
        "Open to work, any shift.",
        "Keen to find employment.",
        "Her priority is finding work.",
        "Su prioridad es encontrar trabajo.",
        "Sa priorité est de trouver un emploi.",
        "Necesita ingresos.",
        "Elle a besoin de revenus.",
        "Precisa de rendimento.",
    ],
)
def test_a_wish_for_an_income_or_work_put_as_a_priority_is_a_wish_for_work(text):
    assert facts(text)[WORK] is True


@pytest.mark.parametrize(
    "text",
    [
        "The boss made her send money home every week.",
        "Elle envoyait de l'argent à sa famille.",
        "She is open to counselling.",
    ],
)
def test_money_sent_before_or_an_openness_to_something_else_is_no_wish_for_work(text):
    assert WORK not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "No tiene papeles para trabajar.",
        "Has no papers to work.",
        "Sem papéis para trabalhar.",
        "Can she work legally? No.",
        "Se le informó que puede solicitar autorización de trabajo, pero aún no la tiene.",
        "She can apply for a work permit but does not have it yet.",
        "Elle peut demander une autorisation de travail mais ne l'a pas encore.",
        "Pode pedir autorização de trabalho, mas ainda não a tem.",
    ],
)
def test_no_papers_to_work_or_a_permit_not_had_yet_is_no_permit(text):
    assert facts(text)[PERMIT] == "no"


@pytest.mark.parametrize("text", ["El pasaporte no lo tiene.", "No lo tiene claro."])
def test_not_having_it_with_no_permit_named_is_not_a_permit_statement(text):
    assert PERMIT not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "She would love to hear from her mother.",
        "Quer notícias dos filhos.",
        "Would like help to trace her daughter.",
        "Family tracing requested.",
        "Solicita búsqueda de familiares.",
        "Demande une recherche familiale.",
        "Pede busca de familiares.",
        "Her mother lives in Lagos, she wants to call her.",
        "Wants to Skype her kids.",
        "Veut envoyer un message à sa sœur.",
        "Quer mandar mensagem para a irmã.",
    ],
)
def test_news_a_search_or_a_message_to_her_relatives_is_a_wish_for_contact(text):
    assert facts(text)[FAMILY] is True


@pytest.mark.parametrize(
    "text",
    [
        "She wants to call her lawyer.",
        "Would like to find work to support her family.",
        "She wants to text her friend.",
    ],
)
def test_a_lawyer_a_friend_or_work_for_the_family_is_no_family_contact(text):
    assert FAMILY not in facts(text)


def test_reaching_him_with_no_relative_named_is_only_offered():
    got = extract("She wants to see him.")
    assert FAMILY not in got.values
    assert got.offered()[FAMILY] is True


def test_a_ligature_is_written_out_as_the_word_lists_spell_it():
    assert facts("Elle voudrait parler à sa sœur.")[FAMILY] is True
    assert facts("SA SŒUR : elle voudrait l'appeler")[FAMILY] is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Elle ne veut pas retourner dans sa communauté pour le moment.", "no"),
        ("She wants to go back to her community up north.", "yes"),
        ("Quiere regresar a su comunidad.", "yes"),
        ("Quer voltar para a sua comunidade.", "yes"),
    ],
)
def test_her_community_is_home(text, value):
    assert facts(text)[HOME] == value
