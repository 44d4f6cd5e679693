"""Intake speed: one turn (answer, extraction, next question) and one 2 KB referral note.

Notes and answers are generated from invented sentences in English, Spanish,
French and Portuguese (fixed seed): half of a note states facts, half is the narrative that
surrounds them in a real referral. The baseline, measured in the same run over the same
text, is one plain compiled-regex pass (`\\w+` findall plus a case-insensitive
search for a few keywords): the ratio says how many times that cheapest
possible reading the intake costs, so it stays comparable on a slower machine.
Goals: a turn p95 < 5 ms, a 2 KB note p95 < 20 ms (the median of three rounds'
p95s, each round on its own notes, with the lowest and highest). The note is
also timed in CPU time of this process: on a shared machine other jobs stretch
the wall clock (a load of 3 on two cores doubles it) but not the work the
extraction does.
"""

from __future__ import annotations

import random
import re
import time

from bench.common import Figure, median, p95, under, with_spread
from caseassist.intake.engine import IntakeSession
from caseassist.intake.read import extract
from caseassist.intake.read.segment import _clauses, _tokens
from caseassist.intake.read.text_answer import _sentence_facts

SENTENCES = [
    "Hotline call at {h}:{m}. Caller is a woman, about {age} years old, originally from {country}.",
    "She speaks {lang} and a little English.",
    "He has not eaten since this morning and has nowhere safe to sleep tonight.",
    "Officer {name}, {age2} years old, brought him to the office after a labor inspection.",
    "She has her {kid}-year-old son with her. She does not want the police involved.",
    "The employer kept her passport; she is worried about being deported.",
    "Hombre de {age} años, de {country_es}, habla español. No tiene dónde dormir esta noche.",
    "No tiene heridas. Quiere hablar con un abogado. Tiene dos hijos con él.",
    "Femme de {age} ans, originaire d'Haïti, parle surtout créole haïtien, et aussi français.",
    "Elle n'a pas de papiers d'identité. Elle a un endroit sûr pour dormir chez une cousine.",
    "Maybe injured, not sure. She might want to talk to the police later.",
    "Nurse {name} says the client is pregnant and takes medication for blood pressure.",
    "He would like help finding a job and wants to go back to school.",
    "She wants to call her mother and hopes to return home one day.",
    "Mulher de {age} anos, angolana, fala português e um pouco de inglês. Não tem onde dormir hoje.",
    "Está grávida, não quer apresentar queixa. Sem documentos: o patrão ficou com o passaporte.",
]
NARRATIVE = [
    "The caller was calm and spoke slowly; the line dropped once and she called back.",
    "Staff met them at the front desk of the community center around {h}:{m}.",
    "The referral came through the regional coordination line after the day shift ended.",
    "A volunteer drove to the bus station and waited near the ticket office.",
    "La llamada entró por la línea regional; la persona estaba tranquila y habló despacio.",
    "El equipo de calle la acompañó hasta la oficina en taxi a las {h}:{m}.",
    "L'appel est arrivé par la permanence régionale en fin de journée.",
    "Une bénévole l'a accompagnée jusqu'au centre en transport en commun.",
    "Follow-up call planned for tomorrow morning with the case coordinator.",
    "The conversation took about twenty minutes and covered only what was needed tonight.",
]
ANSWERS = [
    "No, I feel safe here",
    "I'm not sure",
    "Yes please, I haven't eaten since yesterday",
    "two, my son and my daughter",
    "My hand hurts and I think it is broken",
    "no",
    "Mostly Nepali, and a little Hindi",
    "Maya",
    "yes, but ask me each time",
    "about twenty-five",
    "woman",
    "prefiero no decirlo",
    "not yet, I need to think",
    "They kept my passport",
    "je ne sais pas",
    "Oui, je voudrais appeler ma mère",
    "I want to work and learn English",
    "não, obrigada, já comi",
]
NAMES = ["Daniels", "Okafor", "Lindqvist", "Moreau", "Ruiz"]
COUNTRIES = ["Nepal", "Honduras", "the Philippines", "Romania", "Nigeria"]
COUNTRIES_ES = ["Honduras", "Guatemala", "El Salvador", "Perú"]
LANGS = ["Nepali", "Tagalog", "Romanian", "Tigrinya", "Arabic"]

