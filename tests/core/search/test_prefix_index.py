"""The ranked prefix index behind the location completion, against a plain scan of the same pairs."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from centre_finder.core.search.prefix_index import PrefixIndex

keys = st.text(alphabet="abc \U0010ffff", max_size=4)


def scan(pairs: list[tuple[str, int]], rank: list[int], prefix: str, limit: int) -> list[int]:
    items = sorted({i for k, i in pairs if k.startswith(prefix)}, key=lambda i: rank[i])
    return items[:limit]


@settings(max_examples=300, deadline=None)
@given(pairs=st.lists(st.tuples(keys, st.integers(0, 29)), max_size=60), prefix=keys,
       limit=st.integers(0, 12), seed=st.integers(0, 2**16))
def test_best_matches_a_plain_scan(pairs: list[tuple[str, int]], prefix: str, limit: int, seed: int) -> None:
    rank = list(np.random.default_rng(seed).permutation(30))
    index = PrefixIndex([k for k, _ in pairs], [i for _, i in pairs], np.array(rank))
    assert index.best(prefix, limit) == scan(pairs, rank, prefix, limit)
    assert index.exact(prefix) == sorted({i for k, i in pairs if k == prefix}, key=lambda i: rank[i])


def test_an_item_with_many_keys_does_not_hide_the_others() -> None:
    """More keys of one item than 4 × limit: the index looks further until it has `limit` distinct items."""
    pairs = [(f"a{n:03}", 0) for n in range(100)] + [("az", 1), ("azz", 2)]
    index = PrefixIndex([k for k, _ in pairs], [i for _, i in pairs], np.array([0, 1, 2]))
    assert index.best("a", 3) == [0, 1, 2]
    assert index.best("", 2) == [0, 1] and index.best("b", 5) == []
