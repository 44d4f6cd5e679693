"""Directories shaped like the ones 211s and cities publish, faults included (all invented).

`write_211` writes an HSDS 1.1 CSV package as a US 211 exports it: AIRS/211 LA
taxonomy codes as the taxonomy's ids, language names ("Spanish (limited)",
"Creole"), 12-hour times, eligibility as text, and about one service in nine
whose organization is missing. `write_city20` writes an HSDS 2.0 package as a
city's open-data portal does: Open Eligibility terms under a `term` column,
`services_at_location.csv`, `physical_addresses.csv`, `service_attributes.csv`,
rows shorter than their header, hours in the wrong columns.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

AIRS = (
    ("BD-1800.2000", "Food Pantries", "BD-1800", "Emergency Food"),
    ("BD-5000.8300", "Soup Kitchens", "BD-5000", "Meals"),
    ("BH-1800.8500", "Homeless Shelter", "BH-1800", "Emergency Shelter"),
    ("BH-1800.1500-100", "Domestic Violence Shelters", "BH-1800", "Emergency Shelter"),
    ("BH-8600.6000", "Transitional Housing", "BH-8600", "Transitional Housing/Shelter"),
    ("BH-3800.7000", "Rent Payment Assistance", "BH-3800", "Housing Expense Assistance"),
    ("FT-3200.3000", "Immigration Legal Services", "FT-3200", "Immigration Law"),
    ("FT-1800.4500", "Legal Aid", "FT", "Legal Services"),
    ("LN-1500.1500", "Community Clinics", "LN", "Medical Care"),
    ("LV-1600", "Dental Care", "L", "Health Care"),
    ("RP-1500.1400-200", "Crisis Hotlines", "RP-1500", "Crisis Intervention"),
    ("RP-1400.8000-500", "Individual Counseling", "R", "Mental Health Care"),
    ("ND-6500.1500", "Job Search Assistance", "ND", "Employment"),
    ("HL-4500.2000", "English as a Second Language", "H", "Education"),
    ("PH-1250.1400", "Child Care Centers", "PH-1250", "Child Care"),
    ("BT-4500.6500", "Bus Fare", "BT", "Transportation"),
    ("BV-8900.9300", "Utility Assistance", "BV", "Utilities"),
)
LANGS = (
    "English",
    "Spanish",
    "Spanish (limited)",
    "Creole",
    "Farsi",
    "Mandarin",
    "Vietnamese",
    "Arabic",
    "Tagalog",
    "Nepali",
    "ASL",
    "Portuguese",
)
TIMES = (("9:00am", "5:00pm"), ("8:30AM", "4:30PM"), ("10:00 AM", "2:00 PM"), ("7:00am", "7:00pm"))
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ELIGIBILITY = (
    "",
    "",
    "Single men 18+",
    "Women and their children only",
    "Adults only; no children",
    "Families with children",
    "Ages 12-17",
    "Seniors 60 and over",
    "Residents of Harlow County",
)
WORDS = ("Harbor", "Maple", "Cedar", "River", "Summit", "Lantern", "Willow", "Beacon", "Oak")


def _write(folder: Path, name: str, rows: list[list[str]]) -> None:
    with (folder / name).open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def write_211(folder: Path, services: int = 300, *, seed: int = 211) -> Path:
    """An HSDS 1.1 package of `services` services, as a 211 exports it."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    n_orgs = max(1, services // 4)
    orgs = [["id", "name", "alternate_name", "description", "email", "url", "tax_status"]]
    for o in range(n_orgs):
        orgs.append([f"O{o}", f"{rnd.choice(WORDS)} Community Services {o}", "", "", "", "", ""])
    svcs = [
        ["id", "organization_id", "program_id", "location_id", "name", "alternate_name",
         "description", "url", "email", "status", "interpretation_services",
         "application_process", "wait_time", "fees", "accreditations", "licenses"]
    ]  # fmt: skip
    locs = [["id", "organization_id", "name", "alternate_name", "description", "transportation",
             "latitude", "longitude"]]  # fmt: skip
    addrs = [["id", "location_id", "attention", "address_1", "address_2", "address_3",
              "address_4", "city", "region", "state_province", "postal_code", "country"]]  # fmt: skip
    sal = [["id", "service_id", "location_id", "description"]]
    phones = [["id", "location_id", "service_id", "organization_id", "contact_id",
               "service_at_location_id", "number", "extension", "type", "language",
               "description"]]  # fmt: skip
    langs = [["id", "service_id", "location_id", "language"]]
    sched = [["id", "service_id", "location_id", "service_at_location_id", "weekday",
              "opens_at", "closes_at"]]  # fmt: skip
    taxonomy = [["id", "name", "parent_id", "parent_name", "vocabulary"]]
    seen_tax: set[str] = set()
    for code, name, parent, parent_name in AIRS:
        if parent not in seen_tax:
            taxonomy.append([parent, parent_name, "", "", "AIRS"])
            seen_tax.add(parent)
        taxonomy.append([code, name, parent, parent_name, "AIRS"])
        seen_tax.add(code)
    links = [["id", "service_id", "taxonomy_id", "taxonomy_detail"]]
    elig = [["id", "service_id", "eligibility"]]
    for s in range(services):
        sid = f"S{s}"
        org = f"O{s % n_orgs}" if s % 9 else f"O{n_orgs + s}"  # one in nine: missing org
        loc = f"L{s}"
        code, name, *_ = AIRS[s % len(AIRS)]
        svcs.append(
            [sid, org, "", "", f"{rnd.choice(WORDS)} {name} {s}", "",
             f"{name} for people in Harlow County.", "", "", "active",
             "Interpreters by phone" if s % 5 == 0 else "", "Call first", "", "", "", ""]
        )  # fmt: skip
        lat = 40.0 + rnd.random() * 2
        lon = -75.0 - rnd.random() * 2
        locs.append([loc, org, f"Site {s}", "", "", "", f"{lat:.5f}", f"{lon:.5f}"])
        addrs.append([f"A{s}", loc, "", f"{s} {rnd.choice(WORDS)} St", "", "", "",
                      "Harlow", "", "PA", f"19{s % 1000:03d}", "US"])  # fmt: skip
        sal.append([f"SL{s}", sid, loc, ""])
        phones.append(
            [f"P{s}", loc, sid, "", "", "", f"(555) 01{s % 100:02d}", "", "voice", "", ""]
        )
        for k, lang in enumerate(rnd.sample(LANGS, 2)):
            langs.append([f"LG{s}-{k}", sid, "", lang])
        opens, closes = TIMES[s % len(TIMES)]
        for d in DAYS[: 5 if s % 3 else 7]:
            sched.append([f"R{s}-{d}", sid, "", "", d, opens, closes])
        links.append([f"T{s}", sid, code, ""])
        if s % 4 == 0:
            other = AIRS[(s * 7) % len(AIRS)][0]
            if other != code:
                links.append([f"T{s}b", sid, other, ""])
        text = ELIGIBILITY[s % len(ELIGIBILITY)]
        if text:
            elig.append([f"E{s}", sid, text])
    for name, rows in (
        ("organizations.csv", orgs),
        ("services.csv", svcs),
        ("locations.csv", locs),
        ("physical_addresses.csv", addrs),
        ("services_at_location.csv", sal),
        ("phones.csv", phones),
        ("languages.csv", langs),
        ("regular_schedules.csv", sched),
        ("taxonomy.csv", taxonomy),
        ("services_taxonomy.csv", links),
        ("eligibility.csv", elig),
    ):
        _write(folder, name, rows)
    return folder


