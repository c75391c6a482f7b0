package org.goodwork.geography;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The geography module's facade: where a postcode is, how far apart two postcodes are, and how
 * deprived their area is. A postcode Goodwork does not know is simply unknown, never an error: the
 * postcode table holds only what an administrator has loaded.
 */
@Service
public class Geography {

    /** The Earth's mean radius, as the haversine formula is usually given. */
    static final double EARTH_RADIUS_KM = 6371.0;

    private static final int LONGEST_FILE_NAME = 300;

    private final JdbcClient jdbc;
    private final PostcodeLoader loader;

    Geography(JdbcClient jdbc, PostcodeLoader loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    /** Where the postcode is, written in any case and spacing; empty when it is not known. */
    @Transactional(readOnly = true)
    public Optional<Place> locate(String postcode) {
        Optional<String> normalised = PostcodeFile.normalise(postcode);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from postcode where postcode = ?")
                .param(normalised.get())
                .query(Geography::place)
                .optional();
    }

    /**
     * Where each postcode is, in one query, keyed by the postcodes exactly as given. Unknown postcodes
     * are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, Place> locateAll(Collection<String> postcodes) {
        Map<String, String> normalisedByGiven = new HashMap<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (String given : postcodes) {
            PostcodeFile.normalise(given).ifPresent(normalised -> {
                normalisedByGiven.put(given, normalised);
                wanted.add(normalised);
            });
        }
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, Place> found = new HashMap<>();
        jdbc.sql("select * from postcode where postcode = any(?)")
                .param(wanted.toArray(String[]::new))
                .query(Geography::place)
                .list()
                .forEach(place -> found.put(place.postcode(), place));
        Map<String, Place> byGiven = new HashMap<>();
        normalisedByGiven.forEach((given, normalised) -> {
            Place place = found.get(normalised);
            if (place != null) {
                byGiven.put(given, place);
            }
        });
        return byGiven;
    }

    /**
     * The straight-line distance between two postcodes in kilometres; empty when either is unknown
     * or has no grid reference.
     */
    @Transactional(readOnly = true)
    public OptionalDouble distanceKm(String from, String to) {
        Map<String, Place> places = locateAll(List.of(from == null ? "" : from, to == null ? "" : to));
        Place start = places.get(from);
        Place end = places.get(to);
        return start == null ? OptionalDouble.empty() : start.distanceKmTo(end);
    }

    /** The great-circle distance in kilometres between two points, by the haversine formula. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double halfDeltaPhi = Math.toRadians(lat2 - lat1) / 2;
        double halfDeltaLambda = Math.toRadians(lon2 - lon1) / 2;
        double a = Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) * Math.sin(halfDeltaLambda);
        return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** The deprivation tenth of the postcode's area, 1 being the most deprived; empty when not known. */
    @Transactional(readOnly = true)
    public OptionalInt imdDecile(String postcode) {
        return locate(postcode).map(Place::imdDecile).map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    /**
     * Whether the postcode is in one of the 10% most deprived areas of its nation, the priority cohort
     * in commissioners' reports. False when the postcode or its area's rank is not known.
     */
    @Transactional(readOnly = true)
    public boolean inMostDeprivedTenth(String postcode) {
        return locate(postcode).map(Place::inMostDeprivedTenth).orElse(false);
    }

    /**
     * Loads a postcode file in the ONS Postcode Directory or National Statistics Postcode Lookup CSV
     * format, adding new postcodes and updating changed ones. All or nothing: a file with any bad row
     * throws {@link PostcodeLoadException} and changes nothing.
     */
    public PostcodeLoad load(InputStream csv, String fileName) {
        return loader.load(csv, plainFileName(fileName));
    }

    @Transactional(readOnly = true)
    public long postcodeCount() {
        return jdbc.sql("select count(*) from postcode").query(Long.class).single();
    }

    /** The most recent loads, newest first. */
    @Transactional(readOnly = true)
    public List<PostcodeLoad> recentLoads(int limit) {
        return jdbc.sql("""
                        select file_name, loaded_at, rows_read, added, changed from postcode_load
                         order by loaded_at desc, id limit ?""")
                .param(limit)
                .query((rs, row) -> new PostcodeLoad(
                        rs.getString("file_name"),
                        rs.getObject("loaded_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("rows_read"),
                        rs.getInt("added"),
                        rs.getInt("changed")))
                .list();
    }

    /** Browsers may send a whole path; only the name means anything to whoever reads it later. */
    static String plainFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            return "postcodes.csv";
        }
        return name.length() > LONGEST_FILE_NAME ? name.substring(0, LONGEST_FILE_NAME) : name;
    }

    private static Place place(ResultSet rs, int row) throws SQLException {
        return new Place(
                rs.getString("postcode"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                rs.getString("lsoa"),
                rs.getObject("imd_rank", Integer.class),
                rs.getObject("imd_decile", Integer.class));
    }
}
