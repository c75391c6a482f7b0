package org.goodwork.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goodwork.participant.Casework;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.NotFoundException;
import org.goodwork.vacancy.Vacancies;
import org.goodwork.vacancy.Vacancy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's response to a matched vacancy, and applications from a suggestion to a start or
 * an unsuccessful outcome, with the employer's feedback. A participant goes on an employer's
 * shortlist only on consent that still stands.
 */
@Service
public class Applications {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Casework casework;
    private final Participants participants;
    private final Vacancies vacancies;
    private final CurrentActor currentActor;

    Applications(
            JdbcClient jdbc,
            Clock clock,
            Casework casework,
            Participants participants,
            Vacancies vacancies,
            CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
        this.participants = participants;
        this.vacancies = vacancies;
        this.currentActor = currentActor;
    }

    public enum Stage {
        SUGGESTED("Suggested"),
        APPLIED("Applied"),
        INTERVIEW("Interview"),
        OFFER("Offer"),
        STARTED("Started"),
        UNSUCCESSFUL("Unsuccessful");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean finished() {
            return this == STARTED || this == UNSUCCESSFUL;
        }
    }

    public record Response(boolean interested, String reason) {}

    public record Application(
            UUID id,
            UUID participantId,
            UUID vacancyId,
            String vacancyTitle,
            String employerName,
            String socCode,
            Stage stage,
            String employerFeedback,
            boolean shortlisted,
            long version) {}

    /** Someone on an employer's shortlist: shared with their consent, nothing more than their name. */
    public record Shortlisted(UUID applicationId, UUID participantId, String fullName, Stage stage) {}

    /** Shortlisting rests on consent that has been withdrawn or is not theirs. */
    public static class ConsentNeededException extends RuntimeException {
        public ConsentNeededException() {
            super("Consent needed");
        }
    }

