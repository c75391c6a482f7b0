package org.goodwork.geography;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams a postcode file into the postcode table. A national file has about 2.7 million rows, so
 * rows are read one at a time and written in batches; the whole load is one transaction, so a file
 * with any bad row changes nothing.
 */
@Component
class PostcodeLoader {

    private static final int BATCH_SIZE = 5_000;

    /**
     * Rows go in as arrays, one statement per batch. A postcode already held exactly as the file gives
     * it is left alone, so loading the same file again changes nothing.
     */
    private static final String UPSERT = """
            insert into postcode (postcode, latitude, longitude, lsoa, imd_rank, imd_decile, load_id)
            select r.postcode, r.latitude, r.longitude, r.lsoa, r.imd_rank, r.imd_decile, ?
              from unnest(?::text[], ?::float8[], ?::float8[], ?::text[], ?::int[], ?::int[])
                   as r(postcode, latitude, longitude, lsoa, imd_rank, imd_decile)
            on conflict (postcode) do update
               set latitude = excluded.latitude, longitude = excluded.longitude, lsoa = excluded.lsoa,
                   imd_rank = excluded.imd_rank, imd_decile = excluded.imd_decile, load_id = excluded.load_id
             where (postcode.latitude, postcode.longitude, postcode.lsoa, postcode.imd_rank, postcode.imd_decile)
                   is distinct from
                   (excluded.latitude, excluded.longitude, excluded.lsoa, excluded.imd_rank, excluded.imd_decile)
            returning xmax = 0""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final GeographySettings settings;

    PostcodeLoader(JdbcClient jdbc, Clock clock, GeographySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Loads the file, or throws {@link PostcodeLoadException} listing the first problems found. */
    @Transactional
    public PostcodeLoad load(InputStream csv, String fileName) {
        MessageDigest sha256 = sha256();
        UUID loadId = UUID.randomUUID();
        Instant now = clock.instant();
        CsvReader reader = new CsvReader(new InputStreamReader(
                new DigestInputStream(new BufferedInputStream(csv, 64 * 1024), sha256), StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        Map<String, PostcodeFile.Row> batch = new LinkedHashMap<>();
        int rowsRead = 0;
        int[] addedAndChanged = new int[2];
        try {
            List<String> header = reader.next();
            if (header == null || isBlank(header)) {
                throw new PostcodeLoadException(List.of("The file is empty"));
            }
            PostcodeFile file = PostcodeFile.fromHeader(header, settings.deprivationAreas());
            List<String> record;
            while (problems.size() < PostcodeLoadException.MOST_PROBLEMS_LISTED && (record = reader.next()) != null) {
                if (isBlank(record)) {
                    continue;
                }
                rowsRead++;
                var row = file.read(record, reader.recordLine(), problems);
                // After the first problem nothing is written: the rest is only read to list problems.
                if (row.isPresent() && problems.isEmpty()) {
                    batch.put(row.get().postcode(), row.get());
                    if (batch.size() == BATCH_SIZE) {
                        write(batch, loadId, addedAndChanged);
                    }
                }
            }
        } catch (CsvReader.MalformedException e) {
            problems.add("Line %d: %s".formatted(e.line(), e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the postcode file", e);
        }
        if (!problems.isEmpty()) {
            throw new PostcodeLoadException(
                    problems.subList(0, Math.min(PostcodeLoadException.MOST_PROBLEMS_LISTED, problems.size())));
        }
        if (rowsRead == 0) {
            throw new PostcodeLoadException(List.of("The file has a header row but no postcodes"));
        }
        write(batch, loadId, addedAndChanged);
        jdbc.sql("""
                        insert into postcode_load (id, file_name, file_sha256, loaded_at, rows_read, added, changed)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .param(loadId)
                .param(fileName)
                .param(HexFormat.of().formatHex(sha256.digest()))
                .param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param(rowsRead)
                .param(addedAndChanged[0])
                .param(addedAndChanged[1])
                .update();
        return new PostcodeLoad(fileName, now, rowsRead, addedAndChanged[0], addedAndChanged[1]);
    }

    /** Whether a file with exactly these contents has been loaded before. */
    boolean loadedBefore(Path file) {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return jdbc.sql("select exists (select 1 from postcode_load where file_sha256 = ?)")
                .param(HexFormat.of().formatHex(sha256.digest()))
                .query(Boolean.class)
                .single();
    }

    private void write(Map<String, PostcodeFile.Row> batch, UUID loadId, int[] addedAndChanged) {
        if (batch.isEmpty()) {
            return;
        }
        int size = batch.size();
        String[] postcodes = new String[size];
        Double[] latitudes = new Double[size];
        Double[] longitudes = new Double[size];
        String[] areas = new String[size];
        Integer[] ranks = new Integer[size];
        Integer[] deciles = new Integer[size];
        int i = 0;
        for (PostcodeFile.Row row : batch.values()) {
            postcodes[i] = row.postcode();
            latitudes[i] = row.lat();
            longitudes[i] = row.lon();
            areas[i] = row.lsoa();
            ranks[i] = row.imdRank();
            deciles[i] = row.imdDecile();
            i++;
        }
        List<Boolean> added = jdbc.sql(UPSERT)
                .param(loadId)
                .param(postcodes)
                .param(latitudes)
                .param(longitudes)
                .param(areas)
                .param(ranks)
                .param(deciles)
                .query(Boolean.class)
                .list();
        for (Boolean wasAdded : added) {
            addedAndChanged[wasAdded ? 0 : 1]++;
        }
        batch.clear();
    }

    private static boolean isBlank(List<String> record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
