"""Centre Finder: find the French expert centre for a rare autoimmune or auto-inflammatory disease."""

__version__ = "0.1.0"