_BASE_WORD = re.compile(r"\w+")
_BASE_KEYS = re.compile(r"\b(?:hungry|police|passport|years|speaks|sleep)\b", re.IGNORECASE)


def _baseline(text: str) -> None:
    _BASE_WORD.findall(text)
    _BASE_KEYS.search(text)


def make_note(rnd: random.Random, size: int = 2048) -> str:
    """About 2 KB: half sentences that state facts, half the narrative around them."""
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < size:
        pool = SENTENCES if rnd.random() < 0.5 else NARRATIVE
        parts.append(
            rnd.choice(pool).format(
                h=rnd.randint(0, 23),
                m=f"{rnd.randint(0, 59):02d}",
                age=rnd.randint(16, 60),
                age2=rnd.randint(25, 60),
                kid=rnd.randint(1, 9),
                country=rnd.choice(COUNTRIES),
                country_es=rnd.choice(COUNTRIES_ES),
                lang=rnd.choice(LANGS),
                name=rnd.choice(NAMES),
            )
        )
    return " ".join(parts)[:size]


def _ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def measure(n_notes: int = 200, n_intakes: int = 40, seed: int = 11) -> dict[str, float]:
    rnd = random.Random(seed)
    extract(make_note(rnd))  # warm the lexicon caches
    notes = [make_note(rnd) for _ in range(n_notes)]
    note_ms = []
    note_cpu = []
    for t in notes:
        _tokens.cache_clear()  # no help from an earlier note's sentences
        _clauses.cache_clear()
        cpu = time.process_time()
        note_ms.append(_ms(lambda t=t: extract(t)))
        note_cpu.append((time.process_time() - cpu) * 1000)
    note_base = [_ms(lambda t=t: _baseline(t)) for t in notes]
    turn_ms: list[float] = []
    turn_base: list[float] = []
    turn_cpu: list[float] = []
    for i in range(n_intakes):
        s = IntakeSession(staff_languages=("en",))
        s.apply_referral(notes[i % len(notes)][:600])
        q = s.next_question()
        j = 0
        while q is not None:
            reply = ANSWERS[(i + j) % len(ANSWERS)]
            j += 1

            def turn(reply=reply, s=s):
                s.answer(reply)
                return s.next_question()

            _sentence_facts.cache_clear()  # no help from an earlier turn's same reply
            start = time.perf_counter()
            cpu = time.process_time()
            q = turn()
            turn_ms.append((time.perf_counter() - start) * 1000)
            turn_cpu.append((time.process_time() - cpu) * 1000)
            turn_base.append(_ms(lambda r=reply: _baseline(r)))
    return {
        "turn_p95": p95(turn_ms),
        "turn_base": p95(turn_base),
        "turn_cpu_p95": p95(turn_cpu),
        "turns": len(turn_ms),
        "note_p95": p95(note_ms),
        "note_cpu_p95": p95(note_cpu),
        "note_base": p95(note_base),
    }


ROUNDS = 3


def run() -> list[Figure]:
    """Each figure is the median of the rounds' p95s, with their spread (never the best)."""
    rounds = [measure(seed=11 + r) for r in range(ROUNDS)]

    def figure(name: str, key: str, limit: float, base: str) -> Figure:
        values = [r[key] for r in rounds]
        fig = under(name, median(values), "ms", limit, baseline=median([r[base] for r in rounds]))
        return with_spread(fig, values)

    return [
        figure("intake turn p95 (answer, extraction, next question)", "turn_p95", 5, "turn_base"),
        figure("intake turn p95, CPU time of this process", "turn_cpu_p95", 5, "turn_base"),
        figure("intake 2 KB referral note p95", "note_p95", 20, "note_base"),
        figure(
            "intake 2 KB referral note p95, CPU time of this process",
            "note_cpu_p95",
            20,
            "note_base",
        ),
    ]
