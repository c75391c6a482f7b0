#!/usr/bin/env python3
"""Generate the Flyway migration that loads Goodwork's reference data.

Usage:
    python3 scripts/generate-reference-migration.py [REFERENCE_DIR]

REFERENCE_DIR holds the reference CSVs and SOURCES.md (default: ../shared/domain/reference,
relative to the repository root). The script writes
src/main/resources/db/migration/V2026_11_23_2__reference_data.sql.

The output is deterministic: the same CSVs always give the same file, byte for byte. Once the
migration has been released it must never change (Flyway checksums it), so a change to the
reference data after release needs a new migration, not a re-run of this script.

Only the Python standard library is used.
"""

import csv
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE_DIR = REPO_ROOT / ".." / "shared" / "domain" / "reference"
OUTPUT = REPO_ROOT / "src" / "main" / "resources" / "db" / "migration" / "V2026_11_23_2__reference_data.sql"

BATCH_SIZE = 200

# Small code lists: CSV file, table, primary key column. Listed explicitly so that a new or
# renamed CSV is noticed (see check_every_csv_is_known) rather than silently skipped.
CODE_LISTS = [
    ("age-bands.csv", "ref_age_band", "code"),
    ("budget-categories.csv", "ref_budget_category", "code"),
    ("contact-types.csv", "ref_contact_type", "code"),
    ("economic-status.csv", "ref_economic_status", "code"),
    ("ethnicity.csv", "ref_ethnicity", "code"),
    ("exit-destinations.csv", "ref_exit_destination", "code"),
    ("fidelity-bands.csv", "ref_fidelity_band", "band"),
    ("gender.csv", "ref_gender", "code"),
    ("intervention-types.csv", "ref_intervention_type", "code"),
    ("ips-fidelity-items.csv", "ref_ips_fidelity_item", "number"),
    ("job-quality-dimensions.csv", "ref_job_quality_dimension", "code"),
    ("progress-dimensions.csv", "ref_progress_dimension", "code"),
    ("referral-sources.csv", "ref_referral_source", "code"),
    ("support-needs.csv", "ref_support_need", "code"),
    ("time-since-last-work.csv", "ref_time_since_last_work", "code"),
]

SOC_STRUCTURE = "soc2020-structure.csv"
SOC_UNIT_GROUPS = "soc2020-unit-groups.csv"

# CSV headers that are SQL keywords get a clearer name.
COLUMN_RENAMES = {"group": "group_name"}
# Keywords we refuse as column names, so a new CSV header cannot produce invalid SQL.
RESERVED = {
    "all", "and", "any", "as", "asc", "both", "case", "cast", "check", "column", "constraint",
    "create", "default", "desc", "distinct", "do", "else", "end", "except", "false", "for",
    "foreign", "from", "grant", "group", "having", "in", "into", "is", "join", "limit", "not",
    "null", "offset", "on", "only", "or", "order", "primary", "references", "select", "table",
    "then", "to", "true", "union", "unique", "user", "using", "when", "where", "with",
}

SOC_LEVELS = ["major", "sub_major", "minor", "unit"]

OGL = "Open Government Licence v3.0"
ONS_ATTRIBUTION = "Source: Office for National Statistics licensed under the Open Government Licence v3.0."

# One row per dataset described in SOURCES.md, in our own words. Postcode geography is not
# shipped, so it has no row here: whoever loads a postcode product adds the attribution that the
# loaded release requires.
REFERENCE_SOURCES = [
    (
        "Standard Occupational Classification 2020 (SOC 2020)",
        "Office for National Statistics, SOC 2020 Volume 1: the structure of the classification and "
        "the descriptions of its unit groups (edition of 16 October 2024), converted from the "
        "published spreadsheet. Goodwork uses it to describe the jobs people want and the jobs they start.",
        OGL,
        ONS_ATTRIBUTION,
    ),
    (
        "Ethnic group",
        "The ethnic group categories used in the 2021 Census for England and Wales: 19 groups "
        "within 5 high-level groups. Goodwork adds \u201cPrefer not to say\u201d.",
        OGL,
        "Based on the 2021 Census ethnic group categories. " + ONS_ATTRIBUTION,
    ),
    (
        "Support needs",
        "The support needs that participants reported about themselves in Households into Work "
        "(Liverpool City Region, 2019), with four more that other sources name: neurodivergence, "
        "debt, digital exclusion and having no qualifications.",
        None,
        "Adapted from the support needs recorded by Households into Work, Liverpool City Region (2019).",
    ),
    (
        "Age bands and time since last work",
        "The bands used in the Households into Work performance report (Liverpool City Region, 2019).",
        None,
        "Bands follow the Households into Work performance report (2019).",
    ),
    (
        "IPS fidelity scale items and score bands",
        "The areas covered by the 25 items of the Individual Placement and Support (IPS) fidelity "
        "scale, and its score bands, summarised in Goodwork\u2019s own words. The full scale and "
        "its review manual are published by IPS Grow and the Centre for Mental Health.",
        None,
        "Summarised from the IPS (Supported Employment) fidelity scale. Use the full scale and "
        "review manual from IPS Grow and the Centre for Mental Health when carrying out a review.",
    ),
    (
        "Job quality dimensions",
        "The seven characteristics of the Greater Manchester Good Employment Charter, which "
        "closely follow the dimensions of the CIPD Good Work Index.",
        None,
        "Based on the characteristics of the Greater Manchester Good Employment Charter.",
    ),
    (
        "Progress dimensions",
        "Goodwork\u2019s own questions for measuring distance travelled towards work. They are not "
        "the Outcomes Star. A programme that holds an Outcomes Star licence can set up its own instrument.",
        None,
        "Written for Goodwork.",
    ),
    (
        "Goodwork code lists",
        "Goodwork\u2019s own lists of referral sources, economic status, contact types, "
        "intervention types, budget categories, exit destinations and gender, drawn from the "
        "employment support programmes described in the research Goodwork was designed from.",
        None,
        "Written for Goodwork.",
    ),
]

