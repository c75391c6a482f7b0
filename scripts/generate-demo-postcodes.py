#!/usr/bin/env python3
"""Generate the demo postcode extract for the fictional QQ postcode area.

Usage:
    python3 scripts/generate-demo-postcodes.py

Writes src/main/resources/demo/postcodes.csv in the layout of the ONS National Statistics Postcode
Lookup (NSPL): its column names, in its order, every value quoted. Goodwork loads it like a real
NSPL file when it shows demo data, and the tests use it.

The QQ area is fictional. It is placed on real ground, around 53.55 N, 2.10 W in the Pennine
foothills, so that distances look right, but every local area code in it (output areas, LSOAs,
MSOAs, wards, the local authority) is made up, in code ranges that no real area uses. Deprivation
ranks are invented too: about 12% of postcodes fall in the 10% most deprived areas, mostly in the
town centre (QQ1) and the older terraced districts.

The random generator has a fixed seed and the output is sorted, so a run gives the same file byte
for byte on the same Python version. Only the Python standard library is used.
"""

import csv
import math
import random
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT = REPO_ROOT / "src" / "main" / "resources" / "demo" / "postcodes.csv"

# The National Statistics Postcode Lookup's columns (2021 geography releases).
HEADER = [
    "pcd", "pcd2", "pcds", "dointr", "doterm", "usertype", "oseast1m", "osnrth1m", "osgrdind",
    "oa21", "cty", "ced", "laua", "ward", "nhser", "ctry", "rgn", "pcon", "ttwa", "itl", "park",
    "lsoa21", "msoa21", "wz11", "sicbl", "bua24", "ruc21", "oac11", "lat", "long", "lep1", "lep2",
    "pfa", "imd", "icb",
]

CENTRE_LAT = 53.55
CENTRE_LON = -2.10
# The centre's rough Ordnance Survey grid reference, to give plausible eastings and northings.
CENTRE_EASTING = 393_400
CENTRE_NORTHING = 405_100
KM_PER_DEGREE_LAT = 111.2
KM_PER_DEGREE_LON = 111.32 * math.cos(math.radians(CENTRE_LAT))

ENGLAND_AREAS = 32_844  # LSOAs ranked by the English Indices of Deprivation 2019
MOST_DEPRIVED_SHARE = 0.12  # of postcodes in the most deprived tenth

# District, bearing from the centre (degrees), distance (km), spread (km), sectors, postcodes per
# sector, how deprived (higher is more), urban or rural.
DISTRICTS = [
    ("QQ1", 0, 0.0, 1.8, 7, 70, 2.2, True),   # the town centre
    ("QQ2", 0, 7.0, 2.5, 6, 55, 1.0, True),   # north: an old mill town
    ("QQ3", 45, 9.0, 3.0, 5, 40, -1.2, False),  # north-east: moorland villages
    ("QQ4", 90, 10.0, 3.0, 4, 40, -1.5, False),  # east: hill farms and a reservoir village
    ("QQ5", 135, 8.0, 2.5, 6, 50, -0.4, True),  # south-east: suburbs
    ("QQ6", 180, 7.0, 2.5, 6, 55, 1.2, True),  # south: estates built in the 1960s
    ("QQ7", 225, 8.0, 2.5, 6, 50, -0.6, True),  # south-west: suburbs
    ("QQ8", 270, 7.0, 2.5, 6, 55, 1.4, True),  # west: terraced streets
    ("QQ9", 315, 8.0, 3.0, 5, 45, 0.0, True),  # north-west: a market town
]

# Postcodes the demo data and tests use by name; each must be in the extract.
NAMED = [
    "QQ1 1AA", "QQ1 2AB", "QQ1 7LB", "QQ2 2BB", "QQ2 4FD", "QQ2 9ZZ", "QQ3 4CD", "QQ3 4XY",
    "QQ3 9HP", "QQ4 5AB", "QQ5 1RT", "QQ5 6EF", "QQ6 1AB", "QQ7 2NE", "QQ8 3WA", "QQ9 1AA",
    "QQ9 9ZZ",
]
# Large users such as PO boxes, which have no grid reference and so no place.
NO_GRID_REFERENCE = ["QQ1 0WA", "QQ2 0WB", "QQ5 0WD", "QQ7 0WE"]

