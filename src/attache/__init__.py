"""attache: news intelligence between countries, with evidence for every line."""

__version__ = "0.1.0"
