"""Her documents, her right to work and her fear of removal, on wording nobody wrote the
rules for (stop 43, documents).

Whose documents: a possessive a word or two before the document ("Rosa's own passport",
"the other girls' passports") or an owner after it ("le passeport de sa collègue", "os
passaportes dos outros") names someone else's, never hers; her own name or "the client's"
is hers. A refusal to give it back is a document held from her. A document taken years ago
and since renewed is hers now. A month ("arrived in May") is no hedge. Her fear of removal
said as her greatest, her question whether she will be removed, a form label of the worry;
no problem with her status said plainly is no concern. Invented notes in en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

DOCS = "legal.has_identity_documents"
WORK = "jobs.has_work_authorization"
FEAR = "legal.immigration_concern"


def _read(text: str, fact: str) -> object:
    return extract(text).values.get(fact)


@pytest.mark.parametrize(
    "text",
    [
        "Client: Dana, 41. The landlord took the aunt's passport last week.",
        "Client: Dana, 41. Her employer has had Mercy's own passport since March.",
        "Dana, 41. The crew boss still holds the other lads' passports.",
        "Dana, 41. La encargada se quedó con los pasaportes de los demás.",
        "Dana, 41. El capataz guarda la cédula de su compañera de cuarto.",
        "Dana, 41. Le gérant garde le passeport de sa collègue.",
        "Dana, 41. La patronne a confisqué les passeports des autres.",
        "Dana, 41. O encarregado ficou com os passaportes de todos os outros.",
        "Dana, 41. O patrão guarda o passaporte da colega dela.",
    ],
)
def test_someone_elses_documents_held_say_nothing_of_hers(text: str) -> None:
    assert _read(text, DOCS) is None


def test_an_offer_elsewhere_does_not_keep_a_reading_of_another_womans_passport() -> None:
    text = (
        "Pupil Tess, 15. Her gran said the landlord took the gran's passport.\n"
        "I am not sure whether Tess has any ID of her own."
    )
    assert _read(text, DOCS) is None


@pytest.mark.parametrize(
    "text",
    [
        "Client: Priya Nair, 30. The supervisor still has Priya's passport.",
        "Woman, 30. The manager kept the client's passport.",
    ],
)
def test_her_own_name_or_client_as_possessor_is_hers(text: str) -> None:
    assert _read(text, DOCS) is False


@pytest.mark.parametrize(
    "text",
    [
        "Mira, 26. Her ID card is at the boss's flat and he refuses to give it back.",
        "Mira, 26. Su pasaporte está con la dueña, que se niega a devolvérselo.",
        "Mira, 26. Sa carte d'identité est chez le patron, qui refuse de la lui rendre.",
        "Mira, 26. O passaporte ficou com o gerente, que se recusa a devolvê-lo.",
    ],
)
def test_a_refusal_to_give_her_document_back_is_none(text: str) -> None:
    assert _read(text, DOCS) is False


@pytest.mark.parametrize(
    "text",
    [
        "Omar, 33. Long ago a foreman took his documents. He renewed his passport last year "
        "and carries it.",
        "Omar, 33. En 2018 le quitaron el pasaporte; ya lo renovó y lo lleva encima.",
        "Omar, 33. Years ago he lost his passport. He has a new one now.",
    ],
)
def test_a_document_taken_long_ago_and_since_renewed_is_hers(text: str) -> None:
    assert _read(text, DOCS) is True


def test_the_month_may_is_no_hedge() -> None:
    assert _read("Lea, 22. The agent took her passport on 4 May.", DOCS) is False
    assert _read("Lea, 22. No right to work; she came here last May.", WORK) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Sami, 38. He works legally for a cleaning firm.",
        "Sami, 38. Trabaja legalmente en una empresa de limpieza.",
        "Sami, 38. Il travaille légalement dans une entreprise de nettoyage.",
        "Sami, 38. Trabalha legalmente numa empresa de limpeza.",
    ],
)
def test_working_legally_is_a_work_authorization(text: str) -> None:
    assert _read(text, WORK) == "yes"


def test_a_wish_to_work_legally_is_none() -> None:
    assert _read("Sami, 38. He would like to work legally one day.", WORK) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ines, 45. Being deported is what she is most afraid of.",
        "Ines, 45. La expulsión es su mayor temor.",
        "Ines, 45. Sa plus grande crainte est d'être expulsée.",
        "Ines, 45. A deportação é o seu maior receio.",
        "Ines, 45. Pregunta sin parar si la van a deportar.",
        "Ines, 45. Elle demande sans arrêt si on va l'expulser.",
        "Ines, 45. Ela pergunta muitas vezes se a vão deportar.",
    ],
)
def test_her_greatest_fear_or_her_question_of_removal_is_a_concern(text: str) -> None:
    assert _read(text, FEAR) is True


@pytest.mark.parametrize(
    "text",
    [
        "Ines, 45. Irish citizen, no immigration issues.",
        "Ines, 45. Ciudadana española, ningún problema de residencia.",
        "Ines, 45. Citoyenne belge, aucun problème de séjour.",
        "Ines, 45. Cidadã portuguesa, sem problemas de residência.",
        "Ines, 45. Le séjour ne l'inquiète pas du tout.",
    ],
)
def test_no_problem_with_her_status_is_no_concern(text: str) -> None:
    assert _read(text, FEAR) is False


def test_a_relatives_status_problem_is_not_hers() -> None:
    assert _read("Ines, 45. Her brother has immigration problems.", FEAR) is None


@pytest.mark.parametrize(
    "text",
    [
        "REFERRAL\nName: Ines\nDeportation fear: yes\n",
        "FICHE\nPrénom : Ines\nInquiétude titre de séjour : oui\n",
        "FICHA\nNome: Ines\nReceio de deportação: sim\n",
    ],
)
def test_a_form_label_of_the_worry_is_read(text: str) -> None:
    assert _read(text, FEAR) is True


@pytest.mark.parametrize(
    "text",
    [
        "Rita, 52. Having her passport renewed is what she wants first.",
        "Rita, 52. Quiere tener el pasaporte renovado.",
        "Rita, 52. Elle veut que son passeport soit renouvelé.",
    ],
)
def test_a_renewal_only_wished_gives_no_document(text: str) -> None:
    assert _read(text, DOCS) is None
