#!/usr/bin/env python3
"""Check pair folders' gold.json files: python3 corpus/check_gold.py FOLDER [FOLDER ...].

A thin entry point to the project's validator (northeast_text/gold.py, standard
library only), so that it runs with a bare python3 from a clone.  The format is
docs/gold-format.md.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from northeast_text.gold import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
