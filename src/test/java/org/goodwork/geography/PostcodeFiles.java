package org.goodwork.geography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Small postcode files in the ONS layouts, written as the ONS writes them, for tests. */
final class PostcodeFiles {

    /** The National Statistics Postcode Lookup's columns (2021 geography releases). */
    static final List<String> NSPL = List.of(
            "pcd",
            "pcd2",
            "pcds",
            "dointr",
            "doterm",
            "usertype",
            "oseast1m",
            "osnrth1m",
            "osgrdind",
            "oa21",
            "cty",
            "ced",
            "laua",
            "ward",
            "nhser",
            "ctry",
            "rgn",
            "pcon",
            "ttwa",
            "itl",
            "park",
            "lsoa21",
            "msoa21",
            "wz11",
            "sicbl",
            "bua24",
            "ruc21",
            "oac11",
            "lat",
            "long",
            "lep1",
            "lep2",
            "pfa",
            "imd",
            "icb");

    /** The ONS Postcode Directory's columns, which carry 2001, 2011 and 2021 areas side by side. */
    static final List<String> ONSPD = List.of(
            "pcd",
            "pcd2",
            "pcds",
            "dointr",
            "doterm",
            "oscty",
            "ced",
            "oslaua",
            "osward",
            "parish",
            "usertype",
            "oseast1m",
            "osnrth1m",
            "osgrdind",
            "oshlthau",
            "nhser",
            "ctry",
            "rgn",
            "streg",
            "pcon",
            "eer",
            "teclec",
            "ttwa",
            "pct",
            "itl",
            "statsward",
            "oa01",
            "casward",
            "npark",
            "lsoa01",
            "msoa01",
            "ur01ind",
            "oac01",
            "oa11",
            "lsoa11",
            "msoa11",
            "wz11",
            "sicbl",
            "bua24",
            "ru11ind",
            "oac11",
            "lat",
            "long",
            "lep1",
            "lep2",
            "pfa",
            "imd",
            "calncv",
            "icb",
            "oa21",
            "lsoa21",
            "msoa21");

    private PostcodeFiles() {}

    /** A file with these columns, every value quoted, lines ending CRLF; unnamed columns are plausible filler. */
    static String quoted(List<String> header, List<Map<String, String>> rows) {
        StringBuilder csv = new StringBuilder(line(header)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> values = new ArrayList<>();
            for (String column : header) {
                values.add(row.getOrDefault(column, filler(column)));
            }
            csv.append(line(values)).append("\r\n");
        }
        return csv.toString();
    }

    /** One postcode in England, by the values Goodwork reads. */
    static Map<String, String> england(String postcode, String lat, String lon, String lsoa, String imd) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("pcds", postcode);
        row.put("pcd", postcode);
        row.put("lat", lat);
        row.put("long", lon);
        row.put("lsoa21", lsoa);
        row.put("lsoa11", lsoa);
        row.put("imd", imd);
        row.put("ctry", "E92000001");
        return row;
    }

    private static String line(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
    }

    private static String filler(String column) {
        return switch (column) {
            case "dointr" -> "198001";
            case "doterm", "lep2" -> "";
            case "usertype" -> "0";
            case "osgrdind" -> "1";
            // Values that hold commas and quotes, to prove quoting is honoured in ignored columns.
            case "parish" -> "Upper, Middle and \"Lower\" Moor";
            default -> "E99999999";
        };
    }
}
