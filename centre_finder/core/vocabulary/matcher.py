"""Recognising diseases in what people type: names, synonyms, abbreviations, ORPHA codes, typos.

The text is cut into the parts that name a disease (or a disease group, or a common non-rare
condition) and the words left over, which the search then tries on centres and trials.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from centre_finder.core.models import CommonCondition, Disease, DiseaseGroup
from centre_finder.core.text import STOPWORDS, fold

# Words that refine a disease name but never name one on their own ("lupus enfant" is fine,
# "enfants" alone is a hospital word).
CHILD_WORDS = frozenset({
    "enfant", "enfants", "juvenile", "juveniles", "pediatrique", "pediatriques", "pediatrie", "infantile", "bebe",
    "nourrisson", "child", "children", "childhood", "paediatric", "pediatric", "paediatrics", "pediatrics", "juvenil",
})
ADULT_WORDS = frozenset({"adulte", "adultes", "adult", "adults"})
MODIFIERS = CHILD_WORDS | ADULT_WORDS
# Words of hospitals, titles and specialties: they name no disease, even by prefix or with a typo
# ("CHU" is not the start of "Churg-Strauss", "Pr Belot" is not rheumatoid arthritis).
NON_DISEASE = frozenset({
    "chu", "chr", "chru", "ch", "chi", "aphp", "ap", "hp", "aphm", "hcl", "hus", "ghu", "gh", "hopital", "hopitaux",
    "hospital", "clinique", "centre", "centres", "service", "pr", "dr", "professeur", "docteur", "rhumatologie",
    "medecine", "interne", "dermatologie", "immunologie", "neurologie", "nephrologie", "consultation", "reference",
    "competence", "site",
})
GENERIC = frozenset({"maladie", "maladies", "syndrome", "syndromes", "disease", "diseases", "rare", "rares", "forme"})

_ORPHA_GLUED = re.compile(r"^orpha(\d{1,7})$")
_DIGITS = re.compile(r"^\d{1,7}$")

# Bounds on the work one keystroke may cause (fuzzing found a 2,000-word input taking minutes):
MAX_CHARS = 300
MAX_WORDS = 16  # words looked at for disease names; the longest name has 10
MAX_SPAN = 10

# match qualities, best last
FUZZY, PREFIX, WORD, EXACT = 1, 2, 3, 4


@dataclass(frozen=True)
class NameEntry:
    name: str
    folded: str
    words: tuple[str, ...]
    target: str  # "disease" | "group" | "common"
    target_id: str


@dataclass(frozen=True)
class TermHit:
    target: str
    target_id: str
    matched_name: str
    how: str  # "orpha" | "exact" | "words" | "prefix" | "fuzzy"


@dataclass
class TextParse:
    hits: list[TermHit] = field(default_factory=list)
    leftover: list[str] = field(default_factory=list)
    unknown_orpha: list[str] = field(default_factory=list)

    def ids(self, target: str) -> list[str]:
        out: list[str] = []
        for hit in self.hits:
            if hit.target == target and hit.target_id not in out:
                out.append(hit.target_id)
        return out


_HOW = {EXACT: "exact", WORD: "words", PREFIX: "prefix", FUZZY: "fuzzy"}


def _stem(word: str) -> str:
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


class DiseaseMatcher:
    def __init__(
        self,
        diseases: Iterable[Disease],
        groups: Iterable[DiseaseGroup] = (),
        common: Iterable[CommonCondition] = (),
    ):
        self.entries: list[NameEntry] = []
        self.orpha: dict[str, str] = {}
        for d in diseases:
            self._add(d.id, "disease", [d.name_fr, d.name_en, *d.synonyms])
            if d.orpha_code:
                self.orpha[d.orpha_code] = d.id
        for g in groups:
            self._add(g.id, "group", [g.name_fr, g.name_en, *g.synonyms])
        for c in common:
            self._add(c.id, "common", [c.name_fr, c.name_en, *c.synonyms])
        self._by_word: dict[str, set[int]] = {}
        for i, entry in enumerate(self.entries):
            for word in entry.words:
                self._by_word.setdefault(word, set()).add(i)
        self._stems: dict[str, set[str]] = {}
        for word in self._by_word:
            self._stems.setdefault(_stem(word), set()).add(word)
        self._vocabulary = sorted(self._by_word)
        self._exact: dict[str, list[NameEntry]] = {}
        for entry in self.entries:
            self._exact.setdefault(entry.folded, []).append(entry)

    def _add(self, target_id: str, target: str, names: list[str]) -> None:
        seen: set[str] = set()
        for name in names:
            folded = fold(name)
            if folded and folded not in seen:
                seen.add(folded)
                self.entries.append(NameEntry(name, folded, tuple(folded.split()), target, target_id))

    # -- word level -------------------------------------------------------------------------
    def _word_matches(self, word: str, *, last: bool) -> dict[str, int]:
        """Vocabulary words that `word` stands for, with the quality of each match."""
        found: dict[str, int] = {}
        if word in NON_DISEASE:
            return {word: WORD} if word in self._by_word else {}
        if word in self._by_word:
            found[word] = WORD
        for w in self._stems.get(_stem(word), ()):
            found.setdefault(w, WORD)
        if last and len(word) >= 3:
            for w in self._vocabulary:
                if w.startswith(word):
                    found.setdefault(w, PREFIX)
        if len(word) >= 5 and not found:
            max_distance = 1 if len(word) < 8 else 2
            for w, _distance, _ in process.extract(
                word, self._vocabulary, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=None
            ):
                if abs(len(w) - len(word)) <= max_distance and w[0] == word[0]:
                    found.setdefault(w, FUZZY)
        return found

    def _match_span(self, words: list[str], *, last_is_prefix: bool, upper: set[str], alone: bool) -> list[TermHit]:
        phrase = " ".join(words)
        content = [w for w in words if w not in STOPWORDS]
        if not content:
            # a lone stopword is an abbreviation only when typed as one ("LES") or typed alone
            if len(words) == 1 and (alone or words[0] in upper):
                return [TermHit(e.target, e.target_id, e.name, "exact") for e in self._exact.get(phrase, [])]
            return []
        if all(w in MODIFIERS or w in GENERIC or w in NON_DISEASE for w in content):
            # a lone abbreviation typed as the whole query still counts ("PR")
            if alone and len(content) == 1:
                return [TermHit(e.target, e.target_id, e.name, "exact") for e in self._exact.get(content[0], [])]
            return []
        scores: dict[int, int] | None = None
        for i, word in enumerate(content):
            is_last = last_is_prefix and i == len(content) - 1
            entries: dict[int, int] = {}
            for vocab_word, quality in self._word_matches(word, last=is_last).items():
                for idx in self._by_word[vocab_word]:
                    if entries.get(idx, 0) < quality:
                        entries[idx] = quality
            if scores is None:
                scores = entries
            else:
                scores = {idx: min(q, entries[idx]) for idx, q in scores.items() if idx in entries}
            if not scores:
                return []
        assert scores is not None
        for idx in scores:
            if self.entries[idx].folded in (phrase, " ".join(content)):
                scores[idx] = EXACT
        best = max(scores.values())
        hits: list[TermHit] = []
        seen: set[tuple[str, str]] = set()
        # data order puts each target's French then English name before its synonyms
        for idx in sorted(i for i, q in scores.items() if q == best):
            entry = self.entries[idx]
            key = (entry.target, entry.target_id)
            if key not in seen:
                seen.add(key)
                hits.append(TermHit(entry.target, entry.target_id, entry.name, _HOW[best]))
        return hits

    # -- text level -------------------------------------------------------------------------
    def parse(self, text: str, *, prefix_last: bool = True) -> TextParse:
        """Find the diseases named in `text`; the words that name none are returned as leftover."""
        text = text[:MAX_CHARS]
        all_words = fold(text).split()
        words, extra = all_words[:MAX_WORDS], all_words[MAX_WORDS:]
        upper = {fold(w) for w in re.findall(r"\w+", text) if len(w) >= 2 and w.isupper()}
        result = TextParse()
        used = [False] * len(words)
        # ORPHA codes: "ORPHA:536", "orpha 536", "ORPHA536", or a bare known code
        for i, word in enumerate(words):
            code = None
            glued = _ORPHA_GLUED.match(word)
            if glued:
                code, used[i] = glued.group(1), True
            elif word == "orpha" and i + 1 < len(words) and _DIGITS.match(words[i + 1]):
                code, used[i], used[i + 1] = words[i + 1], True, True
            elif word == "orpha":
                used[i] = True
            elif _DIGITS.match(word) and not used[i] and len(words) == 1 and word.lstrip("0") in self.orpha:
                # a bare number is an ORPHA code only when it is the whole query ("92" may be a département)
                code, used[i] = word, True
            if code is not None:
                code = code.lstrip("0") or "0"
                if code in self.orpha:
                    result.hits.append(TermHit("disease", self.orpha[code], f"ORPHA:{code}", "orpha"))
                else:
                    result.unknown_orpha.append(code)
        free = [i for i, u in enumerate(used) if not u]
        alone = len(free) == 1
        if free:
            last = len(words) - 1
            joint = self._match_span([words[i] for i in free], last_is_prefix=prefix_last and free[-1] == last,
                                     upper=upper, alone=alone)
            if joint:
                result.hits.extend(joint)
                for i in free:
                    used[i] = True
            else:
                for length in range(min(len(free) - 1, MAX_SPAN), 0, -1):
                    for start in range(0, len(free) - length + 1):
                        span = free[start:start + length]
                        if any(used[i] for i in span) or span[-1] - span[0] != length - 1:
                            continue
                        hits = self._match_span(
                            [words[i] for i in span], last_is_prefix=prefix_last and span[-1] == last,
                            upper=upper, alone=False,
                        )
                        if hits:
                            result.hits.extend(hits)
                            for i in span:
                                used[i] = True
        result.leftover = [w for w, u in zip(words, used, strict=True) if not u and w not in STOPWORDS and len(w) > 1]
        result.leftover += [w for w in extra if w not in STOPWORDS and len(w) > 1]
        return result

    def suggest(self, text: str, limit: int = 12) -> list[TermHit]:
        """Diseases and groups to offer while the user types `text` (completion)."""
        parse = self.parse(text)
        return [h for h in parse.hits if h.target in ("disease", "group")][:limit]