INTEGER = re.compile(r"-?[0-9]+\Z")


def fail(message):
    sys.exit("generate-reference-migration: " + message)


def warn(message):
    print("generate-reference-migration: warning: " + message, file=sys.stderr)


def read_csv(path):
    """Return (header, rows) where each row is a dict of header -> string."""
    if not path.is_file():
        fail(f"missing {path}")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            fail(f"{path.name} is empty")
        rows = []
        for line_number, values in enumerate(reader, start=2):
            if not values:
                continue
            if len(values) != len(header):
                fail(f"{path.name} line {line_number}: {len(values)} fields, header has {len(header)}")
            rows.append(dict(zip(header, values)))
    if header and header[0].startswith("\ufeff"):
        fail(f"{path.name} starts with a byte-order mark")
    return header, rows


def column_name(header):
    name = re.sub(r"[^0-9a-z]+", "_", header.strip().lower()).strip("_")
    name = COLUMN_RENAMES.get(name, name)
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name) or name in RESERVED:
        fail(f"CSV header {header!r} does not make a safe column name")
    return name


def quote(text):
    if "\x00" in text:
        fail("NUL character in text")
    return "'" + text.replace("'", "''") + "'"


def infer_type(values):
    """Return (sql_type, nullable) for a column given all its values."""
    present = [v for v in values if v != ""]
    nullable = len(present) < len(values)
    if present and all(INTEGER.match(v) for v in present):
        return "integer", nullable
    if present and all(v.lower() in ("yes", "no") for v in present):
        return "boolean", nullable
    return "text", nullable


def literal(value, sql_type):
    if value == "":
        return "null"
    if sql_type == "integer":
        return str(int(value))
    if sql_type == "boolean":
        return "true" if value.lower() == "yes" else "false"
    return quote(value)


def inserts(table, columns, rows):
    """Multi-row INSERT statements; rows are lists of SQL literals."""
    out = []
    for start in range(0, len(rows), BATCH_SIZE):
        batch = rows[start:start + BATCH_SIZE]
        out.append(f"insert into {table} ({', '.join(columns)}) values")
        out.append(",\n".join("    (" + ", ".join(row) + ")" for row in batch) + ";")
        out.append("")
    return out


def code_list(reference_dir, file_name, table, key):
    header, rows = read_csv(reference_dir / file_name)
    names = [column_name(h) for h in header]
    if len(set(names)) != len(names):
        fail(f"{file_name}: two headers give the same column name")
    if key not in names:
        fail(f"{file_name}: no {key} column")
    if "sort_order" in names:
        fail(f"{file_name}: sort_order is added by the generator and must not be a CSV column")

    definitions = []
    types = {}
    for h, name in zip(header, names):
        values = [row[h] for row in rows]
        sql_type, nullable = infer_type(values)
        if name == key:
            if nullable:
                fail(f"{file_name}: empty {key}")
            if len(set(values)) != len(values):
                fail(f"{file_name}: duplicate {key}")
            definitions.append(f"{name} {sql_type} primary key")
        else:
            if name == "label" and nullable:
                fail(f"{file_name}: empty label")
            definitions.append(f"{name} {sql_type}" + ("" if nullable else " not null"))
        types[h] = sql_type
    definitions.append("sort_order integer not null")

    sql = [f"create table {table} ("]
    sql.append(",\n".join("    " + d for d in definitions))
    sql.append(");")
    sql.append(f"comment on table {table} is {quote('Reference data from ' + file_name + '; sort_order keeps the order of the file.')};")
    sql.append("")
    literals = [
        [literal(row[h], types[h]) for h in header] + [str(position)]
        for position, row in enumerate(rows, start=1)
    ]
    sql.extend(inserts(table, names + ["sort_order"], literals))
    return sql, len(rows)


