"""``attache eval <task>``: accuracy against labelled data.

Every task returns a dict whose JSON is printed as the last line of stdout
(``{"task": ..., "n": ..., <metrics>}``).
"""

import json
from pathlib import Path


def json_rows(path: Path) -> list[dict]:
    """The JSON objects of a JSONL file; lines that are not JSON objects are left out (labelled data
    written by others may carry a stray line: it must not stop an evaluation)."""
    out = []
    for line in path.read_text("utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict):
            out.append(row)
    return out
