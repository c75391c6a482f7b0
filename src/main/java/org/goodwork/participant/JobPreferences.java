package org.goodwork.participant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.ParticipantScope;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What work would suit someone and what would not, in their words: the basis for matching. */
@Service
public class JobPreferences {

    /** Contract types as data-exchange.md names them. */
    public static final List<String> CONTRACT_TYPES =
            List.of("PERMANENT", "FIXED_TERM", "TEMPORARY", "ZERO_HOURS", "APPRENTICESHIP", "SELF_EMPLOYED");

    public static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    public static final List<String> DISCLOSURE = List.of("OPEN", "WHEN_NEEDED", "NOT_TO_DISCLOSE", "NOT_APPLICABLE");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Casework casework;
    private final ReferenceData referenceData;

    JobPreferences(JdbcClient jdbc, Clock clock, Casework casework, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
        this.referenceData = referenceData;
    }

    public record Preferences(
            BigDecimal minWeeklyHours,
            BigDecimal maxWeeklyHours,
            Set<String> days,
            String times,
            Integer maxTravelMinutes,
            BigDecimal payFloorHourly,
            Set<String> contractTypes,
            String flexibility,
            String adjustments,
            String disclosure,
            Long version) {

        static Preferences none() {
            return new Preferences(null, null, Set.of(), null, null, null, Set.of(), null, null, null, null);
        }
    }

    @Transactional(readOnly = true)
    public Preferences preferences(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        return jdbc.sql("select * from job_preferences where participant_id = ?")
                .param(participantId)
                .query((rs, row) -> preferences(rs))
                .optional()
                .orElse(Preferences.none());
    }

    /** What a matched person wants: their preferences and the occupations they are interested in. */
    public record ForMatching(Preferences preferences, Set<String> occupations) {}

    /**
     * Preferences and occupations of many people at once, for matching. Callers pass only people
     * already within the user's scope; people with nothing recorded get empty preferences.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ForMatching> forMatching(List<UUID> participantIds) {
        UUID[] ids = participantIds.toArray(UUID[]::new);
        Map<UUID, Preferences> preferences = new java.util.HashMap<>();
        jdbc.sql("select * from job_preferences where participant_id = any(?)")
                .param(ids)
                .query((rs, row) -> preferences.put(rs.getObject("participant_id", UUID.class), preferences(rs)))
                .list();
        Map<UUID, Set<String>> occupations = new java.util.HashMap<>();
        jdbc.sql("select participant_id, soc_code from participant_occupation where participant_id = any(?)")
                .param(ids)
                .query((rs, row) -> occupations
                        .computeIfAbsent(rs.getObject("participant_id", UUID.class), k -> new java.util.HashSet<>())
                        .add(rs.getString("soc_code")))
                .list();
        Map<UUID, ForMatching> result = new java.util.HashMap<>();
        for (UUID id : participantIds) {
            result.put(
                    id,
                    new ForMatching(
                            preferences.getOrDefault(id, Preferences.none()), occupations.getOrDefault(id, Set.of())));
        }
        return result;
    }

    private static Preferences preferences(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Preferences(
                rs.getBigDecimal("min_weekly_hours"),
                rs.getBigDecimal("max_weekly_hours"),
                Set.of((String[]) rs.getArray("days").getArray()),
                rs.getString("times"),
                (Integer) rs.getObject("max_travel_minutes"),
                rs.getBigDecimal("pay_floor_hourly"),
                Set.of((String[]) rs.getArray("contract_types").getArray()),
                rs.getString("flexibility"),
                rs.getString("adjustments"),
                rs.getString("disclosure"),
                rs.getLong("version"));
    }

    /** Saves the preferences; {@code version} is null the first time, else the version the user saw. */
    @Transactional
    public void save(ParticipantScope scope, UUID participantId, Preferences p) {
        casework.requireInScope(scope, participantId);
        String[] days = DAYS.stream().filter(p.days()::contains).toArray(String[]::new);
        String[] contracts =
                CONTRACT_TYPES.stream().filter(p.contractTypes()::contains).toArray(String[]::new);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated;
        if (p.version() == null) {
            updated = jdbc.sql("""
                    insert into job_preferences (participant_id, min_weekly_hours, max_weekly_hours, days, times,
                        max_travel_minutes, pay_floor_hourly, contract_types, flexibility, adjustments, disclosure, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (participant_id) do nothing""")
                    .params(
                            participantId,
                            p.minWeeklyHours(),
                            p.maxWeeklyHours(),
                            days,
                            blank(p.times()),
                            p.maxTravelMinutes(),
                            p.payFloorHourly(),
                            contracts,
                            blank(p.flexibility()),
                            blank(p.adjustments()),
                            blank(p.disclosure()),
                            now)
                    .update();
        } else {
            updated = jdbc.sql("""
                    update job_preferences set min_weekly_hours = ?, max_weekly_hours = ?, days = ?, times = ?,
                        max_travel_minutes = ?, pay_floor_hourly = ?, contract_types = ?, flexibility = ?, adjustments = ?,
                        disclosure = ?, updated_at = ?, version = version + 1
                     where participant_id = ? and version = ?""")
                    .params(
                            p.minWeeklyHours(),
                            p.maxWeeklyHours(),
                            days,
                            blank(p.times()),
                            p.maxTravelMinutes(),
                            p.payFloorHourly(),
                            contracts,
                            blank(p.flexibility()),
                            blank(p.adjustments()),
                            blank(p.disclosure()),
                            now,
                            participantId,
                            p.version())
                    .update();
        }
        if (updated == 0) {
            throw new OptimisticLockingFailureException("job preferences changed since they were read");
        }
        casework.record(participantId, "Job preferences changed", "Hours, days, travel, pay or adjustments updated");
    }

    /** Occupations they are interested in, by SOC 2020 unit group code, with titles. */
    @Transactional(readOnly = true)
    public Map<String, String> occupations(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        List<String> codes = jdbc.sql(
                        "select soc_code from participant_occupation where participant_id = ? order by soc_code")
                .param(participantId)
                .query(String.class)
                .list();
        Map<String, String> titles = referenceData.occupationTitles(codes);
        Map<String, String> ordered = new LinkedHashMap<>();
        codes.forEach(code -> ordered.put(code, titles.get(code)));
        return ordered;
    }

    @Transactional
    public void addOccupation(ParticipantScope scope, UUID participantId, String socCode) {
        casework.requireInScope(scope, participantId);
        String title = referenceData.occupationTitles(List.of(socCode)).get(socCode);
        if (title == null) {
            throw new IllegalArgumentException("Not a SOC 2020 unit group: " + socCode);
        }
        jdbc.sql("insert into participant_occupation (participant_id, soc_code) values (?, ?) on conflict do nothing")
                .params(participantId, socCode)
                .update();
        casework.record(participantId, "Job preferences changed", "Interested in " + title);
    }

    @Transactional
    public void removeOccupation(ParticipantScope scope, UUID participantId, String socCode) {
        casework.requireInScope(scope, participantId);
        jdbc.sql("delete from participant_occupation where participant_id = ? and soc_code = ?")
                .params(participantId, socCode)
                .update();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
