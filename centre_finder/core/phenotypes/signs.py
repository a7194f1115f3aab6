"""Recognising signs in what a doctor types: French and English names of HPO terms, curated French clinical wording.

Signs are separated by commas, semicolons or new lines ("fièvre récurrente, aphtes; CPK élevées"). Each part is
folded (accents, case, punctuation: `core.text.fold`) and its words are looked up in the word index the build
wrote (`phenotype_arrays`): a word matches a name's word exactly, by a crude French plural/feminine stem ("élevées" =
"élevé"), by prefix (the last word while typing, for the completion) or within one or two edits (typos, words of
five letters or more). The names holding a match for every word are ranked: exact wording first, then the fewest
words the user did not type, then French names, then the signs Orphanet uses most. A part that names no sign as a
whole is read as several signs typed without commas ("fièvre aphtes"), longest first; what is left is reported.
A part that starts with a negation ("pas de fièvre", "sans …") is not a sign of the patient: it is reported too.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from centre_finder.core.phenotypes.arrays import LazyArrays, Query
from centre_finder.core.text import STOPWORDS, fold

MAX_CHARS = 6000  # 200 signs of 30 characters
MAX_PARTS = 40  # parts of the text looked at (signs typed); the rest is counted as ignored
MAX_SIGNS = 30  # signs used for the ranking
MAX_WORDS = 8  # words of one part looked at
MAX_PREFIX_WORDS = 300
SEPARATORS = re.compile(r"[,;\n\r\t•·|/]+|\s+-\s+")
HPO_ID = re.compile(r"^\s*hp\s*:?\s*(\d{7})\s*$", re.IGNORECASE)
IGNORED_WORDS = STOPWORDS | {
    "avec", "aux", "ces", "cette", "ses", "son", "sa", "leurs", "tres", "plus", "peu", "assez", "bien", "ou", "chez",
    "lors", "type", "positif", "positifs", "positive", "positives",
}
NEGATIVE_WORDS = frozenset({"negatif", "negatifs", "negative", "negatives", "absent", "absents", "absente", "absentes"})
NEGATIONS = ("pas de ", "pas d ", "sans ", "absence de ", "absence d ", "aucun ", "aucune ", "ni ", "no ", "without ",
             "absent ", "non ")

FUZZY, PREFIX, WORD, EXACT = 1, 2, 3, 4
_HOW = {EXACT: "exact", WORD: "words", PREFIX: "prefix", FUZZY: "fuzzy"}


@dataclass(frozen=True)
class Sign:
    """A sign recognised: the HPO term, its labels, and what the user typed for it."""

    hpo_id: str
    label_fr: str
    label_en: str
    typed: str = ""
    matched_name: str = ""  # the name or synonym that matched
    how: str = ""  # "id" | "exact" | "words" | "prefix" | "fuzzy"

    def label(self, lang: str = "fr") -> str:
        return self.label_en if lang == "en" else (self.label_fr or self.label_en)


@dataclass
class SignParse:
    signs: list[Sign] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # parts or words that name no sign
    negated: list[str] = field(default_factory=list)  # "pas de fièvre": not a sign of the patient
    ignored: int = 0  # parts beyond MAX_PARTS


@dataclass(frozen=True)
class Suggestion:
    sign: Sign
    display: str  # the label, with the synonym typed when it differs ("Xérostomie — bouche sèche")


def _stem(word: str) -> str:
    for ending in ("ees", "es", "s", "x", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


@dataclass
class _Index:
    """The words of every sign's names (sorted), and for each the names holding it."""

    vocabulary: list[str]
    position: dict[str, int]
    ptr: np.ndarray
    names: np.ndarray
    stems: dict[str, list[str]]
    by_initial: dict[str, list[str]]
    cache: dict[tuple[str, bool], dict[str, int]] = field(default_factory=dict)

    def entries(self, word: str) -> np.ndarray:
        k = self.position[word]
        return self.names[self.ptr[k]:self.ptr[k + 1]]


