"""Her wishes, plans and needs in notes: mechanisms of round ten.

Each table reads one kind of statement in invented en/es/fr/pt sentences of several
shapes, the readings that must fire next to those that must not:

- another person marked as other ("the other woman", "the second woman", "la otra
  mujer", "la deuxième femme", "a outra mulher") is the subject of her own wish, also
  when a bracket describes her before the verb;
- a pronoun after a contacting verb takes up the police named in its sentence as well as
  a relative ("asked us not to call them yet"): nothing is read of her family;
- her family kept from knowing *where* she is ("does not want her family to know where
  she is") is only offered as no contact; kept from knowing anything stays a no;
- a course of treatment ("a course of antibiotics") and a language course alone ("curso
  de português", "English classes") are no job training;
- eating poorly for some time ("has not eaten properly in days") is only offered as
  hunger now, clear with a hunger word in the sentence; her own broken "I not eat today"
  is hunger;
- a wish or a need for help with her status ("wants a lawyer to help with her residence
  status", "pide un abogado para regularizar su situación") is an immigration concern; an
  application in course ("une demande d'asile en cours") asks for nothing;
- a work permit said to be valid is a yes, said no longer valid or no longer held a no
  ("il n'a plus d'autorisation de travail");
- a wish to stay in the country ("wants to stay in this country", "quiere quedarse en
  este país", "veut rester en France") offers no going home (staying now does not rule
  out going home one day); staying here tonight and someone else's wish say nothing;
- her asking leave to act ("asked if he could call his mother", "preguntó si podía
  llamar", "a demandé s'il pouvait", "perguntou se podia") is her wish: neither a
  question told nor a hedge.
"""

from __future__ import annotations

from caseassist.intake.read import interpret_answer
from tests.intake.expect import NOT_CLEAR, NOT_YES, OFFERED, SILENT, check, each, table

HOME = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"
TRAINING = "jobs.wants_training"
FOOD = "food.needs_food_now"
IMMIGRATION = "legal.immigration_concern"
PERMIT = "jobs.has_work_authorization"

OTHER_WOMAN_CASES = [
    # another person marked as other wishes it: not hers
    *each(
        NOT_CLEAR,
        "F, 28, from China. The second woman (approx. 45, Cantonese speaker) wants to return "
        "to China and was referred to her consulate.",
        "Woman, 31, Ghana. The other woman wants to go home to Ghana.",
        "Mujer, 30 años. La otra mujer, de 45 años, quiere volver a Honduras.",
        "Mujer de 30 años. La segunda mujer quiere regresar a su país.",
        "Femme, 30 ans. La deuxième femme (50 ans) veut rentrer au Mali.",
        "Femme de 25 ans. L'autre femme veut rentrer au Sénégal.",
        "Mulher, 30 anos. A outra mulher quer voltar para Angola.",
        "Mulher de 40 anos. A segunda mulher quer regressar ao Brasil.",
    ),
    # must not: a word for a person that describes her still wishes for her
    *each(
        "yes",
        "Mujer de 30 años, quiere volver a Honduras.",
        "A young woman, 22, wants to go home to Ghana.",
        "Une femme de 30 ans, elle veut rentrer au Mali.",
        "Mulher de 40 anos, quer voltar para o Brasil.",
        "Second referral this week. She wants to go home to Ghana.",
        "La otra vez que vino ya quería volver. Ahora quiere volver a Honduras.",
    ),
]

POLICE_PRONOUN_CASES = [
    # the pronoun may take up the police named in its sentence: nothing of her family
    *each(
        SILENT,
        "Her uncle kept her there. She has not decided whether she wants the police involved "
        "and asked us not to call them yet.",
        "Her mother is in Lagos. The police came by and she does not want to see them.",
        "Su tío la trajo. No quiere denunciar y pide que no la llamemos a la policía, no "
        "quiere verlos.",
        "Sa tante l'a fait venir. La police est passée et elle ne veut pas les voir.",
        "A tia trouxe-a. A polícia veio e ela não quer falar com eles.",
    ),
    # must not: a relative taken up with no police in the sentence
    *each(
        True,
        "Her mother lives in Lagos; she wants to call her.",
        "Su hija vive en Guayaquil, quiere hablar con ella.",
        "Ses enfants sont aux Philippines. Elle voudrait les appeler.",
        "A mãe está em Luanda; ela quer falar com ela.",
    ),
]

