"""A chat or transcript line's speaker label is a carrier, stop 28 (chat16): what a line
states reads the same with the label as alone, in en/es/fr/pt, for every speaker shape
notes use (a role, a titled name, a first name, initials, a time stamp in brackets or
not, a role with a name in brackets, "Name (role):", a WhatsApp or iOS export line, "X
said:"); who speaks is kept: a speaker's name is never hers, staff's "I" stays staff's,
her own turns ("Caller (survivor):", "Ana (client):") speak for her; and labels that are
no speaker (a form label, a mail header, a service's particulars) are left alone."""

from __future__ import annotations

from functools import cache

import pytest

from caseassist.intake.read import extract
from caseassist.intake.read.chat_turns import unlabelled_turns

GREET = {"en": "Shelter: go ahead", "es": "Albergue: adelante", "fr": "Foyer : allez-y"}
GREET["pt"] = "Abrigo: pode dizer"

SHAPES = {
    "en": [
        "Clinic",
        "Nurse Hollis",
        "[14:03] Clinic (Nurse Hollis)",
        "Kelsey",
        "KD",
        "14:03 Agent 12",
        "Kelsey (outreach)",
        "12/03/2026, 14:02 - Kelsey Dunmore",
        "[12/03/2026, 14:02:07] Sister Mary",
        "Officer Ruiz said",
    ],
    "es": [
        "Clínica",
        "Enfermera Ríos",
        "[14:03] Clínica (enf. Ríos)",
        "Lorena",
        "LI",
        "14:03 Agente 12",
        "Lorena (trabajadora social)",
        "12/03/2026, 14:02 - Lorena Ibarra",
        "[12/03/2026, 14:02:07] Hna. Lucía",
        "Oficial Ruiz dijo",
    ],
    "fr": [
        "Clinique",
        "Infirmière Morel",
        "[14:03] Clinique (inf. Morel)",
        "Julie",
        "JP",
        "14h03 Agent 12",
        "Mme Perrin (AS)",
        "12/03/2026, 14:02 - Julie Perrin",
        "[12/03/2026, 14:02:07] Sœur Marie",
        "Mme Perrin a dit",
    ],
    "pt": [
        "Clínica",
        "Enfermeira Sousa",
        "[14:03] Clínica (enf. Sousa)",
        "Márcia",
        "MT",
        "14:03 Agente 12",
        "Márcia (assistente social)",
        "12/03/2026, 14:02 - Márcia Teles",
        "[22:14] Irmã Graça",
        "Agente Matsinhe disse",
    ],
}

EXCERPTS = {
    "en": [
        "Pt is approx. 45 yrs old.",
        "23F, from China, Mandarin.",
        "Emergency shelter tonight: Y\nLong-term housing: N",
        "Immediate danger: No\nTrafficker knows location: Unsure\nWants police: Undecided",
        "LANG: SOMALI / INTERP REQ: Y",
    ],
    "es": [
        "Mujer de 34 años, hondureña.",
        "Alojamiento esta noche: SÍ\nVivienda a largo plazo: NO",
        "Peligro inmediato: NO\nDesea denunciar: NO",
        "Idioma preferido: rumano\nNecesita intérprete: No",
    ],
    "fr": [
        "Femme, 29 ans, malienne, parle bambara.",
        "Hébergement ce soir : OUI\nLogement à long terme : NON",
        "Danger immédiat : non\nSouhaite porter plainte : ne sait pas encore",
        "Langue préférée : tigrinya\nBesoin d'interprète : oui",
    ],
    "pt": [
        "Mulher de 31 anos, angolana.",
        "Abrigo hoje à noite: SIM\nMoradia a longo prazo: NÃO",
        "Perigo imediato: Não\nDeseja apresentar queixa: Indecisa",
        "Idioma preferencial: espanhol\nPrecisa de intérprete: sim",
    ],
}


@cache
def _alone(excerpt: str) -> dict[str, object]:
    return dict(extract(excerpt).values)


def _chat(lang: str, who: str, excerpt: str) -> str:
    return "\n".join([GREET[lang], *(f"{who}: {line}" for line in excerpt.split("\n"))])


@pytest.mark.parametrize(
    ("lang", "who", "excerpt"),
    [(lang, who, ex) for lang, shapes in SHAPES.items() for who in shapes for ex in EXCERPTS[lang]],
)
def test_a_chat_line_reads_as_its_words_alone(lang: str, who: str, excerpt: str) -> None:
    alone = _alone(excerpt)
    assert alone  # (each excerpt states something)
    assert extract(_chat(lang, who, excerpt)).values == alone


