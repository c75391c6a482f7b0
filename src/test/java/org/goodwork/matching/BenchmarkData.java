package org.goodwork.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;
import javax.sql.DataSource;
import org.goodwork.directory.Directory;
import org.goodwork.directory.OrganisationType;
import org.goodwork.geography.Geography;
import org.goodwork.vacancy.ContractType;
import org.goodwork.vacancy.PayPeriod;
import org.postgresql.PGConnection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional data at the scale the matching targets are set for: one provider with {@value #PARTICIPANTS}
 * active participants (most with job preferences and occupations they want) and {@value #VACANCIES} open
 * vacancies (most with a job-quality assessment), placed at the demo extract's postcodes. Written with
 * PostgreSQL's COPY in one transaction, so a half-made data set never stays behind. Seeded: every run
 * makes the same data.
 */
final class BenchmarkData {

    static final String PROVIDER = "Benchmark Employment Support";
    static final int PARTICIPANTS = 100_000;
    static final int VACANCIES = 200_000;
    static final int EMPLOYERS = 2_000;

    private static final String[] GIVEN = {
        "Alex", "Sam", "Jordan", "Priya", "Tomasz", "Amina", "Owen", "Grace", "Liam", "Aisha", "Megan", "Kofi"
    };
    private static final String[] FAMILY = {
        "Ashworth", "Bell", "Chowdhury", "Dunn", "Evans", "Fraser", "Gill", "Hughes", "Iqbal", "Jones", "Kaur", "Lowe"
    };
    private static final String[] WEEKDAYS = {"MON", "TUE", "WED", "THU", "FRI"};
    private static final String[] ALL_DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Directory directory;
    private final Geography geography;
    private final Random random = new Random(2026);
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    BenchmarkData(
            JdbcClient jdbc,
            DataSource dataSource,
            TransactionTemplate transaction,
            Directory directory,
            Geography geography) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.directory = directory;
        this.geography = geography;
    }

    boolean present() {
        return jdbc.sql("select count(*) from organisation where name = ?")
                        .param(PROVIDER)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Generates the data unless it is already there; returns the provider. */
    UUID ensure() {
        if (!present()) {
            transaction.executeWithoutResult(status -> generate());
            jdbc.sql("analyze").update();
        }
        return jdbc.sql("select id from organisation where name = ?")
                .param(PROVIDER)
                .query(UUID.class)
                .single();
    }

    private void generate() {
        if (jdbc.sql("select count(*) from postcode").query(Long.class).single() == 0) {
            try (InputStream csv = new ClassPathResource("demo/postcodes.csv").getInputStream()) {
                geography.load(csv, "demo-postcodes.csv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> postcodes = jdbc.sql("select postcode from postcode where latitude is not null order by postcode")
                .query(String.class)
                .list();
        List<String> occupations = jdbc.sql("select code from soc_unit_group order by code")
                .query(String.class)
                .list();
        // Most jobs and most wishes are in a few dozen entry-level occupations (SOC major groups 6 to 9).
        List<String> common = occupations.stream()
                .filter(code -> code.charAt(0) >= '6')
                .limit(60)
                .toList();
        List<String> dimensions = jdbc.sql("select code from ref_job_quality_dimension order by sort_order")
                .query(String.class)
                .list();
        UUID provider = directory.createOrganisation(PROVIDER, OrganisationType.PROVIDER);

        UUID[] employers = new UUID[EMPLOYERS];
        Rows employerRows = new Rows();
        for (int i = 0; i < EMPLOYERS; i++) {
            employers[i] = UUID.randomUUID();
            employerRows.row(employers[i], provider, "Employer " + (i + 1), now, now);
        }
        Rows vacancies = new Rows();
        Rows ratings = new Rows();
        for (int i = 0; i < VACANCIES; i++) {
            vacancy(vacancies, ratings, provider, employers, pick(occupations, common), postcodes, dimensions);
        }
        Rows people = new Rows();
        Rows preferences = new Rows();
        Rows wanted = new Rows();
        for (int i = 0; i < PARTICIPANTS; i++) {
            participant(people, preferences, wanted, provider, i, occupations, common, postcodes);
        }
        // One COPY at a time on a connection, and referenced rows first.
        copy("employer (id, organisation_id, name, created_at, updated_at)", employerRows);
        copy("""
                vacancy (id, organisation_id, employer_id, title, soc_code, postcode, min_weekly_hours,
                  max_weekly_hours, working_pattern, days, contract_type, pay_amount, pay_period, hourly_pay,
                  work_location, adjustments_offered, flexible_from_day_one, ring_fenced,
                  guaranteed_interview, status, job_quality_assessed_at, created_at, updated_at)""", vacancies);
        copy("vacancy_job_quality (vacancy_id, dimension, rating)", ratings);
        copy("""
                participant (id, organisation_id, reference, given_name, family_name, date_of_birth,
                  postcode, status, referral_date, start_date, created_at, updated_at)""", people);
        copy("""
                job_preferences (participant_id, min_weekly_hours, max_weekly_hours, days,
                  max_travel_minutes, pay_floor_hourly, contract_types, flexibility, adjustments, updated_at)""", preferences);
        copy("participant_occupation (participant_id, soc_code)", wanted);
    }

    /** Sends the rows down PostgreSQL's COPY on the transaction's connection. */
    private void copy(String table, Rows rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " from stdin (format csv)", new StringReader(rows.csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not write the benchmark data", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void vacancy(
            Rows vacancies,
            Rows ratings,
            UUID provider,
            UUID[] employers,
            String occupation,
            List<String> postcodes,
            List<String> dimensions) {
        UUID id = UUID.randomUUID();
        BigDecimal min = hours(new double[] {8, 12, 16, 20, 25, 30, 35, 37.5});
        BigDecimal max = chance(0.3) ? null : min.add(hours(new double[] {0, 4, 8}));
        if (max != null && max.compareTo(BigDecimal.valueOf(80)) > 0) {
            max = BigDecimal.valueOf(80);
        }
        double pattern = random.nextDouble();
        String workingPattern = pattern < 0.5
                ? "FIXED_DAYS"
                : pattern < 0.75 ? "SHIFTS" : pattern < 0.9 ? "FLEXIBLE" : pattern < 0.95 ? "TERM_TIME" : null;
        String days = "FIXED_DAYS".equals(workingPattern) ? days(chance(0.7) ? WEEKDAYS : ALL_DAYS, 2) : "{}";
        ContractType contract = contract();
        BigDecimal payAmount = null;
        PayPeriod payPeriod = null;
        BigDecimal hourly = null;
        double pay = random.nextDouble();
        if (pay < 0.7) {
            payPeriod = PayPeriod.HOUR;
            payAmount = BigDecimal.valueOf(1144 + random.nextInt(700), 2);
        } else if (pay < 0.95) {
            payPeriod = PayPeriod.YEAR;
            payAmount = BigDecimal.valueOf(20_000 + random.nextInt(16) * 1_000L);
        }
        if (payPeriod != null) {
            hourly = payPeriod.hourly(payAmount, min, max).orElse(null);
            if (hourly == null) {
                payAmount = null;
                payPeriod = null;
            }
        }
        double where = random.nextDouble();
        String location = where < 0.85 ? "ON_SITE" : where < 0.95 ? "HYBRID" : "REMOTE";
        // Employers differ: some meet most of the standard, some little of it.
        double good = random.nextDouble();
        boolean assessed = chance(0.9);
        vacancies.row(
                id,
                provider,
                employers[random.nextInt(employers.length)],
                "Vacancy " + occupation + " " + id.toString().substring(0, 8),
                occupation,
                chance(0.97) ? postcodes.get(random.nextInt(postcodes.size())) : null,
                min,
                max,
                workingPattern,
                days,
                contract.name(),
                payAmount,
                payPeriod == null ? null : payPeriod.name(),
                hourly == null ? null : hourly.setScale(2, RoundingMode.HALF_UP),
                location,
                chance(0.4) ? "Adjustments agreed with each person" : null,
                chance(0.3),
                chance(0.05),
                chance(0.1),
                "OPEN",
                assessed ? now : null,
                now.minusMinutes(random.nextInt(60 * 24 * 60)),
                now);
        if (assessed) {
            for (String dimension : dimensions) {
                double r = random.nextDouble();
                String rating = r < 0.05
                        ? "UNKNOWN"
                        : r < 0.05 + 0.95 * good
                                ? "MEETS"
                                : r < 0.05 + 0.95 * (good + (1 - good) / 2) ? "PARTLY" : "NOT_MET";
                ratings.row(id, dimension, rating);
            }
        }
    }

    private void participant(
            Rows people,
            Rows preferences,
            Rows wanted,
            UUID provider,
            int n,
            List<String> occupations,
            List<String> common,
            List<String> postcodes) {
        UUID id = UUID.randomUUID();
        LocalDate started = LocalDate.now().minusDays(random.nextInt(365));
        people.row(
                id,
                provider,
                "BEN%06d".formatted(n + 1),
                GIVEN[random.nextInt(GIVEN.length)],
                FAMILY[random.nextInt(FAMILY.length)],
                LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                chance(0.97) ? postcodes.get(random.nextInt(postcodes.size())) : null,
                "ACTIVE",
                started.minusDays(14),
                started,
                now,
                now);
        if (chance(0.85)) {
            BigDecimal min = chance(0.3) ? null : hours(new double[] {8, 10, 12, 16, 20, 25});
            BigDecimal max = chance(0.2) ? null : hours(new double[] {16, 20, 25, 30, 37.5, 40});
            if (min != null && max != null && min.compareTo(max) > 0) {
                max = min;
            }
            Integer travel = chance(0.25) ? null : new int[] {20, 30, 45, 60, 90}[random.nextInt(5)];
            StringJoiner contracts = new StringJoiner(",", "{", "}");
            if (chance(0.5)) {
                for (ContractType type : ContractType.values()) {
                    if (type == ContractType.PERMANENT || chance(0.5)) {
                        contracts.add(type.name());
                    }
                }
            }
            preferences.row(
                    id,
                    min,
                    max,
                    chance(0.4) ? "{}" : days(chance(0.6) ? WEEKDAYS : ALL_DAYS, 3),
                    travel,
                    chance(0.5) ? null : BigDecimal.valueOf(1144 + random.nextInt(300), 2),
                    contracts.toString(),
                    chance(0.3) ? "School hours while the children are young" : null,
                    chance(0.35) ? "A quiet place to work and written instructions" : null,
                    now);
        }
        if (chance(0.85)) {
            List<String> codes = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                String code = pick(occupations, common);
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
            codes.forEach(code -> wanted.row(id, code));
        }
    }

    private String pick(List<String> occupations, List<String> common) {
        return chance(0.8)
                ? common.get(random.nextInt(common.size()))
                : occupations.get(random.nextInt(occupations.size()));
    }

    private ContractType contract() {
        double c = random.nextDouble();
        return c < 0.5
                ? ContractType.PERMANENT
                : c < 0.65
                        ? ContractType.FIXED_TERM
                        : c < 0.77
                                ? ContractType.TEMPORARY
                                : c < 0.87
                                        ? ContractType.ZERO_HOURS
                                        : c < 0.95 ? ContractType.APPRENTICESHIP : ContractType.SELF_EMPLOYED;
    }

    /** Some of the days, at least {@code atLeast}, in week order, as a PostgreSQL array. */
    private String days(String[] from, int atLeast) {
        StringJoiner days = new StringJoiner(",", "{", "}");
        int kept = 0;
        for (int i = 0; i < from.length; i++) {
            if (chance(0.8) || from.length - i <= atLeast - kept) {
                days.add(from[i]);
                kept++;
            }
        }
        return days.toString();
    }

    private BigDecimal hours(double[] choices) {
        return BigDecimal.valueOf(choices[random.nextInt(choices.length)]).setScale(1, RoundingMode.HALF_UP);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** One table's rows as CSV, every value quoted and null left empty, as COPY reads them. */
    private static final class Rows {

        private final StringBuilder csv = new StringBuilder();

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = values[i];
                if (value != null) {
                    csv.append('"')
                            .append(value.toString().replace("\"", "\"\""))
                            .append('"');
                }
            }
            csv.append('\n');
        }
    }
}
