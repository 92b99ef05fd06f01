"""Briefs: what a set of stored articles says, as Markdown, HTML or JSON."""

from .brief import build_brief, render

__all__ = ["build_brief", "render"]
