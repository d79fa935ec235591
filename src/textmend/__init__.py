"""textmend: repair the damage scraping does to news copy.

>>> import textmend
>>> textmend.clean("They  said it\u00a0,and left .  ")
'They said it, and left.'
"""

from __future__ import annotations

from .api import DEFAULT_ORDER, clean, clean_record, default_pipeline, mend
from .edits import Edit, apply_edits
from .normalizer import Normalizer
from .pipeline import Pipeline
from .registry import NORMALIZERS, build
from .result import Result

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_ORDER",
    "NORMALIZERS",
    "Edit",
    "Normalizer",
    "Pipeline",
    "Result",
    "__version__",
    "apply_edits",
    "build",
    "clean",
    "clean_record",
    "default_pipeline",
    "mend",
]
