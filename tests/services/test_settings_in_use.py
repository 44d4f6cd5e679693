"""The settings reach the use cases: staff languages for a new intake, the shelter's location for matching."""

from __future__ import annotations

from caseassist import paths
from caseassist.directory import load_directory
from caseassist.services import directory as directory_svc
from caseassist.services.workspace import Workspace
from tests.directory import factory


def _settings(text: str) -> None:
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / "settings.toml").write_text(text, encoding="utf-8")


def test_a_new_intake_speaks_the_configured_staff_languages(caseworker):
    workspace = Workspace(caseworker)
    assert workspace.new_intake("fr").staff_languages == ("fr",)  # none set: the UI's
    _settings('staff_languages = ["es", "en"]\n')
    assert workspace.new_intake("fr").staff_languages == ("es", "en")


def test_providers_rank_by_distance_from_the_shelter_when_its_location_is_set(tmp_path):
    folder = factory.write(
        tmp_path / "hsds",
        [
            factory.svc("far", "legal", coords=(44.70, -63.60)),
            factory.svc("near", "legal", coords=(44.601, -63.501)),
        ],
    )
    directory = load_directory(folder)
    plain = directory_svc.search(directory, "legal", {})
    assert all(s.distance_km is None for s in plain.suggestions)
    _settings("shelter_location = [44.6, -63.5]\n")
    ranked = directory_svc.search(directory, "legal", {})
    assert [s.service_id for s in ranked.suggestions] == ["near", "far"]