# Royal Mail does not use C, I, K, M, O or V in the last two letters of a postcode.
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
POSTCODES_PER_LSOA = 25


def main():
    rng = random.Random(20261123)
    postcodes = []  # (postcode, district, sector, lat, lon)
    for district, bearing, distance, spread, sectors, per_sector, _, _ in DISTRICTS:
        centre_lat, centre_lon = offset(CENTRE_LAT, CENTRE_LON, bearing, distance)
        wanted_sectors = set(range(1, sectors + 1))
        wanted_sectors |= {int(p.split()[1][0]) for p in NAMED if p.split()[0] == district}
        for sector in sorted(wanted_sectors):
            # Sectors sit in a ring round the district's centre, numbered clockwise.
            angle = 360.0 * sector / (max(wanted_sectors) + 1) + rng.uniform(-15, 15)
            s_lat, s_lon = offset(centre_lat, centre_lon, angle, spread * rng.uniform(0.3, 0.8))
            units = {p.split()[1] for p in NAMED if p.split()[0] == district and p.split()[1][0] == str(sector)}
            all_units = [f"{sector}{a}{b}" for a in UNIT_LETTERS for b in UNIT_LETTERS]
            units |= set(rng.sample(all_units, per_sector))
            jitter = 0.45 if spread < 2.6 else 0.8
            for unit in sorted(units):
                lat, lon = offset(s_lat, s_lon, rng.uniform(0, 360), abs(rng.gauss(0, jitter)))
                postcodes.append((f"{district} {unit}", district, sector, lat, lon))
    postcodes.sort()

    lsoas = assign_areas(postcodes)
    lsoa_of = {postcode: lsoa for lsoa in lsoas for postcode in lsoa["postcodes"]}
    ranks = assign_ranks(lsoas, rng)

    rows = []
    for postcode, district, sector, lat, lon in postcodes:
        lsoa = lsoa_of[postcode]
        rows.append(row(postcode, district, sector, lat, lon, lsoa, ranks[lsoa["code"]], rng))
    for postcode in NO_GRID_REFERENCE:
        rows.append(no_grid_row(postcode))
    rows.sort(key=lambda r: r[2])

    with OUTPUT.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)

    in_first_tenth = sum(1 for r in rows if r[HEADER.index("imd")] and int(r[HEADER.index("imd")]) <= 3284)
    print(f"Wrote {len(rows)} postcodes in {len(lsoas)} LSOAs to {OUTPUT.relative_to(REPO_ROOT)};"
          f" {100.0 * in_first_tenth / len(rows):.1f}% in the most deprived tenth")


def offset(lat, lon, bearing, km):
    """The point km away on the bearing, on a flat map: close enough over 25 km."""
    north = km * math.cos(math.radians(bearing))
    east = km * math.sin(math.radians(bearing))
    return lat + north / KM_PER_DEGREE_LAT, lon + east / KM_PER_DEGREE_LON


def assign_areas(postcodes):
    """Groups each sector's postcodes, south to north, into LSOAs of about 25 postcodes."""
    lsoas = []
    by_sector = {}
    for p in postcodes:
        by_sector.setdefault((p[1], p[2]), []).append(p)
    for (district, sector), members in sorted(by_sector.items()):
        members = sorted(members, key=lambda p: (p[3], p[4]))
        groups = max(1, round(len(members) / POSTCODES_PER_LSOA))
        size = math.ceil(len(members) / groups)
        for g in range(groups):
            chunk = members[g * size:(g + 1) * size]
            if chunk:
                lsoas.append({
                    "code": f"E01099{len(lsoas) + 1:03d}",
                    "district": district,
                    "sector": sector,
                    "postcodes": [p[0] for p in chunk],
                })
    return lsoas


