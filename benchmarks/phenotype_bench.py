"""Orientation by signs: simulated patients, French clinical vignettes, speed and hostile input.

    python -m benchmarks.phenotype_bench [--db db/centres.db] [--patients 5]

**Simulated patients** (the Phenomizer's test, Köhler et al. 2009): for each disease of FAI²R's ground (Orphanet
classifications 195, 196 and 231) that has annotations, draw 3 of its frequent signs (obligate, very frequent or
frequent; the most frequent ones when it has fewer) and 1 unrelated sign (a sign Orphanet uses for some disease,
neither one of this disease's signs nor above or below one of them). A patient is found at rank k when the true
disease, or its parent or child in the Orphanet classification, is among the first k candidates. *Imprecision*:
the same patients with each of the 3 signs replaced by one of its parent terms. In the default scope (the diseases
of the networks the app covers) the patients are those of the diseases in that scope; with every rare disease,
all of them.

**Vignettes** (`benchmarks/data/vignettes_fr.csv`): 30 short French presentations written the way a GP writes
them, each with the PNDS or Orphanet page it follows; the app's answer is the default scope's ranking.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from centre_finder import paths
from centre_finder.core.phenotypes.orientation import Orienter
from centre_finder.core.phenotypes.tables import FREQUENCY_CODES
from centre_finder.core.reference import database

VIGNETTES = Path(__file__).resolve().parent / "data" / "vignettes_fr.csv"
FREQUENT = {FREQUENCY_CODES.index(f) for f in ("obligate", "very_frequent", "frequent")}
PUNCTUATION = "!?.,;:-_()[]{}«»\"'/\\*&%$#@"
HOSTILE = {
    "300 punctuation characters": "".join(PUNCTUATION[i % len(PUNCTUATION)] for i in range(300)),
    "200 signs": ", ".join(["fièvre", "aphtes", "arthralgies", "toux", "xxx", "Raynaud", "céphalées", "purpura"][i % 8]
                           + (f" {i}" if i % 3 else "") for i in range(200)),
    "other scripts": "лихорадка, 发烧, حمى, πυρετός, קדחת, 🤒🤒🤒, ज्वर",
    "one 3,000-character word": "a" * 3000,
}


@dataclass
class Patients:
    disease: list[int]
    precise: list[list[int]]
    imprecise: list[list[int]]


def ground_codes(data: database.ReferenceData) -> set[int]:
    """The entities of FAI²R's ground: Orphanet classifications 195, 196 and 231."""
    rows = data.query("select parent, child from orpha_links where classification in "
                      "(select classification from orpha_classifications where fai2r_ground = 'yes')")
    return {int(code) for row in rows for code in row}


def relatives(data: database.ReferenceData) -> dict[int, set[int]]:
    """Each entity's parents and children in the Orphanet classifications."""
    out: dict[int, set[int]] = {}
    for parent, child in data.query("select parent, child from orpha_links"):
        out.setdefault(int(parent), set()).add(int(child))
        out.setdefault(int(child), set()).add(int(parent))
    return out


def draw_patients(orienter: Orienter, diseases: list[int], per_disease: int, seed: int = 18) -> Patients:
    a = orienter.arrays
    rng = random.Random(seed)
    pool = sorted(set(a.dis_term.tolist()))
    out = Patients([], [], [])
    for d in diseases:
        terms, freqs = (x.tolist() for x in a.annotations(d))
        frequent = [t for t, f in zip(terms, freqs, strict=True) if f in FREQUENT]
        if len(frequent) < 3:
            by_chance = sorted(zip(terms, freqs, strict=True), key=lambda tf: (tf[1], tf[0]))
            frequent = [t for t, _ in by_chance[:3]]
        if len(frequent) < 3:
            continue
        own = set(terms)
        closure = {u for t in terms for u in a.ancestors(t).tolist()}
        for _ in range(per_disease):
            signs = rng.sample(sorted(frequent), 3)
            while True:
                noise = rng.choice(pool)
                if noise not in closure and not own & set(a.ancestors(noise).tolist()):
                    break
            parents = [[p for p in a.parents(s).tolist() if a.ic[p] > 0] for s in signs]
            imprecise = [rng.choice(p) if p else s for s, p in zip(signs, parents, strict=True)]
            out.disease.append(d)
            out.precise.append([*signs, noise])
            out.imprecise.append([*imprecise, noise])
    return out


