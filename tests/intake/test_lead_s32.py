"""A spouse named alone is a relative, and a word for her role is no name.

Found on a blind scenario: "Pt is a 67 yo male ... Wife deceased 2019." read "Pt" as his
name, and "Wife" as a vote that he is a woman, so his sex was lost in the conflict and a
women's shelter came first for him.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import clear

GENDER = "person.gender"
NAME = "person.name"


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("Pt is a 67 yo male. Wife deceased 2019.", "male"),
        ("Hombre de 58 años. Esposa en Honduras con los hijos.", "male"),
        ("Homme de 45 ans. Épouse restée au pays.", "male"),
        ("Homem de 50 anos. Esposa ficou em Angola.", "male"),
        ("Woman, 34. Husband abusive, still in Lima.", "female"),
        ("Mujer de 30 años. Marido en la cárcel.", "female"),
    ],
)
def test_a_spouse_named_alone_is_a_relative_not_her_sex(text, sex):
    assert clear(text, GENDER) == sex


@pytest.mark.parametrize(
    "text", ["Wife deceased 2019.", "Marido en Honduras.", "Mari resté au pays."]
)
def test_a_spouse_alone_gives_no_sex(text):
    assert clear(text, GENDER) is None


def test_a_spouse_after_an_indefinite_article_still_describes_her():
    assert clear("She is a wife and mother of three.", GENDER) == "female"


@pytest.mark.parametrize(
    "text",
    [
        "Pt is a 67 yo male, from Sri Lanka.",
        "Pte tiene 30 años, es de Bolivia.",
        "Pt. is a 40 yo F.",
    ],
)
def test_a_word_for_her_role_is_no_name(text):
    assert clear(text, NAME) is None


def test_a_name_opening_the_sentence_is_still_read():
    assert clear("Amina is a 34-year-old woman from Sudan.", NAME) == "Amina"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Elle parle surtout le tigrinya, et aussi l arabe.", "person.other_languages", ["ar"]),
        ("Elle dit que l homme ne sait pas ou elle est.", "safety.trafficker_knows_location", "no"),
        ("Elle est originaire d Erythree.", "person.country_of_origin", "ER"),
        ("Elle a faim, elle n a rien mangé depuis hier.", "food.needs_food_now", True),
    ],
)
def test_a_french_note_typed_without_apostrophes_reads_its_elisions(text, fact, value):
    assert clear(text, fact) == value


def test_a_nurses_left_side_is_no_elision():
    from caseassist.intake.text import with_elisions

    assert with_elisions("lac L arm, L eye swollen") == "lac L arm, L eye swollen"
    assert with_elisions("aussi l arabe, qu elle dit") == "aussi l'arabe, qu'elle dit"


def test_nouns_split_but_leaning_with_every_pronoun_give_the_sex():
    """ "Mr" and "a young man" against the paralegal's "Ms", nine "he" against her one
    "she": the nouns lean his way and nearly every pronoun agrees."""
    note = (
        "I act for Mr Tran (he goes by Minh), a young man of 31 from Vietnam. He worked in a "
        "nail salon for a year. Our paralegal, Ms Lau, interpreted at our first meeting; she "
        "found him calm. He speaks Vietnamese. He has no passport. He wants to work. He is "
        "afraid of the owner. He has not decided about the police. He takes no medication."
    )
    assert clear(note, GENDER) == "male"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("My ribs hurt when I breathe, he pushed me two weeks ago.", "ribs hurt when I breathe"),
        ("Tiene una herida en la pierna que le duele cuando camina.", "le duele cuando camina"),
        ("Elle a une plaie au pied qui fait mal quand elle marche.", "mal quand elle marche"),
        ("Tem um corte no braço que dói quando se mexe.", "dói quando se mexe"),
    ],
)
def test_when_an_injury_hurts_is_kept_with_it(text, kept):
    assert kept in (clear(text, "medical.injuries") or "")


@pytest.mark.parametrize(
    "text",
    [
        "Cut on her hand when she was working in the kitchen.",
        "Corte na mão quando estava a trabalhar na fábrica.",
    ],
)
def test_when_an_injury_came_is_still_cut(text):
    assert " when " not in (clear(text, "medical.injuries") or "x when y")
    assert " quando " not in (clear(text, "medical.injuries") or "x quando y")


@pytest.mark.parametrize(
    "text",
    [
        "She has not expressed any willingness to cooperate with the police.",
        "She has not said that she wants to report to the police.",
        "No ha manifestado su voluntad de denunciar.",
        "Elle n'a pas exprimé le souhait de porter plainte.",
        "Ela não manifestou o desejo de fazer queixa.",
    ],
)
def test_a_wish_she_has_not_voiced_is_no_police_wish_either_way(text):
    """Not saying a wish is the writer's not knowing, never her no (nor her yes)."""
    assert clear(text, "safety.wants_law_enforcement") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She has expressed her willingness to cooperate with the police.", "yes"),
        ("She does not want the police involved.", "no"),
        ("Ela não quer a polícia.", "no"),
    ],
)
def test_a_wish_she_voiced_is_still_read(text, value):
    assert clear(text, "safety.wants_law_enforcement") == value


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("She is from Peru. A man helped her.", "female"),
        ("She is 30. A man took her passport.", "female"),
        ("He is 38. A woman drove him to the station.", "male"),
        ("Man, 45, from Ghana, with his cousin.", "male"),
        ("A young man, 19, brought by his aunt.", "male"),
    ],
)
def test_a_person_of_the_other_sex_acting_on_her_casts_no_vote(text, sex):
    assert clear(text, GENDER) == sex


@pytest.mark.parametrize(
    "text",
    [
        "She has given written consent for us to share it with you, but she asked that we "
        "check with her before anything goes to any other agency.",
        "Elle accepte le partage avec vous, mais demande qu'on la consulte avant toute "
        "transmission à un autre service.",
        "Aceita partilhar os dados convosco, mas pediu que a consultem antes de qualquer "
        "envio a outra entidade.",
    ],
)
def test_consent_with_a_check_before_anything_else_is_asked_each_time(text):
    assert clear(text, "consent.share_with_providers") == "ask_each_time"


@pytest.mark.parametrize(
    "text",
    [
        'Identificacao: rapariga, 16 anos. A "madrinha" tem 52 anos e dois filhos adultos.',
        "Chica, 16 años. La madrina tiene 52 años.",
        "Girl, 16. The godmother is 52.",
    ],
)
def test_a_godmother_is_someone_else(text):
    """A "godmother" who brought a girl to work is a common recruiter: her age is hers."""
    assert clear(text, "person.age") == 16


@pytest.mark.parametrize(
    "text",
    [
        "She is 4 months pregnant, confirmed by ultrasound last week.",
        "She is pregnant, she arrived last week.",
        "Gravidez: gravida de 4 meses, confirmado por ecografia na semana passada.",
        "Está embarazada de 4 meses, lo confirmaron la semana pasada.",
        "Elle est enceinte de 4 mois, confirmé par échographie la semaine dernière.",
    ],
)
def test_a_past_time_in_a_later_clause_leaves_a_present_state(text):
    assert clear(text, "household.pregnant") is True


@pytest.mark.parametrize(
    "text", ["She needed a doctor last week.", "Last month, she needed a doctor urgently."]
)
def test_a_past_time_before_or_in_the_clause_still_makes_it_past(text):
    assert clear(text, "medical.urgent_need") is None
