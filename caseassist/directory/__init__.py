"""The provider directory: HSDS 3.0 import, opening hours, and matching with reasons.

Pure domain: no storage, no terminal. `load_directory` and `suggest` are the
names the intake practice mode and the services layer call.
"""

from caseassist.directory.errors import DirectoryFileError
from caseassist.directory.hsds import load_directory
from caseassist.directory.match import suggest, suggest_all
from caseassist.directory.match_results import Exclusion, MatchResult, Suggestion
from caseassist.directory.model import Directory, Service, immediate_needs, needs, service_needs

__all__ = [
    "IMMEDIATE_NEEDS",
    "NEEDS",
    "Directory",
    "DirectoryFileError",
    "Exclusion",
    "MatchResult",
    "Service",
    "Suggestion",
    "load_directory",
    "suggest",
    "suggest_all",
    "immediate_needs",
    "needs",
    "service_needs",
]


def __getattr__(name: str) -> object:
    """`NEEDS`, `SERVICE_NEEDS`, `IMMEDIATE_NEEDS` from the need vocabulary, read when asked."""
    from caseassist.directory import model

    return model.__getattr__(name)
