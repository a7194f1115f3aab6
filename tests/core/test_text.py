"""`fold`: the same answer as its definition (NFKD, every combining mark removed, case-folded, words only)."""

from __future__ import annotations

import re
import unicodedata

from centre_finder.core.text import _LIGATURES, fold


def defined_fold(text: str) -> str:
    """The definition, one character at a time (the fast `fold` must agree with it)."""
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"\bcar\s*t\b", "cart", text)


def test_fold_agrees_with_its_definition_on_every_character_of_the_bmp() -> None:
    different = [hex(cp) for cp in range(0x10000) if fold(f"a{chr(cp)}b") != defined_fold(f"a{chr(cp)}b")]
    assert different == []


def test_fold_agrees_with_its_definition_on_every_name_of_the_directory(reference) -> None:
    texts = [t for c in reference.centres.values() for t in (c.name, c.hospital, c.city, c.department)]
    texts += [n for d in reference.diseases.values() for n in (d.name_fr, d.name_en, *d.synonyms)]
    texts += ["Sjögren", "l'adulte", "CAR-T", "car t cells", "Cœur", "ẞtraße", "İstanbul", "ﬁbrose", "Ελλάδα–Αθήνα"]
    assert [fold(t) for t in texts] == [defined_fold(t) for t in texts]
    assert fold("Sjögren") == "sjogren" and fold("CAR-T cells") == "cart cells" and fold("Cœur") == "coeur"