    @Transactional(readOnly = true)
    public Map<UUID, Response> responses(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        return jdbc
                .sql("select vacancy_id, interested, reason from match_response where participant_id = ?")
                .param(participantId)
                .query((rs, row) -> Map.entry(
                        rs.getObject("vacancy_id", UUID.class),
                        new Response(rs.getBoolean("interested"), rs.getString("reason"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Transactional
    public void respond(ParticipantScope scope, UUID participantId, UUID vacancyId, boolean interested, String reason) {
        ParticipantRecord participant = participants.view(scope, participantId).orElseThrow(NotFoundException::new);
        Vacancy vacancy = vacancies.get(participant.organisationId(), vacancyId);
        jdbc.sql("""
                insert into match_response (participant_id, vacancy_id, interested, reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (participant_id, vacancy_id) do update
                   set interested = excluded.interested, reason = excluded.reason, recorded_by = excluded.recorded_by,
                       recorded_at = excluded.recorded_at""")
                .params(participantId, vacancyId, interested, blankToNull(reason), actor(), now())
                .update();
        casework.record(
                participantId,
                "Job match",
                (interested ? "Interested in " : "Not interested in ") + vacancy.title() + " at "
                        + vacancy.employerName() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
    }

    @Transactional(readOnly = true)
    public List<Application> list(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        List<Row> rows = jdbc.sql("select * from application where participant_id = ? order by created_at desc")
                .param(participantId)
                .query((rs, row) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("vacancy_id", UUID.class),
                        Stage.valueOf(rs.getString("stage")),
                        rs.getString("employer_feedback"),
                        rs.getObject("shortlisted_at") != null,
                        rs.getLong("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID organisation = scope.organisationId();
        Map<UUID, Vacancy> byId = rows.stream()
                .map(Row::vacancyId)
                .distinct()
                .map(id -> vacancies.get(organisation, id))
                .collect(Collectors.toMap(Vacancy::id, Function.identity()));
        return rows.stream()
                .map(r -> {
                    Vacancy v = byId.get(r.vacancyId());
                    return new Application(
                            r.id(),
                            participantId,
                            r.vacancyId(),
                            v.title(),
                            v.employerName(),
                            v.socCode(),
                            r.stage(),
                            r.feedback(),
                            r.shortlisted(),
                            r.version());
                })
                .toList();
    }

    private record Row(UUID id, UUID vacancyId, Stage stage, String feedback, boolean shortlisted, long version) {}

    /** Starts an application at "suggested", or returns the one already there. */
    @Transactional
    public UUID suggest(ParticipantScope scope, UUID participantId, UUID vacancyId) {
        casework.requireInScope(scope, participantId);
        Vacancy vacancy = vacancies.get(scope.organisationId(), vacancyId);
        UUID id = UUID.randomUUID();
        int inserted =
                jdbc.sql("""
                        insert into application (id, participant_id, vacancy_id, stage, created_at, updated_at)
                        values (?, ?, ?, 'SUGGESTED', ?, ?) on conflict (participant_id, vacancy_id) do nothing""").params(id, participantId, vacancyId, now(), now()).update();
        if (inserted == 0) {
            return jdbc.sql("select id from application where participant_id = ? and vacancy_id = ?")
                    .params(participantId, vacancyId)
                    .query(UUID.class)
                    .single();
        }
        history(id, Stage.SUGGESTED, LocalDate.now(clock), null);
        casework.record(
                participantId, "Application", "Suggested: " + vacancy.title() + " at " + vacancy.employerName());
        return id;
    }

    @Transactional
    public void move(
            ParticipantScope scope,
            UUID participantId,
            UUID applicationId,
            long version,
            Stage stage,
            LocalDate on,
            String feedback) {
        Application application = find(scope, participantId, applicationId);
        int updated = jdbc.sql("""
                        update application set stage = ?, employer_feedback = coalesce(?, employer_feedback), updated_at = ?,
                            version = version + 1
                         where id = ? and version = ?""")
                .params(stage.name(), blankToNull(feedback), now(), applicationId, version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("application changed since it was read");
        }
        history(applicationId, stage, on, feedback);
        casework.record(
                participantId,
                "Application",
                stage.label() + ": " + application.vacancyTitle() + " at " + application.employerName() + " on " + on);
    }

    /** Puts the participant on the employer's shortlist, resting on consent that still stands. */
    @Transactional
    public void shortlist(
            ParticipantScope scope, UUID participantId, UUID applicationId, long version, UUID consentId) {
        Application application = find(scope, participantId, applicationId);
        boolean consented = consentId != null
                && casework.consents(scope, participantId).stream()
                        .anyMatch(c -> c.id().equals(consentId) && c.active());
        if (!consented) {
            throw new ConsentNeededException();
        }
        int updated = jdbc.sql("""
                        update application set shortlist_consent_id = ?, shortlisted_at = ?, updated_at = ?, version = version + 1
                         where id = ? and version = ?""")
                .params(consentId, now(), now(), applicationId, version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("application changed since it was read");
        }
        casework.record(
                participantId,
                "Application",
                "Put forward to " + application.employerName() + " for " + application.vacancyTitle()
                        + ", with their consent");
    }

    /**
     * The shortlist the employer sees for a vacancy: only people put forward with consent that still
     * stands. Withdrawing consent takes them off it.
     */
    @Transactional(readOnly = true)
    public List<Shortlisted> shortlist(UUID organisationId, UUID vacancyId) {
        vacancies.get(organisationId, vacancyId);
        record Entry(UUID id, UUID participantId, UUID consentId, Stage stage) {}
        List<Entry> entries = jdbc
                .sql("""
                        select id, participant_id, shortlist_consent_id, stage from application
                         where vacancy_id = ? and shortlisted_at is not null order by shortlisted_at""")
                .param(vacancyId)
                .query((rs, row) -> new Entry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("participant_id", UUID.class),
                        rs.getObject("shortlist_consent_id", UUID.class),
                        Stage.valueOf(rs.getString("stage"))))
                .list()
                .stream()
                .filter(e -> casework.consentActive(e.participantId(), e.consentId()))
                .toList();
        Map<UUID, String> names =
                participants.names(entries.stream().map(Entry::participantId).toList());
        return entries.stream()
                .map(e -> new Shortlisted(e.id(), e.participantId(), names.get(e.participantId()), e.stage()))
                .toList();
    }

    private Application find(ParticipantScope scope, UUID participantId, UUID applicationId) {
        return list(scope, participantId).stream()
                .filter(a -> a.id().equals(applicationId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private void history(UUID applicationId, Stage stage, LocalDate on, String note) {
        jdbc.sql("""
                insert into application_stage (application_id, stage, changed_on, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(applicationId, stage.name(), on, blankToNull(note), actor(), now())
                .update();
    }

    private UUID actor() {
        return currentActor.user().map(SignedInUser::id).orElse(null);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
