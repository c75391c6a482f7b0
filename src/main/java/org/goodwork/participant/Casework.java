package org.goodwork.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.RecordAccessed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a participant's record as support goes on: starting, circumstances, consent, leaving
 * and coming back. Every change is scoped, checked against the version the user saw, logged, and
 * written to the person's timeline.
 */
@Service
public class Casework {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Participants participants;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    Casework(
            JdbcClient jdbc,
            Clock clock,
            Participants participants,
            CurrentActor currentActor,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.participants = participants;
        this.currentActor = currentActor;
        this.events = events;
    }

    public record Details(
            String phone, String email, String postcode, String preferredContact, boolean remindersOptOut) {}

    public record Circumstances(
            String economicStatus,
            String timeSinceLastWork,
            Set<String> supportNeeds,
            String gender,
            String ethnicity,
            String qualifications,
            String workHistory,
            String skills,
            String aspirations,
            String doesNotWant) {}

    public record Consent(
            UUID id, String purpose, String sharedWith, LocalDate givenOn, LocalDate withdrawnOn, long version) {
        public boolean active() {
            return withdrawnOn == null;
        }
    }

    public record TimelineEntry(Instant occurredAt, String actorName, String kind, String summary) {}

    /**
     * The day the person agrees to take part. The planned end follows from the programme's
     * longest support.
     */
    @Transactional
    public void start(ParticipantScope scope, UUID id, long version, LocalDate startDate) {
        State state = state(scope, id);
        ParticipantStatus next = state.status().start();
        LocalDate plannedEnd = participants.plannedEnd(state.programmeId(), startDate);
        change(id, version, "status = ?, start_date = ?, planned_end_date = ?", next.name(), startDate, plannedEnd);
        record(id, "Started", "Started on the programme on " + startDate + "; support planned until " + plannedEnd);
    }

    @Transactional
    public void exit(
            ParticipantScope scope, UUID id, long version, LocalDate exitDate, String destination, String notes) {
        State state = state(scope, id);
        ParticipantStatus next = state.status().exit();
        if (state.startDate() != null && exitDate.isBefore(state.startDate())) {
            throw new IllegalArgumentException("The date they left must be on or after they started");
        }
        change(
                id,
                version,
                "status = ?, exit_date = ?, exit_destination = ?, exit_notes = ?",
                next.name(),
                exitDate,
                destination,
                blankToNull(notes));
        record(id, "Left the programme", "Left on " + exitDate);
    }

    @Transactional
    public void reopen(ParticipantScope scope, UUID id, long version) {
        State state = state(scope, id);
        ParticipantStatus next = state.status().reopen();
        change(id, version, "status = ?, exit_date = null, exit_destination = null, exit_notes = null", next.name());
        record(id, "Came back", "Support reopened");
    }

    /**
     * Moves the participant to another keyworker with a handover note, so the person does not have to
     * tell their story again.
     */
    @Transactional
    public void reallocate(
            ParticipantScope scope,
            UUID id,
            long version,
            UUID keyworkerId,
            String keyworkerName,
            String handoverNote) {
        state(scope, id);
        change(id, version, "keyworker_id = ?", keyworkerId);
        record(id, "Keyworker changed", "Now supported by " + keyworkerName + ". Handover: " + handoverNote.strip());
    }

    @Transactional
    public void updateDetails(ParticipantScope scope, UUID id, long version, Details details) {
        state(scope, id);
        change(
                id,
                version,
                "phone = ?, email = ?, postcode = ?, preferred_contact = ?, reminders_opt_out = ?",
                blankToNull(details.phone()),
                blankToNull(details.email()),
                blankToNull(details.postcode()),
                blankToNull(details.preferredContact()),
                details.remindersOptOut());
        record(id, "Details changed", "Contact details or preferences updated");
    }

    @Transactional
    public void updateCircumstances(ParticipantScope scope, UUID id, long version, Circumstances c) {
        state(scope, id);
        change(
                id,
                version,
                """
                        economic_status = ?, time_since_last_work = ?, gender = ?, ethnicity = ?, qualifications = ?,
                        work_history = ?, skills = ?, aspirations = ?, does_not_want = ?""",
                blankToNull(c.economicStatus()),
                blankToNull(c.timeSinceLastWork()),
                blankToNull(c.gender()),
                blankToNull(c.ethnicity()),
                blankToNull(c.qualifications()),
                blankToNull(c.workHistory()),
                blankToNull(c.skills()),
                blankToNull(c.aspirations()),
                blankToNull(c.doesNotWant()));
        jdbc.sql("delete from participant_support_need where participant_id = ?")
                .param(id)
                .update();
        for (String need : c.supportNeeds()) {
            jdbc.sql("insert into participant_support_need (participant_id, need) values (?, ?)")
                    .params(id, need)
                    .update();
        }
        record(id, "Circumstances changed", "Circumstances, needs or aspirations updated");
    }

