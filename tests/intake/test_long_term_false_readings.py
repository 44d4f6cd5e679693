"""Documents, going home, family, housing later, work and training: the false readings.

One table a fact, its rows grouped by kind: a way a note says something that is not
the fact (another person's, a copy, a no only for now, today's house rather than home,
refusing the old job, a limit that is only a word), next to the statements that must
still read. Invented sentences in en/es/fr/pt; each gives nothing clear (NOT_CLEAR) or
the value the survivor's own statement gives.
"""

from __future__ import annotations

from tests.intake.expect import NOT_CLEAR, check, each, table

DOCS = "legal.has_identity_documents"
HOME = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"
HOUSING = "housing.needs_long_term_housing"
WORK = "jobs.wants_employment"
TRAINING = "jobs.wants_training"

DOCUMENTS_CASES = [
    # another person's lack of papers is theirs
    *each(
        NOT_CLEAR,
        "Su hijo no tiene pasaporte.",
        "Su marido perdió el pasaporte en la frontera.",
        "Son fils n'a pas de papiers.",
        "Son mari n'a aucun document.",
        "O filho dela não tem documentos.",
        "O marido dela está sem passaporte.",
    ),
    # a copy or a number of the document is not the document held
    *each(
        NOT_CLEAR,
        "The police have a copy of her passport.",
        "The lawyer keeps a photocopy of her ID.",
        "La policía tiene una copia de su pasaporte.",
        "La police a une copie de son passeport.",
        "A polícia tem uma cópia do passaporte.",
    ),
    # her own copy is no more the document than theirs
    *each(
        NOT_CLEAR,
        "She has a copy of her passport on her phone.",
        "She has a photo of her ID.",
        "Tiene una copia de su pasaporte.",
        "Elle a une photocopie de son passeport.",
        "Tem uma cópia do passaporte.",
    ),
    # a relative's document she holds is theirs
    *each(
        NOT_CLEAR,
        "She has her daughter's passport.",
        "Tiene el pasaporte de su hija.",
        "Elle a le passeport de sa fille.",
        "Tem o passaporte da filha.",
    ),
    # a document word that names something else
    *each(
        NOT_CLEAR,
        "No ID check was done at the door.",
        "No documents were signed.",
        "No passport number was recorded.",
    ),
    # "la tiene él": a pronoun after the verb, not someone from that life
    *each(NOT_CLEAR, "Documentos: la tiene él", "Cédula: la tiene él, en la cartera"),
    # after a title the holder may be the lady of the house as much as she
    *each(
        NOT_CLEAR,
        "La señora tiene su pasaporte.",
        "La señora conserva su pasaporte.",
        "Madame a son passeport.",
        "A senhora tem o passaporte dela.",
        "The lady has her passport.",
    ),
    # her own lack, and papers taken from her, still read
    *each(
        False,
        "Ella no tiene pasaporte.",
        "No tiene pasaporte.",
        "N'a pas de papiers.",
        "Elle n'a aucun document.",
        "Não tem documentos.",
        "The boss has her passport.",
        "El pasaporte lo tiene el patrón.",
        "Le patron a gardé son passeport.",
        "No ID, no passport.",
    ),
    # an exploiter's "safekeeping" is still holding it from her
    *each(
        False,
        'The owner holds her passport "for safekeeping".',
        'El patrón guarda su pasaporte "para que no lo pierda".',
        "Le patron garde son passeport « en lieu sûr ».",
        'O patrão guarda o passaporte dela "para não perder".',
        "The boss keeps her passport in his safe.",
    ),
    # a document she got back, in a relative clause after it
    *each(
        True,
        "Cuenta con su pasaporte, que recuperó con ayuda de la policía.",
        "Her passport, which she got back last week, is in her bag.",
        "Elle a son passeport, qu'elle a récupéré hier.",
        "Son passeport, que la police lui a rendu, est valide.",
        "Tem o passaporte, que já recuperou.",
    ),
    # a document taken from her by a pronoun, with the document named in the sentence
    *each(
        False,
        "Ella no tiene su tarjeta de identidad, la señora se la quitó.",
        "El pasaporte, se lo quitaron al llegar.",
        "Ses papiers, le patron les lui a pris.",
        "O passaporte, tiraram-lho à chegada.",
        "Her passport was the first thing, the boss took it from her.",
    ),
    # ...negated, or beside a document she holds, it is no lack
    *each(
        True,
        "No se lo quitaron, tiene su pasaporte.",
        "Tiene su cédula, el pasaporte se lo quitaron.",
    ),
    # the card names of the Spanish-speaking countries
    *each(False, "No tiene su carnet de identidad.", "Perdió su cédula de identidad."),
    # a thing other than a document taken by a pronoun
    *each(
        NOT_CLEAR,
        "Her phone, the boss took it from her.",
        "Le quitaron el teléfono, se lo quitaron todo.",
        "Son téléphone, le patron le lui a pris.",
    ),
    # papers held once, then given back by a pronoun: the holding is past
    *each(
        True,
        "A manager held her passport; police recovered it last week.",
        "The boss took her passport, but the police got it back for her.",
        "Her employer kept her ID card until the raid; it was returned to her on Monday.",
        "The recruiter confiscated her passport. The police recovered it.",
        "El patrón le quitó el pasaporte; la policía lo recuperó.",
        "La jefa le retuvo el pasaporte, pero se lo devolvieron ayer.",
        "Le patron a gardé son passeport ; la police l'a récupéré.",
        "Le patron lui avait pris ses papiers, la police les lui a rendus hier.",
        "O patrão ficou com o passaporte dela; a polícia recuperou-o.",
        "A patroa tirou-lhe o passaporte, mas já lho devolveram.",
    ),
    # ...never given back, or not yet: still none
    *each(
        False,
        "The boss took her passport and never gave it back.",
        "The boss took her passport; she has not got it back.",
        "El patrón le quitó el pasaporte y nunca se lo devolvió.",
        "El patrón le quitó el pasaporte. Todavía no se lo devolvieron.",
        "Le patron a gardé son passeport et ne l'a jamais rendu.",
        "O patrão ficou com o passaporte e ainda não lho devolveram.",
        "The boss took her passport; police are trying to recover it.",
    ),
    # ...something else given back is no document
    ("The boss kept her passport. He took her phone too; police recovered it.", False),
    # wages, a phone: given back or not, no document is named
    *each(
        NOT_CLEAR,
        "The boss kept her wages and never gave them back.",
        "Her phone was taken; police recovered it.",
        "Le quitaron el celular y nunca se lo devolvieron.",
        "On lui a pris son téléphone, la police le lui a rendu.",
        "Tiraram-lhe o telemóvel e nunca lho devolveram.",
    ),
    # the Spanish foreigner's number (NIE) is a document, not the French "nie" (denies)
    ("Tiene NIE y autorización para trabajar.", True),
    ("Tiene su NIE en regla.", True),
    ("Con NIE, pasaporte y empadronamiento.", NOT_CLEAR),
    ("No tiene NIE.", False),
    ("Sin NIE ni pasaporte.", False),
]

