"""The printed list as data: what was asked, where, when; addresses; notes on the list."""

from __future__ import annotations

from datetime import date

from centre_finder.core.models import Query
from centre_finder.core.referral.printed_list import printed_list
from centre_finder.core.search.explain import ranking_notices


def test_the_list_says_what_where_and_when_and_gives_addresses(reference, searcher) -> None:
    outcome = searcher.run(Query("sclérodermie", location="97110"))
    doc = printed_list(reference, outcome.results, query="sclérodermie", place=outcome.location.label,
                       summary="13 centre(s)", notes=ranking_notices(reference, outcome), today=date(2026, 12, 2))
    assert "Recherche : « sclérodermie »" in doc.lines[0] and "Pointe-à-Pitre" in doc.lines[0]
    assert "Imprimé le 2 décembre 2026" in doc.lines[0]
    assert any("Un centre de compétence plus proche peut exister" in line for line in doc.lines[1:])
    assert len(doc.rows) == len(outcome.results) and len(doc.headers) == len(doc.widths) == len(doc.rows[0])
    lille = next(row for row, r in zip(doc.rows, outcome.results, strict=True)
                 if r.centre.id == "lille-huriez-mi-crmr-ceraino")
    assert lille[2] == "Rue Michel Polonovski, 59037 Lille" and lille[3].startswith("03 20 44 59 62")
    assert lille[4].endswith(" km") and "." not in lille[4]
    english = printed_list(reference, outcome.results, query="", place="", summary="x", lang="en",
                           today=date(2026, 12, 2))
    assert "Search: every centre" in english.lines[0] and "Printed on 2 December 2026" in english.lines[0]