def soc_groups(reference_dir):
    header, rows = read_csv(reference_dir / SOC_STRUCTURE)
    if header != ["code", "level", "title", "parent"]:
        fail(f"{SOC_STRUCTURE}: unexpected header {header}")
    levels = {}
    for row in rows:
        code, level, title, parent = row["code"], row["level"], row["title"], row["parent"]
        if not code or not title:
            fail(f"{SOC_STRUCTURE}: empty code or title in {row}")
        if code in levels:
            fail(f"{SOC_STRUCTURE}: duplicate code {code}")
        if level not in SOC_LEVELS:
            fail(f"{SOC_STRUCTURE}: unknown level {level!r} for {code}")
        depth = SOC_LEVELS.index(level)
        if len(code) != depth + 1 or not code.isdigit():
            fail(f"{SOC_STRUCTURE}: code {code} does not fit level {level}")
        if depth == 0:
            if parent:
                fail(f"{SOC_STRUCTURE}: major group {code} has a parent")
        else:
            # Inserting in file order needs every parent to come before its children.
            if parent not in levels:
                fail(f"{SOC_STRUCTURE}: parent {parent!r} of {code} is missing or comes after it")
            if SOC_LEVELS.index(levels[parent]) != depth - 1 or not code.startswith(parent):
                fail(f"{SOC_STRUCTURE}: {code} ({level}) cannot have parent {parent}")
        levels[code] = level
    titles = {row["code"]: row["title"] for row in rows}
    literals = [
        [quote(r["code"]), quote(r["level"]), quote(r["title"]), quote(r["parent"]) if r["parent"] else "null"]
        for r in rows
    ]
    return literals, levels, titles


def soc_units(reference_dir, levels, structure_titles):
    header, rows = read_csv(reference_dir / SOC_UNIT_GROUPS)
    expected = ["code", "title", "major_group", "sub_major_group", "minor_group", "description",
                "entry_routes", "related_job_titles"]
    if header != expected:
        fail(f"{SOC_UNIT_GROUPS}: unexpected header {header}")
    units = []
    titles = []
    seen = set()
    for row in rows:
        code = row["code"]
        if code in seen:
            fail(f"{SOC_UNIT_GROUPS}: duplicate unit group {code}")
        seen.add(code)
        if levels.get(code) != "unit":
            fail(f"{SOC_UNIT_GROUPS}: {code} is not a unit group in {SOC_STRUCTURE}")
        if (row["major_group"], row["sub_major_group"], row["minor_group"]) != (code[:1], code[:2], code[:3]):
            fail(f"{SOC_UNIT_GROUPS}: groups of {code} do not match its code")
        for column in ("title", "description", "entry_routes"):
            if not row[column].strip():
                fail(f"{SOC_UNIT_GROUPS}: empty {column} for {code}")
        if row["title"] != structure_titles[code]:
            warn(f"unit group {code} is titled {row['title']!r} in {SOC_UNIT_GROUPS} "
                 f"but {structure_titles[code]!r} in {SOC_STRUCTURE}; keeping {SOC_UNIT_GROUPS}")
        units.append([quote(row[c]) for c in expected[:-1]])
        kept = []
        for part in row["related_job_titles"].split(";"):
            title = part.strip()
            if title.startswith("~"):
                title = title[1:].strip()
            if title and title not in kept:
                kept.append(title)
        titles.extend([quote(code), quote(title)] for title in kept)
    missing = sorted(c for c, level in levels.items() if level == "unit" and c not in seen)
    if missing:
        fail(f"{SOC_UNIT_GROUPS}: no description for unit groups {', '.join(missing)}")
    return units, titles


def check_every_csv_is_known(reference_dir):
    known = {f for f, _, _ in CODE_LISTS} | {SOC_STRUCTURE, SOC_UNIT_GROUPS}
    unknown = sorted(p.name for p in reference_dir.glob("*.csv") if p.name not in known)
    if unknown:
        fail(f"no table is defined for {', '.join(unknown)}; add it to CODE_LISTS")


