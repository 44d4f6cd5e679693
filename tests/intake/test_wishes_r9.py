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
