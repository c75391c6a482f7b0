package org.goodwork.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The layout of an ONS Postcode Directory or National Statistics Postcode Lookup CSV file. Columns
 * are found by name, whatever their order, because every release adds, drops or moves some; the
 * names Goodwork reads have kept their meaning across releases.
 */
final class PostcodeFile {

    /** One postcode as the file gives it, checked. */
    record Row(String postcode, Double lat, Double lon, String lsoa, Integer imdRank, Integer imdDecile) {}

    /** The files give postcodes without a grid reference this latitude (and a longitude of 0). */
    private static final double NO_GRID_REFERENCE = 99.999999;

    private static final Pattern COMPACT_POSTCODE = Pattern.compile("[A-Z0-9]{5,7}");
    private static final Pattern YEARLY_IMD = Pattern.compile("imd\\d{2}ind");
    private static final Pattern YEARLY_COUNTRY = Pattern.compile("ctry\\d{2}cd");
    private static final int LONGEST_VALUE_SHOWN = 30;

    private final int width;
    private final int postcode;
    private final int lat;
    private final int lon;
    private final int lsoa;
    private final int imd;
    private final int country;
    private final GeographySettings.DeprivationAreas areas;

    private PostcodeFile(List<String> names, GeographySettings.DeprivationAreas areas) {
        this.width = names.size();
        this.postcode = first(names, List.of("pcds", "pcd", "pcd2", "pcd7", "pcd8"));
        this.lat = names.indexOf("lat");
        this.lon = names.indexOf("long");
        // The 2021 areas are the current ones; 2011 areas are what older files have.
        this.lsoa = first(names, List.of("lsoa21", "lsoa21cd", "lsoa11", "lsoa11cd"));
        this.imd = firstMatching(
                names, name -> name.equals("imd") || YEARLY_IMD.matcher(name).matches());
        this.country = firstMatching(
                names,
                name -> name.equals("ctry") || YEARLY_COUNTRY.matcher(name).matches());
        this.areas = areas;
    }

    /**
     * Reads the header row. Column names are compared without regard to case, and a UTF-8 byte order
     * mark before the first is ignored.
     */
    static PostcodeFile fromHeader(List<String> header, GeographySettings.DeprivationAreas areas) {
        List<String> names = new ArrayList<>();
        for (String name : header) {
            String plain = names.isEmpty() && name.startsWith("\uFEFF") ? name.substring(1) : name;
            names.add(plain.strip().toLowerCase(Locale.ROOT));
        }
        PostcodeFile file = new PostcodeFile(names, areas);
        List<String> problems = new ArrayList<>();
        if (file.postcode < 0) {
            problems.add("The file has no pcds column. Upload the ONS Postcode Directory or the National"
                    + " Statistics Postcode Lookup as a CSV file, with its header row");
        }
        if (file.lat < 0 || file.lon < 0) {
            problems.add("The file has no lat and long columns. Upload the ONS Postcode Directory or the National"
                    + " Statistics Postcode Lookup as a CSV file, with its header row");
        }
        if (!problems.isEmpty()) {
            throw new PostcodeLoadException(problems);
        }
        return file;
    }

    /**
     * A postcode as the ONS pcds column writes it (upper case, one space before the last three
     * characters), or empty when it cannot be one. Deliberately lenient about letters and digits, so
     * that no real postcode in a national file is ever refused.
     */
    static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!COMPACT_POSTCODE.matcher(compact).matches()) {
            return Optional.empty();
        }
        int inward = compact.length() - 3;
        return Optional.of(compact.substring(0, inward) + " " + compact.substring(inward));
    }

    /** The record's postcode, or empty with the reasons added to problems. */
    Optional<Row> read(List<String> values, int line, List<String> problems) {
        if (values.size() != width) {
            problems.add("Line %d has %d values but the header has %d".formatted(line, values.size(), width));
            return Optional.empty();
        }
        int before = problems.size();
        String rawPostcode = values.get(postcode).strip();
        String code = null;
        if (rawPostcode.isEmpty()) {
            problems.add("Line %d has no postcode".formatted(line));
        } else {
            code = normalise(rawPostcode).orElse(null);
            if (code == null) {
                problems.add("Line %d: %s is not a postcode".formatted(line, shown(rawPostcode)));
            }
        }
        Double latitude = number(values.get(lat), line, "latitude", 90, problems);
        Double longitude = number(values.get(lon), line, "longitude", 180, problems);
        if (latitude != null && latitude == NO_GRID_REFERENCE) {
            latitude = null;
            longitude = null;
        } else if ((latitude == null) != (longitude == null) && problems.size() == before) {
            problems.add("Line %d has only one of latitude and longitude".formatted(line));
        }
        String area = lsoa < 0 ? null : emptyToNull(values.get(lsoa).strip());
        if (area != null && area.length() > 20) {
            problems.add("Line %d: %s is not an area code".formatted(line, shown(area)));
        }
        Integer rank = null;
        Integer decile = null;
        if (imd >= 0 && !values.get(imd).isBlank()) {
            String rawRank = values.get(imd).strip();
            try {
                rank = Integer.valueOf(rawRank);
            } catch (NumberFormatException e) {
                problems.add("Line %d: the deprivation rank %s is not a whole number".formatted(line, shown(rawRank)));
            }
            if (rank != null && rank < 1) {
                problems.add("Line %d: the deprivation rank %d is below 1".formatted(line, rank));
            } else if (rank != null) {
                Optional<Nation> nation =
                        Nation.of(country < 0 ? null : values.get(country).strip(), area);
                if (nation.isPresent()) {
                    int count = areas.in(nation.get());
                    if (rank > count) {
                        problems.add(("Line %d: the deprivation rank %d is higher than the %,d areas that %s's index"
                                        + " ranks. The file may carry a newer index than Goodwork is set up for")
                                .formatted(line, rank, count, nation.get().label()));
                    } else {
                        decile = GeographySettings.DeprivationAreas.decile(rank, count);
                    }
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(code, latitude, longitude, area, rank, decile));
    }

    private static Double number(String raw, int line, String what, double limit, List<String> problems) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            problems.add("Line %d: the %s %s is not a number".formatted(line, what, shown(value)));
            return null;
        }
        if (!Double.isFinite(number) || (Math.abs(number) > limit && number != NO_GRID_REFERENCE)) {
            problems.add("Line %d: the %s %s is out of range".formatted(line, what, shown(value)));
            return null;
        }
        return number;
    }

    private static String shown(String value) {
        String shortened = value.length() > LONGEST_VALUE_SHOWN ? value.substring(0, LONGEST_VALUE_SHOWN) + "…" : value;
        return "“" + shortened + "”";
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** The column of the most preferred name present, wherever it sits. */
    private static int first(List<String> names, List<String> preferred) {
        for (String name : preferred) {
            int index = names.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    private static int firstMatching(List<String> names, Predicate<String> wanted) {
        for (int i = 0; i < names.size(); i++) {
            if (wanted.test(names.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
