#!/usr/bin/python3
"""Validates JSON documents against a JSON Schema (python3-jsonschema, Debian).

Usage: validate_json_schema.py SCHEMA FILE...
Prints one line per invalid document (file, JSON path, message) and exits 1 if any is invalid.
"""
import json
import sys

import jsonschema


def main(argv):
    if len(argv) < 3:
        print("usage: validate_json_schema.py SCHEMA FILE...", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    bad = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for e in errors[:5]:
            where = "/".join(str(p) for p in e.absolute_path)
            print(f"{path}: /{where}: {e.message}")
        if errors:
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
