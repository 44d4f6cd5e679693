"""caseassist: trauma-informed case management for shelters supporting survivors of trafficking."""

__version__ = "0.1.0"