    @Transactional(readOnly = true)
    public List<Consent> consents(ParticipantScope scope, UUID id) {
        state(scope, id);
        return jdbc.sql("""
                        select id, purpose, shared_with, given_on, withdrawn_on, version from consent
                         where participant_id = ? order by given_on desc, created_at desc""")
                .param(id)
                .query((rs, row) -> new Consent(
                        rs.getObject("id", UUID.class),
                        rs.getString("purpose"),
                        rs.getString("shared_with"),
                        rs.getObject("given_on", LocalDate.class),
                        rs.getObject("withdrawn_on", LocalDate.class),
                        rs.getLong("version")))
                .list();
    }

    @Transactional
    public void recordConsent(ParticipantScope scope, UUID id, String purpose, String sharedWith, LocalDate givenOn) {
        state(scope, id);
        jdbc.sql("""
                insert into consent (id, participant_id, purpose, shared_with, given_on, recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        id,
                        purpose.strip(),
                        sharedWith.strip(),
                        givenOn,
                        currentActor.user().map(u -> u.id()).orElse(null),
                        now())
                .update();
        changed(id);
        record(id, "Consent given", "Agreed to share with " + sharedWith.strip() + " for " + purpose.strip());
    }

    /** Withdrawing stops future sharing from that day; what was shared before stays on record. */
    @Transactional
    public void withdrawConsent(ParticipantScope scope, UUID id, UUID consentId, long version, LocalDate withdrawnOn) {
        state(scope, id);
        String sharedWith = jdbc.sql("select shared_with from consent where id = ? and participant_id = ?")
                .params(consentId, id)
                .query(String.class)
                .optional()
                .orElseThrow(NotFoundException::new);
        int updated = jdbc.sql("""
                update consent set withdrawn_on = ?, version = version + 1
                 where id = ? and participant_id = ? and version = ? and withdrawn_on is null and given_on <= ?""")
                .params(withdrawnOn, consentId, id, version, withdrawnOn)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("consent changed since it was read");
        }
        changed(id);
        record(id, "Consent withdrawn", "No longer shares with " + sharedWith);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(ParticipantScope scope, UUID id) {
        state(scope, id);
        return jdbc.sql("""
                        select occurred_at, actor_name, kind, summary from timeline_entry
                         where participant_id = ? order by occurred_at desc, id desc""")
                .param(id)
                .query((rs, row) -> new TimelineEntry(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor_name"),
                        rs.getString("kind"),
                        rs.getString("summary")))
                .list();
    }

    /** Whether this consent belongs to the participant and has not been withdrawn. */
    @Transactional(readOnly = true)
    public boolean consentActive(UUID participantId, UUID consentId) {
        return jdbc.sql("select count(*) from consent where id = ? and participant_id = ? and withdrawn_on is null")
                        .params(consentId, participantId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds to the person's timeline; other modules call this for plans, contacts and referrals. */
    @Transactional
    public void record(UUID participantId, String kind, String summary) {
        jdbc.sql(
                        "insert into timeline_entry (participant_id, occurred_at, actor_name, kind, summary) values (?, ?, ?, ?, ?)")
                .params(participantId, now(), currentActor.asAuditActor().name(), kind, summary)
                .update();
    }

    /** Fails with not found unless the participant is within the scope. */
    @Transactional(readOnly = true)
    public void requireInScope(ParticipantScope scope, UUID id) {
        state(scope, id);
    }

    private record State(ParticipantStatus status, UUID programmeId, LocalDate startDate) {}

    private State state(ParticipantScope scope, UUID id) {
        if (scope.isNone()) {
            throw new NotFoundException();
        }
        return jdbc.sql("select p.status, p.programme_id, p.start_date from participant p where p.id = :id and"
                        + Participants.IN_SCOPE)
                .param("id", id)
                .params(participants.scopeParameters(scope, true))
                .query((rs, row) -> new State(
                        ParticipantStatus.valueOf(rs.getString("status")),
                        rs.getObject("programme_id", UUID.class),
                        rs.getObject("start_date", LocalDate.class)))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    private void change(UUID id, long version, String assignments, Object... values) {
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = now();
        params[values.length + 1] = id;
        params[values.length + 2] = version;
        int updated = jdbc.sql("update participant set " + assignments
                        + ", updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(params)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("participant changed since it was read");
        }
        changed(id);
    }

    private void changed(UUID id) {
        events.publishEvent(new RecordAccessed(
                currentActor.asAuditActor(), RecordAccessed.Action.CHANGE, Participants.SUBJECT_TYPE, id, null));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