def found_at(orienter: Orienter, patients: list[list[int]], diseases: list[int], scope: np.ndarray | None,
             related: dict[int, set[int]]) -> list[int]:
    """The rank (0-based; 99 beyond 50) at which each patient's disease, or a parent or child, comes."""
    a = orienter.arrays
    codes = a.disease_code
    ranks = []
    for terms, d in zip(patients, diseases, strict=True):
        total, _ = orienter.ranker.scores(terms)
        if scope is not None:
            total = np.where(scope, total, -np.inf)
        top = np.argsort(-total, kind="stable")[:50]
        truth = int(codes[d])
        good = {truth} | related.get(truth, set())
        ranks.append(next((r for r, k in enumerate(top.tolist()) if int(codes[k]) in good), 99))
    return ranks


def shares(ranks: list[int]) -> dict[str, float]:
    n = len(ranks) or 1
    return {f"top{k}": round(100 * sum(r < k for r in ranks) / n, 1) for k in (1, 5, 10)}


def simulated(orienter: Orienter, data: database.ReferenceData, per_disease: int = 5) -> dict[str, object]:
    a = orienter.arrays
    ground = ground_codes(data)
    related = relatives(data)
    scope = orienter.scope
    out: dict[str, object] = {}
    for name, in_scope in (("networks", True), ("all", False)):
        diseases = [i for i, c in enumerate(a.disease_code.tolist()) if c in ground and (scope[i] or not in_scope)]
        patients = draw_patients(orienter, diseases, per_disease)
        mask = scope if in_scope else None
        precise = found_at(orienter, patients.precise, patients.disease, mask, related)
        imprecise = found_at(orienter, patients.imprecise, patients.disease, mask, related)
        out[name] = {"diseases": len(set(patients.disease)), "patients": len(patients.disease),
                     "precise": shares(precise), "imprecise": shares(imprecise)}
    return out


def read_vignettes(path: Path = VIGNETTES) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def vignettes(orienter: Orienter, data: database.ReferenceData) -> dict[str, object]:
    related = relatives(data)
    rows = []
    for v in read_vignettes():
        result = orienter.orient(v["text"], population=v["population"] or None, limit=10)
        truth = int(v["orpha_code"])
        good = {truth} | related.get(truth, set())
        rank = next((c.rank for c in result.candidates if int(c.orpha_code) in good), 0)
        rows.append({"id": v["id"], "orpha_code": v["orpha_code"], "disease": v["disease"], "text": v["text"],
                     "population": v["population"], "rank": rank, "unknown": result.unknown,
                     "signs": [s.label_fr or s.label_en for s in result.signs],
                     "top5": [f"{c.name_fr} (ORPHA {c.orpha_code})" for c in result.candidates[:5]]})
    n = len(rows) or 1
    return {"count": len(rows), "first": round(100 * sum(r["rank"] == 1 for r in rows) / n, 1),
            "top5": round(100 * sum(1 <= r["rank"] <= 5 for r in rows) / n, 1), "rows": rows}


def speed(orienter: Orienter, repeat: int = 5) -> dict[str, float]:
    """Per query (recognition and ranking, the ten first candidates explained): p50 and p95 in ms."""
    texts = [v["text"] for v in read_vignettes()]
    orienter.orient(texts[0])
    samples = []
    for _ in range(repeat):
        for text in texts:
            start = time.perf_counter()
            orienter.orient(text, limit=10)
            samples.append((time.perf_counter() - start) * 1000)
    ordered = sorted(samples)
    out = {"query_ms_p50": statistics.median(samples), "query_ms_p95": ordered[round(0.95 * (len(ordered) - 1))]}
    for name, text in HOSTILE.items():
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            orienter.orient(text, limit=10)
            orienter.suggest(text)
            times.append((time.perf_counter() - start) * 1000)
        out[f"hostile_ms_max: {name}"] = max(times)
    return out


