package org.goodwork.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goodwork.participant.Casework;
import org.goodwork.participant.Participants;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appointments: booked with the participant, attendance recorded without judgement, and a calendar file. */
@Service
public class Appointments {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Casework casework;
    private final CurrentActor currentActor;

    private final Participants participants;

    Appointments(
            JdbcClient jdbc, Clock clock, Casework casework, CurrentActor currentActor, Participants participants) {
        this.participants = participants;
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
        this.currentActor = currentActor;
    }

    public enum Attendance {
        ATTENDED("Came"),
        RESCHEDULED("Moved to another time"),
        NOT_ATTENDED("Did not come");

        private final String label;

        Attendance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Appointment(
            UUID id,
            UUID participantId,
            String participantName,
            Instant startsAt,
            int durationMinutes,
            String channel,
            String channelLabel,
            String place,
            String whatToBring,
            Attendance attendance,
            long version) {

        public LocalDateTime localStart() {
            return LocalDateTime.ofInstant(startsAt, UK);
        }

        Appointment named(String name) {
            return new Appointment(
                    id,
                    participantId,
                    name,
                    startsAt,
                    durationMinutes,
                    channel,
                    channelLabel,
                    place,
                    whatToBring,
                    attendance,
                    version);
        }
    }

    public record NewAppointment(
            LocalDateTime start, int durationMinutes, String channel, String place, String whatToBring) {}

    @Transactional
    public void book(ParticipantScope scope, UUID participantId, NewAppointment appointment) {
        casework.requireInScope(scope, participantId);
        jdbc.sql("""
                insert into appointment (id, participant_id, keyworker_id, starts_at, duration_minutes, channel, place,
                    what_to_bring, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        participantId,
                        currentActor.user().map(u -> u.id()).orElse(null),
                        appointment.start().atZone(UK).toOffsetDateTime(),
                        appointment.durationMinutes(),
                        appointment.channel(),
                        blankToNull(appointment.place()),
                        blankToNull(appointment.whatToBring()),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        casework.record(
                participantId,
                "Appointment booked",
                "For " + appointment.start().toLocalDate() + " at "
                        + appointment.start().toLocalTime());
    }

    @Transactional(readOnly = true)
    public List<Appointment> forParticipant(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        return named(jdbc.sql(SELECT + " where a.participant_id = ? order by a.starts_at desc")
                .param(participantId)
                .query(this::row)
                .list());
    }

    @Transactional(readOnly = true)
    public Optional<Appointment> find(ParticipantScope scope, UUID participantId, UUID appointmentId) {
        casework.requireInScope(scope, participantId);
        return jdbc.sql(SELECT + " where a.participant_id = ? and a.id = ?")
                .params(participantId, appointmentId)
                .query(this::row)
                .optional()
                .map(a -> named(List.of(a)).getFirst());
    }

    /** A keyworker's own diary between two days, inclusive. */
    @Transactional(readOnly = true)
    public List<Appointment> diary(UUID keyworkerId, LocalDate from, LocalDate to) {
        return named(jdbc.sql(SELECT
                        + " where a.keyworker_id = ? and a.starts_at >= ? and a.starts_at < ? order by a.starts_at")
                .params(
                        keyworkerId,
                        from.atStartOfDay(UK).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(UK).toOffsetDateTime())
                .query(this::row)
                .list());
    }

    /** Names come from the participant module, which owns them. */
    private List<Appointment> named(List<Appointment> appointments) {
        if (appointments.isEmpty()) {
            return appointments;
        }
        Map<UUID, String> names = participants.names(
                appointments.stream().map(Appointment::participantId).distinct().toList());
        return appointments.stream()
                .map(a -> a.named(names.get(a.participantId())))
                .toList();
    }

    @Transactional
    public void recordAttendance(
            ParticipantScope scope, UUID participantId, UUID appointmentId, long version, Attendance attendance) {
        Appointment appointment = find(scope, participantId, appointmentId).orElseThrow(NotFoundException::new);
        int updated = jdbc.sql(
                        "update appointment set attendance = ?, version = version + 1 where id = ? and version = ?")
                .params(attendance.name(), appointmentId, version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("appointment changed since it was read");
        }
        casework.record(
                participantId,
                "Appointment: " + attendance.label().toLowerCase(),
                "Appointment on " + appointment.localStart().toLocalDate());
    }

    /** An iCalendar file, so the participant can add the appointment to their own calendar. */
    public String calendarFile(Appointment appointment) {
        Instant end = appointment.startsAt().plusSeconds(appointment.durationMinutes() * 60L);
        String where = appointment.place() != null ? appointment.place() : appointment.channelLabel();
        String description = appointment.whatToBring() != null ? "What to bring: " + appointment.whatToBring() : "";
        return String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Goodwork//Appointments//EN",
                "BEGIN:VEVENT",
                "UID:" + appointment.id() + "@goodwork",
                "DTSTAMP:" + ICS_TIME.format(clock.instant().atOffset(ZoneOffset.UTC)),
                "DTSTART:" + ICS_TIME.format(appointment.startsAt().atOffset(ZoneOffset.UTC)),
                "DTEND:" + ICS_TIME.format(end.atOffset(ZoneOffset.UTC)),
                "SUMMARY:" + escape("Appointment with your keyworker (" + appointment.channelLabel() + ")"),
                "LOCATION:" + escape(where),
                "DESCRIPTION:" + escape(description),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n")
                .replace("\r", "");
    }

    private static final String SELECT = """
            select a.*, t.label as channel_label from appointment a join ref_contact_type t on t.code = a.channel
            """;

    private Appointment row(ResultSet rs, int n) throws SQLException {
        String attendance = rs.getString("attendance");
        return new Appointment(
                rs.getObject("id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                null,
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getInt("duration_minutes"),
                rs.getString("channel"),
                rs.getString("channel_label"),
                rs.getString("place"),
                rs.getString("what_to_bring"),
                attendance == null ? null : Attendance.valueOf(attendance),
                rs.getLong("version"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
