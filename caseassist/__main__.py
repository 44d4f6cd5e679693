"""`python -m caseassist` runs the same command line as the `caseassist` script."""

from caseassist.cli import run

if __name__ == "__main__":
    run()
