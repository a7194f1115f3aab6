"""Updating the reference data: diff, bad input, atomic apply, rollback, kill safety, geocoding."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

from centre_finder import paths
from centre_finder.core.reference import database
from centre_finder.core.reference.build import build_database
from centre_finder.core.reference.geocoding import GeocodeCache, Geocoder, make_geocoders
from centre_finder.core.reference.updates import UpdateError, apply_update, list_backups, plan_update, rollback


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "ref" / "centres.db"
    path.parent.mkdir()
    build_database(paths.sources_dir(), path)
    return path


def centre_rows() -> tuple[list[str], list[dict[str, str]]]:
    with (paths.sources_dir() / "centres.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return list(rows[0]), rows


def write(path: Path, fields: list[str], rows: list[dict[str, str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n", delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_diff_apply_and_byte_identical_rollback(tmp_path: Path, target: Path) -> None:
    fields, rows = centre_rows()
    before = sha(target)
    rows = [r for r in rows if r["id"] != "angers-chu-pediatrie"]  # removed
    for r in rows:
        if r["id"] == "paris-cochin-mi-crmr-idf":
            r["coordinator"] = "Pr Nouveau Coordonnateur"  # changed
            r["phone"], r["phone_type"] = "01 58 41 41 42", "switchboard"
    added = dict(rows[0], id="evreux-nouveau-service", name="Nouveau service", city="Évreux", postal_code="27000",
                 latitude="", longitude="", coord_precision="", roles="", reference_centre="")
    rows.append(added)
    plan = plan_update(write(tmp_path / "update.csv", fields, rows), target)
    assert plan.problems == []
    assert [r["id"] for r in plan.diff.added] == ["evreux-nouveau-service"]
    assert [r["id"] for r in plan.diff.removed] == ["angers-chu-pediatrie"]
    assert dict((f, (o, n)) for f, o, n in plan.diff.changed["paris-cochin-mi-crmr-idf"]) == {
        "coordinator": ("Pr Luc Mouthon", "Pr Nouveau Coordonnateur"), "phone": ("01 58 41 41 41", "01 58 41 41 42"),
        "phone_type": ("registry", "switchboard")}
    assert list(plan.diff.changed) == ["paris-cochin-mi-crmr-idf"]
    assert plan.geocoded == {"evreux-nouveau-service": "gazetteer"}
    _report, backup = apply_update(plan)
    data = database.load(target)
    assert "angers-chu-pediatrie" not in data.centres
    assert data.centres["evreux-nouveau-service"].coord_precision == "city"
    assert data.centres["paris-cochin-mi-crmr-idf"].coordinator == "Pr Nouveau Coordonnateur"
    data.close()
    assert sha(backup) == before
    rollback(target)
    assert sha(target) == before
    assert list_backups(target) == []


def test_rejected_rows_name_file_and_line_and_nothing_is_applied(tmp_path: Path, target: Path) -> None:
    fields, rows = centre_rows()
    rows[2]["postal_code"] = "7501"
    rows[3]["latitude"], rows[3]["longitude"] = "40.7", "-74.0"
    rows[4]["roles"] = "crmr_site;wizard"
    renamed = rows[5]["id"]
    rows[5]["id"] = rows[6]["id"]
    rows[7]["name"] = "<script>alert(1)</script>"  # HTML is kept as text, not rejected
    update = write(tmp_path / "update.csv", fields, rows)
    before = sha(target)
    plan = plan_update(update, target)
    text = "\n".join(str(p) for p in plan.problems)
    assert f"{update}:4: bad postal code '7501'" in text
    assert f"{update}:5: coordinates 40.7, -74.0 are outside France" in text
    assert f"{update}:6: unknown role 'wizard'" in text
    assert f"{update}:8: duplicate id '{rows[6]['id']}' (first on line 7)" in text
    with pytest.raises(UpdateError, match="nothing applied"):
        apply_update(plan)
    assert sha(target) == before
    # the user may choose to apply the valid rows: bad rows keep their current version
    apply_update(plan, valid_only=True)
    data = database.load(target)
    assert data.centres[rows[7]["id"]].name == "<script>alert(1)</script>"
    assert data.centres[rows[2]["id"]].postal_code != "7501"
    # the row renamed into a duplicate is no longer in the file: its centre is removed
    # 81 rows of centres.csv, and the registry's trial sites (not in a centres file: they stay)
    assert len(data.centres) == 81 + 34 and renamed not in data.centres and rows[6]["id"] in data.centres
    data.close()


def test_wrong_encoding_and_missing_columns(tmp_path: Path, target: Path) -> None:
    fields, rows = centre_rows()
    bad = tmp_path / "latin1.csv"
    write(bad, fields, rows)
    bad.write_bytes(bad.read_bytes().replace("Évreux".encode(), "Évreux".encode("latin-1")).replace(
        "Hôpital".encode(), "Hôpital".encode("latin-1")))
    plan = plan_update(bad, target)
    assert any("not valid UTF-8" in p.message and p.line > 1 for p in plan.problems)
    missing = write(tmp_path / "missing.csv", [f for f in fields if f != "city"],
                    [{k: v for k, v in r.items() if k != "city"} for r in rows])
    plan = plan_update(missing, target)
    assert [str(p) for p in plan.problems] == [f"{missing}:1: missing column(s): city"]


def test_csv_export_with_column_mapping(tmp_path: Path, target: Path) -> None:
    _fields, rows = centre_rows()
    french = {"id": "Identifiant", "name": "Nom du centre", "hospital": "Établissement", "city": "Ville",
              "postal_code": "CP", "latitude": "Lat", "longitude": "Lon", "coord_precision": "Précision",
              "source_urls": "Sources", "roles": "Rôles", "reference_centre": "CRMR", "specialty": "Spécialité",
              "population": "Population", "department": "Service", "phone": "Tél", "phone_type": "Type tél",
              "address": "Adresse"}
    mapping = {k: v for k, v in french.items()} | {"confidence": {"value": "cited"}}
    out = [{french[k]: r[k] for k in french} for r in rows]
    export = write(tmp_path / "export.csv", list(french.values()), out, delimiter=";")
    (tmp_path / "map.json").write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    from centre_finder.core.reference.updates import load_mapping

    plan = plan_update(export, target, mapping=load_mapping(tmp_path / "map.json"))
    assert plan.problems == []
    changed_fields = {f for changes in plan.diff.changed.values() for f, _, _ in changes}
    assert changed_fields <= {"confidence", "coordinator", "department_code", "region", "website",
                              "label_scope", "verified", "notes", "finess_id"}, changed_fields


def test_import_killed_midway_leaves_a_usable_database(tmp_path: Path, target: Path) -> None:
    fields, rows = centre_rows()
    many = []
    for k in range(60):  # a large update so that the kill lands during the work
        for r in rows:
            many.append(dict(r, id=f"{r['id']}-k{k}" if k else r["id"]))
    update = write(tmp_path / "big.csv", fields, many)
    before = sha(target)
    data = database.load(target)
    # the file replaces the curated centres; the registry's trial sites (db/sources/registry_sites.csv) stay
    applied = len(many) + len(data.centres) - len(rows)
    data.close()
    outcomes = set()
    for delay in (0.3, 0.8, 1.5, 2.5):
        proc = subprocess.Popen([sys.executable, "-m", "centre_finder", "import", str(update), "--db", str(target),
                                 "--yes", "--offline"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        database.verify(target, full=True)  # never half-written
        data = database.load(target)
        outcomes.add("old" if sha(target) == before else f"new:{len(data.centres)}")
        data.close()
        if sha(target) != before:
            rollback(target)
            assert sha(target) == before
    assert outcomes <= {"old", f"new:{applied}"}
    assert "old" in outcomes


class FakeGeocoders(BaseHTTPRequestHandler):
    """Stands in for the BAN and Nominatim APIs on loopback."""

    hits: ClassVar[list[str]] = []
    ban_fails = False

    def do_GET(self) -> None:
        url = urlparse(self.path)
        params = parse_qs(url.query)
        query = params.get("q", [""])[0]
        is_ban = "format" not in params  # Nominatim asks for format=json; BAN answers GeoJSON
        FakeGeocoders.hits.append(f"{'ban' if is_ban else 'nominatim'} {query}")
        if is_ban and FakeGeocoders.ban_fails:
            self.send_response(500)
            self.end_headers()
            return
        if is_ban:
            body = {"type": "FeatureCollection", "features": [{
                "type": "Feature", "geometry": {"type": "Point", "coordinates": [1.15, 49.02]},
                "properties": {"label": query, "score": 0.9}}]}
        else:  # Nominatim: JSON list
            body = [{"lat": "49.03", "lon": "1.16", "display_name": query, "boundingbox": ["49", "49.1", "1.1", "1.2"],
                     "place_id": 1, "osm_type": "node", "osm_id": 1}]
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def fake_server():
    FakeGeocoders.hits = []
    FakeGeocoders.ban_fails = False
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeGeocoders)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_geocoding_ban_then_nominatim_then_cache(tmp_path: Path, fake_server: str) -> None:
    geocoders = make_geocoders(ban_domain=fake_server, nominatim_domain=fake_server, scheme="http",
                               min_delay_seconds=0.01)
    cache = GeocodeCache(tmp_path / "cache.db")
    geocoder = Geocoder(geocoders, cache)
    position = geocoder.locate("1 rue Léon Blum", "27000", "Évreux")
    assert (position.latitude, position.longitude, position.precision, position.source) == (
        49.02, 1.15, "address", "ban")
    assert FakeGeocoders.hits == ["ban 1 rue Léon Blum, 27000 Évreux"]
    FakeGeocoders.ban_fails = True
    position = geocoder.locate("2 rue Léon Blum", "27000", "Évreux")
    assert position.source == "nominatim" and position.latitude == 49.03
    hits = len(FakeGeocoders.hits)
    again = geocoder.locate("1 rue Léon Blum", "27000", "Évreux")
    assert again.source == "cache:ban" and len(FakeGeocoders.hits) == hits, "answered from the cache"
    cache.close()


def test_no_network_falls_back_to_the_commune_quickly(tmp_path: Path) -> None:
    # nothing listens on this port: as with no network, connections fail at once
    geocoders = make_geocoders(ban_domain="127.0.0.1:9", nominatim_domain="127.0.0.1:9", scheme="http", timeout=2)
    geocoder = Geocoder(geocoders, GeocodeCache(tmp_path / "cache.db"))
    start = time.monotonic()
    positions = [geocoder.locate(f"{i} rue de la Paix", "27000", "Évreux") for i in range(5)]
    assert time.monotonic() - start < 5
    assert all(p.precision == "city" and p.source == "gazetteer" for p in positions)
    assert geocoder.log, "the failure is recorded"


def test_update_geocodes_new_addresses_through_the_fake_server(tmp_path: Path, target: Path,
                                                              fake_server: str) -> None:
    fields, rows = centre_rows()
    rows.append(dict(rows[0], id="evreux-geocoded", address="1 rue Léon Blum", city="Évreux",
                     postal_code="27000", latitude="", longitude="", coord_precision="", roles="",
                     reference_centre=""))
    geocoder = Geocoder(make_geocoders(ban_domain=fake_server, nominatim_domain=fake_server, scheme="http",
                                       min_delay_seconds=0.01), GeocodeCache(tmp_path / "c.db"))
    plan = plan_update(write(tmp_path / "u.csv", fields, rows), target, geocoder=geocoder)
    assert plan.geocoded == {"evreux-geocoded": "ban"}
    apply_update(plan)
    data = database.load(target)
    assert data.centres["evreux-geocoded"].coord_precision == "address"
    assert data.centres["evreux-geocoded"].latitude == pytest.approx(49.02)
    data.close()


def test_rollback_without_backup_is_a_clear_error(target: Path) -> None:
    with pytest.raises(UpdateError, match="no backup"):
        rollback(target)


def test_cli_import_asks_then_applies_and_rollback(tmp_path: Path, target: Path) -> None:
    fields, rows = centre_rows()
    rows[0]["coordinator"] = "Pr Changé"
    update = write(tmp_path / "u.csv", fields, rows)
    before = sha(target)
    env = {**os.environ, "CENTRE_FINDER_HOME": str(tmp_path / "home")}
    cmd = [sys.executable, "-m", "centre_finder", "import", str(update), "--db", str(target), "--offline"]
    proc = subprocess.run(cmd, input="n\n", capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0 and "coordinator: 'Pr Zahir Amoura' → 'Pr Changé'" in proc.stdout
    assert sha(target) == before, "answered no: nothing applied"
    proc = subprocess.run([*cmd, "--yes"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert sha(target) != before
    proc = subprocess.run([sys.executable, "-m", "centre_finder", "rollback", "--db", str(target)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0 and sha(target) == before
    rows[1]["postal_code"] = "ABCDE"
    write(update, fields, rows)
    proc = subprocess.run([*cmd, "--yes"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1 and f"{update}:3: bad postal code 'ABCDE'" in proc.stderr
    assert "Traceback" not in proc.stderr and sha(target) == before


def test_a_preview_creates_nothing_and_the_first_apply_keeps_the_start_as_backup(tmp_path: Path,
                                                                                 target: Path) -> None:
    """Previewing an update must not create a user copy that would hide later bundled data (review)."""
    fields, rows = centre_rows()
    rows[0]["coordinator"] = "Pr Changé"
    user_copy = tmp_path / "home" / "reference" / "centres.db"
    plan = plan_update(write(tmp_path / "u.csv", fields, rows), user_copy, current=target)
    assert not user_copy.exists() and not user_copy.parent.exists()
    _report, backup = apply_update(plan)
    assert user_copy.is_file() and sha(backup) == sha(target)
    rollback(user_copy)
    assert sha(user_copy) == sha(target)


def test_an_update_removing_most_centres_needs_confirmation(tmp_path: Path, target: Path) -> None:
    fields, rows = centre_rows()
    plan = plan_update(write(tmp_path / "partial.csv", fields, rows[:10]), target)
    assert plan.mass_removal and len(plan.diff.removed) == 72
    proc = subprocess.run([sys.executable, "-m", "centre_finder", "import", str(tmp_path / "partial.csv"), "--db",
                           str(target), "--yes", "--offline"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "removes 72 centres" in proc.stderr


@pytest.mark.parametrize("mapping", ['{"id": 5}', '{"id": "Id", "roles": ["x"]}', '{"id": "Id", "city": {"v": 1}}',
                                     '{"nom": "Nom"}', '[]'])
def test_bad_mappings_are_clear_errors(tmp_path: Path, mapping: str) -> None:
    from centre_finder.core.reference.updates import load_mapping

    path = tmp_path / "m.json"
    path.write_text(mapping, encoding="utf-8")
    with pytest.raises(UpdateError):
        load_mapping(path)


def test_newer_shipped_data_are_noticed_after_an_upgrade(tmp_path: Path, sources_copy: Path) -> None:
    from centre_finder.core.reference.updates import newer_bundled_data

    bundled = tmp_path / "app" / "centres.db"
    bundled.parent.mkdir()
    build_database(sources_copy, bundled)
    fields, rows = centre_rows()
    rows[0]["coordinator"] = "Pr Local"
    user_copy = tmp_path / "home" / "centres.db"
    apply_update(plan_update(write(tmp_path / "u.csv", fields, rows), user_copy, current=bundled))
    assert newer_bundled_data(user_copy, bundled) == "", "the copy descends from these shipped data"
    # a second local update keeps the memory of the shipped data it descends from
    rows[1]["coordinator"] = "Pr Local 2"
    apply_update(plan_update(write(tmp_path / "u2.csv", fields, rows), user_copy))
    assert newer_bundled_data(user_copy, bundled) == ""
    # an upgrade ships other data
    centres = sources_copy / "centres.csv"
    centres.write_text(centres.read_text(encoding="utf-8").replace("Pr Luc Mouthon", "Pr Nouveau"), encoding="utf-8")
    build_database(sources_copy, bundled)
    assert newer_bundled_data(user_copy, bundled) == database.load(bundled).metadata["data_version"]
