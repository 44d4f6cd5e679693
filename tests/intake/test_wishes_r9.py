"""Her wishes and plans in notes, ninth round of issue 12, in invented sentences in
en/es/fr/pt: whose wish a clause states when another person is set apart before its
verb by a relative clause or an age, and the wording of her own requests. As many
readings that must not fire as must."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

HOME = "reintegration.wants_to_return_home"
JOB = "jobs.wants_employment"
FAMILY = "reintegration.wants_family_contact"
TRAINING = "jobs.wants_training"
LAWYER = "legal.wants_legal_help"
COUNSEL = "medical.wants_counseling"


def _read(text: str, fact: str) -> tuple[object, object]:
    got = extract(text)
    return got.values.get(fact), got.offered().get(fact)


# ------------------------------------ another person set apart before the verb: not hers


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Her sister, who also works on the farm, wants to go home to Mexico.", HOME),
        ("Her brother, who is still at the site, would like to find a job in a factory.", JOB),
        ("His cousin, 19, who came on the same boat, wants to go back to Ghana.", HOME),
        ("Her sister, who she lives with, wants to go home.", HOME),
        ("Su cuñado, que trabaja allí también, quiere volver a México.", HOME),
        ("Su hermana, de 22 años, quiere buscar trabajo en un hotel.", JOB),
        ("Su prima, que vino con ella en el autobús, quiere volver a Paraguay.", HOME),
        ("Sa soeur, qui travaille aussi là-bas, veut rentrer au Maroc.", HOME),
        ("Son frère, âgé de 20 ans, veut trouver du travail.", JOB),
        ("Son cousin, qui l'a accompagnée jusqu'ici, voudrait rentrer au Sénégal.", HOME),
        ("O irmão dele, de 17 anos, que também foi resgatado, quer voltar para a família.", HOME),
        ("O primo dela, que mora em Lisboa, quer arranjar trabalho nas obras.", JOB),
        ("A irmã, que também estava na casa, quer voltar para o Brasil.", HOME),
    ],
)
def test_a_wish_of_someone_set_apart_before_the_verb_is_not_hers(text: str, fact: str):
    assert _read(text, fact) == (None, None)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("A woman, who came alone, wants to go home to Mexico.", HOME, "yes"),
        ("The client, who is 30, wants to go home.", HOME, "yes"),
        ("Maria, who arrived yesterday, wants to find a job.", JOB, True),
        ("Her sister, who also works there, says she wants to go home.", HOME, "yes"),
        ("Una mujer, que vino sola, quiere volver a su país.", HOME, "yes"),
        ("Ella, que llegó ayer, quiere buscar trabajo.", JOB, True),
        ("Elle, qui est arrivée hier, veut rentrer au Maroc.", HOME, "yes"),
        ("Une femme, âgée de 30 ans, veut trouver du travail.", JOB, True),
        ("Ela, que veio sozinha, quer voltar para casa.", HOME, "yes"),
        ("Mulher, 30 anos, que chegou ontem, quer arranjar trabalho.", JOB, True),
    ],
)
def test_her_own_wish_after_a_description_of_her_still_reads(text: str, fact: str, value):
    assert _read(text, fact)[0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Ele não quer voltar para Angola. O irmão dele, de 17 anos, que também foi "
            "resgatado, quer voltar para a família em Luanda.",
            "no",
        ),
        (
            "She does not want to go home. Her brother, who is 17 and was found with her, "
            "wants to go back to Romania.",
            "no",
        ),
        (
            "No quiere volver a Honduras. Su madre, que vive en San Pedro Sula, quiere volver "
            "a casa.",
            "no",
        ),
        (
            "Elle ne veut pas rentrer au Cameroun. Son oncle, qui l'a fait venir, veut rentrer.",
            "no",
        ),
    ],
)
def test_her_own_refusal_stands_beside_a_relatives_wish(text: str, value: str):
    assert _read(text, HOME)[0] == value


# ------------------ her own requests in the words writers use: a plural label, "is asking
# to", "dit vouloir"; the same words in another person's mouth, or with nothing asked


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("He is asking to call his father in Vietnam.", FAMILY),
        ("She keeps asking to see a lawyer about her visa.", LAWYER),
        ("Demandes : logement pérenne, formation CACES (cariste), soutien psychologique", TRAINING),
        ("Demandes : logement pérenne, formation CACES (cariste), soutien psychologique", COUNSEL),
        ("Il dit vouloir surtout retrouver un travail déclaré.", JOB),
        ("Elle dit souhaiter rentrer au Cameroun.", HOME),
        ("Pedidos: vivienda, curso de cocina, psicóloga", TRAINING),
        ("Pedidos: vivienda, curso de cocina, psicóloga", COUNSEL),
        ("Dice querer volver a su país.", HOME),
        ("Demandas: moradia definitiva; curso de cuidadora de idosos", TRAINING),
        ("Demandas: moradia, acompanhamento psicológico", COUNSEL),
        ("Diz querer voltar para Angola.", HOME),
        ("Wishes: housing, counselling", COUNSEL),
    ],
)
def test_her_request_in_its_common_wordings_reads(text: str, fact: str):
    assert _read(text, fact)[0] in (True, "yes")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Her mother is asking to speak to a lawyer.", LAWYER),
        ("The employer is asking to have her back at work.", JOB),
        ("Requests: none at this time.", COUNSEL),
        ("Son frère dit vouloir rentrer au Mali.", HOME),
        ("Demandes de l'employeur : qu'elle revienne travailler.", JOB),
        ("Demandes : aucune pour le moment.", TRAINING),
        ("Su madre dice querer que vuelva a casa.", HOME),
        ("Pedidos de la familia: que vuelva a casa.", HOME),
        ("Demandas: ninguna por ahora.", COUNSEL),
        ("O patrão diz querer que ela volte ao trabalho.", JOB),
        ("Demandas da família: que ela volte para casa.", HOME),
        ("Demandas: nenhuma.", TRAINING),
        ("Her mother wishes she had counselling.", COUNSEL),
    ],
)
def test_the_same_words_for_someone_else_or_for_nothing_do_not_fire(text: str, fact: str):
    assert _read(text, fact)[0] in (None, False, "no")


def test_a_past_request_is_not_applied():
    text = "She was asking to go home at first, now she wants to stay."
    assert _read(text, HOME)[0] != "yes"


# ------------------------- a means to reach her named, then said to be safe; never the
# writer's own line, an exploiter's phone, or a phone said not to be safe

CONTACT = "person.safe_contact"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Clinic: Yes, she agreed to share. Her own phone is safe, 555-0163.", "555-0163"),
        ("Her cousin's mobile is a safe number: 555-0177.", "555-0177"),
        ("El teléfono de su prima es seguro, 600 123 456.", "600 123 456"),
        ("Su celular es seguro: 600 111 222.", "600 111 222"),
        ("Son portable est sûr, 06 12 00 00 01.", "06 12 00 00 01"),
        ("Tél. sûr : celui de sa cousine, 06 12 00 37 84 (appeler après 18h).", "06 12 00 37 84"),
        (
            "Pode ligar pra tia dela, tia Amélia, 84 555 0193, ela diz que esse número é seguro.",
            "84 555 0193",
        ),
        ("O número da tia é seguro: 84 555 0194.", "84 555 0194"),
    ],
)
def test_a_means_said_to_be_safe_is_her_safe_contact(text: str, number: str):
    assert number in str(extract(text).values.get(CONTACT))


@pytest.mark.parametrize(
    "text",
    [
        "Our office line is safe, 555-0100.",
        "The boss's phone is safe, 555-0111.",
        "Her phone is not safe: 555-0122.",
        "Nuestro número es seguro: 91 000 00 00.",
        "El teléfono del patrón es seguro, 600 000 111.",
        "Notre ligne est sûre : 01 23 45 67 89.",
        "Le portable du patron est sûr, 06 00 00 00 03.",
        "A nossa linha é segura, 21 000 0000.",
        "O telefone dela não é seguro: 84 555 0100.",
        "Es seguro que llegó el lunes; su DNI es 12345678.",
    ],
)
def test_a_line_that_is_not_hers_or_not_safe_is_no_safe_contact(text: str):
    assert extract(text).values.get(CONTACT) is None


# ---------------------- legal help: her wish that the lawyer go on representing her, a
# request for information on a residence permit, help to recover unpaid wages


@pytest.mark.parametrize(
    "text",
    [
        "She is worried about being deported and wants our clinic to continue representing her.",
        "She wants help to get her wages back.",
        "Situación en España: irregular, solicita información sobre autorización de residencia",
        "Pide ayuda para recuperar sus salarios.",
        "Il demande aussi de l'aide pour récupérer ses salaires (prud'hommes).",
        "Il souhaite retrouver du travail et demande de l'aide pour récupérer ses salaires.",
        "Pede ajuda para recuperar os salários em atraso.",
    ],
)
def test_a_wish_for_representation_or_a_legal_claim_is_a_wish_for_legal_help(text: str):
    assert _read(text, LAWYER)[0] is True


@pytest.mark.parametrize(
    "text",
    [
        "The lawyer will represent her at the hearing.",
        "We have been representing her since March.",
        "The employer wants help to recover his wages from the client.",
        "Her employer asked for information about a residence permit for her.",
        "Su hermano quiere que sigamos llevando su caso.",
        "Ya recuperó sus salarios con ayuda del sindicato.",
        "Nous la représentons depuis mars.",
        "Il a déjà récupéré ses salaires.",
        "O advogado vai representá-la.",
    ],
)
def test_representation_or_wages_with_no_wish_of_hers_is_no_wish(text: str):
    assert _read(text, LAWYER)[0] is None
