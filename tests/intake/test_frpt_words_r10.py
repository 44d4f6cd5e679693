"""French and Portuguese word lists widened in round 10 of issue 12 (data only,
resources/intake/lexicon/fr and pt): care and injury words that make "no urgent care" a
clear no, medicines and prescribing words, "n'a plus" as a lack of a work permit, the
singular identity-document label and the document held "em sua posse", documents held by
someone ("em posse do patrão", "gardé par l'employeur"), and "s'appelle" written without
its apostrophe or with one "p". Invented sentences in several shapes (form line,
narrative, shorthand, chat), and as many readings that must not fire.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"
MEDICATION = "medical.needs_medication"
AUTHORIZED = "jobs.has_work_authorization"
DOCS = "legal.has_identity_documents"
NAME = "person.name"
SHELTER = "shelter.needs_shelter_tonight"
HOME = "reintegration.wants_to_return_home"
FOOD = "food.needs_food_now"


def _applied(text: str, fact: str) -> object:
    return extract(text).values.get(fact)


FIRES = [
    # no urgent care, with a care or injury word of the same sentence (fr)
    ("Elle s'est fait une entorse. Aucun soin urgent requis ce soir.", URGENT, False),
    ("Plaie suturée, pas besoin de soins urgents.", URGENT, False),
    ("[18:02] Infirmière : fracture du doigt, attelle posée, aucun soin urgent", URGENT, False),
    ("Hématomes au dos ; ne nécessite pas de soins urgents.", URGENT, False),
    # ... and in Portuguese, "s/" and "sem necessidade de" included
    ("Entorse no tornozelo. Não precisa de cuidado urgente agora.", URGENT, False),
    ("S/ lesões, s/ necessidade de atendimento urgente.", URGENT, False),
    ("Corte na mão, suturado; sem necessidade de cuidados urgentes", URGENT, False),
    ("Fratura no braço, com gesso, não precisa de cuidados urgentes.", URGENT, False),
    # an urgent need for care, said with the singular "cuidado" (pt)
    ("Ela precisa de cuidado urgente hoje.", URGENT, True),
    ("Precisa de cuidados médicos urgentes, está com febre alta.", URGENT, True),
    # a medicine and a taking or prescribing word (fr)
    ("Elle doit prendre des anti-inflammatoires pendant cinq jours.", MEDICATION, True),
    ("Antalgiques prescrits à la sortie des urgences.", MEDICATION, True),
    ("Il est sous traitement antirétroviral, ARV à renouveler.", MEDICATION, True),
    ("[21:10] Maraude : elle prend des anxiolytiques, il lui en faut", MEDICATION, True),
    # ... (pt)
    ("Sulfato ferroso + ácido fólico prescritos, deve tomar diariamente.", MEDICATION, True),
    ("Prescrito antibiótico durante 7 dias, tem de o tomar.", MEDICATION, True),
    ("Está tomando anti-inflamatórios para o joelho.", MEDICATION, True),
    ("Faz TARV, tem que tomar os ARV todos os dias.", MEDICATION, True),
    # no work permit any more (narrative, her own words, form-like)
    ("Il n'a plus d'autorisation de travail en France.", AUTHORIZED, "no"),
    ("Elle n'a plus de permis de travail depuis août.", AUTHORIZED, "no"),
    ("Ela não tem mais direito a trabalhar, o visto caducou.", AUTHORIZED, "no"),
    ("Ela não pode mais trabalhar legalmente.", AUTHORIZED, "no"),
    ("Ele não possui autorização de trabalho.", AUTHORIZED, "no"),
    # a singular document label, then the document on her (form lines)
    ("Nom : Costel\nDocument d'identité : passeport, en sa possession", DOCS, True),
    ("Prénom : Ilie\nDocument d'identité : carte d'identité, en sa possession", DOCS, True),
    ("Nome: Rahim\nDocumento de identificação: passaporte em sua posse", DOCS, True),
    ("Nome: Tiago\nDocumentos: BI em sua posse", DOCS, True),
    # the document held by someone else
    ("Nom : Costel\nDocument d'identité : gardé par le patron", DOCS, False),
    ("Passeport : gardé par l'employeur.", DOCS, False),
    ("Son passeport est aux mains du passeur.", DOCS, False),
    ("Nome: Rahim\nDocumento de identificação: em posse do patrão", DOCS, False),
    ("O passaporte ficou com a dona da casa.", DOCS, False),
    ("Passaporte guardado pelo encarregado da obra.", DOCS, False),
    # her name after "s'appelle" written without its apostrophe or with one "p"
    ("Une femme est venue seule ce matin. Elle s apelle Joy, 29 ans.", NAME, "Joy"),
    ("Elle s'appel Fatima, 30 ans, marocaine.", NAME, "Fatima"),
    ("[14:02] Maraude : elle s appelle Ioana, roumaine", NAME, "Ioana"),
    ("je m apelle Grace", NAME, "Grace"),
    # Brazilian "não ... mais" (no longer): the "mais" is not the French "but"
    ("Ela não quer mais voltar para o Brasil.", HOME, "no"),
    ("Ele não tem mais onde dormir.", SHELTER, True),
    ("[22:45] Thiago: ele ñ tem mais onde ficar hoje", SHELTER, True),
    # an elision written without its apostrophe (hasty notes, text messages)
    ("Elle n a plus ou dormir, son amie ne peut pas la garder.", SHELTER, True),
    ("Il n a pas de papiers, le patron a son passeport.", DOCS, False),
    ("Elle n a pas faim, elle a mangé.", FOOD, False),
    ("Elle n'a plus où dormir.", SHELTER, True),
    ("Elle a besoin d'un lit auj, elle dort dehors.", SHELTER, True),
    # a document held by a named holder, in the passive (form line, narrative)
    ("Sexe : M\nDocuments d'identité : passeport conservé par l'employeur", DOCS, False),
    ("Son passeport est conservé par l'employeur.", DOCS, False),
    ("Son passeport est toujours chez le chef de chantier.", DOCS, False),
    ("O passaporte foi guardado pela patroa.", DOCS, False),
    # nothing for tonight yet: "à trouver", "rien pour la nuit", "a procurar"
    ("Sexe : M\nHébergement ce soir : à trouver", SHELTER, True),
    ("22:46 J.: elle est partie de l'appart ce soir, rien pour la nuit", SHELTER, True),
    ("Sexo: F\nAlojamento esta noite: a procurar", SHELTER, True),
    # her treatment to take up again
    ("Doit reprendre son traitement pour la tension.", MEDICATION, True),
    # "Hébergement : à orienter ce soir", "Alojamento: a encaminhar hoje"
    ("Sexe : M\nHébergement : à orienter ce soir", SHELTER, True),
    ("Sexo: M\nAlojamento: a encaminhar hoje", SHELTER, True),
    # the people she worked for, by the names writers give them
    ("O mestre de obras ficou com o passaporte dele.", DOCS, False),
    ("O gato ficou com os documentos de todos.", DOCS, False),
    ("O capataz guarda o passaporte dela.", DOCS, False),
    ("Le chef de chantier a gardé son passeport.", DOCS, False),
    ("Refuse catégoriquement qu on prévienne la police.", "safety.wants_law_enforcement", "no"),
]

SILENT = [
    # "no urgent" with nothing about health in the sentence stays only offered
    ("Elle est arrivée hier. Pas d'urgence pour le dossier.", URGENT),
    ("O processo não é urgente, podemos esperar.", URGENT),
    # "cuidado" as "be careful", not care
    ("Tenha cuidado, é urgente sair daqui.", URGENT),
    ("Cuidado: o patrão procura-a com urgência.", URGENT),
    # a medicine finished, or no medicine taken
    ("Elle a terminé ses antibiotiques la semaine dernière.", MEDICATION),
    ("Terminou os anti-inflamatórios ontem.", MEDICATION),
    # an iron that burnt her is no medicine
    ("Queimadura na mão com o ferro de passar, já tratada.", MEDICATION),
    # someone else without a permit; a permit besides another one
    ("Son mari n'a plus d'autorisation de travail.", AUTHORIZED),
    ("Elle a reçu en plus un permis de travail.", AUTHORIZED),
    ("O marido não possui autorização de trabalho.", AUTHORIZED),
    # a document form label with nothing read from it
    ("Nom : Costel\nDocument d'identité : à vérifier", DOCS),
    ("Nome: Rahim\nDocumento de identificação: a confirmar", DOCS),
    # a name said of someone else
    ("Sa fille s apelle Nora, 4 ans.", NAME),
    ("Le patron s appelle Marc.", NAME),
    ("Elle s'apelle comment ? On ne sait pas.", NAME),
    # "não ... mais" said of someone else; "mais de" is "more than"
    ("O irmão não quer mais voltar.", HOME),
    ("O marido dela não tem mais onde dormir.", SHELTER),
    ("A irmã não pode mais trabalhar legalmente.", AUTHORIZED),
    # "no longer anywhere to sleep" of someone else; "plus ou moins" is "more or less"
    ("Sa soeur n'a plus où dormir.", SHELTER),
    ("Elle a plus ou moins dormi.", SHELTER),
    # a document kept by a safe holder, or by a village chief back home
    ("Son passeport est conservé par l'avocate.", DOCS),
    ("Ses papiers sont conservés par la police pour l'enquête.", DOCS),
    ("Sa carte d'identité est chez le chef du village, au pays.", DOCS),
    # "à trouver" under a label that is not about what she lacks
    ("Sexe : M\nEmploi : à trouver plus tard", SHELTER),
    # a treatment taken up again by someone else
    ("Son fils doit reprendre son traitement.", MEDICATION),
    # a team's copy of her passport
    ("A nossa equipa tem cópia do passaporte dela.", DOCS),
    ("Notre équipe a une copie de son passeport.", DOCS),
    # a "gato" that is a cat
    ("Elle a un chat et un gato.", DOCS),
]


@pytest.mark.parametrize(
    "text",
    [
        "Son visa a expiré : il n'a plus le droit de travailler.",
        "Il n'a plus le droit de travailler ici.",
    ],
)
def test_no_longer_allowed_to_work_is_never_read_as_allowed(text: str) -> None:
    """ "droit de travailler" four words after its negator: it used to read as a yes."""
    assert _applied(text, AUTHORIZED) != "yes"


@pytest.mark.parametrize(("text", "fact", "value"), FIRES)
def test_the_widened_word_reads_the_statement(text: str, fact: str, value: object) -> None:
    assert _applied(text, fact) == value


@pytest.mark.parametrize(("text", "fact"), SILENT)
def test_the_widened_word_does_not_fire_where_it_must_not(text: str, fact: str) -> None:
    assert _applied(text, fact) is None
