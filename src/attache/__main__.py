"""``python -m attache``: the command line."""

from .cli import run

run()
