"""Facts stage: quantities, attributed claims, genre and tone of each article."""

from .claims import extract as extract_claims
from .genre import classify as classify_genre
from .quantities import extract as extract_quantities
from .tone import ToneModel

__all__ = ["extract_claims", "classify_genre", "extract_quantities", "ToneModel"]