OE_TERMS = (
    ("t-emer", "Emergency", ""),
    ("t-food", "Food", ""),
    ("t-efood", "Emergency Food", "t-food,t-emer"),
    ("t-pantry", "Food Pantry", "t-food"),
    ("t-housing", "Housing", ""),
    ("t-shelter", "Temporary Shelter", "t-housing"),
    ("t-health", "Health", ""),
    ("t-primary", "Primary Care", "t-health"),
    ("t-legal", "Legal", ""),
    ("t-aid", "Advocacy & Legal Aid", "t-legal"),
    ("t-money", "Money", ""),
    ("t-tax", "Tax Preparation", "t-money"),
)
OE_ELIGIBILITY = (("e-men", "Men/Boys"), ("e-women", "Women/Girls"), ("e-adults", "Ages 18+"))


def write_city20(folder: Path, services: int = 60) -> Path:
    """An HSDS 2.0 package as a city portal publishes it, with its faults."""
    folder.mkdir(parents=True, exist_ok=True)
    orgs = [["id", "name", "alternate_name", "description", "email", "url"]]
    for o in range(6):
        orgs.append([f"{9000 + o}", f"Fernhollow Aid Society {o}", "", "Invented.", "", ""])
    svcs = [["id", "organization_id", "program_id", "name", "alternate_name", "description",
             "url", "email", "status", "interpretation_services", "application_process",
             "wait_time", "fees", "accreditations", "licenses"]]  # fmt: skip
    locs = [["id", "organization_id", "name", "alternate_name", "description", "transportation",
             "latitude", "longitude"]]  # fmt: skip
    addrs = [["id", "location_id", "attention", "address_1", "address_2", "address_3",
              "address_4", "city", "region", "state_province", "postal_code", "country"]]  # fmt: skip
    sal = [["id", "service_id", "location_id", "description"]]
    attrs = [["id", "service_id", "taxonomy_term_id"]]
    terms = [["id", "term", "description", "parent_id", "taxonomy", "language"]]
    for tid, name, parent in OE_TERMS:
        terms.append([tid, name, "", parent, "Service Category", ""])
    for tid, name in OE_ELIGIBILITY:
        terms.append([tid, name, "", "", "Service Eligibility", ""])
    sched = [["id", "name", "service_id", "location_id", "service_at_location_id", "weekday",
              "valid_from", "valid_to", "dtstart", "until", "wkst", "freq", "interval", "byday",
              "byweekno", "bymonthday", "byyearday", "description"]]  # fmt: skip
    cat = [t for t in OE_TERMS if t[2]]
    for s in range(services):
        sid = f"{5000 + s}"
        org = f"{9000 + s % 6}" if s % 10 else "8999"  # missing organization
        svcs.append([sid, org, "", f"Fernhollow {cat[s % len(cat)][1]} {s}", "", "Invented.",
                     "fernhollow.example.org", "", "active", "", "", "", "", "", ""])  # fmt: skip
        loc = f"{7000 + s}"
        locs.append([loc, org, f"Hall {s}", "", "", "", f"{38.9 + s / 1000:.4f}", "-77.03"])
        addrs.append([f"{s}", loc, "", f"{s} Elm St NW", "", "", "", "Fernhollow", "", "DC",
                      "20001", "US"])  # fmt: skip
        sal.append([f"{s}", sid, loc, ""])
        attrs.append([f"{2 * s}", sid, cat[s % len(cat)][0]])
        if s % 5 == 0:
            attrs.append([f"{2 * s + 1}", sid, OE_ELIGIBILITY[s % 3][0]])
        if s % 2:
            sched.append([f"{s}", "", sid, "", "", "Monday - Friday", "", "", "9:00AM", "5:00PM",
                          "", "", "", "", "", "", "", ""])  # fmt: skip
        else:
            sched.append([f"{s}", "", sid, "", "", "", "8:30AM", "5:30PM", "", "", "", "", "", "",
                          "", ""])  # short row, times in date columns  # fmt: skip
    attrs.append(["9999", "404", "t-food"])  # a service that does not exist
    for name, rows in (
        ("organizations.csv", orgs),
        ("services.csv", svcs),
        ("locations.csv", locs),
        ("physical_addresses.csv", addrs),
        ("services_at_location.csv", sal),
        ("service_attributes.csv", attrs),
        ("taxonomy_terms.csv", terms),
        ("schedules.csv", sched),
    ):
        _write(folder, name, rows)
    return folder
