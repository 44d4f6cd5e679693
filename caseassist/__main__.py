"""`python -m caseassist` runs the same command line as the `caseassist` script."""

import sys

from caseassist.cli import main

if __name__ == "__main__":
    sys.exit(main())
