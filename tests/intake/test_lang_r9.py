"""Her languages, round 9 of issue 12, in invented sentences in en/es/fr/pt. The kinds: a
bracket describing the person before it neither cuts the clause nor stands for its
subject ("the boss (male, 40) speaks Wolof"); people around her the roles words missed
(a passer-by, co-workers, "the other workers"); an interpreter wished for, used through a
language line or given by the writer in the first person ("I translate for her"); "only"
written with a negator ("wolof nada más"); a level word after an intensifier that also
means "well" ("bem fraco"); a level in the next clause of an answer ("English, a little");
a preference said with a verb outranking a language used at home. Each kind has readings
that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer
from tests.intake.reading import INTERP, OTHERS, PREF, reads, weighed_read

# ------------------------------------ a bracket describing another person is theirs


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("The boss (male, about 40) speaks Wolof. She speaks Fula.", "ff", None),
        ("El capataz (unos 50 años) habla español. Ella habla mam.", "mam", None),
        ("Le patron (homme, 40 ans) parle wolof. Elle parle peul.", "ff", None),
        ("F, 20a. Fala umbundu. Acompanhante (prima, 25a) fala francês.", "umb", None),
        (
            "Caller: Dana, youth worker at the drop-in on 5th St (she speaks English "
            "and Spanish). She is with a boy who speaks Kirundi.",
            "rn",
            None,
        ),
        # must not fire: her own bracket, and a bracket after her
        ("Client (F, 25) speaks Dari.", "prs", None),
        ("Cliente (mujer, 30 años) habla garífuna.", "cab", None),
        ("Madame (35 ans, malienne) parle bambara.", "bm", None),
        ("A senhora (60 anos) fala crioulo e português; prefere o português.", "pt", None),
    ],
)
def test_a_closed_bracket_does_not_hide_whose_language(text, hers, others):
    assert reads(text, PREF) == hers
    if others is not None:
        assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "Found after a passerby (F, approx. 30, Spanish speaker) called 911. "
            "Speaks Yoruba and English, prefers English.",
            "en",
            ["yo"],
        ),
        ("Her coworkers speak Tagalog. She speaks Cebuano.", "ceb", None),
        ("Una transeúnte (habla inglés) llamó a la policía. Ella habla quechua.", "qu", None),
        (
            "Langues : bambara (langue préférée), français correct. Les trois autres "
            "ouvriers (sénégalais, parlent wolof) sont hébergés ailleurs.",
            "bm",
            ["fr"],
        ),
        ("Fala tétum. Os outros trabalhadores falam indonésio.", "tet", None),
        # must not fire: she is the one named
        ("She asked a passerby for help. She speaks Tigrinya.", "ti", None),
        ("Elle parle soussou, comme ses collègues.", "sus", None),
    ],
)
def test_the_people_around_her_keep_their_languages(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------------------------------------------- interpreter


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("She speaks Mandarin and would like an interpreter for all meetings.", True),
        ("Ella habla mam y quisiera un intérprete para la entrevista.", True),
        ("Notre collègue arabophone a assuré l'interprétariat.", True),
        ("Não fala português; foi usada a linha de tradução telefónica em romeno.", True),
        # someone translating for her: offered since stop 33 (lang33), not applied
        ("Il parle peul ; je lui traduis.", "possible"),
        ("Ella habla wolof nada más. Yo le traduzco.", "possible"),
        ("Fala crioulo, eu traduzo para ela.", "possible"),
        ("I translate for her, she speaks Ewe.", "possible"),
        # must not fire: no wish, or a no, or a thing translated
        ("She does not want an interpreter, she speaks English well.", False),
        ("Ella no quiere intérprete.", False),
        ("We translated the documents for her.", None),
        ("Elle souhaite un logement ; elle parle français.", None),
        ("A vizinha quer ajudar; ela fala português.", None),
    ],
)
def test_an_interpreter_wished_used_or_given(text, needs):
    assert reads(text, INTERP) == needs


# ------------------------------------------------------------------ how much, and only


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Ella habla wolof nada más.", "wo", []),
        ("Habla español nada más.", "es", []),
        ("Speaks Thai and nothing else.", "th", []),
        # must not fire: a "nada" that denies
        ("Le français, non.", None, None),
        ("Habla wolof. Español, nada.", "wo", None),
    ],
)
def test_only_written_with_a_negator(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Haitiano, fala crioulo haitiano e o português dele é bem fraco.", "ht", "possible"),
        ("Habla mam. El español lo habla bien poco.", "mam", "possible"),
        ("Il parle lingala ; son français est bien faible.", "ln", "possible"),
        (
            "Língua materna: warao; fala também espanhol, o português ainda está no começo.",
            "wba",
            ["es"],
        ),
        # must not fire: "well" that is well
        ("Fala tétum e bem o português.", "tet", ["pt"]),
        ("Speaks Dari and English well.", "prs", ["en"]),  # both well: only offered
        ("Habla quiché y el español bien.", "quc", ["es"]),
    ],
)
def test_a_level_after_an_intensifier_that_means_well(text, hers, others):
    assert weighed_read(text, PREF) == hers
    if others is not None or hers is not None:
        assert weighed_read(text, OTHERS) == others


@pytest.mark.parametrize(
    ("question", "answer", "others"),
    [
        ("Other languages?", "Spanish. English, a little.", ["es"]),
        ("¿Otros idiomas?", "El español lo hablo también. Inglés, unas palabritas nomás.", ["es"]),
        ("Autres langues ?", "L'anglais. Le français, un peu.", ["en"]),
        ("Outras línguas?", "Espanhol. Inglês, um pouco.", ["es"]),
        # must not fire: the next clause names its own language
        ("Other languages?", "English, a little Spanish too.", ["en"]),
        ("Outras línguas?", "Português, bem.", ["pt"]),
    ],
)
def test_an_answers_next_clause_rates_the_language(question, answer, others):
    got = interpret_answer(OTHERS, answer, question=question)
    assert got.values.get(OTHERS) == others


# ---------------------------------------------------------------- which she prefers


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Elle parle poular à la maison mais préfère qu'on lui parle en français.", "fr", ["ff"]),
        ("Habla mixteco en casa pero prefiere que le hablen en español.", "es", ["mix"]),
        ("Speaks Fula at home but prefers to be spoken to in French.", "fr", ["ff"]),
        ("Her mother tongue is Fula but she prefers French.", "fr", ["ff"]),
        ("Fala crioulo em casa mas prefere que falem com ela em português.", "pt", None),
        # must not fire: a preference for a thing, or two preferences
        ("Her mother tongue is Fula; she prefers a female officer.", "ff", None),
        ("Prefiere el quechua. Prefiere el español para los papeles.", "possible", None),
    ],
)
def test_a_stated_preference_outranks_a_home_language(text, hers, others):
    assert reads(text, PREF) == hers
    if others is not None:
        assert reads(text, OTHERS) == others


# ---------------------------------------- understood well, said beside "speaks"; creoles


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Cabo-verdiana. Fala crioulo e português; entende bem o português.", "kea", ["pt"]),
        ("Habla quiché y español; entiende bien el español.", "quc", ["es"]),
        ("Parle tamoul et anglais, comprend bien l'anglais.", "ta", ["en"]),
        # must not fire: understood alone, or understood and not spoken
        ("Habla quiché. Entiende bien el español.", "quc", "possible"),
        (
            "Speaks Mam and Spanish. She understands Spanish but does not speak it.",
            "mam",
            "possible",
        ),
        (
            "Speaks Mam and Spanish. She only understands Spanish, she does not speak it.",
            "mam",
            "possible",
        ),
    ],
)
def test_understood_well_beside_spoken_is_spoken(text, hers, others):
    assert weighed_read(text, PREF) == hers
    assert weighed_read(text, OTHERS) == others


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Fala crioulo cabo-verdiano e português; prefere o crioulo.", "kea"),
        ("Parle créole mauricien et français, préfère le créole.", "mfe"),
        # must not fire: a bare creole nothing resolves
        ("Fala crioulo.", "possible"),
        ("Habla criollo y español; prefiere el criollo.", "possible"),
    ],
)
def test_a_bare_creole_is_the_one_the_note_named(text, hers):
    assert reads(text, PREF) == hers


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Elle parle le français, langue dans laquelle elle est le plus à l'aise.", "fr"),
        ("Habla quechua, la lengua en la que se siente más cómoda.", "qu"),
        ("Speaks Tigrinya and Arabic, the language she is most comfortable in.", "ar"),
        ("Fala tétum, a língua em que se sente mais à vontade, e português.", "tet"),
        # must not fire: an apposition that says nothing of her ease or preference
        ("Speaks Spanish, the language of the forms, and Mam.", "possible"),
        ("Fala português, a língua dos documentos, e tétum.", "possible"),
        ("Habla español, el idioma de los papeles, y mam.", "possible"),
    ],
)
def test_an_apposition_saying_she_is_at_ease_in_it(text, hers):
    assert reads(text, PREF) == hers


def test_the_list_goes_on_after_the_apposition():
    text = "Elle parle le français, langue dans laquelle elle est le plus à l'aise, ainsi que l'ewondo."
    assert reads(text, PREF) == "fr"
    assert reads(text, OTHERS) == ["ewo"]
