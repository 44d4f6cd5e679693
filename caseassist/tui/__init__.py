"""The terminal UI (Textual): screens call `caseassist.services`, widgets post messages up.

Nothing here opens the vault at import time, decides a rule or builds a query;
import `caseassist.tui.app` lazily, after the UI language is set.
"""
