package org.goodwork.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.goodwork.shared.RecordAccessed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends every {@link RecordAccessed} to the access log, inside the transaction that served the record. */
@Service
public class AccessLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Entry(
            Instant occurredAt,
            String actorType,
            String actorName,
            String action,
            String subjectType,
            UUID subjectId,
            String reason) {}

    /**
     * Synchronous on purpose: if the entry cannot be written, the read or change fails too, so no
     * access goes unrecorded.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void on(RecordAccessed event) {
        RecordAccessed.Actor actor = event.actor();
        jdbc.sql("""
                insert into access_log (occurred_at, actor_type, actor_id, actor_name, actor_organisation_id,
                    action, subject_type, subject_id, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        clock.instant().atOffset(ZoneOffset.UTC),
                        actor.type().name(),
                        actor.id(),
                        actor.name(),
                        actor.organisationId(),
                        event.action().name(),
                        event.subjectType(),
                        event.subjectId(),
                        event.reason())
                .update();
    }

    /** The most recent entries, optionally for one subject or one actor name. */
    @Transactional(readOnly = true)
    public List<Entry> search(UUID subjectId, String actorName, int limit) {
        return jdbc.sql("""
                select occurred_at, actor_type, actor_name, action, subject_type, subject_id, reason
                  from access_log
                 where (cast(:subject as uuid) is null or subject_id = :subject)
                   and (cast(:actor as text) is null or actor_name = :actor)
                 order by occurred_at desc, id desc
                 limit :limit""")
                .param("subject", subjectId)
                .param(
                        "actor",
                        actorName == null || actorName.isBlank()
                                ? null
                                : actorName.strip().toLowerCase())
                .param("limit", limit)
                .query((rs, row) -> new Entry(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor_type"),
                        rs.getString("actor_name"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("reason")))
                .list();
    }
}
