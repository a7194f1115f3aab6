"""Signs → HPO terms → candidate rare diseases (orientation by signs)."""
