"""Documents, work, housing later, going home and family: the false readings, by kind.
Each kind is a way a note says something that is not the fact (another person's, a copy,
a no only for now, today's house rather than home), in invented sentences in en/es/fr/pt;
each must give nothing, or the value the survivor's own statement gives."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear_values

DOCS = "legal.has_identity_documents"
HOME = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"
HOUSING = "housing.needs_long_term_housing"

NOTHING = object()


def _check(fact: str, text: str, value: object) -> None:
    got = clear_values(text).get(fact, NOTHING)
    assert got is value if isinstance(value, bool) or value is NOTHING else got == value


# ---------------------------------------------------------------- documents


@pytest.mark.parametrize(
    "text",
    [
        # another person's lack of papers is theirs
        "Su hijo no tiene pasaporte.",
        "Su marido perdió el pasaporte en la frontera.",
        "Son fils n'a pas de papiers.",
        "Son mari n'a aucun document.",
        "O filho dela não tem documentos.",
        "O marido dela está sem passaporte.",
        # a copy or a number of the document is not the document held
        "The police have a copy of her passport.",
        "The lawyer keeps a photocopy of her ID.",
        "La policía tiene una copia de su pasaporte.",
        "La police a une copie de son passeport.",
        "A polícia tem uma cópia do passaporte.",
        # her own copy is no more the document than theirs
        "She has a copy of her passport on her phone.",
        "She has a photo of her ID.",
        "Tiene una copia de su pasaporte.",
        "Elle a une photocopie de son passeport.",
        "Tem uma cópia do passaporte.",
        # a relative's document she holds is theirs
        "She has her daughter's passport.",
        "Tiene el pasaporte de su hija.",
        "Elle a le passeport de sa fille.",
        "Tem o passaporte da filha.",
        # a document word that names something else
        "No ID check was done at the door.",
        "No documents were signed.",
        "No passport number was recorded.",
        # "la tiene él": a pronoun after the verb, not someone from that life
        "Documentos: la tiene él",
        "Cédula: la tiene él, en la cartera",
        # after a title the holder may be the lady of the house as much as she
        "La señora tiene su pasaporte.",
        "La señora conserva su pasaporte.",
        "Madame a son passeport.",
        "A senhora tem o passaporte dela.",
        "The lady has her passport.",
    ],
)
def test_documents_read_as_nothing(text):
    _check(DOCS, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # her own lack, and papers taken from her, still read
        ("Ella no tiene pasaporte.", False),
        ("No tiene pasaporte.", False),
        ("N'a pas de papiers.", False),
        ("Elle n'a aucun document.", False),
        ("Não tem documentos.", False),
        ("The boss has her passport.", False),
        ("El pasaporte lo tiene el patrón.", False),
        ("Le patron a gardé son passeport.", False),
        ("No ID, no passport.", False),
        # an exploiter's "safekeeping" is still holding it from her
        ('The owner holds her passport "for safekeeping".', False),
        ('El patrón guarda su pasaporte "para que no lo pierda".', False),
        ("Le patron garde son passeport « en lieu sûr ».", False),
        ('O patrão guarda o passaporte dela "para não perder".', False),
        ("The boss keeps her passport in his safe.", False),
        # a document she got back, in a relative clause after it
        ("Cuenta con su pasaporte, que recuperó con ayuda de la policía.", True),
        ("Her passport, which she got back last week, is in her bag.", True),
        ("Elle a son passeport, qu'elle a récupéré hier.", True),
        ("Son passeport, que la police lui a rendu, est valide.", True),
        ("Tem o passaporte, que já recuperou.", True),
    ],
)
def test_documents_still_read(text, value):
    _check(DOCS, text, value)


# ---------------------------------------------------------------- going home


@pytest.mark.parametrize(
    "text",
    [
        # going back to the house today is about tonight's roof, not about home
        "No quiere volver a casa hoy.",
        "She does not want to go home today.",
        "Elle ne veut pas rentrer chez elle aujourd'hui.",
        "Não quer voltar para casa hoje.",
        "Wants to go home today, her mother is waiting.",
        # a no only until something else happens is no answer yet
        "He does not want to go back before he repays the debt.",
        "She does not want to return to Nepal until the debt is paid.",
        "No quiere volver a su país hasta pagar la deuda.",
        "No quiere regresar a Honduras antes de juntar dinero.",
        "Il ne veut pas retourner au Mali avant de rembourser sa famille.",
        "Elle ne veut pas rentrer au pays tant que le procès n'est pas fini.",
        "Não quer voltar para Angola antes de pagar a dívida.",
        "Não quer voltar para o Brasil enquanto não tiver dinheiro.",
        # going home as the topic of a statement, or a form label, is no wish
        "Going home is not safe for her.",
        "Return home is impossible because of the debt.",
        "Rentrer au pays est dangereux pour elle.",
        "Volver a casa no es una opción.",
        "Voltar para casa é perigoso.",
        "Return home: to be discussed",
        "Going home: not discussed yet",
        "Regreso a casa: no se habló",
        "Rentrer au pays : pas abordé",
    ],
)
def test_going_home_read_as_nothing(text):
    _check(HOME, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She does not want to go back to Nepal.", "no"),
        ("No quiere volver a su país.", "no"),
        ("Il ne veut pas retourner au Mali.", "no"),
        ("Não quer voltar para Angola.", "no"),
        ("Quiere volver a Honduras.", "yes"),
        ("Wants to go home to Ghana before Christmas.", "yes"),
        # going home listed as a wish of its own, with a place or a time
        ("Wishes: return home.", "yes"),
        ("Goal: go back home to Ghana.", "yes"),
        ("- return home to her village", "yes"),
        ("Souhaits : rentrer au Mali bientôt", "yes"),
        ("Deseos: volver a casa pronto", "yes"),
        ("Desejos: voltar para casa", "yes"),
    ],
)
def test_going_home_still_read(text, value):
    _check(HOME, text, value)


@pytest.mark.parametrize(
    "text",
    [
        # the reply to a transcript question names tonight: a bed now, not going home later
        "Q: Does she want to go home?\nA: Not today.",
        "Técnica: ¿Quiere volver a casa?\nPolicía: Hoy no.",
        "Intervenante : Veut-elle rentrer chez elle ?\nAgent : Pas ce soir.",
    ],
)
def test_going_home_reply_about_tonight_is_nothing(text):
    _check(HOME, text, NOTHING)


# ---------------------------------------------------------------- housing later


@pytest.mark.parametrize(
    "text",
    [
        "Intervenante : Elle a besoin d'un hébergement ?\nAgente : Oui, dès ce soir.",
        "Staff: Does she need housing?\nOfficer: Yes, tonight.",
        "Trabajadora: ¿Necesita alojamiento?\nPolicía: Sí, para esta noche.",
        "Técnica: Precisa de alojamento?\nAgente: Sim, para esta noite.",
        "Worker: Is she looking for housing?\nNurse: Yes, right now, she has nowhere to go.",
    ],
)
def test_housing_reply_about_tonight_is_not_later(text):
    _check(HOUSING, text, NOTHING)


def test_housing_reply_about_later_still_reads():
    text = (
        "Staff: Does she need housing?\nOfficer: Yes, she needs a flat of her own in the long run."
    )
    _check(HOUSING, text, True)


# ---------------------------------------------------------------- family


@pytest.mark.parametrize(
    "text",
    [
        # the family of the house she worked in is not her family
        "She does not want to see the family she worked for again.",
        "She wants to call the employer's family to get her wages.",
        "No quiere volver a ver a la familia para la que trabajaba.",
        "Quiere hablar con la familia del patrón para cobrar.",
        "Elle ne veut plus parler à la famille chez qui elle travaillait.",
        "Não quer falar com a família para quem trabalhava.",
        # another person's wish, a past contact, a threat, the referrer's plan
        "Her sister wants to contact her.",
        "Sa mère voudrait la joindre.",
        "A mãe dela quer falar com ela.",
        "She used to call her mother every Sunday.",
        "El patrón amenazó con llamar a su familia.",
        "Nous allons contacter sa famille.",
        "Vamos tentar contactar a família.",
        # the contact as the topic of a statement, or a form label, is no wish
        "Contact with her family was lost years ago.",
        "Contact with her mother stopped in 2019.",
        "Contact with family: none since she left.",
        "Contacto con su madre perdido desde hace años.",
        "Contact avec sa famille rompu.",
        "Contato com a família cortado.",
    ],
)
def test_family_contact_read_as_nothing(text):
    _check(FAMILY, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a wish that someone else reach her family is hers, in every verb form
        ("Elle veut qu'on contacte sa famille.", True),
        ("Elle souhaite qu'on appelle sa mère.", True),
        ("Elle ne veut pas qu'on appelle ses parents.", False),
        ("Quiere que alguien contacte a su familia.", True),
        ("Quer que alguém ligue para a mãe dela.", True),
        ("Não quer que ninguém avise a família.", False),
        ("She would like to call her mother.", True),
        # contact listed as a wish of its own
        ("Souhait : contact avec sa famille", True),
        ("Wishes: contact with her mother in Lagos", True),
        ("- contact with her children", True),
        ("Desejos: contato com a família", True),
    ],
)
def test_family_contact_still_read(text, value):
    _check(FAMILY, text, value)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # the limit of a no is looked for only up to a "but": the no before it stands
        (
            "He does not need a bed tonight, but he wants to leave before Monday.",
            "shelter.needs_shelter_tonight",
            False,
        ),
        ("No quiere volver a su país, pero antes quiere ver a su hija.", HOME, "no"),
    ],
)
def test_a_limit_after_but_leaves_the_no(text, fact, value):
    _check(fact, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a document taken from her by a pronoun, with the document named in the sentence
        ("Ella no tiene su tarjeta de identidad, la señora se la quitó.", False),
        ("El pasaporte, se lo quitaron al llegar.", False),
        ("Ses papiers, le patron les lui a pris.", False),
        ("O passaporte, tiraram-lho à chegada.", False),
        ("Her passport was the first thing, the boss took it from her.", False),
        # negated, or beside a document she holds, it is no lack
        ("No se lo quitaron, tiene su pasaporte.", True),
        ("Tiene su cédula, el pasaporte se lo quitaron.", True),
        # the card names of the Spanish-speaking countries
        ("No tiene su carnet de identidad.", False),
        ("Perdió su cédula de identidad.", False),
    ],
)
def test_a_document_taken_by_a_pronoun(text, value):
    _check(DOCS, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Her phone, the boss took it from her.",
        "Le quitaron el teléfono, se lo quitaron todo.",
        "Son téléphone, le patron le lui a pris.",
    ],
)
def test_a_thing_taken_by_a_pronoun_is_no_document(text):
    _check(DOCS, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # relatives in the plural are relatives, and "her" may have a tail after it
        ("She would like to call her brothers.", True),
        ("Quiere hablar con sus hermanas.", True),
        ("Elle voudrait revoir ses sœurs.", True),
        ("Quer reencontrar as irmãs que moram no Norte.", True),
        ("His mother is in Accra, he wants very much to talk to her on the phone.", True),
        # their own wish is theirs
        ("Her sisters want to call her.", NOTHING),
        ("Sus hermanos quieren hablar con ella.", NOTHING),
        ("Ses frères veulent la joindre.", NOTHING),
        ("As irmãs dela querem falar com ela.", NOTHING),
        # a greeting to the reader names no relative of hers
        ("Hermanos, les escribo por una muchacha que quiere hablar con su madre.", True),
    ],
)
def test_relatives_in_the_plural(text, value):
    _check(FAMILY, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # papers held once, then given back by a pronoun: the holding is past
        ("A manager held her passport; police recovered it last week.", True),
        ("The boss took her passport, but the police got it back for her.", True),
        ("Her employer kept her ID card until the raid; it was returned to her on Monday.", True),
        ("The recruiter confiscated her passport. The police recovered it.", True),
        ("El patrón le quitó el pasaporte; la policía lo recuperó.", True),
        ("La jefa le retuvo el pasaporte, pero se lo devolvieron ayer.", True),
        ("Le patron a gardé son passeport ; la police l'a récupéré.", True),
        ("Le patron lui avait pris ses papiers, la police les lui a rendus hier.", True),
        ("O patrão ficou com o passaporte dela; a polícia recuperou-o.", True),
        ("A patroa tirou-lhe o passaporte, mas já lho devolveram.", True),
        # never given back, or not yet: still none
        ("The boss took her passport and never gave it back.", False),
        ("The boss took her passport; she has not got it back.", False),
        ("El patrón le quitó el pasaporte y nunca se lo devolvió.", False),
        ("El patrón le quitó el pasaporte. Todavía no se lo devolvieron.", False),
        ("Le patron a gardé son passeport et ne l'a jamais rendu.", False),
        ("O patrão ficou com o passaporte e ainda não lho devolveram.", False),
        ("The boss took her passport; police are trying to recover it.", False),
        # something else given back is no document
        ("The boss kept her passport. He took her phone too; police recovered it.", False),
    ],
)
def test_papers_given_back_after_they_were_held(text, value):
    _check(DOCS, text, value)


@pytest.mark.parametrize(
    "text",
    [
        # wages, a phone: given back or not, no document is named
        "The boss kept her wages and never gave them back.",
        "Her phone was taken; police recovered it.",
        "Le quitaron el celular y nunca se lo devolvieron.",
        "On lui a pris son téléphone, la police le lui a rendu.",
        "Tiraram-lhe o telemóvel e nunca lho devolveram.",
    ],
)
def test_a_thing_given_back_is_no_document(text):
    _check(DOCS, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the Spanish foreigner's number (NIE) is a document, not the French "nie" (denies)
        ("Tiene NIE y autorización para trabajar.", True),
        ("Tiene su NIE en regla.", True),
        ("Con NIE, pasaporte y empadronamiento.", NOTHING),
        ("No tiene NIE.", False),
        ("Sin NIE ni pasaporte.", False),
    ],
)
def test_nie_is_a_document_not_a_negator(text, value):
    _check(DOCS, text, value)


def test_nie_beside_a_work_permit_is_no_negation():
    assert clear_values("Tiene NIE y permiso de trabajo.")["jobs.has_work_authorization"] == "yes"
