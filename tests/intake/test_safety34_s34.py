"""Stop 34 (safety34): people in general, a relative's wish in her answer, a no put off,
other women's place, a long form label. Each case with a counterpart that still reads."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

POLICE = "safety.wants_law_enforcement"
KNOWS = "safety.trafficker_knows_location"
CONSENT = "consent.share_with_providers"


def _offered(got: object) -> dict[str, object]:
    return dict(got.offered())  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("general", "hers"),
    [
        (
            "Many victims are scared and do not want to involve the police.",
            "Odile Marchetti is scared and does not want to involve the police.",
        ),
        (
            "Muchas víctimas tienen miedo y no quieren saber nada de la policía.",
            "Lucía Ferrando tiene miedo y no quiere saber nada de la policía.",
        ),
        (
            "Beaucoup de victimes ont peur et refusent de porter plainte.",
            "Mme Ferrand a peur et refuse de porter plainte.",
        ),
        (
            "Muitas vítimas têm medo e não querem fazer queixa.",
            "A Dona Filipa tem medo e não quer fazer queixa.",
        ),
    ],
)
def test_people_in_general_refuse_nothing_of_hers(general: str, hers: str) -> None:
    assert POLICE not in extract(general).values
    assert extract(hers).values.get(POLICE) == "no"


@pytest.mark.parametrize(
    ("relayed", "own"),
    [
        (
            "My uncle wants us to report it. He wants the police.",
            "My uncle is angry. I want the police.",
        ),
        (
            "Mi tío quiere que denunciemos. Él quiere la policía.",
            "Mi tío está enfadado. Yo quiero denunciar.",
        ),
        (
            "Mon oncle veut qu'on porte plainte. Lui, il veut la police.",
            "Mon oncle est fâché. Je veux porter plainte.",
        ),
        (
            "O meu tio quer que a gente faça queixa. Ele quer a polícia.",
            "O meu tio está zangado. Eu quero fazer queixa.",
        ),
    ],
)
def test_a_relatives_police_wish_in_her_answer_is_his(relayed: str, own: str) -> None:
    assert POLICE not in interpret_answer(POLICE, relayed).values
    assert interpret_answer(POLICE, own).values.get(POLICE) == "yes"


@pytest.mark.parametrize(
    "put_off",
    [
        "Not now, we'll see later.",
        "Ahora no, luego vemos.",
        "Pas maintenant, on verra plus tard.",
        "Agora não, depois a gente vê isso.",
    ],
)
def test_not_now_with_a_later_is_only_offered(put_off: str) -> None:
    consent = interpret_answer(CONSENT, put_off)
    assert CONSENT not in consent.values
    assert _offered(consent).get(CONSENT) == "no"
    police = interpret_answer(POLICE, put_off)
    assert POLICE not in police.values
    assert _offered(police).get(POLICE) == "undecided"


@pytest.mark.parametrize("plain", ["No, never.", "No, nunca.", "Non, jamais.", "Não, nunca."])
def test_a_plain_no_to_consent_stays_a_no(plain: str) -> None:
    assert interpret_answer(CONSENT, plain).values.get(CONSENT) == "no"


@pytest.mark.parametrize(
    ("others", "hers"),
    [
        (
            "The other women are at risk; the trafficker knows where they are.",
            "She is at risk; the trafficker knows where she is.",
        ),
        (
            "Las otras chicas están en peligro; el tratante sabe dónde están ellas.",
            "Está en peligro; el tratante sabe dónde está ella.",
        ),
        (
            "Les autres femmes sont en danger ; l'exploiteur sait où elles sont.",
            "Elle est en danger ; l'exploiteur sait où elle est.",
        ),
        (
            "As outras mulheres estão em perigo; o aliciador sabe onde elas estão.",
            "Ela está em perigo; o aliciador sabe onde ela está.",
        ),
    ],
)
def test_other_womens_place_is_theirs(others: str, hers: str) -> None:
    assert KNOWS not in extract(others).values
    assert extract(hers).values.get(KNOWS) == "yes"


def test_a_group_she_is_in_keeps_its_place() -> None:
    note = "He stays in a van with six others; the boss knows exactly where they sleep."
    assert extract(note).values.get(KNOWS) == "yes"


@pytest.mark.parametrize(("value", "want"), [("non", "no"), ("oui", "yes")])
def test_a_long_statement_label_keeps_its_own_value(value: str, want: str) -> None:
    note = f"FICHE\nDanger immédiat : oui\nL'exploiteur connaît son adresse actuelle : {value}"
    assert extract(note).values.get(KNOWS) == want


def test_english_form_labels_and_a_portuguese_bo() -> None:
    got = extract("Trafficker aware of current loc: unsure\nLE involvement wanted: N").values
    assert got.get(KNOWS) == "unsure" and got.get(POLICE) == "no"
    assert extract("F 21, chegou ontem. Quer fazer BO.").values.get(POLICE) == "yes"
    assert extract("F 21, chegou ontem. Não quer fazer BO.").values.get(POLICE) == "no"