@pytest.mark.parametrize(
    "text",
    [
        "Shelter: go ahead\nKelsey: she is 23, from China\nKelsey: she speaks Mandarin",
        "Shelter: go ahead\nNurse Hollis: Pt is approx. 45 yrs old.",
        "Albergue: adelante\nOficial Ruiz dijo: tiene 30 años, es hondureña",
        "Albergue: adelante\n[14:03] Clínica (enf. Ríos): Mujer de 34 años, hondureña.",
        "Foyer : allez-y\nMme Perrin (AS) : elle a 30 ans, elle est malienne",
        "Foyer : allez-y\n[14:03] Sœur Hélène : Femme, 29 ans, malienne.",
        "Abrigo: pode dizer\n[22:14] Irmã Graça: ela tem 30 anos, é de Angola",
        "Abrigo: pode dizer\n12/03/2026, 14:02 - Márcia Teles: Mulher de 31 anos, angolana.",
    ],
)
def test_a_speakers_name_is_never_hers(text: str) -> None:
    got = extract(text)
    assert "person.name" not in got.values and "person.name" not in got.possible
    assert "person.age" in got.values


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "[14:03] Caller (survivor): I am 23 and I need a bed tonight.",
            {"person.age": 23, "shelter.needs_shelter_tonight": True},
        ),
        (
            "Shelter: go ahead\n12/03/2026, 14:02 - Ana (client): I want to go home to Ghana. I am 23.",
            {"person.age": 23, "reintegration.wants_to_return_home": "yes"},
        ),
        (
            "[22:14] Usuaria (Rosa): Tengo 23 años, soy de Honduras.",
            {"person.age": 23, "person.country_of_origin": "HN"},
        ),
        (
            "12/03/2026, 14:02 - Awa (usagère) : J'ai 23 ans, je viens du Mali.",
            {"person.age": 23, "person.country_of_origin": "ML"},
        ),
        (
            "[10:01] Utente: Tenho 23 anos, sou de Angola.",
            {"person.age": 23, "person.country_of_origin": "AO"},
        ),
    ],
)
def test_her_own_turn_speaks_for_her(text: str, facts: dict[str, object]) -> None:
    got = extract(text).values
    assert {k: got.get(k) for k in facts} == facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # staff's "I" stays staff's once the label is taken off
        (
            "[21:02] Advocate: I speak Spanish too.\n[21:03] Advocate: she is 30",
            "person.preferred_language",
        ),
        ("[21:02] Écoutante : Bonsoir, je m'appelle Claire. Vous pouvez parler ?", "person.name"),
        ("[21:02] Operadora: Hola, me llamo Marta. ¿Puedes hablar?", "person.name"),
        ("[21:02] Atendente: Boa noite, chamo-me Sofia. Pode falar?", "person.name"),
    ],
)
def test_a_staff_speakers_first_person_is_not_hers(text: str, fact: str) -> None:
    got = extract(text)
    assert fact not in got.values and fact not in got.possible


@pytest.mark.parametrize(
    "text",
    [
        # a form: labels that are words, not speakers
        "From: Ghana\nTonight: needs a bed\nWants: to go home",
        "Patiente : Mariama, 26 ans.\nAnémie : a besoin de fer tous les jours.",
        # mail headers, repeated in a forwarded chain
        "From: Priya Raman <p.raman@school.example>\n> From: Marcus Doyle (counselor)",
        "Assunto: Fwd: Pedido de acolhimento\nPara: Secretariado\nAssunto: Pedido de acolhimento",
        "De : Mme Perrin <perrin@clinique.example>\nObjet : orientation",
        "De: Lorena Ibarra <l.ibarra@centro.example>\nAsunto: derivación",
        # one service line is no chat: "Consulate: Philippines" names the consulate
        "Consulate: Philippines",
        "Consulado: Honduras\nEdad: 30",
    ],
)
def test_labels_that_are_no_speaker_stay(text: str) -> None:
    assert unlabelled_turns(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "Worker: Jamie Dunn, 34",
        "Trabajadora social: Lorena Ibarra",
        "Agent : M. Diallo",
        "Agente: Sousa 4471",
    ],
)
def test_a_services_own_particulars_keep_their_label(line: str) -> None:
    """In a chat, a staff line naming the speaker ("Worker: Jamie Dunn, 34") is the
    speaker's: its label stays, so the name and age are never hers."""
    text = f"Shelter: go ahead\n{line}\nShelter: ok"
    assert line in unlabelled_turns(text)
    got = extract(text)
    assert "person.name" not in got.values and "person.age" not in got.values


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # a reply unlabelled, after a question: a bare number is no clock time
        ("How old is she?\n27.", "person.age", 27),
        ("¿Cuántos años tiene?\n27. Es de Honduras.", "person.age", 27),
        ("Elle a quel âge ?\n27.", "person.age", 27),
        ("Quantos anos ela tem?\n27. É de Nampula.", "person.age", 27),
    ],
)
def test_a_reply_after_its_question_without_labels(text: str, fact: str, value: object) -> None:
    assert extract(text).values.get(fact) == value
