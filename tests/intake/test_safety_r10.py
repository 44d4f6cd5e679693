"""Safety facts in notes, round 10: each mechanism in several shapes and in en, es, fr, pt,
with as many readings that must not be made as readings that must. Every sentence here is
invented for the test."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from caseassist.intake.read.segment import clauses
from tests.intake.reading import DANGER, KNOWS, POLICE, reads

# ------------------------------------------- "más" / "mais" after a wish verb is "more"


@pytest.mark.parametrize(
    "text",
    [
        "Ahora dice que no quiere más contacto con la policía.",
        "Ya no quiere más contacto con la policía",
        "Denunció en marzo, pero ahora no quiere más contacto con la policía.",
        "Ela não quer mais falar com a polícia.",
        "Já fez queixa em março, mas agora não quer mais contacto com a polícia.",
        "nao quer mais contato com a policia, diz ela",
    ],
)
def test_no_more_police_is_a_no(text):
    assert reads(text, POLICE) == "no"


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("ela quer mas tem medo", 2),  # Portuguese "mas": but
        ("elle veut mais elle a peur", 2),  # French "mais": but
        ("quiere trabajar pero tiene miedo", 2),
        ("no quiere mas contacto con la policia", 1),
        ("ela nao quer mais contato com a policia", 1),
        ("she wants more help but not the police", 2),
    ],
)
def test_more_after_a_wish_verb_is_no_clause_break(sentence, parts):
    assert len(clauses(sentence)) == parts


# --------------------------------------- not deciding about the police is undecided


@pytest.mark.parametrize(
    "text",
    [
        "Pt says she would rather not decide about police for now.",
        "She has not decided on the police yet.",
        "She hasn't made a decision about the police.",
        "No ha decidido nada sobre la denuncia.",
        "Prefiere no decidir todavía respecto a la policía.",
        "Elle n'a pas encore décidé pour la plainte.",
        "Elle ne veut pas trancher sur la plainte pour l'instant.",
        "Ainda não decidiu quanto à queixa.",
        "Prefere não decidir nada sobre a polícia por agora.",
    ],
)
def test_a_decision_not_made_about_the_police_is_undecided(text):
    assert reads(text, POLICE) == "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "She decided about the police: she wants to report.",
        "Ella decidió sobre la denuncia: quiere ponerla.",
        "Elle a décidé pour la plainte : elle veut la déposer.",
        "She has not decided about the housing, and she does not want the police.",
        "Ela não decidiu sobre o trabalho, mas não quer a polícia.",
    ],
)
def test_a_decision_made_or_about_something_else_is_not_undecided(text):
    assert reads(text, POLICE) != "undecided"


# ---------------------------------------------- a wish that someone calls the police


@pytest.mark.parametrize(
    "text",
    [
        "Elle veut qu'on appelle la police.",
        "elle veut qu'on prévienne la police, elle a dit oui tout de suite",
        "Elle souhaite qu'on contacte la gendarmerie.",
        "Elle veut que nous appelions la police.",
    ],
)
def test_her_wish_that_we_call_the_police_is_a_yes(text):
    assert reads(text, POLICE) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Elle ne veut pas qu'on appelle la police.",
        "Elle refuse qu'on prévienne la police.",
    ],
)
def test_her_wish_that_we_do_not_call_the_police_is_a_no(text):
    assert reads(text, POLICE) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Sa sœur veut qu'on appelle la police.",
        "L'éducatrice veut qu'on prévienne la police.",
        "Si elle veut qu'on appelle la police, nous le ferons.",
    ],
)
def test_someone_elses_wish_or_a_condition_is_not_hers(text):
    assert reads(text, POLICE) not in ("yes", "no")


# ------------------------------------------ a report she made, told in her own words


@pytest.mark.parametrize(
    "text",
    [
        "Usuaria: ya puse la denuncia el martes, tengo el numero de caso",
        "Usuaria: ya hice la denuncia en la comisaría.",
        "Client: I already made a statement to the police.",
        "Caller: I filed my police report last week.",
        "Cliente : j'ai déjà porté plainte.",
        "Utente: já fiz queixa na polícia.",
        "Utente: denunciei o patrão no mês passado.",
    ],
)
def test_a_report_she_made_in_her_own_turn_is_a_yes(text):
    assert reads(text, POLICE) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "I filed a police report yesterday about her case.",
        "Yo puse la denuncia por ella ayer.",
        "J'ai porté plainte pour elle hier.",
        "Eu fiz queixa à polícia por ela.",
    ],
)
def test_a_report_the_writer_made_is_only_offered(text):
    assert reads(text, POLICE) in ("possible", None)


@pytest.mark.parametrize(
    "text",
    [
        "Usuaria: ya puse la denuncia en marzo, pero ahora no quiero saber nada de la policía.",
        "Cliente : j'ai porté plainte l'an dernier, mais je ne veux plus de police.",
    ],
)
def test_a_past_report_against_a_refusal_now_is_a_no(text):
    assert reads(text, POLICE) == "no"


# ------------------------------------------- a second side that is only her doubt


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("El patrón no sabe dónde está, pero no está segura.", KNOWS, "unsure"),
        ("The trafficker does not know where she is, but she is not sure.", KNOWS, "unsure"),
        ("Le patron ne sait pas où elle est, mais elle n'en est pas sûre.", KNOWS, "unsure"),
        ("O patrão não sabe onde ela está, mas não tem certeza.", KNOWS, "unsure"),
        ("No quiere denunciar, pero no está segura.", POLICE, "undecided"),
        ("She does not want the police, but she is not sure.", POLICE, "undecided"),
    ],
)
def test_a_statement_then_but_not_sure_is_the_unsure_value(text, fact, value):
    assert reads(text, fact) == value


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The trafficker does not know where she is, but she is scared.", KNOWS),
        ("El patrón no sabe dónde está, pero ella tiene mucho miedo.", KNOWS),
        ("Le patron ne sait pas où elle est, mais il connaît sa sœur.", KNOWS),
        ("Não quer fazer queixa, mas quer um advogado.", POLICE),
        (
            "She does not want the police, but she is not sure whether her passport is at the farm.",
            POLICE,
        ),
    ],
)
def test_a_second_side_that_says_more_than_a_doubt_is_not_unsure(text, fact):
    assert reads(text, fact) not in ("unsure", "undecided")


# -------------------------------- her wish put off in reply to someone else's proposal


@pytest.mark.parametrize(
    "text",
    [
        "Yo le dije q fuera a la policia pero ella dice q no sabe todavia, lo va a pensar",
        "La tía quiere que ponga la denuncia hoy mismo; la paciente dice que todavía no lo ha decidido.",
        "We suggested a police report. She will think about it.",
        "Je lui ai proposé de porter plainte, elle va y réfléchir.",
        "Sugerimos fazer queixa; ela vai pensar.",
        "Le preguntamos si quiere denunciar. Dice que lo tiene que pensar.",
    ],
)
def test_a_deferral_answering_a_police_proposal_is_undecided(text):
    assert reads(text, POLICE) == "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "La policía vino ayer; ella está pensando en volver a Perú.",
        "Le sugerimos un abogado. Lo va a pensar.",
        "She will think about it.",
        "she wants help but NOT police rigth now, maybe later.",
        "No quiere denunciar por ahora, a lo mejor más adelante.",
        "Elle a porté plainte hier. Elle va réfléchir à son retour.",
        "Sugerimos um curso de português; ela vai pensar. Já fez queixa na polícia em maio.",
        "We suggested a police report and she agreed to make one. She will think about housing.",
    ],
)
def test_a_deferral_about_something_else_is_not_undecided_police(text):
    assert reads(text, POLICE) != "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "Polícia: não sabe ainda, vai pensar.",
        "Police - she will think about it.",
        "Sobre la policía, lo va a pensar.",
        "Plainte : elle va y réfléchir.",
    ],
)
def test_a_deferral_after_the_police_as_topic_is_undecided(text):
    assert reads(text, POLICE) == "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "Housing: she will think about it. The police came yesterday.",
        "Vivienda: lo va a pensar. La policía la trajo.",
        "Logement : elle va y réfléchir. La police l'a déposée ici.",
        "Casa: vai pensar. A polícia trouxe-a.",
        "The police came yesterday. Housing: she will think about it.",
        "La policía la trajo ayer. Vivienda: lo va a pensar.",
    ],
)
def test_a_deferral_after_another_topic_is_not_about_the_police(text):
    assert reads(text, POLICE) != "undecided"


# ------------------------------------------ safe in a place a pronoun takes up: offered


@pytest.mark.parametrize(
    "text",
    [
        "Tonight she's staying with a family from church, ahí está segura por ahora.",
        "She sleeps at her cousin's tonight and she is safe there.",
        "Il dort ce soir chez un ami, où il est en sécurité.",
        "Chez sa copine Inès. Elle dit qu'elle y est en sécurité.",
        "Hoje fica cá em casa comigo. Aqui está segura.",
        "Hoje dorme no albergue municipal, está seguro lá.",
    ],
)
def test_safe_in_a_place_taken_up_by_a_pronoun_is_only_offered(text):
    assert reads(text, DANGER) == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "She is safe now.",
        "Dice que ahora mismo se siente segura.",
        "Elle dit qu'elle est en sécurité maintenant.",
        "Diz que está segura.",
        "She says she is not in danger there.",
        "No está en peligro.",
    ],
)
def test_safe_said_plainly_is_still_not_in_danger(text):
    assert reads(text, DANGER) is False


@pytest.mark.parametrize(
    "text",
    [
        "I feel safe here.",
        "Me siento segura aquí.",
        "Ici je suis en sécurité.",
        "Aqui estou segura.",
    ],
)
def test_in_her_own_answer_safe_here_is_where_she_is_now(text):
    assert extract(text, answer=True).values.get(DANGER) is False


# ------------------------------------ the police as a topic she would not discuss


@pytest.mark.parametrize(
    "text",
    [
        "Did not want to talk abt police. Gave him our card.",
        "She did not want to talk about the police tonight.",
        "No quiso hablar de la policía.",
        "Elle n'a pas voulu parler de la police.",
        "Não quis falar sobre a polícia.",
    ],
)
def test_not_wanting_to_discuss_the_police_is_no_refusal(text):
    assert reads(text, POLICE) is None


@pytest.mark.parametrize(
    "text",
    [
        "She does not want to talk to the police.",
        "No quiere hablar con la policía.",
        "Elle ne veut pas parler aux policiers.",
        "Recusou-se a falar com a polícia.",
        "Se niega a denunciar.",
    ],
)
def test_not_wanting_to_talk_to_the_police_is_still_a_no(text):
    assert reads(text, POLICE) == "no"


# ------------------------------- someone of theirs at her door now; "son" as a possessive


@pytest.mark.parametrize(
    "text",
    [
        "The trafficker is outside in the car.",
        "Her boss is downstairs right now.",
        "El tratante está en la puerta del piso.",
        "El patrón está afuera en el carro.",
        "Le patron est devant la porte en ce moment.",
        "O patrão está lá fora no carro.",
        "L'homme a son téléphone et sait où elle dort.",
        "Le patron a son passeport et sait où elle dort.",
    ],
)
def test_someone_of_theirs_at_her_place_now_knows_where_she_is(text):
    assert reads(text, KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She is outside in the car.",
        "Her sister is outside in the car.",
        "The police are outside.",
        "The boss was outside the farm every day.",
        "Ella está en la puerta.",
        "Su hermana está afuera en el carro.",
        "Sa sœur a son adresse et sait où elle dort.",
        "Her son has her phone and knows where she sleeps.",
    ],
)
def test_herself_her_family_or_a_past_place_says_nothing_of_who_knows(text):
    assert reads(text, KNOWS) != "yes"


# --------------------------------- medication and pregnancy in a clinician's shorthand

MEDS = "medical.needs_medication"
PREGNANT = "household.pregnant"


@pytest.mark.parametrize(
    "text",
    [
        "Rx: cephalexin 500mg QID x7d - pt MUST continue abx after d/c.",
        "Pt must continue abx for 5 more days.",
        "Debe continuar la azitromicina en casa.",
        "TTT : fer + acide folique, à poursuivre.",
        "Doit poursuivre la ciprofloxacine 7 jours.",
        "Tem de continuar a tomar a cefalexina.",
        "Toma sulfato ferroso e ácido fólico.",
    ],
)
def test_a_treatment_to_continue_is_a_medication_need(text):
    assert reads(text, MEDS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Sin hierro en la sangre.",
        "She has low iron.",
        "Abx were stopped last week, course finished.",
        "Her sister takes antibiotics.",
        "Le traitement antibiotique est terminé.",
        "Já terminou os antibióticos.",
    ],
)
def test_no_medicine_hers_to_continue_is_no_need(text):
    assert reads(text, MEDS) is not True


@pytest.mark.parametrize(
    "text",
    [
        "G2P1, emb. ~24 sem, sin control prenatal.",
        "embarazo ~24 sem",
        "Gravidez ~30 semanas.",
        "Pregnancy ~ 12 weeks.",
        "Grossesse ~ 22 SA, aucun suivi.",
    ],
)
def test_a_pregnancy_with_an_approximate_term_is_a_pregnancy(text):
    assert reads(text, PREGNANT) is True


@pytest.mark.parametrize(
    "text",
    [
        "G2P1, no embarazada actualmente.",
        "Emb. anterior hace 3 años, sin complicaciones.",
        "Trabajó ~24 semanas en la finca.",
        "Prueba de embarazo negativa.",
        "Her sister is ~20 weeks pregnant.",
    ],
)
def test_no_pregnancy_of_hers_now_is_not_read_as_one(text):
    assert reads(text, PREGNANT) is not True


# ------------------------------- someone of theirs who knows her school or fetches her


@pytest.mark.parametrize(
    "text",
    [
        "The salon owner holds her passport and knows she is at school today.",
        "The employer picks her up here at 4.",
        "The owner usually picks her up from school.",
        "El patrón la recoge en la escuela a las 4.",
        "Le patron vient la chercher à la sortie.",
        "O patrão vem buscá-la à escola às 16h.",
    ],
)
def test_someone_of_theirs_who_fetches_her_where_she_is_knows_it(text):
    assert reads(text, KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Her mother picks her up at 4.",
        "Sa mère vient la chercher à la sortie.",
        "We will pick her up at the station.",
        "The boss knows she is at school age.",
        "The boss came to pick her up at 4 last year when she lived there.",
        "Su madre la recoge en la escuela.",
    ],
)
def test_her_family_staff_or_a_past_pick_up_says_nothing_of_who_knows(text):
    assert reads(text, KNOWS) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "A très faim. Ne veut pas entendre parler de police.",
        "No quiere ni oír hablar de la policía.",
        "Não quer ouvir falar da polícia.",
    ],
)
def test_not_wanting_to_hear_of_the_police_is_a_refusal(text):
    assert reads(text, POLICE) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "The trafficker does not know where she is, although her cousin might tell him.",
        "El patrón no sabe dónde está, pero su primo quizás se lo diga.",
        "Le patron ne sait pas où elle est, mais sa cousine pourrait le lui dire.",
    ],
)
def test_a_second_side_naming_someone_else_is_no_doubt_of_hers(text):
    assert reads(text, KNOWS) != "unsure"