GOING_HOME_CASES = [
    # going back to the house today is about tonight's roof, not about home
    *each(
        NOT_CLEAR,
        "No quiere volver a casa hoy.",
        "She does not want to go home today.",
        "Elle ne veut pas rentrer chez elle aujourd'hui.",
        "Não quer voltar para casa hoje.",
        "Wants to go home today, her mother is waiting.",
    ),
    # ...and so is a transcript reply that names tonight
    *each(
        NOT_CLEAR,
        "Q: Does she want to go home?\nA: Not today.",
        "Técnica: ¿Quiere volver a casa?\nPolicía: Hoy no.",
        "Intervenante : Veut-elle rentrer chez elle ?\nAgent : Pas ce soir.",
    ),
    # a no only until something else happens is no answer yet
    *each(
        NOT_CLEAR,
        "He does not want to go back before he repays the debt.",
        "She does not want to return to Nepal until the debt is paid.",
        "No quiere volver a su país hasta pagar la deuda.",
        "No quiere regresar a Honduras antes de juntar dinero.",
        "Il ne veut pas retourner au Mali avant de rembourser sa famille.",
        "Elle ne veut pas rentrer au pays tant que le procès n'est pas fini.",
        "Não quer voltar para Angola antes de pagar a dívida.",
        "Não quer voltar para o Brasil enquanto não tiver dinheiro.",
    ),
    # ...but the limit is looked for only up to a "but": the no before it stands
    ("No quiere volver a su país, pero antes quiere ver a su hija.", "no"),
    # going home as the topic of a statement, or a form label, is no wish
    *each(
        NOT_CLEAR,
        "Going home is not safe for her.",
        "Return home is impossible because of the debt.",
        "Rentrer au pays est dangereux pour elle.",
        "Volver a casa no es una opción.",
        "Voltar para casa é perigoso.",
        "Return home: to be discussed",
        "Going home: not discussed yet",
        "Regreso a casa: no se habló",
        "Rentrer au pays : pas abordé",
    ),
    # her own wish, either way, still reads
    *each(
        "no",
        "She does not want to go back to Nepal.",
        "No quiere volver a su país.",
        "Il ne veut pas retourner au Mali.",
        "Não quer voltar para Angola.",
    ),
    *each("yes", "Quiere volver a Honduras.", "Wants to go home to Ghana before Christmas."),
    # going home listed as a wish of its own, with a place or a time
    *each(
        "yes",
        "Wishes: return home.",
        "Goal: go back home to Ghana.",
        "- return home to her village",
        "Souhaits : rentrer au Mali bientôt",
        "Deseos: volver a casa pronto",
        "Desejos: voltar para casa",
    ),
]

