"""Diseases: names, synonyms, codes and classification; recognising a disease in what people type."""
