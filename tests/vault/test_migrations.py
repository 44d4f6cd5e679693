"""Every earlier schema upgrades to the very schema a fresh vault has, which is the one the tables describe."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import Index, event, inspect, select, text
from sqlmodel import SQLModel

from caseassist.vault import migrations, schema_v1, store, tables


@pytest.fixture
def engine_at(tmp_path):
    """A keyed SQLCipher database migrated up to a given step."""
    made = []

    def make(name: str, target: int = migrations.LATEST):
        engine = store.make_engine(tmp_path / f"{name}.db", os.urandom(32))
        made.append(engine)
        with engine.begin() as conn:
            migrations.upgrade(conn, target=target)
        return engine

    yield make
    for engine in made:
        engine.dispose()


def _schema(engine) -> dict:
    """Tables with their columns, indexes and foreign keys, as the database reports them."""
    with engine.connect() as conn:
        insp = inspect(conn)
        return {
            name: (
                [(c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(name)],
                sorted(
                    (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                    for i in insp.get_indexes(name)
                ),
                sorted(
                    (tuple(f["constrained_columns"]), f["referred_table"], str(f.get("options")))
                    for f in insp.get_foreign_keys(name)
                ),
            )
            for name in sorted(insp.get_table_names())
        }


def _a_case_with_an_old_need(engine, identified: dt.datetime) -> None:
    """One case and one immediate need, written with the first release's columns only."""
    case, need = schema_v1.metadata.tables["case_file"], schema_v1.metadata.tables["need"]
    with engine.begin() as conn:
        conn.execute(
            case.insert().values(
                id="c1",
                code="ZZ-TEST",
                status="open",
                opened_at=identified,
                close_reason="",
                caseworker="cw",
                created_by="cw",
                updated_at=identified,
                name_index="",
                facts_json="{}",
            )
        )
        conn.execute(
            need.insert().values(
                id="n1",
                case_id="c1",
                category="shelter",
                horizon="immediate",
                status="identified",
                derived=True,
                identified_at=identified,
                updated_at=identified,
            )
        )


@pytest.mark.parametrize("start", range(1, migrations.LATEST))
def test_a_vault_of_every_earlier_schema_upgrades_to_a_fresh_ones(engine_at, start):
    identified = dt.datetime(2026, 3, 2, 9, 30)
    old = engine_at("old", start)
    _a_case_with_an_old_need(old, identified)
    with old.begin() as conn:
        assert migrations.upgrade(conn) == migrations.LATEST
    assert _schema(old) == _schema(engine_at("fresh"))
    with old.connect() as conn:
        names = [name for _n, name, _at in migrations.applied(conn)]
        assert names == [step.name for step in migrations.STEPS]
        attention, open_n, times = conn.execute(
            text("SELECT attention_at, open_needs, overdue_times FROM case_file WHERE id = 'c1'")
        ).one()
    if start < 3:  # step 3 filled it in: identified + 24 hours
        assert str(attention).startswith("2026-03-03 09:30:00")
    if start < 12:  # the overdue page's step counted the need and wrote when it falls overdue
        assert (open_n, times) == (1, "2026-03-03 09:30:00.000000")


def test_a_fresh_vault_has_every_column_and_index_the_tables_declare(engine_at):
    tables.register_all()
    schema = _schema(engine_at("fresh"))
    for model in SQLModel.metadata.sorted_tables:
        columns, indexes, _fks = schema[model.name]
        assert set(model.columns.keys()) == {c for c, _t, _n in columns}, model.name
        declared = {i.name for i in model.indexes if isinstance(i, Index)}
        assert declared <= {name for name, _c, _u in indexes}, model.name


def test_an_up_to_date_vault_is_left_alone(engine_at):
    engine = engine_at("fresh")
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with engine.begin() as conn:
        assert migrations.upgrade(conn) == migrations.LATEST
    assert not [
        s for s in statements if not s.lstrip().upper().startswith(("SELECT", "PRAGMA", "BEGIN"))
    ]


def test_a_failed_step_leaves_the_vault_as_it_was(engine_at, monkeypatch):
    engine = engine_at("old", migrations.LATEST)
    before = _schema(engine)

    def broken(conn) -> None:
        conn.execute(text("CREATE INDEX ix_half_done ON need (category)"))
        raise RuntimeError("a step that fails half-way")

    steps = (*migrations.STEPS, migrations.Step(migrations.LATEST + 1, "broken", broken))
    monkeypatch.setattr(migrations, "STEPS", steps)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        migrations.upgrade(conn, target=migrations.LATEST + 1)
    assert _schema(engine) == before
    with engine.connect() as conn:
        assert migrations.current_version(conn) == migrations.LATEST
        assert (
            conn.execute(select(migrations.APPLIED.c.number)).scalars().all()[-1]
            == migrations.LATEST
        )


def test_a_vault_before_drafts_gets_an_empty_sealed_draft_table_and_keeps_its_cases(engine_at):
    """Step 13 adds `referral_draft` to a vault of step 12 with a case in it: the case is
    untouched, the table is empty and takes one draft per account and intake."""
    old = engine_at("old", 12)
    _a_case_with_an_old_need(old, dt.datetime(2026, 3, 2, 9, 30))
    with old.connect() as conn:
        assert not inspect(conn).has_table("referral_draft")
        before = conn.execute(text("SELECT * FROM case_file")).all()
    with old.begin() as conn:
        assert migrations.upgrade(conn) == 13 == migrations.LATEST
    with old.begin() as conn:
        assert conn.execute(text("SELECT * FROM case_file")).all() == before
        assert conn.execute(text("SELECT count(*) FROM referral_draft")).scalar() == 0
        row = "INSERT INTO referral_draft VALUES (:id, 'cw', '', '2026-03-02 09:30:00', x'00')"
        conn.execute(text(row), {"id": "d1"})
    with pytest.raises(Exception, match="UNIQUE"), old.begin() as conn:
        conn.execute(text(row), {"id": "d2"})
