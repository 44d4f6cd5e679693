"""Readings the lead found trying the app and the earlier blind scenario sets (stop 39)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import note


@pytest.mark.parametrize(
    "text",
    [
        "Father Benedek from the parish rang us. A young woman has been sleeping in the "
        "church hall since Monday. She is 26.",
        "El padre Anselmo nos escribió. Una señora de 50 años duerme en la parroquia. "
        "Ella es de Honduras.",
        "Je vous écris de la part du père Gaston, il m'a donné votre adresse. Une dame "
        "vient à la messe le dimanche. Elle a 67 ans.",
        "O padre Severino ligou. Uma senhora de 60 anos dorme na igreja. Ela é de Angola.",
    ],
)
def test_a_priest_named_by_a_parents_title_is_not_her(text: str) -> None:
    """ "Father X" / "el padre X" / "le père X" is the priest who referred her: his title
    once gave a woman the gender "male", a wrong value that put a men's shelter first."""
    assert note.extract(text).values.get("person.gender") == "female"


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Father of two, 35, from Honduras. Needs a bed tonight.", "male"),
        ("Mother of three, 41, from Peru, sleeping at the bus station.", "female"),
    ],
)
def test_a_parents_noun_before_of_still_describes_the_person(text: str, gender: str) -> None:
    assert note.extract(text).values.get("person.gender") == gender


def test_a_man_in_her_words_bracketed_as_someone_elses_husband_is_not_her() -> None:
    """A chat where she speaks: "monsieur (le mari de madame)" is her employer's husband;
    his noun gave her the gender "male", a wrong value that put men's shelters first."""
    text = (
        "21:02 Utilisatrice : bonsoir. je suis partie ce soir de la maison où je "
        "travaillais, avec ma fille\n"
        "21:03 Bénévole : Est-ce qu'ils savent où vous êtes ?\n"
        "21:04 Utilisatrice : je pense pas. monsieur (le mari de madame) est en voyage\n"
        "21:05 Bénévole : [note] Elle attend à la gare. Elle a faim.\n"
    )
    assert note.extract(text).values.get("person.gender") != "male"


def test_one_womans_title_against_every_pronoun_of_a_long_note_leaves_gender_open() -> None:
    """An investigator's "Mme X" named three times against sixteen "il" of the man the
    note is about gave him the gender "female"; now the gender is left to ask."""
    sentences = [
        "Mme Lenoir, l'enquêtrice, suit son dossier.",
        "Il a 67 ans et il est sénégalais.",
        "Il voit Mme Lenoir une fois par mois.",
        "Selon Mme Lenoir, il n'est pas en danger.",
        "Il parle wolof et il comprend le français.",
        "Il a porté plainte et il veut continuer.",
        "Il prend un comprimé chaque matin.",
        "Il appelle ses enfants le dimanche et il veut les revoir.",
        "Il hésite à rentrer : il veut d'abord que l'affaire soit jugée.",
    ]
    assert note.extract(" ".join(sentences)).values.get("person.gender") != "female"
