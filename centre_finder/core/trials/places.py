"""The département and the region of a French postal code (the administrative map of 2016), for trial sites the
registry places by town and postal code only."""

from __future__ import annotations

_REGIONS = {
    "Auvergne-Rhône-Alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "Bourgogne-Franche-Comté": "21 25 39 58 70 71 89 90",
    "Bretagne": "22 29 35 56",
    "Centre-Val de Loire": "18 28 36 37 41 45",
    "Corse": "2A 2B",
    "Grand Est": "08 10 51 52 54 55 57 67 68 88",
    "Hauts-de-France": "02 59 60 62 80",
    "Île-de-France": "75 77 78 91 92 93 94 95",
    "Normandie": "14 27 50 61 76",
    "Nouvelle-Aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "Occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "Pays de la Loire": "44 49 53 72 85",
    "Provence-Alpes-Côte d'Azur": "04 05 06 13 83 84",
    "Guadeloupe": "971",
    "Martinique": "972",
    "Guyane": "973",
    "La Réunion": "974",
    "Mayotte": "976",
}
DEPARTMENT_REGION = {dep: region for region, deps in _REGIONS.items() for dep in deps.split()}


def department(postal_code: str) -> str:
    """"33076" → "33"; "97139" → "971"; Corsica: "20000" → "2A", "20200" → "2B"; "" when not a French code."""
    code = postal_code.strip()
    if len(code) != 5 or not code.isdigit():
        return ""
    if code.startswith("97"):
        return code[:3] if code[:3] in DEPARTMENT_REGION else ""
    if code.startswith("20"):
        return "2A" if code < "20200" else "2B"
    return code[:2] if code[:2] in DEPARTMENT_REGION else ""


def region(department_code: str) -> str:
    return DEPARTMENT_REGION.get(department_code, "")
