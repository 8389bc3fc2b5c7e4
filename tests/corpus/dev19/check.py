"""Validate the dev19 corpus (d19-personal.jsonl, d19-clean.jsonl). Standard library only.

dev19's writer copied dev18's check.py and changed only the ids and the file paths (PREFIX d19,
d19-*.jsonl); all checks are dev18's. So this script runs dev18's checker with dev19's prefix
and files instead of keeping a 270-line copy (see ../dev18/check.py for the checks).

Usage: python3 check.py [DIR] [--summary]
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_dev18_checker():
    path = os.path.join(HERE, "..", "dev18", "check.py")
    spec = importlib.util.spec_from_file_location("dev18_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.PREFIX = "d19"
    module.FILES = [("personal", "d19-personal.jsonl"), ("clean", "d19-clean.jsonl")]
    return module


def main():
    check = load_dev18_checker()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    c = check.Checker(args[0] if args else HERE)
    code = c.run()
    return c.summary(show_warnings="--summary" not in sys.argv) or code


if __name__ == "__main__":
    sys.exit(main())
