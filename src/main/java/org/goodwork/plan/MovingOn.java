package org.goodwork.plan;

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
 * The moving-on plan: a phased end to support, so nobody falls off a cliff when the programme ends.
 * Contact tapers, the person is introduced in person to whatever comes next (a warm handover that
 * rests on their consent), and someone checks in afterwards.
 */
@Service
public class MovingOn {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Casework casework;
    private final CurrentActor currentActor;

    MovingOn(JdbcClient jdbc, Clock clock, Casework casework, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
        this.currentActor = currentActor;
    }

    public enum Kind {
        TAPER("See each other less often", "For example, every fortnight from now, then monthly"),
        INTRODUCTION(
                "Introduce them to other support",
                "A warm handover: meet the new service together, with their consent"),
        LAST_MEETING("Last planned meeting", "Look back at what they achieved and what comes next"),
        FOLLOW_UP("Check in after support ends", "For example, a call a month after they leave"),
        OTHER("Something else", null);

        private final String label;
        private final String hint;

        Kind(String label, String hint) {
            this.label = label;
            this.hint = hint;
        }

        public String label() {
            return label;
        }

        public String hint() {
            return hint;
        }
    }

    /** An introduction names where the person is going and the consent that lets their details go with them. */
    public record NewStep(
            Kind kind, LocalDate plannedOn, String description, UUID serviceId, String provision, UUID consentId) {}

    public record Step(
            UUID id,
            Kind kind,
            LocalDate plannedOn,
            String description,
            String provision,
            LocalDate doneOn,
            long version) {

        public boolean done() {
            return doneOn != null;
        }
    }

    /** An introduction that rests on no consent, or on one the person has withdrawn. */
    public static class ConsentNeededException extends RuntimeException {
        public ConsentNeededException() {
            super("An introduction needs consent that still stands");
        }
    }

    @Transactional(readOnly = true)
    public List<Step> steps(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        return jdbc.sql("select * from moving_on_step where participant_id = ? order by planned_on, created_at")
                .param(participantId)
                .query(MovingOn::step)
                .list();
    }

    @Transactional
    public void add(ParticipantScope scope, UUID participantId, NewStep step) {
        if (step.kind() == Kind.INTRODUCTION) {
            boolean consented = step.consentId() != null
                    && casework.consents(scope, participantId).stream()
                            .anyMatch(c -> c.id().equals(step.consentId()) && c.active());
            if (!consented) {
                throw new ConsentNeededException();
            }
        } else {
            casework.requireInScope(scope, participantId);
        }
        jdbc.sql("""
                insert into moving_on_step (id, participant_id, kind, planned_on, description, service_id, provision,
                    consent_id, recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        participantId,
                        step.kind().name(),
                        step.plannedOn(),
                        step.description().strip(),
                        step.kind() == Kind.INTRODUCTION ? step.serviceId() : null,
                        step.kind() == Kind.INTRODUCTION ? blankToNull(step.provision()) : null,
                        step.kind() == Kind.INTRODUCTION ? step.consentId() : null,
                        currentActor.user().map(SignedInUser::id).orElse(null),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        casework.record(
                participantId,
                "Moving-on plan",
                step.kind().label()
                        + (step.kind() == Kind.INTRODUCTION
                                ? " (" + step.provision().strip() + ")"
                                : "")
                        + " planned for " + step.plannedOn());
    }

    @Transactional
    public void markDone(ParticipantScope scope, UUID participantId, UUID stepId, long version, LocalDate on) {
        casework.requireInScope(scope, participantId);
        Step step = jdbc.sql("select * from moving_on_step where id = ? and participant_id = ?")
                .params(stepId, participantId)
                .query(MovingOn::step)
                .optional()
                .orElseThrow(NotFoundException::new);
        int updated = jdbc.sql("""
                        update moving_on_step set done_on = ?, version = version + 1
                         where id = ? and version = ? and done_on is null""").params(on, stepId, version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("moving-on step changed since it was read");
        }
        casework.record(participantId, "Moving-on plan", step.kind().label() + ": done on " + on);
    }

    private static Step step(ResultSet rs, int row) throws SQLException {
        return new Step(
                rs.getObject("id", UUID.class),
                Kind.valueOf(rs.getString("kind")),
                rs.getObject("planned_on", LocalDate.class),
                rs.getString("description"),
                rs.getString("provision"),
                rs.getObject("done_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
