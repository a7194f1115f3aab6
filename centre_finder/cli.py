"""`centre-finder`: the window by default, sub-commands for the headless jobs.

Exit codes: 0 success, 2 bad usage or unknown location, 1 any other failure; messages go to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from centre_finder import __version__, paths
from centre_finder.cli_query import OptionError, add_query_options, check_options, positive, save_last_search
from centre_finder.core.labels import (
    POPULATION_LABELS,
    ROLE_SHORT,
    WARNING_LABELS,
    label,
)
from centre_finder.core.reference import database
from centre_finder.core.writable import WriteError, check_writable, write_problem

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    def __init__(self, text: str, code: int = EXIT_FAILURE):
        super().__init__(text)
        self.code = code


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None,
                        help="reference database (default: the user's own update if any, unless newer bundled "
                             "data supersede it; `check` says which and why)")


def _add_verbose(parser: argparse.ArgumentParser, default=argparse.SUPPRESS) -> None:
    parser.add_argument("--verbose", action="store_true", default=default,
                        help="show Qt's and Chromium's messages here (otherwise kept in the log of the user's data "
                             "folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="centre-finder",
        description="Find the French expert centre for a rare autoimmune or auto-inflammatory disease. "
                    "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_verbose(parser, default=False)
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("gui", help="open the window (the default)")
    _add_db(p)
    _add_verbose(p)

    p = sub.add_parser("build-db", help="build the reference database from the curated sources")
    p.add_argument("--sources", type=Path, default=None, help="sources folder (default: db/sources)")
    p.add_argument("--out", type=Path, default=None, help="database to write (default: db/centres.db)")

    p = sub.add_parser("search", help="search centres")
    add_query_options(p)
    p.add_argument("--recruiting", action="store_true",
                   help="only sites of trials open to inclusion now (\"recrutement ouvert\")")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--ids", action="store_true", help="show each centre's id in the table")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    _add_db(p)

    p = sub.add_parser("diseases", help="look up diseases (any name, synonym, ORPHA or ICD-10 code): names, codes, "
                                        "classification, reference centres, PNDS")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=10, help="at most this many diseases (default 10)")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    _add_db(p)

    p = sub.add_parser("symptoms", help="orientation by signs: the rare diseases whose Orphanet signs (HPO) best match "
                                        "the patient's, best first — an aid to orientation, not a diagnosis")
    p.add_argument("text", help="signs separated by commas or semicolons: \"fièvre récurrente, aphtes, mal de gorge\"")
    p.add_argument("--population", choices=("adult", "paediatric"))
    p.add_argument("--onset", type=float, metavar="YEARS", help="age at onset of the signs, in years")
    p.add_argument("--all-diseases", action="store_true",
                   help="rank every annotated rare disease (default: the diseases of the networks the app covers)")
    p.add_argument("--limit", type=positive(int), default=10)
    p.add_argument("--json", action="store_true", help="print a JSON array of candidates, best first")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    _add_db(p)

    p = sub.add_parser("check", help="integrity and consistency report of the database")
    _add_db(p)

    p = sub.add_parser("referral", help="write a one-page referral sheet as PDF")
    p.add_argument("--centre", required=True,
                   help="centre id, the start of one, or its row number (#) in the last search")
    p.add_argument("--disease", help="disease name, synonym or ORPHA code")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    p.add_argument("--doctor-name", help="default: the doctor saved in the app's settings")
    p.add_argument("--rpps")
    p.add_argument("--doctor-address")
    p.add_argument("--doctor-phone")
    p.add_argument("--patient-name", "--patient-initials", dest="patient_name", default="",
                   help="printed on the sheet, stored nowhere")
    p.add_argument("--patient-birth-date", default="", help="DD/MM/YYYY; printed on the sheet, stored nowhere")
    p.add_argument("--tick", action="append", type=int, default=[], help="number (1-6) of a checklist item to tick")
    _add_db(p)
    _add_verbose(p)

    p = sub.add_parser("export", help="export search results as CSV (UTF-8 with BOM, ';': opens in French Excel)")
    add_query_options(p)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    _add_db(p)

    p = sub.add_parser("import", help="update the centres from a file: show the differences, then apply")
    p.add_argument("file", type=Path, help="centres file (db/sources format, or any CSV with --mapping)")
    p.add_argument("--mapping", type=Path, help='JSON column mapping: {"our_field": "their column", …}')
    p.add_argument("--db", type=Path, default=None,
                   help="database to update (default: the user's copy of the reference data)")
    p.add_argument("--yes", action="store_true", help="apply without asking")
    p.add_argument("--apply-valid", action="store_true", help="apply the valid rows even if some are rejected")
    p.add_argument("--offline", action="store_true", help="do not geocode: use the communes' positions")
    p.add_argument("--allow-removals", action="store_true",
                   help="apply even if the file removes more than a quarter of the centres")
    p.add_argument("--ban-domain", default="api-adresse.data.gouv.fr")
    p.add_argument("--nominatim-domain", default="nominatim.openstreetmap.org")
    p.add_argument("--geocoder-scheme", choices=("https", "http"), default="https")

    p = sub.add_parser("trials", help="the CAR-T trials: a trial's card, or refresh them from ClinicalTrials.gov")
    trials = p.add_subparsers(dest="trials_command", required=True)
    t = trials.add_parser("show", help="a trial's card (title, product, status, each French site…)")
    t.add_argument("trial", help="NCT id (e.g. NCT05869955) or trial id")
    t.add_argument("--json", action="store_true")
    t.add_argument("--lang", choices=("fr", "en"), default="fr")
    _add_db(t)
    t = trials.add_parser("refresh", help="read ClinicalTrials.gov (API v2), show the differences, then apply")
    t.add_argument("--db", type=Path, default=None,
                   help="database to update (default: the user's copy of the reference data)")
    t.add_argument("--yes", action="store_true", help="apply without asking")
    t.add_argument("--timeout", type=positive(float), default=20.0, help="seconds to wait for each answer (20)")
    t.add_argument("--api-url", default="https://clinicaltrials.gov/api/v2/studies", help=argparse.SUPPRESS)
    t.add_argument("--lang", choices=("fr", "en"), default="en")

    p = sub.add_parser("rollback", help="restore the reference database as it was before the last import")
    p.add_argument("--db", type=Path, default=None)

    p = sub.add_parser("screenshot", help="render the main window offscreen and save a PNG")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--query", default="")
    p.add_argument("--near")
    p.add_argument("--select", help="centre to select: id, the start of one, or row number (#) in the last search")
    p.add_argument("--signs", default="", help="show the orientation by signs with these signs (comma-separated)")
    p.add_argument("--size", default="1400x900", help="WIDTHxHEIGHT")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    p.add_argument("--stamp", action="store_true", help=argparse.SUPPRESS)  # benchmarks: epoch of the paint
    _add_db(p)
    _add_verbose(p)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else paths.active_database()


def _load(args: argparse.Namespace) -> database.ReferenceData:
    try:
        return database.load(_db_path(args))
    except database.DatabaseError as exc:
        raise _unusable(exc) from exc


def _unusable(exc: database.DatabaseError) -> CliError:
    hint = {
        "missing": "build it with `centre-finder build-db`",
        "corrupt": "rebuild it with `centre-finder build-db` or restore a backup",
        "incomplete": "rebuild it with `centre-finder build-db`",
        "older_schema": "rebuild it with `centre-finder build-db`",
        "newer_schema": "update Centre Finder",
    }[exc.kind]
    return CliError(f"error: {exc}\n  → {hint}")


def cmd_build_db(args: argparse.Namespace) -> int:
    from centre_finder.core.reference.build import build_database
    from centre_finder.core.reference.sources import SourceError

    sources = args.sources or paths.sources_dir()
    out = args.out or paths.bundled_database()
    try:
        report = build_database(sources, out)
    except SourceError as exc:
        raise CliError(f"error: {exc}\nThe previous database was left untouched.") from exc
    except OSError as exc:
        raise CliError(f"error: cannot write {out}: {exc.strerror or exc}") from exc
    c = report.counts
    print(f"{report.path}: {c['centres']} centres, {c['diseases']} diseases, {c['synonyms']} synonyms, "
          f"{c['expertise']} expertise links, {c['pnds']} PNDS, {c['trials']} trials; Orphanet: "
          f"{c['orphanet_active']} active diseases and groups ({c['orphanet_in_network']} covered by a reference "
          f"centre), {c['vocabulary_names']} names (sources sha256 {report.sources_sha256[:12]}, built "
          f"{report.built_at})")
    return EXIT_OK


def _searcher(args: argparse.Namespace):
    from centre_finder.core.search.searcher import Searcher

    return Searcher(_load(args))


def cmd_search(args: argparse.Namespace) -> int:
    from centre_finder.core.search.explain import (
        ambiguity_message,
        empty_message,
        explain_match,
        result_record,
        search_notices,
    )
    from centre_finder.core.search.gazetteer import LocationError

    searcher = _searcher(args)
    query = check_options(args, searcher.data).query
    try:
        outcome = searcher.run(query)
    except LocationError as exc:
        raise CliError(f"error: {exc}", EXIT_USAGE) from exc
    lang = args.lang
    data = searcher.data
    save_last_search([r.centre.id for r in outcome.results], args.query)
    if args.json:
        print(json.dumps([result_record(data, r, lang) for r in outcome.results], ensure_ascii=False, indent=2))
    else:
        if outcome.location:
            print(f"{'Near' if lang == 'en' else 'Autour de'} {outcome.location.label}", file=sys.stderr)
            if outcome.location.alternatives:
                print(ambiguity_message(outcome.location, args.near, lang), file=sys.stderr)
        if outcome.common:
            advice = outcome.common.advice_en if lang == "en" else outcome.common.advice_fr
            print(advice, file=sys.stderr)
        if outcome.population_from_text:
            print(f"Patients : {label(POPULATION_LABELS, outcome.population_from_text, lang)}", file=sys.stderr)
        _print_table(data, outcome.results, lang, explain_match, ids=args.ids)
    for notice in search_notices(data, outcome, lang):
        print(notice, file=sys.stderr)
    if not outcome.results and outcome.empty_reason:
        version = data.metadata.get("orphanet_nomenclature_fr", "")
        print(empty_message(outcome, args.query, lang, version=version), file=sys.stderr)
    return EXIT_OK


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(data, results, lang: str, explain, *, ids: bool = False) -> None:
    width = shutil.get_terminal_size((160, 20)).columns
    id_w = max((len(r.centre.id) for r in results), default=2) if ids else 0
    name_w = max(24, min(60, width - 110 - (id_w + 2 if ids else 0)))
    header = ("#", "Centre", "Hospital" if lang == "en" else "Hôpital",
              "City" if lang == "en" else "Ville", "Roles" if lang == "en" else "Rôles", "km",
              "Why" if lang == "en" else "Pourquoi")
    id_head = f"{'Id':<{id_w}}  " if ids else ""
    print(f"{header[0]:>3}  {id_head}{header[1]:<{name_w}}  {header[2]:<32}  {header[3]:<18}  {header[4]:<24}  "
          f"{header[5]:>5}  {header[6]}")
    for i, r in enumerate(results, 1):
        c = r.centre
        roles = ", ".join(label(ROLE_SHORT, x, lang) for x in c.roles) or "—"
        km = f"{r.distance_km:.0f}" if r.distance_km is not None else ""
        why = explain(data, r.matches[0], lang) if r.matches else ""
        id_cell = f"{c.id:<{id_w}}  " if ids else ""
        print(f"{i:>3}  {id_cell}{_cut(c.name, name_w):<{name_w}}  {_cut(c.hospital, 32):<32}  "
              f"{_cut(c.city, 18):<18}  {_cut(roles, 24):<24}  {km:>5}  {why}")
        named = "registry_site_not_named" if "registry_site_not_named" in r.warnings else "not_referral_destination"
        if "not_referral_destination" in r.warnings:
            print(f"{'':>5}⚠ {label(WARNING_LABELS, named, lang)}")
    print(f"{len(results)} {'result(s)' if lang == 'en' else 'résultat(s)'}", file=sys.stderr)
    if results:
        print("A centre is named by its row number (#), its id (--ids) or the start of its id: "
              "referral --centre 1, screenshot --select 1" if lang == "en" else
              "Un centre se désigne par son numéro de ligne (#), son identifiant (--ids) ou le début de celui-ci : "
              "referral --centre 1, screenshot --select 1", file=sys.stderr)


def cmd_diseases(args: argparse.Namespace) -> int:
    from centre_finder.core.labels import NOTICES, message
    from centre_finder.core.search.explain import route_text
    from centre_finder.core.vocabulary.card import card_record, disease_card

    searcher = _searcher(args)
    data = searcher.data
    lang = args.lang
    version = data.metadata.get("orphanet_nomenclature_fr", "")
    if args.query.strip():
        parse = searcher.matcher.parse(args.query, prefix_last=False)
        ids = parse.ids("disease")
        for g in parse.ids("group"):
            ids += [d.id for d in data.diseases.values() if d.group == g and d.id not in ids]
        commons = [data.common_conditions[c] for c in parse.ids("common")]
        for lookup in parse.inactive_orpha:
            if lookup.replaced_by:
                name = lookup.replaced_by.name_en if lang == "en" else lookup.replaced_by.name_fr
                print(message(NOTICES, "redirected", lang, old=lookup.code, new=lookup.replaced_by.code, name=name),
                      file=sys.stderr)
            else:
                print(f"ORPHA {lookup.code}: " + ("no longer active in the Orphanet nomenclature, with no replacement"
                      if lang == "en" else "n'est plus actif dans la nomenclature Orphanet, sans remplaçant"),
                      file=sys.stderr)
        for code in parse.unknown_orpha:
            print(f"ORPHA {code}: " + (f"no such code in the Orphanet nomenclature ({version})" if lang == "en"
                  else f"ce code n'existe pas dans la nomenclature Orphanet ({version})"), file=sys.stderr)
    else:
        ids, commons = [d for d in data.diseases if not d.startswith("orpha-")], []
    cards = [card for i in ids[: args.limit] if (card := disease_card(data, i)) is not None]
    if args.json:
        print(json.dumps([card_record(data, c, lang) for c in cards], ensure_ascii=False, indent=2))
    else:
        en = lang == "en"
        for card in cards:
            print(f"{card.name(lang)} (ORPHA {card.orpha_code or '?'})  {card.url(lang)}")
            other = card.name_fr if en else card.name_en
            if other and other != card.name(lang):
                print(f"  {'French' if en else 'anglais'}: {other}")
            synonyms = card.synonyms_en if en else card.synonyms_fr
            if synonyms:
                print(f"  {'synonyms' if en else 'synonymes'}: {', '.join(synonyms[:8])}")
            if card.icd10:
                print(f"  {'ICD-10' if en else 'CIM-10'}: {', '.join(card.icd10)}")
            if card.parents:
                print(f"  {'groups' if en else 'groupes'}: "
                      + "; ".join(f"{en_name if en else fr} (ORPHA {c})" for c, fr, en_name in card.parents))
            if card.onset:
                print(f"  {'onset' if en else 'début'}: {card.onset_text(lang)}")
            if card.prevalence:
                print(f"  {card.prevalence_text(lang)}")
            for rc in card.reference_centres:
                route = f" ({route_text(data, rc.route, lang)})" if rc.route else ""
                print(f"  CRMR: {rc.name}{route}")
            if not card.in_networks:
                print("  " + ("Outside the networks Centre Finder covers (FAI²R, CRI-IMIDIATE): see its Orphanet page "
                              "for expert centres." if en else "Hors des réseaux couverts par Centre Finder (FAI²R, "
                              "CRI-IMIDIATE) : voir sa page Orphanet pour les centres experts."))
            for p in card.pnds:
                print(f"  PNDS: {p.title} ({p.year}) {p.url}")
        for c in commons:
            print(c.advice_en if en else c.advice_fr)
        if not cards and not commons:
            print("No matching disease." if en else "Aucune maladie correspondante.", file=sys.stderr)
        if cards:
            print(("Orphanet data" if en else "Données Orphanet") + f" {version}, CC BY 4.0, Orphanet / INSERM",
                  file=sys.stderr)
    return EXIT_OK


def cmd_symptoms(args: argparse.Namespace) -> int:
    from centre_finder.core.phenotypes.orientation import Orienter
    from centre_finder.core.phenotypes.texts import orientation_notice, provenance_line, unknown_line

    data = _load(args)
    if args.onset is not None and not 0 <= args.onset <= 120:
        raise CliError("error: --onset must be an age in years between 0 and 120", EXIT_USAGE)
    result = Orienter(data).orient(args.text, population=args.population, onset_years=args.onset,
                                   all_diseases=args.all_diseases, limit=args.limit)
    lang = args.lang
    for line in unknown_line(result, lang):
        print(line, file=sys.stderr)
    if not result.signs:
        raise CliError("error: " + ("no sign recognised; type signs separated by commas (e.g. \"fièvre récurrente, "
                                    "aphtes\")" if lang == "en" else "aucun signe reconnu ; tapez des signes séparés "
                                    "par des virgules (par ex. « fièvre récurrente, aphtes »)"), EXIT_USAGE)
    if args.json:
        print(json.dumps([c.record() for c in result.candidates], ensure_ascii=False, indent=2))
    else:
        signs = "; ".join(f"{s.label(lang)} ({s.hpo_id})" for s in result.signs)
        print(("Signs: " if lang == "en" else "Signes : ") + signs, file=sys.stderr)
        for c in result.candidates:
            flag = "" if c.in_networks else (" [outside the networks]" if lang == "en" else " [hors réseaux]")
            print(f"{c.rank:>3}. {c.name(lang)} (ORPHA {c.orpha_code}){flag}  score {c.score:.1f}")
            for m in c.matched:
                how = m.annotation.label(lang) if m.annotation and m.relation != "same" else ""
                print(f"       ✓ {m.sign.label(lang)}" + (f" → {how}" if how else "")
                      + f" — {m.frequency_label(lang)}")
        if not result.candidates:
            print("No disease of the networks matches these signs; try --all-diseases." if lang == "en" else
                  "Aucune maladie des réseaux ne correspond à ces signes ; essayez --all-diseases.", file=sys.stderr)
    print(orientation_notice(lang), file=sys.stderr)
    print(provenance_line(result, lang), file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    path, why = (args.db, "given with --db") if args.db is not None else paths.active_database_and_reason()
    print(f"database: {path}")
    print(f"in use because: {why}")
    try:
        meta = database.verify(path, full=True)
        data = database.load(path)  # reads every row: a NULL or a wrong type is reported here
    except database.DatabaseError as exc:
        print(f"UNUSABLE: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        print("integrity_check: ok")
        print(f"schema_version: {meta['schema_version']}")
        print(f"data_version: {meta.get('data_version', '?')}  built_at: {meta.get('built_at', '?')}")
        for key, value in sorted(data.counts.items()):
            print(f"count {key}: {value}")
        no_position = [c.id for c in data.centres.values() if not c.has_position]
        approximate = [c.id for c in data.centres.values() if c.coord_precision == "city"]
        no_phone = [c.id for c in data.centres.values() if not c.phone]
        not_destination = [c.id for c in data.centres.values() if not c.is_referral_destination]
        orphans = [c.id for c in data.centres.values()
                   if c.id not in data.expertise and not data.trials_for_centre(c.id)]
        print(f"centres without coordinates: {len(no_position)} {' '.join(no_position)}")
        print(f"centres with approximate (commune) coordinates: {len(approximate)}")
        print(f"centres without phone: {len(no_phone)}")
        print(f"centres that are not a referral destination: {len(not_destination)} {' '.join(not_destination)}")
        print(f"centres with no documented disease and no trial: {len(orphans)}")
        unverified = [c.id for c in data.centres.values() if not c.verified]
        print(f"centres never re-verified: {len(unverified)}")
    finally:
        data.close()
    return EXIT_OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError as exc:
        raise CliError("error: --size must look like 1400x900", EXIT_USAGE) from exc
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise CliError("error: --size out of range (200–8000)", EXIT_USAGE)
    if args.select:  # naming a centre needs the data; otherwise the window loads it once
        data = _load(args)
        try:
            select = check_options(args, data).centre_id
        finally:
            data.close()
    else:
        select = check_options(args, None).centre_id
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        check_writable(args.out)
    except OSError as exc:
        raise CliError(f"error: {write_problem(args.out, exc)}") from exc
    from PySide6.QtCore import QSize

    from centre_finder.ui.app import screenshot

    try:
        timings = screenshot(args.out, db_path=_db_path(args), query=args.query, near=args.near,
                             select=select, size=QSize(width, height), lang=args.lang, signs=args.signs)
    except database.DatabaseError as exc:
        raise _unusable(exc) from exc
    except ValueError as exc:
        raise CliError(f"error: {exc}", EXIT_USAGE) from exc
    except (RuntimeError, OSError) as exc:
        raise CliError(f"error: {exc}") from exc
    if args.stamp:
        print(f"painted-at {timings['painted_epoch']:.6f}", file=sys.stderr)
        print(f"window-painted-at {timings['window_epoch']:.6f}", file=sys.stderr)
    print(f"{args.out}: map painted after {timings['painted_s']:.2f} s, "
          f"{timings['outside_requests']} request(s) outside the application", file=sys.stderr)
    return EXIT_OK


def cmd_referral(args: argparse.Namespace) -> int:
    from centre_finder.core.referral.letter import Doctor, LetterError, Patient, build_referral, referral_html

    data = _load(args)
    try:
        centre_id = check_options(args, data).centre_id
        disease_id = None
        if args.disease:
            from centre_finder.core.search.explain import disease_label
            from centre_finder.core.vocabulary.matcher import DiseaseMatcher

            parse = DiseaseMatcher(data.query, data.orphanet).parse(args.disease, prefix_last=False)
            ids = parse.ids("disease")
            if parse.ids("group") or len(ids) != 1:
                names = [disease_label(d, args.lang) for i in ids[:8] if (d := data.disease(i)) is not None]
                names += [data.groups[g].name_fr for g in parse.ids("group")]
                hint = f": {'; '.join(names)}" if names else ""
                raise CliError(f"error: {args.disease!r} does not name exactly one disease{hint}", EXIT_USAGE)
            disease_id = ids[0]
        if any(not 1 <= t <= 6 for t in args.tick):
            raise CliError("error: --tick takes a number from 1 to 6", EXIT_USAGE)
        try:
            check_writable(args.out)  # before Qt, which would only say "QPainter::begin(): Returned false"
        except WriteError as exc:
            raise CliError(f"error: {exc}") from exc
        from centre_finder.ui import qtargs

        qtargs.configure()
        from centre_finder.ui.app import application
        from centre_finder.ui.printing import write_pdf
        from centre_finder.ui.referral_dialog import load_doctor
        from centre_finder.ui.settings import open_settings

        application()
        saved = load_doctor(open_settings())
        doctor = Doctor(args.doctor_name or saved.name, args.rpps or saved.rpps,
                        args.doctor_address or saved.address, args.doctor_phone or saved.phone)
        try:
            sheet = build_referral(data, centre_id, disease_id=disease_id, doctor=doctor,
                                   patient=Patient(args.patient_name, args.patient_birth_date),
                                   ticked={t - 1 for t in args.tick}, lang=args.lang)
        except LetterError as exc:
            raise CliError(f"error: {exc.message(args.lang)}", EXIT_USAGE) from exc
        try:
            pages = write_pdf(referral_html(sheet), args.out, title="Referral" if args.lang == "en" else "Adressage",
                              one_page=True)
        except OSError as exc:
            raise CliError(f"error: {write_problem(args.out, exc)}") from exc
        print(f"{args.out}: {pages} page(s)", file=sys.stderr)
    finally:
        data.close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from centre_finder.core.referral.exports import write_csv
    from centre_finder.core.search.gazetteer import LocationError

    searcher = _searcher(args)
    query = check_options(args, searcher.data).query
    try:
        results = searcher.search(query)
    except LocationError as exc:
        raise CliError(f"error: {exc}", EXIT_USAGE) from exc
    try:
        write_csv(args.out, searcher.data, results, args.lang)
    except OSError as exc:
        raise CliError(f"error: {write_problem(args.out, exc)}") from exc
    print(f"{args.out}: {len(results)} centre(s)", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from centre_finder.core.reference.geocoding import GeocodeCache, Geocoder, make_geocoders
    from centre_finder.core.reference.updates import UpdateError, apply_update, load_mapping, plan_update

    target = args.db if args.db is not None else paths.user_database()
    current = args.db if args.db is not None else paths.active_database()
    try:
        mapping = load_mapping(args.mapping) if args.mapping else None
        geocoders = None if args.offline else make_geocoders(
            ban_domain=args.ban_domain, nominatim_domain=args.nominatim_domain, scheme=args.geocoder_scheme)
        cache = None if args.offline else GeocodeCache()
        plan = plan_update(args.file, target, current=current, mapping=mapping, geocoder=Geocoder(geocoders, cache))
    except database.DatabaseError as exc:
        raise CliError(f"error: {exc}") from exc
    except (UpdateError, OSError) as exc:
        raise CliError(f"error: {exc}") from exc
    for problem in plan.problems:
        print(problem, file=sys.stderr)
    if plan.problems and not args.apply_valid:
        raise CliError(f"{len(plan.problems)} problem(s): nothing applied "
                       "(fix the file, or use --apply-valid to apply the valid rows only)")
    print(plan.diff.text())
    for centre_id, how in plan.geocoded.items():
        print(f"position of {centre_id}: {how}")
    if plan.diff.is_empty:
        print("no change", file=sys.stderr)
        return EXIT_OK
    if plan.mass_removal and not args.allow_removals:
        raise CliError(f"this update removes {len(plan.diff.removed)} centres: nothing applied "
                       "(is the file complete? use --allow-removals if it is meant)")
    if not args.yes and not _confirmed(target):
        return EXIT_OK
    try:
        report, backup = apply_update(plan, valid_only=args.apply_valid)
    except (UpdateError, OSError) as exc:
        raise CliError(f"error: {exc}\nThe previous database is unchanged.") from exc
    print(f"applied: {report.counts['centres']} centres in {target}; previous version kept as {backup}",
          file=sys.stderr)
    return EXIT_OK


def _confirmed(target: Path) -> bool:
    """Ask before applying an update; anything but yes applies nothing."""
    try:
        answer = input(f"Apply to {target}? [y/N] ")
    except EOFError:
        answer = ""
    if answer.strip().lower() in ("y", "yes", "o", "oui"):
        return True
    print("nothing applied", file=sys.stderr)
    return False


def cmd_rollback(args: argparse.Namespace) -> int:
    from centre_finder.core.reference.updates import UpdateError, rollback

    target = args.db if args.db is not None else paths.user_database()
    try:
        restored = rollback(target)
    except UpdateError as exc:
        raise CliError(f"error: {exc}") from exc
    print(f"{target}: restored {restored.name}", file=sys.stderr)
    return EXIT_OK


def cmd_trials(args: argparse.Namespace) -> int:
    return cmd_trials_refresh(args) if args.trials_command == "refresh" else cmd_trials_show(args)


def cmd_trials_show(args: argparse.Namespace) -> int:
    from centre_finder.core.trials.card import card_record, trial_card

    data = _load(args)
    try:
        card = trial_card(data, args.trial, args.lang)
        if card is None:
            known = ", ".join(t.registry_id or t.id for t in data.trials.values())
            raise CliError(f"error: no trial {args.trial!r} in the database (trials: {known})", EXIT_USAGE)
        if args.json:
            print(json.dumps(card_record(card, args.lang), ensure_ascii=False, indent=2))
            return EXIT_OK
        width = max(len(name) for name, _ in card.lines(args.lang))
        for name, value in card.lines(args.lang):
            print(f"{name:<{width}}  {value}")
        print("Sites in France:" if args.lang == "en" else "Sites en France :")
        for line in card.site_lines(args.lang):
            print(f"  - {line}")
    finally:
        data.close()
    return EXIT_OK


def cmd_trials_refresh(args: argparse.Namespace) -> int:
    from centre_finder.core.reference.updates import UpdateError
    from centre_finder.core.trials.refresh import RefreshError, apply_refresh, gazetteer_hints, plan_refresh

    target = args.db if args.db is not None else paths.user_database()
    current = args.db if args.db is not None else paths.active_database()
    print(f"reading ClinicalTrials.gov ({args.api_url})…", file=sys.stderr)
    towns, departments = gazetteer_hints()
    try:
        plan = plan_refresh(current, target, base_url=args.api_url, timeout=args.timeout, town_words=towns,
                            town_departments=departments)
    except RefreshError as exc:
        raise CliError(f"error: {exc}\nNothing was changed.") from exc
    except (UpdateError, database.DatabaseError, OSError) as exc:
        raise CliError(f"error: {exc}\nNothing was changed.") from exc
    print(plan.report.text(), file=sys.stderr)
    print(plan.diff.text(args.lang))
    if plan.is_empty:
        print("no change: the trials are as the registry gives them", file=sys.stderr)
        return EXIT_OK
    if not args.yes and not _confirmed(target):
        return EXIT_OK
    try:
        report, backup = apply_refresh(plan)
    except (UpdateError, OSError) as exc:
        raise CliError(f"error: {exc}\nThe previous database is unchanged.") from exc
    print(f"applied: {report.counts['trials']} trials, {report.counts['trial_sites']} trial sites in {target}; "
          f"previous version kept as {backup}", file=sys.stderr)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from centre_finder.ui.display import has_display, no_display_message

    if not has_display():
        raise CliError(no_display_message())
    _quiet_qt(args)
    from centre_finder.ui.app import run_app

    return run_app(db_path=args.db)


COMMANDS = {
    "build-db": cmd_build_db,
    "search": cmd_search,
    "diseases": cmd_diseases,
    "symptoms": cmd_symptoms,
    "check": cmd_check,
    "gui": cmd_gui,
    "screenshot": cmd_screenshot,
    "referral": cmd_referral,
    "export": cmd_export,
    "import": cmd_import,
    "trials": cmd_trials,
    "rollback": cmd_rollback,
}


def _quiet_qt(args: argparse.Namespace) -> None:
    """Qt's and Chromium's start-up chatter goes to the log file unless --verbose (before Qt starts)."""
    if not args.verbose:
        from centre_finder.ui.qt_log import route_to_log

        route_to_log(args.command or "gui")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    if not hasattr(args, "db"):  # `centre-finder` alone opens the window
        args.db = None
    try:
        if command in ("screenshot", "referral"):
            _quiet_qt(args)
        code = COMMANDS[command](args)
        sys.stdout.flush()  # a reader that went away is found here, not at exit
        return code
    except OptionError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(exc, file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """`search --json | head -1`: the reader closed the pipe. Exit quietly, as the Python documentation's SIGPIPE
    note does: point stdout at devnull so that the flush at exit does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_FAILURE
