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


_HAS_LIGATURE = re.compile("[œŒæÆßøØ]")
# after NFKD, the accents of Latin letters are these combining marks (U+034F, the grapheme joiner, is not one)
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_PUNCTUATION = re.compile("[\u00a0\u00ab\u00bb\u2010-\u2027]+")


def _mark_or_char(match: re.Match) -> str:
    ch = match.group()
    return "" if unicodedata.combining(ch) else ch


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces.

    Every combining mark of the NFKD form goes; a directory of 100,000 centres folds half a million names
    when it loads, so the common cases (plain ASCII, Latin accents) take the short ways."""
    if not text.isascii():
        if _HAS_LIGATURE.search(text):
            text = text.translate(_LIGATURES)
        text = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))
        if not text.isascii():  # dashes, quotes and spaces of names become the space they end as
            text = _PUNCTUATION.sub(" ", text)
        if not text.isascii():  # marks of other scripts, or other characters (other alphabets)
            text = _NON_ASCII.sub(_mark_or_char, text)
    text = _NON_WORD.sub(" ", text.casefold()).strip()
    return _CAR_T.sub("cart", text) if "car" in text else text


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
