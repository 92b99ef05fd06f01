"""``python -m attache.cli``."""

from . import run

run()
