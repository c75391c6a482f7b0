package org.goodwork.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.goodwork.participant.Casework;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Programmes;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.security.UserAccount;
import org.goodwork.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts with participants, and the supportive prompts when contact has lapsed. Never sanctions. */
@Service
public class Contacts {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Casework casework;
    private final Participants participants;
    private final Programmes programmes;
    private final CurrentActor currentActor;
    private final UserAccounts userAccounts;

    Contacts(
            JdbcClient jdbc,
            Clock clock,
            Casework casework,
            Participants participants,
            Programmes programmes,
            CurrentActor currentActor,
            UserAccounts userAccounts) {
        this.userAccounts = userAccounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
        this.participants = participants;
        this.programmes = programmes;
        this.currentActor = currentActor;
    }

    public record Contact(LocalDate date, String type, Integer durationMinutes, String notes, String recordedBy) {}

    /** Someone not heard from for longer than their programme's contact gap. */
    public record Prompt(UUID participantId, String fullName, LocalDate lastContact, long days) {}

    @Transactional(readOnly = true)
    public List<Contact> list(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        return jdbc.sql("""
                        select c.contact_date, t.label, c.duration_minutes, c.notes, c.recorded_by
                          from contact c join ref_contact_type t on t.code = c.contact_type
                         where c.participant_id = ? order by c.contact_date desc, c.created_at desc""")
                .param(participantId)
                .query((rs, row) -> new Contact(
                        rs.getObject("contact_date", LocalDate.class),
                        rs.getString("label"),
                        (Integer) rs.getObject("duration_minutes"),
                        rs.getString("notes"),
                        recorderName((UUID) rs.getObject("recorded_by"))))
                .list();
    }

    @Transactional
    public void record(
            ParticipantScope scope,
            UUID participantId,
            String type,
            String typeLabel,
            LocalDate date,
            Integer durationMinutes,
            String notes) {
        casework.requireInScope(scope, participantId);
        jdbc.sql("""
                insert into contact (id, participant_id, contact_type, contact_date, duration_minutes, notes, recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        participantId,
                        type,
                        date,
                        durationMinutes,
                        notes == null || notes.isBlank() ? null : notes.strip(),
                        currentActor.user().map(u -> u.id()).orElse(null),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        casework.record(
                participantId,
                "Contact",
                typeLabel + " on " + date + (durationMinutes == null ? "" : ", " + durationMinutes + " minutes"));
    }

    private String recorderName(UUID userId) {
        return userId == null
                ? "Imported"
                : userAccounts.find(userId).map(UserAccount::displayName).orElse("Unknown");
    }

    /** The latest contact of one type with each of these people, for example the last in-work check-in. */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> latestContacts(List<UUID> participantIds, String type) {
        Map<UUID, LocalDate> latest = new HashMap<>();
        jdbc.sql("""
                        select participant_id, max(contact_date) as latest from contact
                         where participant_id = any(?) and contact_type = ? group by participant_id""")
                .params(participantIds.toArray(UUID[]::new), type)
                .query((rs, row) ->
                        latest.put(rs.getObject("participant_id", UUID.class), rs.getObject("latest", LocalDate.class)))
                .list();
        return latest;
    }

    /** The first contact with each of these people, for measuring time from referral to first contact. */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> firstContacts(List<UUID> participantIds) {
        Map<UUID, LocalDate> first = new HashMap<>();
        jdbc.sql(
                        "select participant_id, min(contact_date) as first from contact where participant_id = any(?) group by participant_id")
                .param(participantIds.toArray(UUID[]::new))
                .query((rs, row) ->
                        first.put(rs.getObject("participant_id", UUID.class), rs.getObject("first", LocalDate.class)))
                .list();
        return first;
    }

    /**
     * A contact that happened before Goodwork held the record, from an import or the demo. The
     * caller is trusted system code, so no user scope applies.
     */
    @Transactional
    public void recordHistorical(
            UUID participantId, String type, LocalDate date, Integer durationMinutes, String notes) {
        jdbc.sql("""
                insert into contact (id, participant_id, contact_type, contact_date, duration_minutes, notes, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        participantId,
                        type,
                        date,
                        durationMinutes,
                        notes,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * People in scope whose last contact (or start, if none yet) is longer ago than their
     * programme's contact gap, longest first.
     */
    @Transactional(readOnly = true)
    public List<Prompt> prompts(ParticipantScope scope) {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        Map<UUID, Integer> gaps = new HashMap<>();
        Map<UUID, LocalDate> lastContacts = new HashMap<>();
        List<Participants.ActiveParticipant> active = participants.active(scope);
        jdbc.sql(
                        "select participant_id, max(contact_date) as last from contact where participant_id = any(?) group by participant_id")
                .param(active.stream().map(Participants.ActiveParticipant::id).toArray(UUID[]::new))
                .query((rs, row) -> lastContacts.put(
                        rs.getObject("participant_id", UUID.class), rs.getObject("last", LocalDate.class)))
                .list();
        return active.stream()
                .map(p -> {
                    int gap = gaps.computeIfAbsent(
                            p.programmeId(),
                            id -> id == null
                                    ? 21
                                    : programmes
                                            .find(id)
                                            .map(pr -> pr.settings().contactGapDays())
                                            .orElse(21));
                    LocalDate last = lastContacts.getOrDefault(p.id(), p.startDate());
                    long days = last == null ? 0 : ChronoUnit.DAYS.between(last, today);
                    return days > gap ? new Prompt(p.id(), p.fullName(), last, days) : null;
                })
                .filter(Objects::nonNull)
                .sorted((a, b) -> Long.compare(b.days(), a.days()))
                .toList();
    }
}
