"""The package's YAML data read as their authors meant (eighth session): YAML 1.1 reads a bare on, off, yes or no as
a boolean, so a word list with "on" or "no" unquoted silently loses that word (cues.yaml's negation "no" did, until
h14fact9 quoted it; five preposition lists lost "on"). Every list in every data file holds words, not booleans."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml


def _data_files():
    root = resources.files("attache")
    out = []
    stack = [root]
    while stack:
        d = stack.pop()
        for child in d.iterdir():
            if child.is_dir():
                stack.append(child)
            elif child.name.endswith(".yaml"):
                out.append(child)
    return sorted(out, key=lambda p: str(p))


def _booleans(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(k, bool):
                yield f"{path}: key {k}"
            yield from _booleans(v, f"{path}.{k}")
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool):
                yield f"{path}: list item {item}"
            yield from _booleans(item, path)


def test_there_are_data_files():
    assert len(_data_files()) >= 10


@pytest.mark.parametrize("path", _data_files(), ids=lambda p: p.name)
def test_no_word_of_a_list_is_read_as_a_boolean(path):
    found = list(_booleans(yaml.safe_load(path.read_text("utf-8"))))
    assert not found, f"{path.name}: quote these words (YAML reads on/off/yes/no as booleans): {found}"


def test_the_check_sees_an_unquoted_word():
    assert list(_booleans(yaml.safe_load("preps: [to, on, 'off']"))) == [".preps: list item True"]
