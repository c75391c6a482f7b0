package org.goodwork.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goodwork.participant.Casework;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan module's facade. Every call checks the participant is within the caller's scope. */
@Service
public class Plans {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Casework casework;

    Plans(JdbcClient jdbc, Clock clock, Casework casework) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
    }

    public record Goal(UUID id, Theme theme, String goal, String barriers, long version) {}

    public record Action(
            UUID id,
            Theme theme,
            String description,
            ActionOwner owner,
            String partnerName,
            LocalDate dueDate,
            ActionStatus status,
            boolean agreed,
            LocalDate completedOn,
            long version) {

        public boolean overdue(LocalDate today) {
            return dueDate != null
                    && dueDate.isBefore(today)
                    && (status == ActionStatus.TO_DO || status == ActionStatus.IN_PROGRESS);
        }
    }

    public record ActionChange(
            Theme theme,
            String description,
            ActionOwner owner,
            String partnerName,
            LocalDate dueDate,
            ActionStatus status,
            boolean agreed) {}

    @Transactional(readOnly = true)
    public List<Goal> goals(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        return jdbc.sql(
                        "select id, theme, goal, barriers, version from plan_goal where participant_id = ? order by created_at")
                .param(participantId)
                .query((rs, row) -> new Goal(
                        rs.getObject("id", UUID.class),
                        Theme.valueOf(rs.getString("theme")),
                        rs.getString("goal"),
                        rs.getString("barriers"),
                        rs.getLong("version")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Action> actions(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        return jdbc.sql(SELECT_ACTION + " where participant_id = ? order by due_date nulls last, created_at")
                .param(participantId)
                .query((rs, row) -> action(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Action> action(ParticipantScope scope, UUID participantId, UUID actionId) {
        casework.requireInScope(scope, participantId);
        return jdbc.sql(SELECT_ACTION + " where participant_id = ? and id = ?")
                .params(participantId, actionId)
                .query((rs, row) -> action(rs))
                .optional();
    }

    @Transactional
    public void addGoal(ParticipantScope scope, UUID participantId, Theme theme, String goal, String barriers) {
        casework.requireInScope(scope, participantId);
        jdbc.sql("""
                insert into plan_goal (id, participant_id, theme, goal, barriers, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        participantId,
                        theme.name(),
                        goal.strip(),
                        blankToNull(barriers),
                        now(),
                        now())
                .update();
        casework.record(participantId, "Plan: goal added", theme.label() + ": " + goal.strip());
    }

    @Transactional
    public void addAction(ParticipantScope scope, UUID participantId, ActionChange change) {
        casework.requireInScope(scope, participantId);
        jdbc.sql("""
                insert into plan_action (id, participant_id, theme, description, owner, partner_name, due_date, status, agreed,
                    completed_on, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        participantId,
                        change.theme().name(),
                        change.description().strip(),
                        change.owner().name(),
                        blankToNull(change.partnerName()),
                        change.dueDate(),
                        change.status().name(),
                        change.agreed(),
                        completedOn(change.status()),
                        now(),
                        now())
                .update();
        casework.record(participantId, "Plan: action added", describe(change));
    }

    /** Saves a change to an action; fails if someone else changed it since {@code version}. */
    @Transactional
    public void changeAction(
            ParticipantScope scope, UUID participantId, UUID actionId, long version, ActionChange change) {
        Action before = action(scope, participantId, actionId).orElseThrow(NotFoundException::new);
        LocalDate completedOn = change.status() == ActionStatus.DONE
                ? (before.completedOn() != null ? before.completedOn() : today())
                : null;
        int updated = jdbc.sql("""
                update plan_action set theme = ?, description = ?, owner = ?, partner_name = ?, due_date = ?, status = ?,
                    agreed = ?, completed_on = ?, updated_at = ?, version = version + 1
                 where id = ? and participant_id = ? and version = ?""")
                .params(
                        change.theme().name(),
                        change.description().strip(),
                        change.owner().name(),
                        blankToNull(change.partnerName()),
                        change.dueDate(),
                        change.status().name(),
                        change.agreed(),
                        completedOn,
                        now(),
                        actionId,
                        participantId,
                        version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("plan action changed since it was read");
        }
        String what = before.status() != change.status()
                ? "\"" + change.description().strip() + "\" is now "
                        + change.status().label().toLowerCase()
                : "\"" + change.description().strip() + "\" changed";
        casework.record(participantId, "Plan: action changed", what);
    }

    private static final String SELECT_ACTION = """
            select id, theme, description, owner, partner_name, due_date, status, agreed, completed_on, version from plan_action
            """;

    private static Action action(ResultSet rs) throws SQLException {
        return new Action(
                rs.getObject("id", UUID.class),
                Theme.valueOf(rs.getString("theme")),
                rs.getString("description"),
                ActionOwner.valueOf(rs.getString("owner")),
                rs.getString("partner_name"),
                rs.getObject("due_date", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("agreed"),
                rs.getObject("completed_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static String describe(ActionChange change) {
        return change.theme().label() + ": " + change.description().strip() + " ("
                + change.owner().label().toLowerCase() + (change.agreed() ? ", agreed" : ", not yet agreed") + ")";
    }

    private LocalDate completedOn(ActionStatus status) {
        return status == ActionStatus.DONE ? today() : null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