def generate(reference_dir):
    check_every_csv_is_known(reference_dir)
    counts = {}
    sql = [
        "-- GENERATED FILE. Do not edit.",
        "-- Written by scripts/generate-reference-migration.py from the CSVs in shared/domain/reference",
        "-- (see SOURCES.md there for where each list comes from).",
        "-- Once released, this migration must never be edited: Flyway checksums applied migrations.",
        "-- To change reference data after release, write a new migration.",
        "",
        "-- Trigram matching for job title search. pg_trgm is a trusted extension, but the migration",
        "-- role may lack the right to create it, or the server may not have the contrib modules;",
        "-- job title search still works without it, only slower.",
        "do $$",
        "begin",
        "    create extension if not exists pg_trgm;",
        "exception",
        "    when insufficient_privilege then",
        "        raise notice 'pg_trgm not created';",
        "    when feature_not_supported then",
        "        raise notice 'pg_trgm not created: the extension is not available on this server';",
        "end $$;",
        "",
    ]

    for file_name, table, key in CODE_LISTS:
        statements, count = code_list(reference_dir, file_name, table, key)
        sql.append(f"-- {file_name}")
        sql.extend(statements)
        counts[table] = count

    groups, levels, structure_titles = soc_groups(reference_dir)
    units, titles = soc_units(reference_dir, levels, structure_titles)
    sql += [
        f"-- Standard Occupational Classification 2020: {SOC_STRUCTURE} and {SOC_UNIT_GROUPS}.",
        f"-- {ONS_ATTRIBUTION}",
        "create table soc_group (",
        "    code text primary key,",
        "    level text not null check (level in ('major', 'sub_major', 'minor', 'unit')),",
        "    title text not null,",
        "    parent text references soc_group (code)",
        ");",
        "",
        "create table soc_unit_group (",
        "    code text primary key references soc_group (code),",
        "    title text not null,",
        "    major_group text not null,",
        "    sub_major_group text not null,",
        "    minor_group text not null,",
        "    description text not null,",
        "    entry_routes text not null",
        ");",
        "",
        "create table soc_job_title (",
        "    unit_group_code text not null references soc_unit_group (code),",
        "    title text not null,",
        "    primary key (unit_group_code, title)",
        ");",
        "",
        "-- Parents come before their children in the file, so file order satisfies the foreign key.",
    ]
    sql.extend(inserts("soc_group", ["code", "level", "title", "parent"], groups))
    sql.extend(inserts("soc_unit_group", ["code", "title", "major_group", "sub_major_group", "minor_group",
                                          "description", "entry_routes"], units))
    sql.extend(inserts("soc_job_title", ["unit_group_code", "title"], titles))
    counts["soc_group"] = len(groups)
    counts["soc_unit_group"] = len(units)
    counts["soc_job_title"] = len(titles)

    sql += [
        "-- Where each dataset comes from and the attribution it needs (shown on /data-sources).",
        "create table reference_source (",
        "    dataset text primary key,",
        "    source text not null,",
        "    licence text,",
        "    attribution text not null,",
        "    sort_order integer not null",
        ");",
        "",
    ]
    sources = [
        [quote(d), quote(s), quote(l) if l else "null", quote(a), str(i)]
        for i, (d, s, l, a) in enumerate(REFERENCE_SOURCES, start=1)
    ]
    sql.extend(inserts("reference_source", ["dataset", "source", "licence", "attribution", "sort_order"], sources))
    counts["reference_source"] = len(sources)

    sql += [
        "-- The trigram index needs pg_trgm, which may not have been created above. Its operator",
        "-- class is qualified with the extension's schema in case that is not on the search path.",
        "do $$",
        "declare",
        "    trgm_schema name;",
        "begin",
        "    select n.nspname into trgm_schema",
        "      from pg_extension e join pg_namespace n on n.oid = e.extnamespace",
        "     where e.extname = 'pg_trgm';",
        "    if trgm_schema is null then",
        "        raise notice 'pg_trgm is not installed: soc_job_title_title_trgm not created';",
        "    else",
        "        execute format('create index soc_job_title_title_trgm on soc_job_title using gin (lower(title) %I.gin_trgm_ops)', trgm_schema);",
        "    end if;",
        "end $$;",
        "",
    ]
    text = "\n".join(sql)
    if "${" in text:
        # Flyway would treat it as a placeholder.
        fail("the data contains '${', which Flyway would read as a placeholder")
    return text, counts


def main(argv):
    if len(argv) > 2:
        fail("usage: generate-reference-migration.py [REFERENCE_DIR]")
    reference_dir = Path(argv[1]) if len(argv) == 2 else DEFAULT_REFERENCE_DIR
    reference_dir = reference_dir.resolve()
    if not reference_dir.is_dir():
        fail(f"{reference_dir} is not a directory")
    text, counts = generate(reference_dir)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)}")
    for table, count in counts.items():
        print(f"  {table}: {count} rows")


if __name__ == "__main__":
    main(sys.argv)
