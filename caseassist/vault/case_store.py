"""Cases in the vault: plain records in, plain records out; identifying values sealed.

The case itself: opening, facts, needs and when they fall overdue, listing,
reading and exporting the whole case, closing, assigning and purging. Plans and
notes, consents and referrals have their own stores (`plan_store`,
`note_store`, `consent_store`, `referral_store`); `case_common` holds what they
share.

Every function takes an unlocked `Vault`, runs in one transaction and audits
what it does (views and exports included). Targets in the audit are case codes,
never names.

This module is the one door the services and commands use; each part lives in
a module named for it: `case_create`, `case_facts`, `case_needs`, `case_lists`,
`case_detail`, `case_export` and `case_lifecycle`.
"""

from __future__ import annotations

from caseassist.vault.case_create import create_case, create_case_in
from caseassist.vault.case_detail import get_case
from caseassist.vault.case_export import export_case
from caseassist.vault.case_facts import age_band, fact_documents, set_facts, set_facts_in
from caseassist.vault.case_lifecycle import (
    assign,
    close_case,
    discard_case,
    purge_case,
    purge_closed,
    reopen_case,
)
from caseassist.vault.case_lists import (
    candidates_for_return,
    count_cases,
    list_cases,
    overdue_cases,
)
from caseassist.vault.case_needs import (
    add_need,
    change_need,
    sync_derived_needs,
    sync_derived_needs_in,
)

__all__ = [
    "add_need",
    "age_band",
    "assign",
    "candidates_for_return",
    "change_need",
    "close_case",
    "count_cases",
    "create_case",
    "create_case_in",
    "discard_case",
    "export_case",
    "fact_documents",
    "get_case",
    "list_cases",
    "overdue_cases",
    "purge_case",
    "purge_closed",
    "reopen_case",
    "set_facts",
    "set_facts_in",
    "sync_derived_needs",
    "sync_derived_needs_in",
]
