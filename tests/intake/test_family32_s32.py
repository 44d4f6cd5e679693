"""Children, consent and family wishes read with their scope (stop 32, family32).

A child counted by a form line is not summed with a child said elsewhere in the next
shorthand sentence; a "petit frère" is a sibling; a consent's form yes followed by whom
it goes to is its answer; "agreed that we may share" is leave given, not a doubt; the
writer not told whether she wants something reads no wish; a wish she puts off is only
offered. Invented notes in en/es/fr/pt, each with a counterpart that must not give the
value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

CHILDREN = "household.children_with_them"
CONSENT = "consent.share_with_providers"
FAMILY = "reintegration.wants_family_contact"
OPENING = "Referral for a woman of 30. "


def _values(text: str) -> dict:
    return extract(OPENING + text).values


def _offered(text: str) -> dict:
    return extract(OPENING + text).offered()


# ------------------------------------------------------------------ children


@pytest.mark.parametrize(
    "text",
    [
        "With her: 1 girl, 4 y. Another boy (7 y) in Ghana.",
        "Con ella: 1 hija, 3 a. Otro hijo (6 a) en Guatemala con la abuela.",
        "Avec elle : 1 fille, 3 a. Un autre fils (6 a) au Mali.",
        "Com ela: 1 filho, 2 a. Outra filha (9 a) em Angola com a tia.",
    ],
)
def test_a_child_away_in_the_next_shorthand_line_is_not_added(text: str) -> None:
    assert _values(text).get(CHILDREN) == 1


def test_an_age_unit_inside_a_sentence_goes_on() -> None:
    text = "Sin hijos con ella; un niño de 3 a. en Honduras con la abuela."
    assert _values(text).get(CHILDREN) == 0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Elle est venue avec son petit frère de 15 ans.", None),
        ("Elle est venue avec sa petite sœur.", None),
        ("Elle est venue avec son petit garçon.", 1),
    ],
)
def test_a_little_brother_is_no_child_of_hers(text: str, count: int | None) -> None:
    assert _values(text).get(CHILDREN) == count


def test_a_little_brother_in_her_answer_is_no_child() -> None:
    got = interpret_answer("person.age", "J'ai 22 ans. Mon petit frère, venu avec moi, en a 14.")
    assert CHILDREN not in got.values


# ------------------------------------------------------------------- consent


@pytest.mark.parametrize(
    "text",
    [
        "Consent: yes, to share with the shelter and medical providers",
        "Consentimiento: sí, para compartir con la abogada y el hospital",
        "Consentement : oui, pour partager avec l'avocate et le médecin",
        "Consentimento: sim, para partilhar com os serviços de saúde",
    ],
)
def test_a_form_yes_with_whom_it_goes_to_is_applied(text: str) -> None:
    assert _values(text).get(CONSENT) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Consent: yes, only with the clinic",
        "Consentimiento: sí, solo con el centro de salud",
        "Consentement : oui, avec les partenaires sauf la police",
        "Consent: yes, with the police",
    ],
)
def test_a_form_yes_with_a_limit_is_not_applied(text: str) -> None:
    assert CONSENT not in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "She agreed that we may share her file with the legal clinic.",
        "She ok'd sharing her info with legal aid.",
        "Aceptó que podamos compartir su expediente con la abogada.",
        "Elle accepte que nous puissions transmettre son dossier à l'avocate.",
        "Concordou que possamos partilhar o processo com a advogada.",
    ],
)
def test_leave_she_gives_is_consent(text: str) -> None:
    assert _values(text).get(CONSENT) == "yes"


def test_a_doubt_about_the_leave_is_not_applied() -> None:
    text = "Maybe she agreed we may share her file with the clinic."
    assert CONSENT not in _values(text)


# ------------------------------------------------------------ family contact


@pytest.mark.parametrize(
    "text",
    [
        "She didn't tell us whether she wants to call her mum.",
        "No nos ha dicho si quiere llamar a su madre.",
        "Elle ne nous a pas dit si elle veut appeler sa mère.",
        "Não nos disse se quer ligar à mãe.",
    ],
)
def test_the_writer_not_told_reads_no_wish(text: str) -> None:
    assert FAMILY not in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "She wants to call her mum.",
        "Quiere llamar a su madre.",
        "Elle veut appeler sa mère.",
        "Quer ligar à mãe.",
    ],
)
def test_a_plain_wish_for_contact_is_read(text: str) -> None:
    assert _values(text).get(FAMILY) is True


@pytest.mark.parametrize(
    "text",
    [
        "Her husband is in Lima. She would like to call him; she prefers to wait.",
        "Quiere llamar a su madre, pero lo va a pensar.",
        "Elle voudrait appeler sa mère ; elle préfère attendre.",
        "Gostaria de ligar à mãe; prefere esperar.",
    ],
)
def test_a_wish_put_off_is_only_offered(text: str) -> None:
    assert FAMILY not in _values(text)
    assert _offered(text).get(FAMILY) is True


@pytest.mark.parametrize(
    "text",
    [
        "Acompanhada pela filha de 8 anos.",
        "Chegou acompanhada pelos dois filhos.",
    ],
)
def test_a_child_brought_along_after_pelo_is_with_her(text: str) -> None:
    assert _values(text).get(CHILDREN) in (1, 2)


def test_a_child_of_someone_else_after_pela_is_not_hers() -> None:
    assert CHILDREN not in _values("Foi trazida pela filha da patroa.")


@pytest.mark.parametrize(
    "text",
    [
        "Happy for us to share her details with the clinic.",
        "OK para compartir sus datos con la abogada.",
        "Ok para partilhar dados com a rede de apoio.",
        "Está ok com partilharmos os dados com a advogada.",
    ],
)
def test_consent_said_as_ok_or_happy_for_us_to_share(text: str) -> None:
    assert _values(text).get(CONSENT) == "yes"


def test_not_happy_for_us_to_share_is_a_no() -> None:
    assert (
        _values("She is not happy for us to share her details with the clinic.").get(CONSENT)
        == "no"
    )


# --------------------------------------------------------------------- work

WORK = "jobs.wants_employment"
HOME = "reintegration.wants_to_return_home"


@pytest.mark.parametrize(
    "text",
    [
        "She wants to send money to her sister later.",
        "Quiere mandar plata a sus hijos.",
        "Elle voudrait envoyer de l'argent à sa mère.",
        "Quer mandar dinheiro para casa.",
    ],
)
def test_money_to_send_only_suggests_work(text: str) -> None:
    assert WORK not in _values(text)
    assert _offered(text).get(WORK) is True


def test_money_to_send_answers_the_work_question() -> None:
    got = interpret_answer(WORK, "I need to send money home.")
    assert got.values.get(WORK) is True


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Her plan is to work and save.", WORK, True),
        ("Su plan es regresar a Honduras.", HOME, "yes"),
        ("Son projet est de trouver un emploi.", WORK, True),
        ("O plano dela é regressar a Angola.", HOME, "yes"),
        ("Espera poder hablar con su madre.", FAMILY, True),
        ("Elle espère reprendre contact avec sa mère.", FAMILY, True),
    ],
)
def test_her_plan_or_hope_is_her_wish(text: str, fact: str, value: object) -> None:
    assert _values(text).get(fact) == value


@pytest.mark.parametrize(
    "text",
    [
        "The plan is to find her a job.",
        "El plan es buscarle trabajo.",
        "Le projet est de lui trouver un emploi.",
        "O plano é arranjar-lhe trabalho.",
    ],
)
def test_the_referrers_plan_is_not_her_wish(text: str) -> None:
    assert WORK not in _values(text)
