"""Stop 29 (lang29): "some" of a language is spoken and listed, "a little" only offered;
a machine that translates is no interpreter. Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_OTHER = "person.other_languages"
_INTERP = "person.needs_interpreter"


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("Her language is Dari, she also speaks Urdu and some English.", ["ur", "en"]),
        ("Su lengua es el bambara; habla también francés y algo de inglés.", ["fr", "en"]),
        ("A língua dela é o tétum; fala também indonésio e algum inglês.", ["id", "en"]),
    ],
)
def test_some_of_a_language_beside_others_is_not_listed(text, others):
    # stop 36 labelling rule: "some English" is known only partly, never listed
    got = extract(text)
    assert got.values.get(_OTHER) == others[:1]


@pytest.mark.parametrize(
    "text",
    [
        "Her language is Dari, she also speaks Urdu and a little English.",
        "Su lengua es el bambara; habla también francés y un poco de inglés.",
        "Sa langue est le bambara ; il parle aussi français et un peu d'anglais.",
        "A língua dela é o tétum; fala também indonésio e um pouco de inglês.",
        "She understands some English.",
    ],
)
def test_a_little_or_understood_is_not_listed(text):
    got = extract(text)
    assert "en" not in (got.values.get(_OTHER) or [])


@pytest.mark.parametrize(
    "text",
    [
        "We spoke with her through the translation app on my phone.",
        "Hablamos con ella con el traductor del móvil.",
        "Nous avons parlé avec elle grâce à une application de traduction.",
        "Falámos com ela com o tradutor do telemóvel.",
    ],
)
def test_a_translation_app_is_no_interpreter(text):
    got = extract(text)
    assert _INTERP not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "We spoke with her through a phone interpreter.",
        "Hablamos con ella con una intérprete.",
        "Nous avons parlé avec elle avec une interprète.",
        "Falámos com ela com uma intérprete.",
    ],
)
def test_a_person_interpreting_still_is_one(text):
    got = extract(text)
    assert got.values.get(_INTERP) is True


@pytest.mark.parametrize(
    "text",
    [
        "Mother tongue: Punjabi\nLanguage requested for interviews: Urdu",
        "Lengua materna: panyabí\nIdioma solicitado para las entrevistas: urdu",
        "Langue maternelle : pendjabi\nLangue souhaitée pour les entretiens : ourdou",
        "Língua materna: panjabi\nLíngua desejada para as entrevistas: urdu",
    ],
)
def test_a_language_label_of_her_choice_outranks_the_mother_tongue(text):
    got = extract(text)
    assert got.values.get("person.preferred_language") == "ur"
    assert got.values.get(_OTHER) == ["pa"]


@pytest.mark.parametrize(
    "text",
    [
        "Mother tongue: Punjabi\nLanguage of the employer: Urdu",
        "Lengua materna: panyabí\nIdioma del empleador: urdu",
    ],
)
def test_a_label_with_other_words_is_not_her_choice(text):
    got = extract(text)
    assert got.values.get("person.preferred_language") != "ur"


def test_some_without_also_stays_offered():
    got = extract("He speaks Bengali and some Hindi.")
    assert "hi" not in (got.values.get(_OTHER) or [])


@pytest.mark.parametrize(
    "text",
    [
        "Suggestion from the school: a Dari interpreter for the meeting, to be discussed with her.",
        "Propuesta del colegio: intérprete de árabe para la entrevista, por confirmar con ella.",
        "Proposition du collège : interprète créole pour l'entretien, à voir avec lui.",
        "Proposta da escola: intérprete de crioulo para a entrevista, a combinar com ela.",
    ],
)
def test_an_interpreter_only_proposed_is_not_a_need(text):
    assert _INTERP not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Tetum; basic English -> interp. needed.",
        "Habla tetún; inglés básico -> interp. necesario.",
        "Parle tetum ; anglais basique -> interp. requis.",
        "Idioma: tétum; PT básico -> intérp. necessário.",
    ],
)
def test_an_interpreter_cut_short_with_a_dot_is_still_needed(text):
    assert extract(text).values.get(_INTERP) is True


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Language she prefers to be spoken to in: Tigrinya\nOther languages: Arabic", "ti"),
        ("Idioma en que prefiere ser atendida: tagalo\nOtros idiomas: inglés", "tl"),
        ("Langue dans laquelle il préfère parler : créole haïtien\nAutre langue : français", "ht"),
        ("Língua em que prefere ser atendida: tétum\nOutras línguas: inglês", "tet"),
    ],
)
def test_a_label_saying_what_she_prefers_is_her_preferred_language(text, code):
    assert extract(text).values.get("person.preferred_language") == code


@pytest.mark.parametrize(
    "text",
    [
        "Language the employer prefers: Arabic\nLanguage: Tigrinya",
        "Idioma que prefiere el patrón: árabe\nIdioma: tigriña",
        "Langue que préfère le patron : arabe\nLangue : tigrigna",
        "Língua que o patrão prefere: árabe\nLíngua: tigrínia",
    ],
)
def test_a_label_saying_what_someone_else_prefers_is_not_hers(text):
    assert extract(text).values.get("person.preferred_language") != "ar"


def test_c_est_la_langue_where_she_is_most_at_ease_is_preferred():
    got = extract(
        "Awa parle très bien français, c'est la langue dans laquelle elle est le plus à "
        "l'aise ; elle parle aussi le dioula avec sa mère."
    )
    assert got.values.get("person.preferred_language") == "fr"
    assert (
        "person.preferred_language"
        not in extract(
            "Awa parle très bien français, c'est la langue de l'école ; elle parle aussi le dioula."
        ).values
    )
