"""Stop 36 (needs36): needs already met. A need for care she denies is a no; bleeding controlled and bruises gone are cared for;
a meal eaten whole is no hunger now; a medicine no longer needed is no run-out; a state ended
by a later event is a span gone by. Invented sentences in the four languages, each with a
counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

URGENT = "medical.urgent_need"
INJ = "medical.injuries"
FOOD = "food.needs_food_now"
MED = "medical.needs_medication"
BED = "shelter.needs_shelter_tonight"


@pytest.mark.parametrize(
    "text",
    [
        "She denies needing a doctor.",
        "Niega necesitar atención médica.",
        "Elle nie avoir besoin de soins.",
        "Nega precisar de médico.",
    ],
)
def test_a_need_for_care_she_denies_is_a_no(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Her son denies needing a doctor.",
        "She does not deny needing a doctor.",
    ],
)
def test_another_persons_denial_is_not_hers(text: str) -> None:
    assert URGENT not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "The bleeding is controlled.",
        "El sangrado está controlado.",
        "Le saignement est contrôlé.",
        "O sangramento está controlado.",
    ],
)
def test_bleeding_controlled_is_no_urgent_need(text: str) -> None:
    got = extract(text)
    assert URGENT not in got.values and URGENT not in got.possible


@pytest.mark.parametrize(
    "text",
    [
        "Cut on her hand, bleeding not controlled.",
        "Corte en la mano, sangrado no controlado.",
        "Plaie à la main, saignement non contrôlé.",
        "Corte na mão, sangramento não controlado.",
    ],
)
def test_bleeding_not_controlled_stays_urgent(text: str) -> None:
    assert extract(text).values.get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "She had bruises, they are gone now.",
        "Tenía moretones, ya desaparecieron.",
        "Elle avait des bleus, ils ont disparu.",
        "Tinha hematomas, já desapareceram.",
    ],
)
def test_bruises_gone_are_no_injury(text: str) -> None:
    got = extract(text)
    assert INJ not in got.values and URGENT not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "She ate everything and says she is full.",
        "Comió todo y ya no tiene hambre.",
        "Elle a tout mangé et dit être rassasiée.",
        "Comeu tudo; diz que está satisfeita.",
    ],
)
def test_a_meal_eaten_whole_is_no_hunger_now(text: str) -> None:
    assert extract(text).values.get(FOOD) is False


@pytest.mark.parametrize(
    "text",
    [
        "Her son ate everything.",
        "Su hijo se comió todo.",
        "Elle n'a pas tout mangé.",
    ],
)
def test_someone_elses_meal_or_a_meal_not_finished_says_nothing(text: str) -> None:
    assert extract(text).values.get(FOOD) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Before, yes. Now I don't need them anymore.",
        "Ya no, el médico me las quitó.",
        "Je n'en ai plus besoin.",
        "Agora não preciso mais.",
    ],
)
def test_a_medicine_no_longer_needed_is_a_no(text: str) -> None:
    assert interpret_answer(MED, text).values.get(MED) is False


@pytest.mark.parametrize(
    "text",
    [
        "Son inhalateur a été pris, elle n'en a plus besoin.",
        "Elle n'en a plus besoin.",
    ],
)
def test_no_longer_needed_is_never_run_out(text: str) -> None:
    assert extract(text).values.get(MED) is not True


@pytest.mark.parametrize(
    "text",
    [
        "She was sleeping rough until we found her a bed in March.",
        "Dormía en la calle hasta que le encontramos una plaza en marzo.",
        "Elle dormait dans la rue jusqu'à ce qu'on lui trouve une place en mars.",
        "Dormia na rua até lhe encontrarmos uma vaga em março.",
    ],
)
def test_a_state_ended_by_a_later_event_is_no_bed_tonight(text: str) -> None:
    assert BED not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She has nowhere to sleep until we find her a bed.",
        "She slept rough until recently, and tonight she has nowhere to go.",
    ],
)
def test_a_state_still_lasting_is_a_bed_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is True
