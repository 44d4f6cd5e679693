"""Stop 39 (safety3): the never-wrong facts on fresh wording. A whole question written as a
form's label is no statement: its value answers it, and a value that is only the writer's
not knowing reads nothing. Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_KNOWS = "safety.trafficker_knows_location"
_POLICE = "safety.wants_law_enforcement"
_DANGER = "safety.in_immediate_danger"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Sex: F\nDoes the man who drove her know where she is staying: no", _KNOWS, "no"),
        ("Sexe : F\nLe patron de l'atelier sait-il où elle dort maintenant : non", _KNOWS, "no"),
        ("Sexo: F\nO dono da oficina sabe onde ela dorme agora: não", _KNOWS, "no"),
        ("Sexo: F\n¿Sabe la dueña del bar dónde duerme ella ahora?: no", _KNOWS, "no"),
        ("Sex: F\nWould she like to make a statement to the police today: no", _POLICE, "no"),
        ("Sexe : F\nSouhaite-t-elle déposer une plainte au commissariat : non", _POLICE, "no"),
        ("Sexo: F\nSerá que ela quer fazer queixa na esquadra agora: não", _POLICE, "no"),
        ("Sex: F\nIs she in any immediate danger at this moment: no", _DANGER, False),
        ("Sexe : F\nEst-elle en danger immédiat à l'heure actuelle : oui", _DANGER, True),
    ],
)
def test_a_question_written_as_a_long_label_is_answered_by_its_value(text, fact, value):
    assert extract(text).values.get(fact) == value


@pytest.mark.parametrize(
    "text",
    [
        "Sex: F\nDoes the man who drove her know where she is staying: unknown",
        "Sexe : F\nLe patron de l'atelier sait-il où elle dort maintenant : inconnu",
        "Sexo: F\nO dono da oficina sabe onde ela dorme agora: desconhecido",
        "Sexo: F\nLa dueña del bar sabe dónde duerme ella ahora: desconocido",
    ],
)
def test_a_long_knowing_label_the_writer_could_not_answer_is_no_yes(text):
    got = extract(text)
    assert _KNOWS not in got.values
    assert _KNOWS not in got.offered()


@pytest.mark.parametrize(
    "text",
    [
        "Sex: F\nShe told us that the man who drove her knows where she lives: he came by.",
        "Sexe : F\nElle nous a dit que le patron de l'atelier sait où elle vit : il est venu.",
    ],
)
def test_a_long_statement_before_a_colon_stays_a_statement(text):
    assert extract(text).values.get(_KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. She does not know whether her pimp knows where she sleeps now.",
        "Lina, 24. Elle ignore si son proxénète sait où elle dort maintenant.",
        "Lina, 24. Ignora si su proxeneta sabe dónde duerme ahora.",
        "Lina, 24. Desconhece se o chulo sabe onde ela dorme agora.",
    ],
)
def test_her_not_knowing_whether_they_know_is_never_a_yes(text):
    got = extract(text)
    assert got.values.get(_KNOWS, "unsure") == "unsure"
    assert got.offered().get(_KNOWS, "unsure") == "unsure"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. Her pimp said he would come for her tonight, but he was arrested at noon.",
        "Lina, 24. Her pimp threatened to come for her tonight. He is now in custody.",
        "Lina, 24. El proxeneta amenazó con venir a buscarla esta noche, pero lo detuvieron.",
        "Lina, 24. Le proxénète a menacé de venir la chercher ce soir. Il est en garde à vue.",
        "Lina, 24. O chulo ameaçou vir buscá-la esta noite, mas foi preso ao meio-dia.",
    ],
)
def test_a_threat_for_tonight_ended_by_an_arrest_is_only_offered(text):
    got = extract(text)
    assert _DANGER not in got.values
    assert got.offered().get(_DANGER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. Her pimp threatened to come for her tonight. He has not been arrested.",
        "Lina, 24. El proxeneta amenazó con venir a buscarla esta noche; no ha sido detenido.",
        "Lina, 24. Le proxénète a menacé de venir la chercher ce soir, il n'est pas en prison.",
        "Perigo imediato: sim — o chulo não foi detido",
    ],
)
def test_a_threat_not_ended_stays_a_danger_now(text):
    assert extract(text).values.get(_DANGER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Worker: Do you have a safe place to sleep tonight?\nInterpreter: He says no.",
        "Técnica: Tem um lugar seguro para dormir esta noite?\nIntérprete: Ele diz que não.",
        "Educadora: ¿Tiene un lugar seguro para dormir esta noche?\nIntérprete: Dice que no.",
        "Éducatrice : Avez-vous un endroit sûr pour dormir ce soir ?\nInterprète : Il dit non.",
    ],
)
def test_no_safe_place_to_sleep_asks_for_a_bed_not_a_danger(text):
    got = extract(text)
    assert _DANGER not in got.values
    assert got.values.get("shelter.needs_shelter_tonight") is True


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. The man who ran the salon knows very well that she is here.",
        "Lina, 24. Le gérant du salon sait évidemment qu'elle dort là.",
        "Lina, 24. El encargado del salón sabe muy bien que está aquí.",
        "Lina, 24. O gerente do salão sabe muito bem que ela está aqui.",
    ],
)
def test_a_knowing_made_surer_by_an_adverb_is_still_knowing(text):
    assert extract(text).values.get(_KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. She asked us to call the police about her cousin, who is still at the farm.",
        "Lina, 24. Pidió que avisemos a la policía de lo de su prima, que sigue en la finca.",
        "Lina, 24. Elle nous a demandé de prévenir la police pour sa cousine, restée à la ferme.",
        "Lina, 24. Pediu-nos para avisar a polícia sobre a prima, que ainda está na quinta.",
    ],
)
def test_a_police_act_for_someone_else_is_only_offered(text):
    got = extract(text)
    assert _POLICE not in got.values
    assert got.offered().get(_POLICE) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. She wants to report the farm owner to the police.",
        "Lina, 24. Quiere denunciar al dueño de la finca.",
        "Lina, 24. Elle veut porter plainte contre le patron de la ferme.",
        "Lina, 24. Ela quer apresentar queixa contra o dono da quinta.",
    ],
)
def test_her_own_police_wish_stays_applied(text):
    assert extract(text).values.get(_POLICE) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Caller: Dev (30, Nepali), co-worker, calls for his friend Arjun, with Dev translating. "
        "Dev does not want police for himself.",
        "Llamante: Ramón (30), compañero, llama por su amigo Luis, con Ramón de intérprete. "
        "Ramón no quiere policía para él.",
        "Appelant : Karim (30 ans), collègue, appelle pour son ami Luis, avec Karim comme "
        "interprète. Karim ne veut pas de police pour lui.",
    ],
)
def test_a_refusal_of_someone_named_with_a_role_after_his_name_is_his(text):
    assert extract(text).values.get(_POLICE) != "no"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. She wants us to ask her before we pass her details to anyone.",
        "Lina, 24. Quiere que le preguntemos antes de que compartamos sus datos, cada vez.",
        "Lina, 24. Veut qu'on lui demande avant qu'on partage ses informations, à chaque fois.",
    ],
)
def test_asked_before_we_share_is_consent_asked_each_time(text):
    assert extract(text).values.get("consent.share_with_providers") == "ask_each_time"
