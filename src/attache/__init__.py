"""attache: news intelligence between countries, with evidence for every line.

    import attache
    db = attache.connect("news.duckdb")       # see docs/python.md
    attache.analyze_text("...")              # one text, no database

The stages are imported only when used, so ``import attache`` stays cheap.
"""

__version__ = "0.1.0"
__all__ = ["connect", "analyze_text", "__version__"]


def connect(db=None, *, read_only=False):
    """Open (or create) an attache database: a DuckDB file, ``:memory:`` or a ``postgresql://`` URL
    (default ``$ATTACHE_DB`` or ``./attache.duckdb``). Returns an :class:`attache.client.Database`."""
    from .client import connect as _connect

    return _connect(db, read_only=read_only)


def analyze_text(text, **metadata):
    """Analyse one text without a database (``title``, ``published``, ``outlet``, ``url`` optional);
    returns the dict ``attache analyze --format json`` prints."""
    from .client import analyze_text as _analyze_text

    return _analyze_text(text, **metadata)
