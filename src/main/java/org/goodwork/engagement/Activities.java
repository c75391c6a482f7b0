package org.goodwork.engagement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.goodwork.participant.Casework;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interventions and activities a participant takes part in: courses with their hours, work-related
 * activities, volunteering, peer support. Completed agreed activities and courses of five hours or
 * more count towards the programme's measures.
 */
@Service
public class Activities {

    /** The shortest course that counts as an education or training outcome (brief section 5). */
    public static final BigDecimal COUNTED_COURSE_HOURS = new BigDecimal("5");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Casework casework;
    private final CurrentActor currentActor;

    Activities(JdbcClient jdbc, Clock clock, Casework casework, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
        this.currentActor = currentActor;
    }

    /** What the activity counts as, from intervention-types.csv. */
    public enum CountsAs {
        COURSE,
        WORK_RELATED,
        OTHER;

        static CountsAs of(String code) {
            return switch (code) {
                case "course" -> COURSE;
                case "work_related" -> WORK_RELATED;
                default -> OTHER;
            };
        }
    }

    public record NewActivity(
            String type, String description, String provider, LocalDate startDate, BigDecimal hours, boolean agreed) {}

    public record Activity(
            UUID id,
            String type,
            String typeLabel,
            CountsAs countsAs,
            String description,
            String provider,
            LocalDate startDate,
            BigDecimal hours,
            boolean agreed,
            LocalDate completedOn,
            long version) {

        public boolean completed() {
            return completedOn != null;
        }

        /** A completed course long enough to count as an education or training outcome. */
        public boolean countsAsTrainingOutcome() {
            return completed()
                    && countsAs == CountsAs.COURSE
                    && hours != null
                    && hours.compareTo(COUNTED_COURSE_HOURS) >= 0;
        }
    }

    /** A course needs its hours, because only courses of five hours or more count. */
    public static class HoursNeededException extends RuntimeException {
        public HoursNeededException() {
            super("A course needs its hours");
        }
    }

    @Transactional(readOnly = true)
    public List<Activity> list(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        return jdbc.sql(SELECT + " where a.participant_id = ? order by a.start_date desc, a.created_at desc")
                .param(participantId)
                .query(Activities::activity)
                .list();
    }

    @Transactional(readOnly = true)
    public Activity find(ParticipantScope scope, UUID participantId, UUID activityId) {
        casework.requireInScope(scope, participantId);
        return jdbc.sql(SELECT + " where a.participant_id = ? and a.id = ?")
                .params(participantId, activityId)
                .query(Activities::activity)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    @Transactional
    public UUID record(ParticipantScope scope, UUID participantId, NewActivity activity) {
        casework.requireInScope(scope, participantId);
        String countsAs = jdbc.sql("select counts_as from ref_intervention_type where code = ?")
                .param(activity.type())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("Unknown activity type"));
        if (CountsAs.of(countsAs) == CountsAs.COURSE && activity.hours() == null) {
            throw new HoursNeededException();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into activity (id, participant_id, activity_type, description, provider, start_date, hours, agreed,
                    recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        participantId,
                        activity.type(),
                        activity.description().strip(),
                        activity.provider() == null || activity.provider().isBlank()
                                ? null
                                : activity.provider().strip(),
                        activity.startDate(),
                        activity.hours(),
                        activity.agreed(),
                        currentActor.user().map(SignedInUser::id).orElse(null),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        casework.record(
                participantId,
                "Activity",
                activity.description().strip() + " from " + activity.startDate()
                        + (activity.hours() == null
                                ? ""
                                : ", " + activity.hours().toPlainString() + " hours"));
        return id;
    }

    @Transactional
    public void complete(ParticipantScope scope, UUID participantId, UUID activityId, long version, LocalDate on) {
        Activity activity = find(scope, participantId, activityId);
        if (on.isBefore(activity.startDate())) {
            throw new IllegalArgumentException("Completed before it started");
        }
        int updated =
                jdbc.sql("""
                        update activity set completed_on = ?, version = version + 1
                         where id = ? and participant_id = ? and version = ? and completed_on is null""").params(on, activityId, participantId, version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("activity changed since it was read");
        }
        casework.record(participantId, "Activity completed", activity.description() + " on " + on);
    }

    private static final String SELECT = """
            select a.*, t.label as type_label, t.counts_as
              from activity a join ref_intervention_type t on t.code = a.activity_type""";

    private static Activity activity(ResultSet rs, int row) throws SQLException {
        return new Activity(
                rs.getObject("id", UUID.class),
                rs.getString("activity_type"),
                rs.getString("type_label"),
                CountsAs.of(rs.getString("counts_as")),
                rs.getString("description"),
                rs.getString("provider"),
                rs.getObject("start_date", LocalDate.class),
                rs.getBigDecimal("hours"),
                rs.getBoolean("agreed"),
                rs.getObject("completed_on", LocalDate.class),
                rs.getLong("version"));
    }
}
