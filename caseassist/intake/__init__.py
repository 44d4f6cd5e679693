"""The intake: facts, extraction from free text, the question engine, needs, practice.

Pure domain code (no terminal, no storage). Start with
`caseassist.intake.engine.IntakeSession`; see docs/intake.md.
"""
