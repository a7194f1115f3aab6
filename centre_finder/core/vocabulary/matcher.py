"""Recognising diseases in what people type: names, synonyms, abbreviations, ORPHA and ICD-10 codes, typos.

The vocabulary is every active entity of the Orphanet nomenclature (French and English names and synonyms)
plus the project's own curated names (French usage: "Goujerot", "SAPL", "maladie périodique"), groups and
common non-rare conditions. The text is cut into the parts that name a disease and the words left over, which
the search then tries on centres and trials.

The index is built with the database (`orphanet_tables.write_vocabulary`): for each word, the names holding it
as a numpy array. A word typed matches vocabulary words exactly, by a crude French plural/feminine stem, by
prefix (the last word, as one types) or within one or two edits (typos); the names holding a match for every
word are ranked by how well they match, how close their length is to the text, and a static priority (curated
names, then diseases the networks cover, disorders before groups and subtypes).
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from centre_finder.core.text import STOPWORDS, fold
from centre_finder.core.vocabulary.orphanet import CodeLookup, Orphanet

Query = Callable[[str, tuple], list[tuple]]

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
# What the user wants rather than what the patient has ("PNDS lupus", "lupus réfractaire essai"): never a name
INTENT_WORDS = frozenset({
    "pnds", "protocole", "protocoles", "recommandation", "recommandations", "guide", "essai", "essais", "etude",
    "etudes", "trial", "trials", "study", "refractaire", "refractaires", "refractory", "traitement", "traitements",
    "treatment", "therapie", "therapy", "nouveau", "nouveaux", "nouvelle", "nouvelles", "innovant", "innovants",
    "prise", "charge", "orientation", "adresser", "adressage", "avis", "expert", "experts", "expertise",
    "specialiste", "specialistes", "cart", "car", "cellules", "cell", "cells", "inclusion", "recrutement",
    "recruiting", "ouvert", "ouverts",
})
GENERIC = frozenset({"maladie", "maladies", "syndrome", "syndromes", "disease", "diseases", "rare", "rares", "forme"})

_ORPHA_GLUED = re.compile(r"^orpha(\d{1,7})$")
_DIGITS = re.compile(r"^\d{1,7}$")
_ICD10 = re.compile(r"(?<![\w.])([A-Za-z])(\d\d)(?:\.?(\d{1,2}))?(?![\w.])")

# Bounds on the work one keystroke may cause (fuzzing found a 2,000-word input taking minutes):
MAX_CHARS = 300
MAX_WORDS = 16  # words looked at for disease names; the longest names have about 20
MAX_SPAN = 10
MAX_PREFIX_WORDS = 400  # vocabulary words a typed prefix may stand for
MAX_HITS = 40

# match qualities, best last
FUZZY, PREFIX, WORD, EXACT = 1, 2, 3, 4
_HOW = {EXACT: "exact", WORD: "words", PREFIX: "prefix", FUZZY: "fuzzy"}


@dataclass(frozen=True)
class TermHit:
    target: str  # "disease" | "group" | "common"
    target_id: str
    matched_name: str
    how: str  # "orpha" | "icd10" | "exact" | "words" | "prefix" | "fuzzy"
    kind: str = ""  # of the name matched: "name_fr" | "name_en" | "synonym" | "code"
    words: str = ""  # the words of the text this hit stands for (folded), or the code typed


@dataclass
class TextParse:
    hits: list[TermHit] = field(default_factory=list)
    leftover: list[str] = field(default_factory=list)
    unknown_orpha: list[str] = field(default_factory=list)  # codes that are not in the nomenclature
    inactive_orpha: list[CodeLookup] = field(default_factory=list)  # obsolete codes, redirected or not
    icd10: list[str] = field(default_factory=list)  # ICD-10 codes recognised
    unknown_icd10: list[str] = field(default_factory=list)
    corrections: list[tuple[str, str]] = field(default_factory=list)  # (word typed, word understood)

    def ids(self, target: str) -> list[str]:
        out: list[str] = []
        for hit in self.hits:
            if hit.target == target and hit.target_id not in out:
                out.append(hit.target_id)
        return out


def _stem(word: str) -> str:
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


@dataclass
class _Index:
    postings: dict[str, bytes]
    vocabulary: list[str]
    stems: dict[str, list[str]]
    by_initial: dict[str, list[str]]
    by_length: dict[int, list[str]]
    priority: np.ndarray
    n_words: np.ndarray
    target: np.ndarray
    targets: list[tuple[str, str]]
    arrays: dict[str, np.ndarray] = field(default_factory=dict)
    word_cache: dict[tuple[str, bool], dict[str, int]] = field(default_factory=dict)

    def entries(self, word: str) -> np.ndarray:
        found = self.arrays.get(word)
        if found is None:
            found = self.arrays[word] = np.frombuffer(self.postings[word], dtype="<i4")
        return found


class DiseaseMatcher:
    """Finds the diseases a text names. Loads its index from the database the first time it is used."""

    def __init__(self, query: Query, orphanet: Orphanet | None = None):
        self._query = query
        self.orphanet = orphanet or Orphanet(query)
        self._index: _Index | None = None
        self._loading = threading.Lock()

    # -- loading ----------------------------------------------------------------------------
    def load(self) -> None:
        """Read the word index (a few tens of milliseconds); safe to call from a worker thread."""
        self._ensure()

    def _ensure(self) -> _Index:
        if self._index is None:
            with self._loading:
                if self._index is None:
                    self._index = self._read()
        return self._index

    def _read(self) -> _Index:
        postings = dict(self._query("select word, entries from vocab_words order by word", ()))
        arrays = dict(self._query("select name, data from vocab_arrays", ()))
        vocabulary = list(postings)
        stems: dict[str, list[str]] = {}
        by_initial: dict[str, list[str]] = {}
        by_length: dict[int, list[str]] = {}
        for word in vocabulary:
            stems.setdefault(_stem(word), []).append(word)
            by_initial.setdefault(word[0], []).append(word)
            by_length.setdefault(len(word), []).append(word)
        targets = [tuple(t.split(":", 1)) for t in bytes(arrays["targets"]).decode("utf-8").split("\n")]
        return _Index(
            postings, vocabulary, stems, by_initial, by_length,
            np.frombuffer(arrays["priority"], dtype="<i2"), np.frombuffer(arrays["n_words"], dtype="<i2"),
            np.frombuffer(arrays["target"], dtype="<i4"), targets,  # type: ignore[arg-type]
        )

    # -- word level -------------------------------------------------------------------------
    def _word_matches(self, ix: _Index, word: str, *, last: bool) -> dict[str, int]:
        """Vocabulary words that `word` stands for, with the quality of each match (remembered: a text's words are
        tried in many spans, and the same words come back keystroke after keystroke)."""
        key = (word, last)
        found = ix.word_cache.get(key)
        if found is None:
            if len(ix.word_cache) > 4096:
                ix.word_cache.clear()
            found = ix.word_cache[key] = self._word_variants(ix, word, last=last)
        return found

    def _word_variants(self, ix: _Index, word: str, *, last: bool) -> dict[str, int]:
        if word in NON_DISEASE or word in INTENT_WORDS:
            return {word: WORD} if word in ix.postings else {}
        found: dict[str, int] = {}
        # the last word may still be being typed: a whole word is then no better than a longer one it starts
        # ("scléro" is a word of "dystrophie scléro-atonique" and the start of "sclérodermie")
        whole = PREFIX if last and len(word) >= 3 else WORD
        if word in ix.postings:
            found[word] = whole
        for w in ix.stems.get(_stem(word), ()):
            found.setdefault(w, whole)
        if last and len(word) >= 3:
            start = bisect.bisect_left(ix.vocabulary, word)
            for w in ix.vocabulary[start:start + MAX_PREFIX_WORDS]:
                if not w.startswith(word):
                    break
                found.setdefault(w, PREFIX)
        if len(word) >= 5 and not found:
            found.update(dict.fromkeys(self._close_words(ix, word, 1 if len(word) < 8 else 2), FUZZY))
        return found

    def _close_words(self, ix: _Index, word: str, distance: int, *, same_initial: bool = True) -> list[str]:
        if same_initial:
            pool = ix.by_initial.get(word[0], [])
        else:  # any first letter: only words of about the same length can be close
            pool = [w for n in range(len(word) - distance, len(word) + distance + 1) for w in ix.by_length.get(n, ())]
        return [w for w, _d, _ in process.extract(word, pool, scorer=OSA.distance, score_cutoff=distance, limit=20)
                if abs(len(w) - len(word)) <= distance]

    def _candidates(self, ix: _Index, words: list[str], *, last_is_prefix: bool
                    ) -> tuple[np.ndarray, np.ndarray, list[tuple[str, str]]] | None:
        """Entries holding a match for every word, with the quality of the weakest word's match."""
        per_word = []
        corrections = []
        for i, word in enumerate(words):
            variants = self._word_matches(ix, word, last=last_is_prefix and i == len(words) - 1)
            if not variants:
                return None
            if all(q == FUZZY for q in variants.values()):
                corrections.append((word, next(iter(variants))))
            per_word.append(variants)
        cand: np.ndarray | None = None
        qual = np.zeros(0, dtype=np.int8)
        for variants in sorted(per_word, key=lambda v: sum(len(ix.postings[w]) for w in v)):
            ids = np.concatenate([ix.entries(w) for w in variants])
            q = np.concatenate([np.full(len(ix.postings[w]) // 4, quality, dtype=np.int8)
                                for w, quality in variants.items()])
            order = np.lexsort((-q, ids))
            ids, q = ids[order], q[order]
            first = np.ones(len(ids), dtype=bool)
            first[1:] = ids[1:] != ids[:-1]
            ids, q = ids[first], q[first]
            if cand is None:
                cand, qual = ids, q
            else:
                pos = np.minimum(np.searchsorted(ids, cand), len(ids) - 1)
                hit = ids[pos] == cand
                cand, qual = cand[hit], np.minimum(qual[hit], q[pos[hit]])
            if not len(cand):
                return None
        assert cand is not None
        return cand, qual, corrections

    def _exact_entries(self, phrases: tuple[str, ...]) -> list[tuple[int, str, str, str, str]]:
        marks = ",".join("?" * len(phrases))
        return self._query(f"select id, target, target_id, name, kind from vocab_entries where folded in ({marks})",
                           phrases)

    def _ranked(self, ix: _Index, words: list[str], *, last_is_prefix: bool, upper: set[str], alone: bool,
                best_only: bool, limit: int) -> tuple[list[TermHit], list[tuple[str, str]]]:
        phrase = " ".join(words)
        content = [w for w in words if w not in STOPWORDS]
        if not content:
            # a lone stopword is an abbreviation only when typed as one ("LES") or typed alone
            if len(words) == 1 and (alone or words[0] in upper):
                return self._hits_of(self._exact_entries((phrase,)), "exact"), []
            return [], []
        if all(w in MODIFIERS or w in GENERIC or w in NON_DISEASE or w in INTENT_WORDS for w in content):
            # a lone abbreviation typed as the whole query still counts ("PR")
            if alone and len(content) == 1 and content[0] not in INTENT_WORDS:
                return self._hits_of(self._exact_entries((content[0],)), "exact"), []
            return [], []
        found = self._candidates(ix, content, last_is_prefix=last_is_prefix)
        if found is None:
            return [], []
        cand, qual, corrections = found
        qual = qual.copy()
        exact = {row[0] for row in self._exact_entries(tuple(dict.fromkeys((phrase, " ".join(content)))))}
        if exact:
            qual[np.isin(cand, list(exact))] = EXACT
        if best_only:
            keep = qual == qual.max()
            cand, qual = cand[keep], qual[keep]
        # how far a name is from what was typed (extra words) plus how far it is from the app's networks (curated 0,
        # covered 1, other 2): "myasthénie" is myasthenia gravis (out of the networks) before a covered neonatal form
        tier = ix.priority[cand] // 10
        distance = np.abs(ix.n_words[cand].astype(np.int32) - len(words)) + tier
        order = np.lexsort((cand, ix.priority[cand], distance, -qual))
        chosen: list[tuple[int, int]] = []
        seen: set[int] = set()
        for k in order:
            target = int(ix.target[cand[k]])
            if target not in seen:
                seen.add(target)
                chosen.append((int(cand[k]), int(qual[k])))
                if len(chosen) >= limit:
                    break
        names = {r[0]: (r[1], r[2]) for r in self._query(
            f"select id, name, kind from vocab_entries where id in ({','.join('?' * len(chosen))})",
            tuple(e for e, _ in chosen))}
        hits = []
        for entry, quality in chosen:
            target, target_id = ix.targets[int(ix.target[entry])]
            name, kind = names[entry]
            hits.append(TermHit(target, target_id, name, _HOW[quality], kind, phrase))
        return hits, corrections if qual.max() == FUZZY else []

    def _hits_of(self, rows: list[tuple[int, str, str, str, str]], how: str) -> list[TermHit]:
        hits, seen = [], set()
        for _id, target, target_id, name, kind in sorted(rows):
            if (target, target_id) not in seen:
                seen.add((target, target_id))
                hits.append(TermHit(target, target_id, name, how, kind, fold(name)))
        return hits

    # -- text level -------------------------------------------------------------------------
    def parse(self, text: str, *, prefix_last: bool = True) -> TextParse:
        """Find the diseases named in `text`; the words that name none are returned as leftover."""
        ix = self._ensure()
        text = text[:MAX_CHARS]
        result = TextParse()
        text = self._codes_icd10(text, result)
        all_words = fold(text).split()
        words, extra = all_words[:MAX_WORDS], all_words[MAX_WORDS:]
        upper = {fold(w) for w in re.findall(r"\w+", text) if len(w) >= 2 and w.isupper()}
        used = [False] * len(words)
        # ORPHA codes: "ORPHA:536", "orpha 536", "ORPHA536", or a bare number typed alone
        for i, word in enumerate(words):
            code = None
            glued = _ORPHA_GLUED.match(word)
            if glued:
                code, used[i] = glued.group(1), True
            elif word == "orpha" and i + 1 < len(words) and _DIGITS.match(words[i + 1]):
                code, used[i], used[i + 1] = words[i + 1], True, True
            elif word == "orpha":
                used[i] = True
            elif _DIGITS.match(word) and not used[i] and len(words) == 1:
                # a bare number is an ORPHA code only when it is the whole query ("92" may be a département)
                lookup = self.orphanet.lookup(word)
                if lookup.entity is not None:
                    code, used[i] = word, True
            if code is not None:
                self._add_code(code, result)
        free = [i for i, u in enumerate(used) if not u]
        if free:
            last = len(words) - 1
            alone = len(free) == 1 and not result.hits
            joint, corrections = self._ranked(ix, [words[i] for i in free], upper=upper, alone=alone,
                                              last_is_prefix=prefix_last and free[-1] == last, best_only=True,
                                              limit=MAX_HITS)
            if joint:
                result.hits.extend(joint)
                result.corrections.extend(corrections)
                for i in free:
                    used[i] = True
            else:
                for length in range(min(len(free) - 1, MAX_SPAN), 0, -1):
                    for start in range(0, len(free) - length + 1):
                        span = free[start:start + length]
                        if any(used[i] for i in span) or span[-1] - span[0] != length - 1:
                            continue
                        hits, corrections = self._ranked(
                            ix, [words[i] for i in span], last_is_prefix=prefix_last and span[-1] == last,
                            upper=upper, alone=False, best_only=True, limit=MAX_HITS,
                        )
                        if hits:
                            result.hits.extend(hits)
                            result.corrections.extend(corrections)
                            for i in span:
                                used[i] = True
        result.leftover = [w for w, u in zip(words, used, strict=True) if not u and w not in STOPWORDS and len(w) > 1]
        result.leftover += [w for w in extra if w not in STOPWORDS and len(w) > 1]
        return result

    def _add_code(self, code: str, result: TextParse) -> None:
        lookup = self.orphanet.lookup(code)
        current = lookup.current
        if lookup.entity is None:
            result.unknown_orpha.append(lookup.code)
            return
        if current is not lookup.entity:
            result.inactive_orpha.append(lookup)
        if current is not None:
            result.hits.append(TermHit("disease", current.disease_id, f"ORPHA:{current.code}", "orpha", "code",
                                       f"orpha {lookup.code}"))

    def _codes_icd10(self, text: str, result: TextParse) -> str:
        """ICD-10 codes ("M32.1", "M321", "m32") become hits; the text is returned without them."""

        def replace(match: re.Match[str]) -> str:
            letter, digits, sub = match.group(1).upper(), match.group(2), match.group(3)
            code = f"{letter}{digits}" + (f".{sub}" if sub else "")
            entities = self.orphanet.by_icd10(code)
            if not entities:
                if sub:  # "M32.1" typed, no such link: say so; a bare "A18" may be anything else
                    result.unknown_icd10.append(code)
                    return " "
                return match.group(0)
            result.icd10.append(code)
            ranked = sorted(entities, key=lambda e: (not e.in_network, e.disease_id.startswith("orpha-"),
                                                      e.level != "disorder", int(e.code)))
            for entity in ranked[:MAX_HITS]:
                result.hits.append(TermHit("disease", entity.disease_id, code, "icd10", "code", code))
            return " "

        return _ICD10.sub(replace, text)

    def suggest(self, text: str, limit: int = 12) -> list[TermHit]:
        """Diseases and groups to offer while the user types `text` (completion), best first."""
        ix = self._ensure()
        parse = self.parse(text)
        if parse.hits and any(h.how in ("orpha", "icd10") for h in parse.hits):
            return [h for h in parse.hits if h.target in ("disease", "group")][:limit]
        words = fold(text[:MAX_CHARS]).split()[:MAX_WORDS]
        if not words:
            return []
        upper = {fold(w) for w in re.findall(r"\w+", text) if len(w) >= 2 and w.isupper()}
        hits, _ = self._ranked(ix, words, last_is_prefix=not text.endswith(" "), upper=upper, alone=True,
                               best_only=False, limit=limit * 2)
        if not hits:
            hits = parse.hits
        return [h for h in hits if h.target in ("disease", "group")][:limit]

    def did_you_mean(self, words: list[str], limit: int = 3) -> list[TermHit]:
        """Names close to words that matched nothing (two edits, any first letter): "lupsu" → lupus."""
        ix = self._ensure()
        close: list[str] = []
        for word in words[:2]:
            if 4 <= len(word) <= 30:
                close += self._close_words(ix, word, 2, same_initial=False)[:3]
        hits: list[TermHit] = []
        for word in close:
            for hit in self._ranked(ix, [word], last_is_prefix=False, upper=set(), alone=True, best_only=True,
                                    limit=limit)[0]:
                if hit not in hits:
                    hits.append(hit)
        return hits[:limit]
