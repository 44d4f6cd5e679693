"""The plain input rows: fixed vocabularies, age bands, non-identifying only."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseassist.reports import ReportCase, ReportNeed, ReportReferral, age_band


@pytest.mark.parametrize(
    ("age", "band"),
    [(None, None), (0, "under_18"), (17, "under_18"), (18, "18_24"), (24, "18_24"),
     (25, "25_59"), (59, "25_59"), (60, "60_plus"), (101, "60_plus")],
)  # fmt: skip
def test_age_band(age, band):
    assert age_band(age) == band


def test_negative_age_is_refused():
    with pytest.raises(ValueError):
        age_band(-1)


def test_rows_are_frozen_and_validated():
    case = ReportCase("ZZ-1", "open", dt.date(2026, 1, 1), None, "staff", "18_24", "NG")
    with pytest.raises(dataclasses.FrozenInstanceError):
        case.status = "closed"  # type: ignore[misc]
    with pytest.raises(ValueError):
        ReportCase("ZZ-1", "lost", dt.date(2026, 1, 1), None, "staff", None, None)
    with pytest.raises(ValueError):
        ReportCase("ZZ-1", "open", dt.date(2026, 1, 1), None, "staff", "19", None)
    with pytest.raises(ValueError):
        ReportCase("ZZ-1", "open", dt.date(2026, 1, 1), None, "staff", None, "Nigeria")
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(ValueError):
        ReportNeed("ZZ-1", "food", "soon", "met", now, None, now)
    with pytest.raises(ValueError):
        ReportNeed("ZZ-1", "food", "immediate", "done", now, None, None)
    with pytest.raises(ValueError):
        ReportReferral("ZZ-1", "other", "lost", now)


def test_rows_hold_only_non_identifying_columns():
    allowed = {
        ReportCase: {"code", "status", "opened", "closed", "caseworker", "age_band", "country"},
        ReportNeed: {
            "case_code",
            "category",
            "horizon",
            "status",
            "identified_at",
            "referred_at",
            "met_at",
        },
        ReportReferral: {"case_code", "provider", "status", "created_at"},
    }
    for cls, names in allowed.items():
        assert {f.name for f in dataclasses.fields(cls)} == names
