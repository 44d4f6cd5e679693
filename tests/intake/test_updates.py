"""One answer to "does this reading replace those?" (`corrections.Updates`)."""

import pytest

from caseassist.intake.read.corrections import Updates, update_blocks
from caseassist.intake.read.segment import sentences
from caseassist.intake.text import fold


def _updates(text: str) -> Updates:
    return Updates(sentences(fold(text)), update_blocks(text))


@pytest.mark.parametrize(
    ("text", "k", "others", "replaces"),
    [
        # a sentence that says it replaces what came before
        ("She wants to go home. She no longer wants to go home.", 1, [0], True),
        ("Quiere volver. Ya no quiere volver a su país.", 1, [0], True),
        ("Elle veut rentrer. Elle ne veut plus rentrer.", 1, [0], True),
        ("Quer voltar. Já não quer voltar.", 1, [0], True),
        # no mark: a disagreement, nothing replaces
        ("She wants to go home. She does not want to go home.", 1, [0], False),
        # "for now" is no mark
        ("She has a bed. For now she stays with a friend.", 1, [0], False),
        # a mark replaces only what is before it
        ("She no longer wants to go home. She wants to go home.", 0, [1], False),
        # an update written above the older text replaces what is below it
        (
            "Actualizo lo de abajo: ya no necesita albergue. Necesita albergue esta noche.",
            0,
            [1],
            True,
        ),
        ("Update to the message below: she no longer needs a bed. She needs a bed.", 0, [1], True),
        # readings on both sides: neither way
        ("A. She no longer needs a bed. B.", 1, [0, 2], False),
    ],
)
def test_a_marked_reading_replaces_the_ones_it_is_marked_against(text, k, others, replaces):
    assert _updates(text).replaces(k, others) is replaces


def test_a_reading_in_an_update_paragraph_replaces_the_ones_before_the_paragraph():
    text = "Needs a bed tonight.\n\nUpdate 01:50 from night staff: her cousin has a bed for her."
    marks = _updates(text)
    assert marks.replaces(len(marks.sentences) - 1, [0])
    assert not marks.replaces(0, [len(marks.sentences) - 1])


def test_a_reading_with_no_place_in_the_note_replaces_nothing():
    marks = _updates("She no longer wants to go home.")
    assert not marks.replaces(0, [-1])
    assert not marks.replaces(-1, [0])
    assert not marks.replaces(0, [])
