"""Text folding and tokenising shared by the database build and the search.

Everything the user types and every name in the data go through `fold` so that matching is
accent-, case- and punctuation-insensitive ("Sjögren" = "sjogren", "l'adulte" = "l adulte").
"""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o"})
_NON_WORD = re.compile(r"[^0-9a-z]+")
# "CAR-T", "CAR T", "car-t cells" are one word for the search ("cart"), as in the trials' keywords.
_CAR_T = re.compile(r"\bcar\s*t\b")

STOPWORDS = frozenset(
    "a au aux d de des du en et l la le les un une the of and or not near in with pour par sur chez".split()  # noqa: SIM905
)


def _slow_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


# Latin letters with accents, folded once: most text then takes the fast path below (the build folds ~40,000
# disease names, and every keystroke folds the query)
_LATIN = {code: _slow_fold(chr(code)) for code in range(0xC0, 0x250)}
_LATIN.update(_LIGATURES)


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces."""
    text = text.translate(_LATIN)
    text = text.lower() if text.isascii() else _slow_fold(text)
    text = _NON_WORD.sub(" ", text).strip()
    return _CAR_T.sub("cart", text)


def tokens(text: str) -> list[str]:
    """Folded words of `text`."""
    folded = fold(text)
    return folded.split() if folded else []


def fts_phrase(words: list[str], *, prefix_last: bool) -> str:
    """An FTS5 MATCH expression that treats every word as plain text.

    Each word is double-quoted (FTS5 string syntax), so operators (AND, OR, NOT, NEAR), brackets,
    `*`, `^`, `:` and quotes in user text never reach the FTS5 parser as syntax.
    """
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix_last and quoted:
        quoted[-1] += "*"
    return " ".join(quoted)


_SMALL_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur", "sous"})


def readable_capitals(text: str) -> str:
    """A register's capitals made readable ("151 ROUTE SAINT ANTOINE DE GINESTIERE" → "151 Route Saint Antoine de
    Ginestiere"); accents lost by the register cannot be restored."""
    words = []
    for i, word in enumerate(text.split()):
        lower = word.lower()
        words.append(lower if i and lower in _SMALL_WORDS else lower.capitalize())
    return " ".join(words)