class SignMatcher:
    def __init__(self, query: Query, arrays: LazyArrays):
        self._query = query
        self._arrays = arrays
        self._index: _Index | None = None
        self._lock = threading.Lock()

    def load(self) -> None:
        self._ensure()

    @property
    def is_loaded(self) -> bool:
        return self._index is not None

    def _ensure(self) -> _Index:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    a = self._arrays.get()
                    stems: dict[str, list[str]] = {}
                    by_initial: dict[str, list[str]] = {}
                    for word in a.words:
                        stems.setdefault(_stem(word), []).append(word)
                        by_initial.setdefault(word[0], []).append(word)
                    self._index = _Index(a.words, {w: k for k, w in enumerate(a.words)}, a.word_ptr,
                                         a.word_entries, stems, by_initial)
        return self._index

    # -- words ------------------------------------------------------------------------------------
    def _variants(self, ix: _Index, word: str, *, prefix: bool) -> dict[str, int]:
        key = (word, prefix)
        found = ix.cache.get(key)
        if found is None:
            if len(ix.cache) > 8192:
                ix.cache.clear()
            found = ix.cache[key] = self._find_variants(ix, word, prefix=prefix)
        return found

    def _find_variants(self, ix: _Index, word: str, *, prefix: bool) -> dict[str, int]:
        found: dict[str, int] = {}
        if word in ix.position:
            found[word] = WORD
        for w in ix.stems.get(_stem(word), ()):
            found.setdefault(w, WORD)
        if prefix and len(word) >= 2:
            start = bisect.bisect_left(ix.vocabulary, word)
            for w in ix.vocabulary[start:start + MAX_PREFIX_WORDS]:
                if not w.startswith(word):
                    break
                found.setdefault(w, PREFIX)
        if not found and len(word) >= 5 and len(word) <= 40:
            distance = 1 if len(word) < 8 else 2
            pool = ix.by_initial.get(word[0], [])
            for w, _d, _ in process.extract(word, pool, scorer=OSA.distance, score_cutoff=distance, limit=12):
                if abs(len(w) - len(word)) <= distance:
                    found.setdefault(w, FUZZY)
        return found

    def _joined(self, ix: _Index, words: list[str]) -> list[str]:
        """Hyphenated words typed apart or together ("anti-nucléaires" / "antinucléaires") as the names spell them."""
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words) and words[i] + words[i + 1] in ix.position:
                out.append(words[i] + words[i + 1])
                i += 2
            else:
                out.append(words[i])
                i += 1
        return out

    # -- names ------------------------------------------------------------------------------------
    def _ranked(self, ix: _Index, words: list[str], *, prefix: bool, limit: int) -> list[tuple[int, int, int]]:
        """(name entry, match quality, term) for names holding every word, best first, one per term."""
        a = self._arrays.get()
        cand, qual = np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int8)
        for i, word in enumerate(words):
            variants = self._variants(ix, word, prefix=prefix and i == len(words) - 1)
            if not variants:
                return []
            # the names holding a variant of this word, each with its best variant's quality
            names = np.concatenate([ix.entries(w) for w in variants])
            quality = np.repeat(np.array(list(variants.values()), dtype=np.int8),
                                [len(ix.entries(w)) for w in variants])
            best_first = np.argsort(-quality, kind="stable")
            names, where = np.unique(names[best_first], return_index=True)
            quality = quality[best_first][where]
            if i == 0:
                cand, qual = names, quality
            else:  # names holding every word so far; their quality is their weakest word's
                cand, in_cand, in_names = np.intersect1d(cand, names, assume_unique=True, return_indices=True)
                qual = np.minimum(qual[in_cand], quality[in_names])
            if not len(cand):
                return []
        extra = a.name_words[cand].astype(np.int32) - len(words)
        qual = np.where((extra == 0) & (qual == WORD), EXACT, qual)
        terms = a.name_term[cand]
        order = np.lexsort((cand, a.ic[terms], a.name_kind[cand], np.maximum(extra, 0), -qual))
        chosen: list[tuple[int, int, int]] = []
        seen: set[int] = set()
        for k in order.tolist():
            term = int(terms[k])
            if term not in seen:
                seen.add(term)
                chosen.append((int(cand[k]), int(qual[k]), term))
                if len(chosen) >= limit:
                    break
        return chosen

    def _signs(self, hits: list[tuple[int, int, int]], typed: str) -> list[Sign]:
        if not hits:
            return []
        a = self._arrays.get()
        names = dict(self._query(f"select id, name from hpo_names where id in ({','.join('?' * len(hits))})",
                                 tuple(h[0] for h in hits)))
        out = []
        for entry, quality, term in hits:
            t = a.terms[term]
            out.append(Sign(t.hpo_id, t.label_fr, t.name_en, typed, names.get(entry, ""), _HOW[quality]))
        return out

    def _content(self, ix: _Index, text: str) -> list[str]:
        words = [w for w in fold(text).split() if w not in IGNORED_WORDS][:MAX_WORDS]
        return self._joined(ix, words)

    # -- text -------------------------------------------------------------------------------------
    def parse(self, text: str) -> SignParse:
        """The signs in `text`; parts or words that name none are reported in `unknown`."""
        ix = self._ensure()
        result = SignParse()
        parts = [p.strip() for p in SEPARATORS.split(text[:MAX_CHARS]) if fold(p)]
        result.ignored = max(0, len(parts) - MAX_PARTS)
        for part in parts[:MAX_PARTS]:
            by_id = HPO_ID.match(part)
            if by_id:
                term = self._arrays.get().by_id.get(f"HP:{by_id.group(1)}")
                if term is None:
                    result.unknown.append(part)
                else:
                    result.signs.append(Sign(term.hpo_id, term.label_fr, term.name_en, part, term.hpo_id, "id"))
                continue
            folded = fold(part) + " "
            if folded.startswith(NEGATIONS) or NEGATIVE_WORDS.intersection(folded.split()):
                result.negated.append(part)
                continue
            words = self._content(ix, part)
            if not words:
                continue
            hits = self._ranked(ix, words, prefix=False, limit=1)
            if hits:
                result.signs.extend(self._signs(hits, part))
                continue
            self._spans(ix, words, part, result)
        return result

    def _spans(self, ix: _Index, words: list[str], part: str, result: SignParse) -> None:
        """Several signs typed without separators, longest spans first; the words left are unknown."""
        used = [False] * len(words)
        for length in range(len(words) - 1, 0, -1):
            for start in range(0, len(words) - length + 1):
                if any(used[start:start + length]):
                    continue
                hits = self._ranked(ix, words[start:start + length], prefix=False, limit=1)
                # a part of the text counts only when it is a whole name (typos forgiven)
                if hits and self._arrays.get().name_words[hits[0][0]] == length:
                    result.signs.extend(self._signs(hits, " ".join(words[start:start + length])))
                    used[start:start + length] = [True] * length
        left = [w for w, u in zip(words, used, strict=True) if not u]
        if left:
            result.unknown.append(part if len(left) == len(words) else " ".join(left))

    def suggest(self, text: str, limit: int = 10) -> list[Suggestion]:
        """Signs to offer while the user types `text` (the last word may be unfinished), best first."""
        ix = self._ensure()
        part = SEPARATORS.split(text[:MAX_CHARS])[-1]
        by_id = HPO_ID.match(part)
        if by_id:
            term = self._arrays.get().by_id.get(f"HP:{by_id.group(1)}")
            return [Suggestion(Sign(term.hpo_id, term.label_fr, term.name_en, part, term.hpo_id, "id"),
                               term.label())] if term else []
        words = self._content(ix, part)
        if len(words) > 1 and len(words[-1]) < 2:  # "bouche s": the last word has only begun
            words = words[:-1]
        if not words:
            return []
        hits = self._ranked(ix, words, prefix=not part.endswith(" "), limit=limit)
        out = []
        for sign in self._signs(hits, part.strip()):
            shown = sign.label_fr or sign.label_en
            extra = sign.matched_name if fold(sign.matched_name) != fold(shown) else ""
            out.append(Suggestion(sign, f"{shown} — {extra}" if extra else shown))
        return out
