"""Two statements written one line after the other, stop 28 (joined16), in invented notes in
en/es/fr/pt: the scope of a cue ends with its line. A line ends its statement before a line
opening with a capital on a word that is no name (a hedge, a question, a person of the next
line never reaches it); a form line with a value of a few words ends at its line end, whatever
word the value is ("denies", "nie", "nega"); a one-letter reply after a question ("Y", "S", "O") ends its sentence.
Distractors: a line wrapped inside a sentence, on a name after a word the statement goes on
after, stays one statement."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from caseassist.intake.read.line_ends import ended_short_lines
from caseassist.intake.read.segment import sentences

BED = "shelter.needs_shelter_tonight"
LANG = "person.preferred_language"
WORK = "jobs.wants_employment"
KIDS = "household.children_with_them"
KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # a hedge on the next line does not reach the need before it
        (
            "has no bed for tonight, needs emergency placement\nShe may speak a little French, not sure.",
            BED,
            True,
        ),
        (
            "no tiene dónde dormir esta noche, necesita plaza urgente\nQuizás habla algo de francés, no sé.",
            BED,
            True,
        ),
        (
            "n'a pas de lit ce soir, besoin d'une mise à l'abri\nElle parle peut-être un peu anglais, je ne sais pas.",
            BED,
            True,
        ),
        (
            "não tem onde dormir esta noite, precisa de vaga urgente\nTalvez fale um pouco de inglês, não sei.",
            BED,
            True,
        ),
        # a question on the next line does not make the line before one
        (
            "speaks Amharic, wants Amharic\nCould you ask her whether she wants to talk to the police?",
            LANG,
            "am",
        ),
        (
            "habla amárico, quiere amárico\nPodrías preguntarle si quiere hablar con la policía?",
            LANG,
            "am",
        ),
        (
            "parle amharique, veut amharique\nPeux-tu lui demander si elle veut parler à la police ?",
            LANG,
            "am",
        ),
        (
            "fala amárico, quer amárico\nPodes perguntar-lhe se quer falar com a polícia?",
            LANG,
            "am",
        ),
        # a form value of one word ends its line: its denial reaches no wish after it
        ("Danger to self/others: denies\nMaria wants to find a job.", WORK, True),
        ("Riesgo para sí misma: niega\nCarmen quiere encontrar trabajo.", WORK, True),
        ("Danger pour elle-même : nie\nAmina veut trouver un travail.", WORK, True),
        ("Risco para si: nega\nJoana quer arranjar emprego.", WORK, True),
        # a count as a form value, a lower-case line after it
        ("Children with her: 2\nnot hungry, she ate at the station", KIDS, 2),
        ("Hijos que la acompañan: 2\nno tiene hambre, comió en la estación", KIDS, 2),
        ("Enfants avec elle : 2\npas faim, elle a mangé à la gare", KIDS, 2),
        ("Filhos com ela: 2\nsem fome, comeu na estação", KIDS, 2),
        # a one-letter reply to a question ends its sentence
        ("Wants police involvement? Y\nHer son translates for her at the market.", POLICE, "yes"),
        ("¿Quiere denunciar? S\nSu hijo le traduce en el mercado.", POLICE, "yes"),
        ("Souhaite porter plainte ? O\nSon fils traduit pour elle au marché.", POLICE, "yes"),
        ("Quer apresentar queixa? S\nO filho traduz para ela no mercado.", POLICE, "yes"),
    ],
)
def test_a_statement_ends_with_its_line(text, fact, value):
    assert extract(text).values.get(fact) == value


@pytest.mark.parametrize(
    "text",
    [
        "Trafficker knows location: ?\nNo children with her.",
        "El tratante conoce su ubicación: ?\nNo hay menores a cargo.",
        "O traficante sabe onde ela está: ?\nNão tem filhos com ela.",
    ],
)
def test_a_question_mark_as_a_value_takes_no_reply(text):
    """A "?" value then a line opening on a negation: no clear "no" is set."""
    got = extract(text)
    assert KNOWS not in got.values
    assert got.possible.get(KNOWS) != "no"


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("speaks Burmese, wants Burmese\nCould you ask her?", True),
        ("habla wolof, quiere wolof\nSu amiga no tiene dónde dormir.", True),
        ("usagère sans hébergement ce soir\nElle parle peut-être espagnol.", True),
        ("fala crioulo, quer crioulo\nTem uma cama para esta noite.", True),
        ("Pain: none\nthe client sleeps at a friend's tonight", True),
        # wrapped inside a sentence: a name after a word the statement goes on after, a
        # language or a country opening the line, a lower-case line, an acronym, "I"
        ("She comes from\nGhana and speaks Twi.", False),
        ("Ella viene de\nGuatemala y habla k'iche'.", False),
        ("She speaks\nEnglish and some Arabic.", False),
        ("elle a été amenée par la police\net le SAMU", False),
        ("pt seen in the ED overnight by the\nICU team", False),
        ("she told us she is 34 and that\nI could call her", False),
        ("Age:\n34", False),
        ("Language: Spanish and\nsome Portuguese", False),
        ("Idioma: español y\nun poco de portugués", False),
        ("Tutora 4.ºB: Hola Pilar, te escribo por Dmytro, claro\nTutora 4.ºB: sí", False),
    ],
)
def test_which_line_ends_its_statement(text, ended):
    first = ended_short_lines(text).split("\n")[0]
    assert first.endswith(".") == ended


@pytest.mark.parametrize(
    "text",
    [
        "Shelter: go ahead\nClinic: Trafficker knows location: ?",
        "Albergue: adelante\nClínica: El tratante conoce su ubicación: ?",
        "Foyer : allez-y\nClinique : L'exploiteur connaît sa localisation : ?",
        "Abrigo: pode dizer\nClínica: O traficante sabe onde ela está: ?",
    ],
)
def test_a_question_mark_value_in_a_turn_states_nothing(text):
    """The label of a "?" value in a chat turn is still asked, never stated."""
    assert KNOWS not in extract(text).values


def test_an_initial_still_goes_on():
    assert sentences("Ofc. D. Kowalczyk took the report.") == ["Ofc. D. Kowalczyk took the report"]
    assert sentences("Police? Y.\nShe is safe.") == ["Police", "Y", "She is safe"]


_SIGN_OFF = {
    "en": "Thank you for taking this referral so quickly, please ring the ward on 555 0199 with any questions at all, day or night.",
    "es": "Muchas gracias por atender esta derivación tan rápido; pueden llamar a la planta al 555 0199 con cualquier duda, de día o de noche.",
    "fr": "Merci beaucoup de prendre cette orientation si vite ; vous pouvez appeler le service au 555 0199 pour toute question, de jour comme de nuit.",
    "pt": "Muito obrigada por aceitarem este encaminhamento tão depressa; podem ligar para o serviço pelo 555 0199 com qualquer dúvida, de dia ou de noite.",
}


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Triage: the patient says the man with her is her trafficker and he is in the waiting room now.",
        ),
        (
            "es",
            "Triaje: la paciente dice que el hombre que la acompaña es su explotador y que está en la sala de espera.",
        ),
        (
            "fr",
            "IAO : la patiente dit que l'homme qui l'accompagne est son exploiteur et qu'il est en salle d'attente.",
        ),
        (
            "pt",
            "Triagem: a paciente diz que o homem que a acompanha é o explorador dela e que está na sala de espera.",
        ),
    ],
)
def test_a_sign_off_changes_no_reading(lang, body):
    """An "and"-joined statement is read the same alone and with a header and a sign-off
    that make the note long: its parts are read by the sentence's length, not the note's."""
    alone = extract(body).values.get(KNOWS)
    assert alone == "yes"
    assert extract(f"{body}\n\n{_SIGN_OFF[lang]}").values.get(KNOWS) == alone
    assert (
        extract(f"Referral from the ward.\n\n{body}\n\n{_SIGN_OFF[lang]}").values.get(KNOWS)
        == alone
    )
