"""Stop 32 (lang32): another person's language through a relative clause (after a name
set off by commas, an interpreter, someone who acted on her), a helper who only offered
to interpret, a fronted language only understood, a rating shared by a bare language
after "and", and a quantity under an "Other languages" label. Invented sentences in the
four languages, each with a counterpart that must still give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import languages_read as _all_read
from tests.intake.reading import listed_languages as _listed
from tests.intake.reading import weighed_listed

_PREF = "person.preferred_language"
_OTHER = "person.other_languages"


# --- a relative clause after a person noun and a name set off by commas ----------------


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Tamil. Our interpreter, Ms. Devi, who is from Delhi and speaks Hindi, came.",
        "Habla tamil. La intérprete, la Sra. Devi, que es de Delhi y habla hindi, vino.",
        "Elle parle tamoul. L'interprète, Mme Devi, qui vient de Delhi et parle hindi, est venue.",
        "Fala tâmil. A intérprete, D. Devi, que é de Deli e fala hindi, esteve presente.",
        "Habla tamil. Nuestro traductor, que habla hindi, estuvo presente.",
        "Fala tâmil. O intérprete, que fala hindi, esteve presente.",
    ],
)
def test_the_relative_clause_of_an_interpreter_named_is_not_hers(text):
    assert extract(text).values.get(_PREF) == "ta"
    assert "hi" not in _all_read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The young woman, Devi, who came in today, speaks Tamil and Hindi.",
        "La joven, Devi, que llegó hoy, habla tamil e hindi.",
    ],
)
def test_her_own_name_set_off_keeps_her_languages(text):
    assert "hi" in _all_read(text)


# --- someone who acted on her -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Moldovan. One of the men who held him (40s, speaks good Italian) phoned.",
        "Habla moldavo. Uno de los hombres que lo retenían (unos 40, habla italiano) llamó.",
        "Parle moldave. Un des hommes qui l'ont retenu (la quarantaine, parle italien) a appelé.",
        "Fala moldavo. Um dos homens que o prendiam (uns 40, fala italiano) telefonou.",
        "Speaks Moldovan. The woman who recruited her speaks fluent Italian.",
        "Habla moldavo. Los hombres que la vigilaban hablan italiano.",
    ],
)
def test_the_language_of_one_who_acted_on_her_is_not_hers(text):
    assert "it" not in _listed(text)


def test_a_man_who_came_in_is_her_client():
    assert extract("The man who came in today speaks Moldovan.").values.get(_PREF) == "ro"


# --- a helper who only offered to interpret --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Spanish only. Our nurse speaks German and offered to interpret, not needed.",
        "Solo habla español. La TS habla alemán y se ofreció a traducir, no es necesario.",
        "Parle espagnol. Notre bénévole parle allemand et a proposé de traduire, pas besoin d'interprète.",
        "Fala espanhol. A enfermeira fala alemão e ofereceu-se para traduzir, não é preciso intérprete.",
    ],
)
def test_a_helper_who_offered_to_interpret_does_not_lend_her_language(text):
    got = extract(text)
    assert got.values.get(_PREF) != "de"
    assert "de" not in _listed(text)


@pytest.mark.parametrize(
    "text",
    [
        "No interpreter needed, our promotora speaks Zapotec with her.",
        "No hizo falta intérprete, la promotora habla zapoteco con ella.",
    ],
)
def test_a_helper_in_place_of_an_interpreter_still_gives_her_language(text):
    assert extract(text).values.get(_PREF) == "zap"


# --- a fronted language only understood ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prefiere hablar en tagalo, también habla inglés, castellano entiende poco.",
        "Prefere falar tagalo, também fala inglês, português entende pouco.",
        "Prefere tagalo e fala inglês; o português entende pouco.",
    ],
)
def test_a_fronted_language_understood_a_little_is_not_listed(text):
    assert _listed(text) == ["en"]


@pytest.mark.parametrize(
    "text",
    [
        "Prefiere hablar en tagalo, también habla inglés y castellano.",
        "Prefere falar tagalo, também fala inglês e português.",
    ],
)
def test_a_language_spoken_plainly_is_still_listed(text):
    assert len(_listed(text)) == 2


# --- a rating shared by a bare language after "and" ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Polish, a little English and German.",
        "Habla polaco, un poco de inglés y alemán.",
        "Parle polonais, un peu d'anglais et allemand.",
        "Fala polaco, um pouco de inglês e alemão.",
    ],
)
def test_a_little_reads_on_both_languages_joined(text):
    assert "de" not in _listed(text)
    assert {"en", "de"} <= _all_read(text)


def test_a_language_with_its_own_rating_keeps_it():
    assert weighed_listed("Speaks Polish, a little English and fluent German.") == ["de"]


# --- a quantity under an "Other languages" label ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mother tongue: Tigrinya\nOther languages: Amharic, English (a little)",
        "Lengua materna: tigriña\nOtros idiomas: amhárico, un poco de inglés",
        "Langue maternelle : tigrigna\nAutres langues : amharique, anglais (un peu)",
        "Língua materna: tigrínia\nOutras línguas: amárico, um pouco de inglês",
    ],
)
def test_a_quantity_under_an_other_languages_label_is_not_listed(text):
    # stop 36 labelling rule: a language known only partly is never listed
    assert _listed(text) == ["am"]


@pytest.mark.parametrize(
    "text",
    [
        "Mother tongue: Tigrinya\nOther languages: Amharic, basic English",
        "Língua materna: tigrínia\nOutras línguas: amárico; inglês básico",
    ],
)
def test_a_quality_under_an_other_languages_label_is_not_listed(text):
    assert _listed(text) == ["am"]


# --- a negation in the clause before an interpreter, not across a comma ----------------


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Tigrinya. I speak Amharic but she does not get it, she needs an interpreter.",
        "Habla tigriña. Yo hablo amhárico pero no lo entiende, hace falta intérprete.",
        "Elle parle tigrigna. Moi je parle amharique mais elle ne le comprend pas, il faut un interprète.",
        "Fala tigrínia. Eu falo amárico mas ela não entende, é preciso intérprete.",
    ],
)
def test_a_negation_before_a_comma_waives_no_interpreter(text):
    got = extract(text)
    assert got.values.get(_PREF) == "ti"
    assert "am" not in _listed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pas besoin d'interprète, notre bénévole parle wolof avec elle.",
        "No hizo falta intérprete, la promotora habla wolof con ella.",
    ],
)
def test_an_interpreter_waived_by_a_helper_still_gives_her_language(text):
    assert extract(text).values.get(_PREF) == "wo"
