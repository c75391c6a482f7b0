package org.goodwork.vacancy;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goodwork.employer.Employers;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.UserAccount;
import org.goodwork.security.UserAccounts;
import org.goodwork.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vacancy module's facade. Every call names the organisation it acts for; a vacancy of another
 * organisation is treated as if it did not exist.
 */
@Service
public class Vacancies {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Employers employers;
    private final ReferenceData referenceData;
    private final UserAccounts userAccounts;
    private final JobQualityStandard standard;
    private final ApplicationEventPublisher events;

    Vacancies(
            JdbcClient jdbc,
            Clock clock,
            Employers employers,
            ReferenceData referenceData,
            UserAccounts userAccounts,
            JobQualityStandard standard,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.employers = employers;
        this.referenceData = referenceData;
        this.userAccounts = userAccounts;
        this.standard = standard;
    }

    /** The change of status is not one the lifecycle allows. */
    public static class IllegalTransitionException extends RuntimeException {

        private final VacancyStatus from;
        private final VacancyStatus to;

        public IllegalTransitionException(VacancyStatus from, VacancyStatus to) {
            super("A vacancy cannot go from " + from + " to " + to);
            this.from = from;
            this.to = to;
        }

        public VacancyStatus from() {
            return from;
        }

        public VacancyStatus to() {
            return to;
        }
    }

    /**
     * The organisation's vacancies, newest first. {@code statuses} empty means any status;
     * {@code employerId} null means any employer.
     */
    @Transactional(readOnly = true)
    public List<Vacancy> list(UUID organisationId, Set<VacancyStatus> statuses, UUID employerId) {
        String[] wanted = statuses.stream().map(Enum::name).toArray(String[]::new);
        List<Row> rows = jdbc.sql("""
                        select * from vacancy
                         where organisation_id = :organisation
                           and (cardinality(cast(:statuses as text[])) = 0 or status = any(cast(:statuses as text[])))
                           and (cast(:employer as uuid) is null or employer_id = :employer)
                         order by created_at desc, title""")
                .param("organisation", organisationId)
                .param("statuses", wanted)
                .param("employer", employerId)
                .query(Vacancies::row)
                .list();
        return complete(organisationId, rows);
    }

