"""Stop 34 (people34): a gap between ages, a sentence about her name, someone else's name
or words, her origin said beside a place she passed, and the other woman's child."""

import pytest

from caseassist.intake.read import extract, interpret_answer

AGE = "person.age"
NAME = "person.name"
ORIGIN = "person.country_of_origin"
KIDS = "household.children_with_them"


@pytest.mark.parametrize(
    ("gap", "plain"),
    [
        ("I am two years older than my sister.", "I am 21 years old."),
        ("Tengo dos años más que mi hermana.", "Tengo 21 años."),
        ("J'ai deux ans de plus que ma sœur.", "J'ai 21 ans."),
        ("Sou dois anos mais velha que a minha irmã.", "Tenho 21 anos."),
    ],
)
def test_an_age_gap_is_no_age(gap: str, plain: str) -> None:
    assert AGE not in extract(gap, answer=True).values
    assert extract(plain, answer=True).values[AGE] == 21


@pytest.mark.parametrize(
    ("none", "called"),
    [
        ("She prefers not to give a name today.", "Everybody at home calls me Didi."),
        ("Todavía no sé qué nombre quiero usar, después le digo.", "En casa todos me llaman Didi."),
        (
            "Si je reste ici, je choisirai un nouveau prénom plus tard.",
            "À la maison ils m'appellent Didi.",
        ),
        (
            "Ainda não sei que nome quero usar, depois eu falo.",
            "Em casa todo mundo me chama de Didi.",
        ),
    ],
)
def test_a_sentence_without_a_name_is_no_name(none: str, called: str) -> None:
    assert NAME not in interpret_answer(NAME, none).values
    assert interpret_answer(NAME, called).values[NAME] == "Didi"


@pytest.mark.parametrize(
    ("theirs", "hers"),
    [
        ("The interpreter is called Farah.", "She is called Farah."),
        ("La intérprete se llama Farah.", "Ella se llama Farah."),
        ("L'interprète s'appelle Farah.", "Elle s'appelle Farah."),
        ("A intérprete se chama Farah.", "Ela se chama Farah."),
    ],
)
def test_the_interpreters_name_is_not_hers(theirs: str, hers: str) -> None:
    assert NAME not in extract(theirs).values
    assert extract(hers).values[NAME] == "Farah"


@pytest.mark.parametrize(
    ("denied", "stated", "code"),
    [
        (
            "I came from Mexico, but I'm not from there.",
            "I'm from Guatemala, but I lived in Mexico.",
            "GT",
        ),
        (
            "Vengo de México, pero no soy de allá.",
            "Soy hondureña, pero viví dos años en México.",
            "HN",
        ),
        (
            "Je viens d'Espagne, mais je ne suis pas de là-bas.",
            "Je suis marocaine, mais j'ai passé deux ans en Espagne.",
            "MA",
        ),
        ("Vim do Peru, mas não sou de lá.", "Sou angolana, mas morei dois anos em Portugal.", "AO"),
    ],
)
def test_her_origin_not_the_country_she_passed(denied: str, stated: str, code: str) -> None:
    assert ORIGIN not in interpret_answer(ORIGIN, denied).values
    assert interpret_answer(ORIGIN, stated).values[ORIGIN] == code


@pytest.mark.parametrize(
    ("quoted", "hers"),
    [
        ('Her roommate told her: "I am 19 and my name is Fanta."', 'She told us: "I am 19."'),
        (
            "Su compañera de cuarto dijo: «tengo 19 años y me llamo Fanta».",
            "Ella dijo: «tengo 19 años».",
        ),
        (
            "Sa voisine de chambre lui a dit : « j'ai 19 ans, je m'appelle Fanta ».",
            "Elle a dit : « j'ai 19 ans ».",
        ),
        ("A vizinha disse: eu tenho 19 anos e me chamo Fanta.", "Ela disse: eu tenho 19 anos."),
    ],
)
def test_another_persons_words_are_theirs(quoted: str, hers: str) -> None:
    got = extract(quoted).values
    assert AGE not in got and NAME not in got
    assert extract(hers).values.get(AGE) == 19


@pytest.mark.parametrize(
    ("refused", "used"),
    [
        ("She used to go by Rosie but no longer wants that name.", "She goes by Rosie."),
        ("La conocen como Rosie, pero ya no usa ese nombre.", "La conocen como Rosie."),
        ("On l'appelait « Jessica » ; elle ne veut plus de ce nom.", "On l'appelle « Jessica »."),
        ("É conhecida como Rosie, mas não quer mais esse nome.", "É conhecida como Rosie."),
    ],
)
def test_a_name_she_no_longer_wants(refused: str, used: str) -> None:
    assert NAME not in extract(refused).values
    assert extract(used).values.get(NAME) in ("Rosie", "Jessica")


@pytest.mark.parametrize(
    ("other", "hers"),
    [
        (
            "The other woman was taken to another shelter with her baby.",
            "The woman came with her baby.",
        ),
        ("La otra mujer fue llevada a otro albergue con su bebé.", "La mujer llegó con su bebé."),
        (
            "L'autre femme a été emmenée dans un autre foyer avec son bébé.",
            "La femme est arrivée avec son bébé.",
        ),
        (
            "A outra mulher foi levada para outro abrigo com o bebê dela.",
            "A mulher chegou com o bebê dela.",
        ),
    ],
)
def test_the_other_womans_child_is_not_with_her(other: str, hers: str) -> None:
    got = extract(other).values
    assert KIDS not in got and "person.gender" not in got
    assert extract(hers).values.get(KIDS) == 1