FAMILY_CASES = [
    # the family of the house she worked in is not her family
    *each(
        NOT_CLEAR,
        "She does not want to see the family she worked for again.",
        "She wants to call the employer's family to get her wages.",
        "No quiere volver a ver a la familia para la que trabajaba.",
        "Quiere hablar con la familia del patrón para cobrar.",
        "Elle ne veut plus parler à la famille chez qui elle travaillait.",
        "Não quer falar com a família para quem trabalhava.",
    ),
    # another person's wish, a past contact, a threat, the referrer's plan
    *each(
        NOT_CLEAR,
        "Her sister wants to contact her.",
        "Sa mère voudrait la joindre.",
        "A mãe dela quer falar com ela.",
        "She used to call her mother every Sunday.",
        "El patrón amenazó con llamar a su familia.",
        "Nous allons contacter sa famille.",
        "Vamos tentar contactar a família.",
    ),
    # ...and relatives' own wish, in the plural
    *each(
        NOT_CLEAR,
        "Her sisters want to call her.",
        "Sus hermanos quieren hablar con ella.",
        "Ses frères veulent la joindre.",
        "As irmãs dela querem falar com ela.",
    ),
    # the contact as the topic of a statement, or a form label, is no wish
    *each(
        NOT_CLEAR,
        "Contact with her family was lost years ago.",
        "Contact with her mother stopped in 2019.",
        "Contact with family: none since she left.",
        "Contacto con su madre perdido desde hace años.",
        "Contact avec sa famille rompu.",
        "Contato com a família cortado.",
    ),
    # a wish that someone else reach her family is hers, in every verb form
    ("Elle veut qu'on contacte sa famille.", True),
    ("Elle souhaite qu'on appelle sa mère.", True),
    ("Elle ne veut pas qu'on appelle ses parents.", False),
    ("Quiere que alguien contacte a su familia.", True),
    ("Quer que alguém ligue para a mãe dela.", True),
    ("Não quer que ninguém avise a família.", False),
    ("She would like to call her mother.", True),
    # contact listed as a wish of its own
    *each(
        True,
        "Souhait : contact avec sa famille",
        "Wishes: contact with her mother in Lagos",
        "- contact with her children",
        "Desejos: contato com a família",
    ),
    # relatives in the plural are relatives, and "her" may have a tail after it
    *each(
        True,
        "She would like to call her brothers.",
        "Quiere hablar con sus hermanas.",
        "Elle voudrait revoir ses sœurs.",
        "Quer reencontrar as irmãs que moram no Norte.",
        "His mother is in Accra, he wants very much to talk to her on the phone.",
    ),
    # a greeting to the reader names no relative of hers
    ("Hermanos, les escribo por una muchacha que quiere hablar con su madre.", True),
]

HOUSING_CASES = [
    # the reply to a transcript question names tonight: a bed now, not housing later
    *each(
        NOT_CLEAR,
        "Intervenante : Elle a besoin d'un hébergement ?\nAgente : Oui, dès ce soir.",
        "Staff: Does she need housing?\nOfficer: Yes, tonight.",
        "Trabajadora: ¿Necesita alojamiento?\nPolicía: Sí, para esta noche.",
        "Técnica: Precisa de alojamento?\nAgente: Sim, para esta noite.",
        "Worker: Is she looking for housing?\nNurse: Yes, right now, she has nowhere to go.",
    ),
    (
        "Staff: Does she need housing?\nOfficer: Yes, she needs a flat of her own in the long run.",
        True,
    ),
    # leaving the place she was kept is not a wish for a home
    *each(
        NOT_CLEAR,
        "She wants to leave the apartment where she was kept.",
        "Wants to get out of that flat as soon as possible.",
        "Quiere salir del piso donde la tenían.",
        "Quiere irse de esa casa.",
        "Veut quitter l'appartement où elle était enfermée.",
        "Elle veut sortir de cette maison.",
        "Quer sair do apartamento onde a mantinham.",
        "Quer fugir daquela casa.",
    ),
    # ...leaving the shelter for a home of her own still reads
    *each(
        True,
        "She wants to leave the shelter and find a flat of her own.",
        "Quiere salir del albergue y buscar un piso propio.",
        "Elle veut quitter le foyer et trouver un appartement.",
        "Quer sair do abrigo e arranjar uma casa para morar.",
    ),
]