    @Transactional(readOnly = true)
    public Optional<Vacancy> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from vacancy where id = ? and organisation_id = ?")
                .params(id, organisationId)
                .query(Vacancies::row)
                .optional()
                .map(row -> complete(organisationId, List.of(row)).getFirst());
    }

    /** As {@link #find}, for callers that answer 404 when it is not there. */
    @Transactional(readOnly = true)
    public Vacancy get(UUID organisationId, UUID id) {
        return find(organisationId, id).orElseThrow(NotFoundException::new);
    }

    /**
     * Records a vacancy, by a member of staff ({@code by}) or an API client ({@code apiClientId}).
     * The employer must be the organisation's and the SOC code must exist.
     */
    @Transactional
    public UUID create(
            UUID organisationId,
            VacancyDetails details,
            VacancyStatus status,
            JobQuality quality,
            UUID by,
            UUID apiClientId) {
        employers.get(organisationId, details.employerId());
        requireOccupation(details.socCode());
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into vacancy (id, organisation_id, employer_id, title, soc_code, postcode, min_weekly_hours,
                    max_weekly_hours, working_pattern, days, contract_type, pay_amount, pay_period, hourly_pay,
                    closing_date, work_location, adjustments_offered, flexible_from_day_one, ring_fenced,
                    guaranteed_interview, status, created_at, created_by, created_by_api_client, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organisationId,
                        details.employerId(),
                        details.title().strip(),
                        details.socCode(),
                        blankToNull(details.postcode()),
                        details.minWeeklyHours(),
                        details.maxWeeklyHours(),
                        name(details.workingPattern()),
                        days(details.days()),
                        details.contractType().name(),
                        details.payAmount(),
                        name(details.payPeriod()),
                        hourlyPay(details),
                        details.closingDate(),
                        name(details.workLocation()),
                        blankToNull(details.adjustmentsOffered()),
                        details.flexibleFromDayOne(),
                        details.ringFenced(),
                        details.guaranteedInterview(),
                        status.name(),
                        now,
                        by,
                        apiClientId,
                        now,
                        by)
                .update();
        if (!quality.assessments().isEmpty()) {
            writeRatings(id, quality);
            jdbc.sql("update vacancy set job_quality_assessed_at = ?, job_quality_assessed_by = ? where id = ?")
                    .params(now, by, id)
                    .update();
        }
        events.publishEvent(new VacanciesChanged(organisationId));
        return id;
    }

    /** Saves the details; fails if someone else changed the vacancy since {@code version}. */
    @Transactional
    public void update(UUID organisationId, UUID id, long version, VacancyDetails details, UUID by) {
        get(organisationId, id);
        employers.get(organisationId, details.employerId());
        requireOccupation(details.socCode());
        int updated = jdbc.sql("""
                update vacancy set employer_id = ?, title = ?, soc_code = ?, postcode = ?, min_weekly_hours = ?,
                    max_weekly_hours = ?, working_pattern = ?, days = ?, contract_type = ?, pay_amount = ?, pay_period = ?,
                    hourly_pay = ?, closing_date = ?, work_location = ?, adjustments_offered = ?,
                    flexible_from_day_one = ?, ring_fenced = ?, guaranteed_interview = ?, updated_at = ?, updated_by = ?,
                    version = version + 1
                 where id = ? and organisation_id = ? and version = ?""")
                .params(
                        details.employerId(),
                        details.title().strip(),
                        details.socCode(),
                        blankToNull(details.postcode()),
                        details.minWeeklyHours(),
                        details.maxWeeklyHours(),
                        name(details.workingPattern()),
                        days(details.days()),
                        details.contractType().name(),
                        details.payAmount(),
                        name(details.payPeriod()),
                        hourlyPay(details),
                        details.closingDate(),
                        name(details.workLocation()),
                        blankToNull(details.adjustmentsOffered()),
                        details.flexibleFromDayOne(),
                        details.ringFenced(),
                        details.guaranteedInterview(),
                        now(),
                        by,
                        id,
                        organisationId,
                        version)
                .update();
        requireUpdated(updated);
        events.publishEvent(new VacanciesChanged(organisationId));
    }

    /** Moves the vacancy on in its lifecycle; see {@link VacancyStatus#next()} for what is allowed. */
    @Transactional
    public void changeStatus(UUID organisationId, UUID id, long version, VacancyStatus to, UUID by) {
        Vacancy vacancy = get(organisationId, id);
        if (!vacancy.status().canBecome(to)) {
            throw new IllegalTransitionException(vacancy.status(), to);
        }
        int updated = jdbc.sql("""
                update vacancy set status = ?, updated_at = ?, updated_by = ?, version = version + 1
                 where id = ? and organisation_id = ? and version = ? and status = ?""")
                .params(
                        to.name(),
                        now(),
                        by,
                        id,
                        organisationId,
                        version,
                        vacancy.status().name())
                .update();
        requireUpdated(updated);
        events.publishEvent(new VacanciesChanged(organisationId));
    }

    /** Replaces the job-quality assessment; fails if someone else changed the vacancy since {@code version}. */
    @Transactional
    public void assess(UUID organisationId, UUID id, long version, JobQuality quality, UUID by) {
        get(organisationId, id);
        OffsetDateTime now = now();
        int updated = jdbc.sql("""
                update vacancy set job_quality_assessed_at = ?, job_quality_assessed_by = ?, updated_at = ?,
                    updated_by = ?, version = version + 1
                 where id = ? and organisation_id = ? and version = ?""")
                .params(now, by, now, by, id, organisationId, version)
                .update();
        requireUpdated(updated);
        jdbc.sql("delete from vacancy_job_quality where vacancy_id = ?")
                .param(id)
                .update();
        writeRatings(id, quality);
        events.publishEvent(new VacanciesChanged(organisationId));
    }

    private void writeRatings(UUID vacancyId, JobQuality quality) {
        Set<String> dimensions = dimensionCodes();
        quality.assessments().forEach((dimension, assessment) -> {
            if (!dimensions.contains(dimension)) {
                throw new IllegalArgumentException("Not a job-quality dimension: " + dimension);
            }
            jdbc.sql("insert into vacancy_job_quality (vacancy_id, dimension, rating, evidence) values (?, ?, ?, ?)")
                    .params(vacancyId, dimension, assessment.rating().name(), assessment.evidence())
                    .update();
        });
    }

    private Set<String> dimensionCodes() {
        Set<String> codes = new HashSet<>();
        referenceData.jobQualityDimensions().forEach(d -> codes.add(d.code()));
        return codes;
    }

    private void requireOccupation(String socCode) {
        if (socCode == null || referenceData.occupationTitles(List.of(socCode)).isEmpty()) {
            throw new IllegalArgumentException("Not a SOC 2020 unit group: " + socCode);
        }
    }

    private static BigDecimal hourlyPay(VacancyDetails details) {
        if (details.payAmount() == null || details.payPeriod() == null) {
            return null;
        }
        return details.payPeriod()
                .hourly(details.payAmount(), details.minWeeklyHours(), details.maxWeeklyHours())
                .orElseThrow(
                        () -> new IllegalArgumentException("Annual pay needs weekly hours to give an hourly rate"));
    }

    private static void requireUpdated(int updated) {
        if (updated == 0) {
            throw new OptimisticLockingFailureException("vacancy changed since it was read");
        }
    }

    /** A vacancy as stored, before the names and ratings from elsewhere are added. */
    private record Row(
            UUID id,
            UUID organisationId,
            UUID employerId,
            String title,
            String socCode,
            String postcode,
            BigDecimal minWeeklyHours,
            BigDecimal maxWeeklyHours,
            WorkingPattern workingPattern,
            Set<DayOfWeek> days,
            ContractType contractType,
            BigDecimal payAmount,
            PayPeriod payPeriod,
            BigDecimal hourlyPay,
            LocalDate closingDate,
            WorkLocation workLocation,
            String adjustmentsOffered,
            boolean flexibleFromDayOne,
            boolean ringFenced,
            boolean guaranteedInterview,
            VacancyStatus status,
            OffsetDateTime assessedAt,
            UUID assessedBy,
            long version) {}

    private static Row row(ResultSet rs, int row) throws SQLException {
        OffsetDateTime assessedAt = rs.getObject("job_quality_assessed_at", OffsetDateTime.class);
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getString("title"),
                rs.getString("soc_code"),
                rs.getString("postcode"),
                rs.getBigDecimal("min_weekly_hours"),
                rs.getBigDecimal("max_weekly_hours"),
                enumOf(WorkingPattern.class, rs.getString("working_pattern")),
                days(rs.getArray("days")),
                ContractType.valueOf(rs.getString("contract_type")),
                rs.getBigDecimal("pay_amount"),
                enumOf(PayPeriod.class, rs.getString("pay_period")),
                rs.getBigDecimal("hourly_pay"),
                rs.getObject("closing_date", LocalDate.class),
                enumOf(WorkLocation.class, rs.getString("work_location")),
                rs.getString("adjustments_offered"),
                rs.getBoolean("flexible_from_day_one"),
                rs.getBoolean("ring_fenced"),
                rs.getBoolean("guaranteed_interview"),
                VacancyStatus.valueOf(rs.getString("status")),
                assessedAt,
                rs.getObject("job_quality_assessed_by", UUID.class),
                rs.getLong("version"));
    }

    private List<Vacancy> complete(UUID organisationId, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> employerNames = employers.names(organisationId);
        Map<String, String> socTitles = referenceData.occupationTitles(
                rows.stream().map(Row::socCode).distinct().toList());
        Map<UUID, Map<String, JobQuality.Assessment>> ratings =
                ratings(rows.stream().map(Row::id).toList());
        Map<UUID, String> people = new HashMap<>();
        return rows.stream()
                .map(r -> {
                    JobQuality quality = new JobQuality(ratings.getOrDefault(r.id(), Map.of()));
                    return new Vacancy(
                            r.id(),
                            r.organisationId(),
                            r.employerId(),
                            employerNames.get(r.employerId()),
                            r.title(),
                            r.socCode(),
                            socTitles.get(r.socCode()),
                            r.postcode(),
                            r.minWeeklyHours(),
                            r.maxWeeklyHours(),
                            r.workingPattern(),
                            r.days(),
                            r.contractType(),
                            r.payAmount(),
                            r.payPeriod(),
                            r.hourlyPay(),
                            r.closingDate(),
                            r.workLocation(),
                            r.adjustmentsOffered(),
                            r.flexibleFromDayOne(),
                            r.ringFenced(),
                            r.guaranteedInterview(),
                            r.status(),
                            quality,
                            standard.warnings(r.hourlyPay(), r.contractType()),
                            r.assessedAt() == null ? null : r.assessedAt().toInstant(),
                            r.assessedAt() == null ? null : displayName(r.assessedBy(), people),
                            r.version());
                })
                .toList();
    }

    private Map<UUID, Map<String, JobQuality.Assessment>> ratings(Collection<UUID> vacancyIds) {
        Map<UUID, Map<String, JobQuality.Assessment>> ratings = new HashMap<>();
        jdbc.sql("select vacancy_id, dimension, rating, evidence from vacancy_job_quality where vacancy_id = any(?)")
                .param(vacancyIds.toArray(UUID[]::new))
                .query((rs, row) -> ratings.computeIfAbsent(
                                rs.getObject("vacancy_id", UUID.class), id -> new LinkedHashMap<>())
                        .put(
                                rs.getString("dimension"),
                                new JobQuality.Assessment(
                                        JobQuality.Rating.valueOf(rs.getString("rating")), rs.getString("evidence"))))
                .list();
        return ratings;
    }

    private String displayName(UUID userId, Map<UUID, String> names) {
        if (userId == null) {
            return "an API client";
        }
        return names.computeIfAbsent(
                userId,
                id -> userAccounts.find(id).map(UserAccount::displayName).orElse("Unknown"));
    }

    /** Days are stored as MON to SUN, as job preferences store them, so the two can be compared. */
    static String[] days(Set<DayOfWeek> days) {
        return days == null
                ? new String[0]
                : days.stream().sorted().map(d -> d.name().substring(0, 3)).toArray(String[]::new);
    }

    private static Set<DayOfWeek> days(Array array) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : (String[]) array.getArray()) {
            Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().startsWith(day))
                    .findFirst()
                    .ifPresent(days::add);
        }
        return days;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