def assign_ranks(lsoas, rng):
    """
    Ranks the LSOAs by an invented deprivation score, most deprived first, so that about 12% of
    postcodes are in the most deprived tenth of England and the rest spread over the other tenths.
    """
    bias = {d[0]: d[6] for d in DISTRICTS}
    sector_noise = {}
    scored = []
    for lsoa in lsoas:
        key = (lsoa["district"], lsoa["sector"])
        sector_noise.setdefault(key, rng.gauss(0, 0.6))
        scored.append((bias[lsoa["district"]] + sector_noise[key] + rng.gauss(0, 0.5), lsoa))
    scored.sort(key=lambda s: -s[0])
    total = sum(len(l["postcodes"]) for l in lsoas)
    first_tenth = ENGLAND_AREAS // 10  # ranks 1 to 3,284
    ranks = {}
    seen = 0
    for _, lsoa in scored:
        share = (seen + len(lsoa["postcodes"]) / 2) / total
        seen += len(lsoa["postcodes"])
        if share < MOST_DEPRIVED_SHARE:
            low, high = 1, first_tenth
            position = share / MOST_DEPRIVED_SHARE
        else:
            low, high = first_tenth + 1, ENGLAND_AREAS
            # Skewed, as in most northern towns: fewer of the least deprived areas.
            position = ((share - MOST_DEPRIVED_SHARE) / (1 - MOST_DEPRIVED_SHARE)) ** 1.3
        width = (high - low) / len(lsoas)
        rank = int(low + position * (high - low) + rng.uniform(-width, width))
        ranks[lsoa["code"]] = min(high, max(low, rank))
    return ranks


def row(postcode, district, sector, lat, lon, lsoa, rank, rng):
    outward, inward = postcode.split()
    d = int(district[2:])
    lsoa_number = int(lsoa["code"][-3:])
    urban = DISTRICTS[d - 1][7]
    easting = CENTRE_EASTING + round((lon - CENTRE_LON) * KM_PER_DEGREE_LON * 1000)
    northing = CENTRE_NORTHING + round((lat - CENTRE_LAT) * KM_PER_DEGREE_LAT * 1000)
    introduced = "198001" if rng.random() < 0.8 else f"{rng.randint(1985, 2024)}{rng.randint(1, 12):02d}"
    values = {
        "pcd": f"{outward:<4}{inward}",
        "pcd2": f"{outward:<5}{inward}",
        "pcds": postcode,
        "dointr": introduced,
        "doterm": "",
        "usertype": "0",
        "oseast1m": f"{easting:06d}",
        "osnrth1m": f"{northing:07d}",
        "osgrdind": "1",
        "oa21": f"E00999{(lsoa_number - 1) * 5 + rng.randint(1, 5):03d}",
        "cty": "E99999999",
        "ced": "E99999999",
        "laua": "E08000099",
        "ward": f"E05099{(d - 1) * 3 + (sector % 3) + 1:03d}",
        "nhser": "E40000010",
        "ctry": "E92000001",
        "rgn": "E12000002",
        "pcon": "E14099001" if d in (1, 2, 8, 9) else "E14099002",
        "ttwa": "E30000099",
        "itl": "TLD99",
        "park": "E65000001",
        "lsoa21": lsoa["code"],
        "msoa21": f"E02099{(lsoa_number - 1) // 5 + 1:03d}",
        "wz11": f"E33099{lsoa_number:03d}",
        "sicbl": "E38000099",
        "bua24": "E63099001" if urban else "E63099002",
        "ruc21": "UN1" if urban else "RSN1",
        "oac11": "7A1" if rank < 6_000 else ("4B2" if rank < 20_000 else "2A1"),
        "lat": f"{lat:.6f}",
        "long": f"{lon:.6f}",
        "lep1": "E37000099",
        "lep2": "",
        "pfa": "E23000099",
        "imd": str(rank),
        "icb": "E54000099",
    }
    return [values[column] for column in HEADER]


def no_grid_row(postcode):
    outward, inward = postcode.split()
    values = {column: "" for column in HEADER}
    values.update({
        "pcd": f"{outward:<4}{inward}",
        "pcd2": f"{outward:<5}{inward}",
        "pcds": postcode,
        "dointr": "199901",
        "usertype": "1",
        "osgrdind": "9",
        "cty": "E99999999",
        "ced": "E99999999",
        "laua": "E08000099",
        "ctry": "E92000001",
        "rgn": "E12000002",
        "lat": "99.999999",
        "long": "0.000000",
    })
    return [values[column] for column in HEADER]


if __name__ == "__main__":
    main()