WORK_CASES = [
    # refusing the job she left is not refusing work
    *each(
        NOT_CLEAR,
        "She does not want to work for that man again.",
        "Does not want to go back to the farm work.",
        "No quiere volver a trabajar para ese hombre.",
        "No quiere trabajar para ellos nunca más.",
        "Elle ne veut plus travailler pour ce patron.",
        "Il ne veut pas retourner au chantier.",
        "Não quer voltar a trabalhar para o patrão.",
        "Não quer trabalhar para aquela família.",
    ),
    # ...a wish, or a refusal of all work, still reads
    ("She wants to leave the bar and find a job in a shop.", True),
    ("Wants to work again, in a hotel this time.", True),
    ("Does not want to work at all for now.", False),
    ("No quiere trabajar por ahora.", False),
    ("Ne veut pas travailler pour le moment.", False),
    # a wish label's list runs on over its parts
    ("Souhaite : un logement stable | un travail", True),
    # "job" naming the training it is for: a wish for training, not for a job
    *each(
        NOT_CLEAR,
        "Interested in job training (welding).",
        "Wants job training.",
        "She would like some job skills training.",
        "Asks about job readiness classes.",
        "Keen on a work skills course.",
    ),
    # ...a job and training both wished: the job still reads
    *each(
        True,
        "Wants a job and training.",
        "Interested in work and job training.",
        "Wants a job, and job training too.",
    ),
    # work as the reason she came, long ago: a past motive, not today's wish
    *each(
        NOT_CLEAR,
        "Vino porque quería trabajar en España.",
        "Veio porque queria trabalhar em Portugal.",
        "She came to the UK looking for work.",
        "She came for work as a waitress.",
        "Elle est venue en France parce qu'elle voulait travailler.",
        "Vino a España buscando trabajo.",
    ),
    # ...today's wish still reads
    *each(
        True,
        "She came to the shelter yesterday and wants a job.",
        "Quiere trabajar.",
        "Quer trabalhar.",
    ),
]

TRAINING_CASES = [
    # a wish label's list runs on over ";", "|" and "/" parts that hold no label
    *each(
        True,
        "Desea: seguir trabajando, pero no en el barco; capacitación en otro oficio",
        "Wants: a job; driving lessons",
        "Souhaits : logement | formation de cariste",
        "Deseos: empleo; curso de cocina",
        "Desejos: trabalho / curso de costura",
    ),
    # ...but a part with its own label is not on the list
    ("Wants: a job | Training: not now", NOT_CLEAR),
    # "job" naming the training it is for is still training
    *each(
        True,
        "Interested in job training (welding).",
        "Wants job training.",
        "Would like job skills training.",
    ),
]

# A limit word of one language that is a plain word of another is no limit, and the
# Spanish "NIE" is no French negator: the no, or the yes, stands.
SHELTER_CASES = [
    ("He does not need a bed tonight, but he wants to leave before Monday.", False),
]
FOOD_CASES = [("Not hungry, ate at station.", False)]
POLICE_CASES = [
    ("Does not want the police, she was deported before.", "no"),
    ("No quiere denunciar, hasta llora cuando se lo dicen.", "no"),
]
WORK_PERMIT_CASES = [("Tiene NIE y permiso de trabajo.", "yes")]


@table(DOCUMENTS_CASES)
def test_identity_documents(text, expected):
    check(text, DOCS, expected)


@table(GOING_HOME_CASES)
def test_going_home(text, expected):
    check(text, HOME, expected)


@table(FAMILY_CASES)
def test_family_contact(text, expected):
    check(text, FAMILY, expected)


@table(HOUSING_CASES)
def test_housing_later(text, expected):
    check(text, HOUSING, expected)


@table(WORK_CASES)
def test_work(text, expected):
    check(text, WORK, expected)


@table(TRAINING_CASES)
def test_training(text, expected):
    check(text, TRAINING, expected)


@table(SHELTER_CASES)
def test_shelter_tonight(text, expected):
    check(text, "shelter.needs_shelter_tonight", expected)


@table(FOOD_CASES)
def test_food_now(text, expected):
    check(text, "food.needs_food_now", expected)


@table(POLICE_CASES)
def test_police(text, expected):
    check(text, "safety.wants_law_enforcement", expected)


@table(WORK_PERMIT_CASES)
def test_work_authorization(text, expected):
    check(text, "jobs.has_work_authorization", expected)
