"""Stories stage: incremental clustering of articles into stories, their main event, summary and comparison."""

from .cluster import Settings, StoryClusterer, make_doc

__all__ = ["Settings", "StoryClusterer", "make_doc"]