FAMILY_KNOWING_CASES = [
    # her place kept from them: only offered as no contact
    *each(
        OFFERED,
        "She does not want her family to know where she is.",
        "Lo que sí dice es que no quiere que su familia sepa dónde está.",
        "Elle ne veut pas que sa famille sache où elle est.",
        "Não quer que a família saiba onde ela está.",
    ),
    # must not: kept from knowing anything, or kept from being told, is a no
    *each(
        False,
        "She does not want her family in Morocco to know anything.",
        "No quiere que su familia sepa nada.",
        "Elle ne veut pas que sa famille l'apprenne.",
        "Não quer que a família saiba.",
    ),
    # must not: wanting them to know is a wish for contact
    *each(
        True,
        "She wants her mother to know where she is.",
        "Quiere que su madre sepa que está bien.",
    ),
]

COURSE_CASES = [
    # a course of treatment, a language course alone: no job training
    *each(
        NOT_CLEAR,
        "He has an infected cut and will need a course of antibiotics afterwards.",
        "Needs a course of treatment for TB.",
        "Necesita un curso de antibióticos.",
        "Precisa de fazer um curso de antibióticos.",
        "Formação: pediu curso de português",
        "Quiere un curso de inglés.",
        "Elle voudrait suivre des cours de français.",
        "Wants job + English classes.",
        "Asked about ESOL classes.",
    ),
    # must not: a course for a trade is job training
    *each(
        True,
        "Quiere un curso de cocina.",
        "Needs a catering course.",
        "Souhaite une formation d'aide-soignante.",
        "Quer fazer um curso de costura e um curso de português.",
        "She would like training as a care assistant.",
        "Pediu formação profissional em mecânica.",
    ),
]

EATING_POORLY_CASES = [
    # eating poorly for some time: offered
    *each(
        OFFERED,
        "Foster carer says he has not eaten properly in days.",
        "She has not been eating well.",
        "No ha comido bien en días.",
        "Os miúdos não têm comido bem.",
    ),
    # must not: not eaten at all, or poorly with hunger said, is hunger now
    *each(
        True,
        "He has not eaten since yesterday.",
        "No ha comido desde ayer.",
        "Elle n'a pas mangé depuis hier soir.",
        "Não come nada desde ontem.",
        "- Los niños tienen hambre, no han comido bien en días; él también",
        "Elle ne mange pas à sa faim.",
    ),
]

LEAVE_CASES = [
    # her asking leave to reach a relative: her wish
    *each(
        True,
        "His mother is in Romania; he asked me if he could call her.",
        "He asked if he could call his mother.",
        "Su madre está en Honduras; me preguntó si podía llamarla.",
        "Preguntó si podía llamar a su madre.",
        "Sa mère est au Mali. Il m'a demandé s'il pouvait appeler sa mère.",
        "Elle nous a demandé si elle pouvait appeler sa sœur.",
        "Perguntou se podia ligar para a mãe.",
        "A mãe está em Luanda; perguntou-me se podia ligar para ela.",
    ),
    # must not: a question the writer put, and a doubt, are no wish of hers
    *each(
        NOT_YES,
        "We asked if she wants to call her mother; she said no.",
        "Le preguntamos si quiere llamar a su familia y dijo que no.",
        "On lui a demandé s'il veut appeler sa mère, il a dit non.",
        "Not sure if she wants to call her mother.",
        "Asked if she could stay tonight.",
        "Perguntámos se quer ligar à família; disse que não.",
    ),
]


STATUS_HELP_CASES = [
    # help wished or needed with her status: a concern
    *each(
        True,
        "She would like the boys in school and wants a lawyer to help with her residence status.",
        "Needs legal advice on her immigration status.",
        "Quiere que las niñas vayan al colegio y pide un abogado para regularizar su situación.",
        "Necesita asesoría para regularizarse.",
        "Il souhaite être accompagné pour sa demande de titre de séjour.",
        "Elle demande de l'aide pour régulariser sa situation.",
        "Precisa de apoio jurídico para a regularização.",
        "Solicita apoio jurídico para regularizar a situação.",
    ),
    # must not: an application in course, a status put right, no help wished, no status
    *each(
        NOT_CLEAR,
        "Non, je n'ai rien. J'ai une demande d'asile en cours, mais je n'ai pas encore le "
        "droit de travailler.",
        "Elle a un récépissé de demande de titre de séjour qui ne l'autorise pas encore à "
        "travailler.",
        "She used to be undocumented, now has a residence permit, and wants help finding work.",
        "She does not want help with her status.",
        "She has a residence permit and wants a job.",
        "Pide un abogado para recuperar su salario.",
        "Quer um advogado para o processo contra o patrão.",
        "Souhaite un avocat pour porter plainte.",
    ),
]