def run(db: Path, per_disease: int = 5, repeat: int = 5) -> dict[str, object]:
    data = database.load(db)
    try:
        orienter = Orienter(data)
        start = time.perf_counter()
        orienter.load()
        load_ms = (time.perf_counter() - start) * 1000
        return {"load_ms": load_ms, "simulated": simulated(orienter, data, per_disease),
                "vignettes": vignettes(orienter, data), "speed": speed(orienter, repeat)}
    finally:
        data.close()


def report_keys(result: dict[str, object]) -> dict[str, float]:
    """The flat figures `python -m benchmarks --json` records."""
    sim, vig, speed_ = result["simulated"], result["vignettes"], result["speed"]
    keys: dict[str, float] = {"signs_load_ms": result["load_ms"]}
    for scope in ("networks", "all"):
        for kind in ("precise", "imprecise"):
            for k, v in sim[scope][kind].items():
                keys[f"signs_sim_{scope}_{kind}_{k}"] = v
        keys[f"signs_sim_{scope}_patients"] = sim[scope]["patients"]
    keys.update({"signs_vignettes_first": vig["first"], "signs_vignettes_top5": vig["top5"],
                 "signs_query_ms_p50": speed_["query_ms_p50"], "signs_query_ms_p95": speed_["query_ms_p95"],
                 "signs_hostile_ms_max": max(v for k, v in speed_.items() if k.startswith("hostile"))})
    return keys


def summary_lines(result: dict[str, object]) -> list[str]:
    """The Markdown lines of the benchmark report."""
    sim, vig, speed_ = result["simulated"], result["vignettes"], result["speed"]
    lines = ["| patients | scope | diseases | patients | top 1 | top 5 | top 10 | imprecise top 1 | imprecise top 10 |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for scope, name in (("networks", "networks the app covers (default)"), ("all", "every annotated disease")):
        s = sim[scope]
        lines.append(f"| simulated | {name} | {s['diseases']} | {s['patients']} | {s['precise']['top1']} % "
                     f"| {s['precise']['top5']} % | {s['precise']['top10']} % | {s['imprecise']['top1']} % "
                     f"| {s['imprecise']['top10']} % |")
    lines += ["", f"- French vignettes: {vig['count']}, first {vig['first']} %, in the top 5 {vig['top5']} %",
              f"- per query (recognition + ranking + ten candidates explained): p50 {speed_['query_ms_p50']:.1f} ms, "
              f"p95 {speed_['query_ms_p95']:.1f} ms; first use (arrays and word index loaded) "
              f"{result['load_ms']:.0f} ms",
              "- hostile input, slowest of 5 runs (orient + completion): " + "; ".join(
                  f"{k.split(': ', 1)[1]} {v:.1f} ms" for k, v in speed_.items() if k.startswith("hostile"))]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.phenotype_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=paths.bundled_database())
    parser.add_argument("--patients", type=int, default=5, help="simulated patients per disease (default 5)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    result = run(args.db, args.patients)
    sim = result["simulated"]
    for scope in ("networks", "all"):
        s = sim[scope]
        print(f"simulated, {scope}: {s['patients']} patients of {s['diseases']} diseases; "
              f"precise {s['precise']}; imprecise {s['imprecise']}")
    v = result["vignettes"]
    print(f"vignettes: {v['count']}, first {v['first']} %, top 5 {v['top5']} %")
    for row in v["rows"]:
        print(f"  {row['rank'] or '-':>2} {row['id']} {row['disease']}: {row['text']}  →  {'; '.join(row['top5'][:3])}"
              + (f"  [unknown: {', '.join(row['unknown'])}]" if row["unknown"] else ""))
    print(json.dumps(result["speed"], indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
