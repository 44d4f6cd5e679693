"""Compile the gettext catalogs into the wheel, so an installed caseassist speaks every language."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        """The `.mo` files are written beside the `.po` files, which the wheel carries whole
        (`force-include` of `locales`); an editable install gets them from `make`."""
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location(
            "compile_catalogs", root / ".ci" / "compile_catalogs.py"
        )
        assert spec is not None and spec.loader is not None
        compiler = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(compiler)
        compiler.main(root)
