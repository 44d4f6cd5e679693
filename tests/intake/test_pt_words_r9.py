"""Portuguese word lists widened in the ninth round of issue 12 (data only, in
`lexicon/pt/words.toml`): each list in invented sentences of several shapes (form line,
narrative, shorthand, chat), and as many readings that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import weighed_read

ORIGIN = "person.country_of_origin"
NAME = "person.name"
DOCS = "legal.has_identity_documents"
INTERPRETER = "person.needs_interpreter"
OTHERS = "person.other_languages"


def _applied(text: str, fact: str) -> object:
    return extract(text).values.get(fact)


# ----------------------------------------- demonyms: Brazilian states, Portuguese regions
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mulher, 31 anos, paraense.", "BR"),  # shorthand
        ("Ele é cearense, tem 40 anos, e trabalhou numa fazenda.", "BR"),  # narrative
        ("H, 52a, potiguar, trabalho rural sem salário.", "BR"),
        ("[10:02] Técnica: ela é baiana, 28 anos", "BR"),  # chat
        ("Ele é maranhense e fala apenas português.", "BR"),
        ("Senhora alentejana de 60 anos, sem salário há 10 anos.", "PT"),
        ("Rapaz santomense, 16a.", "ST"),
        ("Jovem caboverdiana, 19 anos, trabalho doméstico.", "CV"),
    ],
)
def test_a_regional_demonym_gives_her_country(text: str, code: str) -> None:
    assert _applied(text, ORIGIN) == code


@pytest.mark.parametrize(
    ("text", "not_code"),
    [
        ("O patrão é paulista; ela é boliviana, 22 anos.", "BR"),  # someone else's
        ("Trabalhou como mineiro numa obra, 45 anos.", "BR"),  # a miner, not Minas Gerais
        ("Homem, 30 anos, torce pelo Fluminense.", "BR"),  # a football club
        ("Mulher de 25 anos, dançava funk carioca num bar.", "BR"),  # a music, not her
        ("Mulher, 30 anos, trabalhava num prédio da Avenida Paulista.", "BR"),  # a street
        ("Homem, 28 anos, trabalha para um fazendeiro goiano.", "BR"),  # the farmer's
        ("Mulher de 35 anos, a patroa é alentejana.", "PT"),
        ("Homem de 40 anos, o gaúcho da fazenda ficou com o dinheiro.", "BR"),
    ],
)
def test_a_regional_demonym_of_another_or_of_a_thing_says_nothing(text: str, not_code: str) -> None:
    assert _applied(text, ORIGIN) != not_code


# ----------------------------------------- referral verbs before "o/a Nome, NN anos"
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Encaminho o Tiago, 31 anos, cabo-verdiano.", "Tiago"),
        ("Acolhemos o Benedito, 62 anos, guineense, na casa paroquial.", "Benedito"),
        ("Acompanho o caso de Fabiano, 27 anos, resgatado numa fazenda.", "Fabiano"),
        ("Conversamos com o Anselmo, 44 anos, na rua.", "Anselmo"),
        ("Conversamos com a Lurdes, paraguaia, 19 anos.", "Lurdes"),
        ("Uma senhora, chamada por todos de Quitéria, 70 anos, trabalha ali.", "Quitéria"),
        ("Ele é conhecido por Tonho, tem 50 anos.", "Tonho"),
    ],
)
def test_a_name_after_a_referral_verb_or_a_naming_cue(text: str, name: str) -> None:
    assert _applied(text, NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Encaminhamos o Telmo, o patrão dela, de 50 anos.",  # describes someone else
        "Estou com o Pedro ao telefone.",  # no age: nothing says it is her
        "Recebemos o Conselho Tutelar, 3 técnicos.",
        "Foi chamada de mentirosa pelo patrão.",  # a naming cue before no name
        "Foi chamado de volta ao trabalho.",
        "Acolhemos o grupo ontem à noite.",
    ],
)
def test_no_name_without_a_capitalised_name_and_her_age(text: str) -> None:
    assert _applied(text, NAME) is None


# ----------------------------------------- documents: the imperfect, the give-back negated
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("O patrão ficava com o passaporte dela.", False),
        ("O encarregado ficava com os documentos dela.", False),
        ("Ela quer pegar de volta o passaporte que o patrão tem.", False),
        ("O patrão ficou com o passaporte e ainda não lhe devolveu.", False),
        ("Ficaram com o passaporte dela. Ainda não lho devolveram.", False),
        ("Já lhe devolveram o passaporte.", True),
    ],
)
def test_a_document_held_or_given_back(text: str, value: bool) -> None:
    assert _applied(text, DOCS) is value


@pytest.mark.parametrize(
    "text",
    [
        "Nunca lhe devolveram o passaporte.",  # never given back: not hers again
        "Ela nunca me devolveu o passaporte.",
        "Nunca me devolveram os documentos.",
        "Ele ainda não me devolveu o passaporte.",
        "Ela não lhe devolveu o passaporte.",
        "A patroa devolveu-lhe o telemóvel.",  # no document
    ],
)
def test_a_give_back_negated_past_a_clitic_never_says_she_has_it(text: str) -> None:
    assert _applied(text, DOCS) is not True


# ----------------------------------------- interpreter: a phone translation line
@pytest.mark.parametrize(
    "text",
    [
        "Não fala português; foi usada a linha de tradução telefónica em romeno.",
        "Homem, 30a, só fala tigrínia. Usamos a linha de tradução.",
        "Mediação linguística necessária (bengali).",
    ],
)
def test_a_translation_line_or_mediator_is_an_interpreter(text: str) -> None:
    assert _applied(text, INTERPRETER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Precisa de tradução do diploma para se inscrever no curso.",  # a document's
        "Ela fala bem português, conversamos sem problema.",
        "A linha de apoio ligou ontem, ela fala português.",
    ],
)
def test_a_translation_of_papers_is_no_interpreter(text: str) -> None:
    assert _applied(text, INTERPRETER) is not True


# ----------------------------------------- a language she is only starting
@pytest.mark.parametrize(
    "text",
    [
        "A língua materna dela é o warao; fala também espanhol, e o português ainda está no começo.",
        "Fala crioulo haitiano e o português dele é bem fraco.",
        "Fala tétum; o inglês é muito fraco.",
    ],
)
def test_a_language_only_begun_is_not_one_she_speaks(text: str) -> None:
    got = _applied(text, OTHERS) or []
    assert "pt" not in got and "en" not in got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Fala crioulo e o português dele é bom.", "pt"),
        ("Fala tétum e também inglês fluente.", "en"),
    ],
)
def test_a_language_spoken_well_stays(text: str, code: str) -> None:
    assert code in (weighed_read(text, OTHERS) or [])


# ----------------------------------------- a cut described, an infection in either spelling
INJURIES = "medical.injuries"
URGENT = "medical.urgent_need"


@pytest.mark.parametrize(
    "text",
    [
        "Corte fundo no pé esquerdo, infeccionado, precisa ser atendido hoje.",  # narrative
        "[19:43] Equipa de rua: corte fundo no pé, infeccionado",  # chat
        "Ferimentos: ferida na mão, infecionada.",  # form line, pt-PT spelling
        "M, 30a. Ferida na perna, precisa ser vista hoje.",  # shorthand
    ],
)
def test_an_infected_or_deep_cut_is_an_urgent_injury(text: str) -> None:
    got = extract(text)
    assert got.values.get(INJURIES) and got.values.get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Houve um corte salarial no mês passado.",  # wages, not a wound
        "Fez um corte de cabelo no salão.",
        "Cortes pequenos nos dedos, já tratados.",  # cared for: not urgent
        "Tem um corte na perna, já tratado, não está infeccionado.",
    ],
)
def test_a_cut_of_wages_or_one_cared_for_is_no_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is not True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Estado de saúde: declara não estar ferida; não necessita de cuidados médicos.", False),
        ("H, 40a. Não precisa de cuidados médicos.", False),
        ("Ela diz que não requer assistência médica.", False),
        ("Dor forte no peito, precisa de assistência médica.", True),
        ("[09:10] Técnica: ele precisa de cuidados médicos", True),
        ("Precisa de ir à UPA, febre alta.", True),
    ],
)
def test_care_needed_or_not_in_every_word_for_it(text: str, value: bool) -> None:
    assert extract(text).values.get(URGENT) is value


@pytest.mark.parametrize(
    "text",
    [
        "A filha precisa de cuidados médicos, ela não.",  # another person's
        "Não sabemos se precisa de cuidados médicos.",  # the writer does not know
        "Precisa de cuidados médicos? Não sei.",  # a question: offered at most
        "A mãe dela trabalha numa UPA em Recife.",
    ],
)
def test_care_of_another_or_in_doubt_is_not_applied(text: str) -> None:
    assert extract(text).values.get(URGENT) is None
