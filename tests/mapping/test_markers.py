"""Marker rows, the feed that sends each centre once, and the map's words in both languages (no Qt)."""

from __future__ import annotations

import json
from dataclasses import replace

from centre_finder.core.labels import PHONE_TYPE_LABELS, ROLE_SHORT
from centre_finder.core.models import Query
from centre_finder.mapping.markers import MarkerFeed, legend, map_texts, marker_for


def test_a_marker_row_holds_codes_and_no_words(searcher) -> None:
    result = next(r for r in searcher.search(Query("sclérodermie")) if r.centre.phone)
    row = marker_for(result.centre)
    c = result.centre
    assert row[:4] == [c.id, c.latitude, c.longitude, c.name]
    assert row[5] == list(c.roles) and row[6] == c.phone and row[7] == c.phone_type
    text = json.dumps(row, ensure_ascii=False)
    for words in (*ROLE_SHORT.values(), *PHONE_TYPE_LABELS.values()):
        assert not any(w and f'"{w}"' in text for w in words)


def test_no_marker_without_a_position(searcher) -> None:
    result = searcher.search(Query(""))[0]
    nowhere = replace(result, centre=replace(result.centre, id="no-position", latitude=None, longitude=None))
    assert marker_for(nowhere.centre) is None
    rows, slots = MarkerFeed()([nowhere.centre, result.centre])
    assert len(json.loads(rows)) == 1 and json.loads(slots) == [0]


def test_the_feed_sends_each_centre_once_and_slots_in_the_results_order(searcher) -> None:
    everything = [r.centre for r in searcher.search(Query("")) if r.centre.has_position]
    lupus = [r.centre for r in searcher.search(Query("lupus")) if r.centre.has_position]
    feed = MarkerFeed()
    rows, slots = (json.loads(x) for x in feed(lupus))
    assert [row[0] for row in rows] == [c.id for c in lupus] and slots == list(range(len(lupus)))
    rows, slots = (json.loads(x) for x in feed(everything))
    sent = {c.id for c in lupus}
    assert [row[0] for row in rows] == [c.id for c in everything if c.id not in sent]
    store = [c.id for c in lupus] + [row[0] for row in rows]
    assert [store[s] for s in slots] == [c.id for c in everything]
    rows, slots = (json.loads(x) for x in feed(lupus[::-1]))
    assert rows == [] and [store[s] for s in slots] == [c.id for c in lupus[::-1]]
    feed.reset()
    rows, _ = (json.loads(x) for x in feed(lupus))
    assert len(rows) == len(lupus)


def test_the_map_words_exist_in_both_languages() -> None:
    fr, en = map_texts("fr"), map_texts("en")
    assert fr.keys() == en.keys() and fr["lang"] == "fr" and en["lang"] == "en"
    for key, value in fr.items():
        if isinstance(value, str) and key != "lang":
            assert value and value != en[key], key
    assert fr["roleShort"].keys() == en["roleShort"].keys() == ROLE_SHORT.keys()
    assert fr["legend"] == legend("fr") and en["legend"] == legend("en")
    assert "{n}" in fr["clusterZoom"] and "{n}" in en["clusterSpread"] and "{place}" in en["here"]


def test_search_results_give_their_centres_without_building_results(searcher) -> None:
    from centre_finder.mapping.markers import shown_centres

    outcome = searcher.run(Query("lupus"))
    assert shown_centres(outcome.results, 5) == [r.centre for r in list(outcome.results)[:5]]
    assert shown_centres(list(outcome.results), 3) == [r.centre for r in list(outcome.results)[:3]]
    fresh = searcher.run(Query("sclérodermie")).results
    assert len(shown_centres(fresh, 10_000)) == len(fresh) and fresh._cache == {}  # no Result built