VALID_PERMIT_CASES = [
    *each(
        "yes",
        "She holds a valid work permit.",
        "Tiene permiso de trabajo vigente.",
        "Autorisation de travail valide jusqu'en 2027.",
        "Ela tem autorização de trabalho válida até 2027.",
    ),
    *each(
        "no",
        "Work permit no longer valid.",
        "Su permiso de trabajo ya no está vigente.",
        "Son contrat a pris fin en août et il n'a plus d'autorisation de travail en France.",
        "Já não tem autorização de trabalho.",
    ),
    # must not: a valid document that is no work permit says nothing of one
    *each(
        NOT_YES,
        "Passport valid, no work permit.",
        "Her visa is valid but she has no work permit.",
        "Pasaporte vigente; sin permiso de trabajo.",
        "Passeport valable, pas de permis de travail.",
        "Passaporte válido, sem autorização de trabalho.",
    ),
]


STAY_CASES = [
    *each(
        OFFERED,
        "She asked us not to contact the police. She wants to stay in this country.",
        "Wants to stay in the country and keep working if she can.",
        "Quiere quedarse en este país y trabajar.",
        "Desea permanecer en el país con sus hijos.",
        "Elle veut rester en France.",
        "Il souhaite rester dans ce pays.",
        "Quer ficar em Portugal com os filhos.",
        "Deseja permanecer neste país.",
    ),
    # must not: a bed here tonight, someone else's wish, a refusal, a doubt
    *each(
        NOT_CLEAR,
        "She wants to stay here tonight.",
        "Quiere quedarse aquí esta noche.",
        "Elle veut rester ici ce soir.",
        "Quer ficar aqui esta noite.",
        "She does not want to stay in this country.",
        "Her sister wants to stay in the country.",
        "She does not know if she can stay in this country.",
    ),
]


@table(OTHER_WOMAN_CASES)
def test_another_woman_wishes_for_herself(text, expected):
    check(text, HOME, expected)


@table(POLICE_PRONOUN_CASES)
def test_pronoun_taking_up_the_police(text, expected):
    check(text, FAMILY, expected)


@table(FAMILY_KNOWING_CASES)
def test_family_kept_from_knowing_where(text, expected):
    check(text, FAMILY, expected)


@table(COURSE_CASES)
def test_courses_that_are_no_job_training(text, expected):
    check(text, TRAINING, expected)


@table(EATING_POORLY_CASES)
def test_eating_poorly(text, expected):
    check(text, FOOD, expected)


@table(STATUS_HELP_CASES)
def test_help_with_her_status_is_a_concern(text, expected):
    check(text, IMMIGRATION, expected)


@table(VALID_PERMIT_CASES)
def test_a_permit_said_valid_or_no_longer(text, expected):
    check(text, PERMIT, expected)


@table(STAY_CASES)
def test_staying_in_the_country_is_no_going_home(text, expected):
    check(text, HOME, expected)


@table(LEAVE_CASES)
def test_asking_leave_is_a_wish(text, expected):
    check(text, FAMILY, expected)


@table(
    [
        ("I not eat today", True),
        ("me no eat since yesterday", True),
        ("I no eat pork", NOT_YES),
        ("I not eat much, but I am fine", NOT_YES),
    ]
)
def test_her_own_broken_words_on_hunger(text, expected):
    got = interpret_answer(FOOD, text)
    if expected is True:
        assert got.values.get(FOOD) is True, got
    else:
        assert got.values.get(FOOD) is not True, got


@table(
    [
        ("No quiero que nadie de mi familia sepa dónde estoy.", False),
        ("I don't want my family to know where I am.", False),
        ("Je ne veux pas que ma famille sache où je suis.", False),
        ("Não quero que a minha família saiba onde estou.", False),
        ("Quiero que mi madre sepa dónde estoy.", True),
        ("I want my mother to know where I am.", True),
    ]
)
def test_in_her_own_answer_family_kept_from_knowing_where_is_her_no(text, expected):
    got = interpret_answer(FAMILY, text)
    assert got.values.get(FAMILY) is expected, got
