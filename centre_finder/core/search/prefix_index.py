"""Ranked prefix lookup over sorted keys: what the location field completes from, keystroke by keystroke.

Keys are kept sorted, so the entries starting with a prefix are one contiguous range found by two
bisections; the best few of the range are picked by rank with numpy (argpartition), so a one-letter prefix
matching thousands of entries costs no more than a few hundred microseconds.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy as np


class PrefixIndex:
    """(key, item) pairs; `best(prefix)` gives the distinct items whose key starts with `prefix`, best rank first.

    `rank[item]` orders items (lower is better); an item may have several keys.
    """

    def __init__(self, keys: Sequence[str], items: Sequence[int], rank: np.ndarray):
        # sorting positions by key (not (key, item) pairs, whose comparisons cost ten times more)
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self.keys: list[str] = [keys[i] for i in order]
        self.items = np.asarray(items, dtype=np.int64)[np.asarray(order, dtype=np.int64)]
        self.ranks = np.asarray(rank, dtype=np.int64)[self.items]

    def __len__(self) -> int:
        return len(self.keys)

    def span(self, prefix: str) -> tuple[int, int]:
        """The range of keys starting with `prefix`: every key starting with "bor" sorts before "bos"."""
        if not prefix:
            return 0, len(self.keys)
        lo = bisect.bisect_left(self.keys, prefix)
        if ord(prefix[-1]) < 0x10FFFF:
            return lo, bisect.bisect_left(self.keys, prefix[:-1] + chr(ord(prefix[-1]) + 1), lo)
        hi = lo  # the last code point cannot be incremented: walk (never seen in place names)
        while hi < len(self.keys) and self.keys[hi].startswith(prefix):
            hi += 1
        return lo, hi

    def exact(self, key: str) -> list[int]:
        lo = bisect.bisect_left(self.keys, key)
        hi = bisect.bisect_right(self.keys, key, lo)
        return self._distinct(lo, hi, hi - lo)

    def best(self, prefix: str, limit: int) -> list[int]:
        lo, hi = self.span(prefix)
        return self._distinct(lo, hi, limit)

    def _distinct(self, lo: int, hi: int, limit: int) -> list[int]:
        if hi <= lo or limit <= 0:
            return []
        ranks = self.ranks[lo:hi]
        # an item has a few keys at most: 4 × limit candidates nearly always hold `limit` distinct items;
        # when they do not, take more (up to the whole range)
        wanted = min(len(ranks), 4 * limit)
        while True:
            pick = np.argpartition(ranks, wanted - 1)[:wanted] if wanted < len(ranks) else np.arange(len(ranks))
            pick = pick[np.argsort(ranks[pick], kind="stable")]
            out: list[int] = []
            seen: set[int] = set()
            for item in self.items[lo + pick].tolist():
                if item not in seen:
                    seen.add(item)
                    out.append(item)
                    if len(out) == limit:
                        return out
            if wanted >= len(ranks):
                return out
            wanted = min(len(ranks), wanted * 4)
