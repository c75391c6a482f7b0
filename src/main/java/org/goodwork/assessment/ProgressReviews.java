package org.goodwork.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.participant.Casework;
import org.goodwork.programme.Programmes;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The assessment module's facade: progress reviews and the change since the baseline. */
@Service
public class ProgressReviews {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Casework casework;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;
    private final Programmes programmes;

    ProgressReviews(
            JdbcClient jdbc,
            Clock clock,
            Casework casework,
            ReferenceData referenceData,
            CurrentActor currentActor,
            Programmes programmes) {
        this.programmes = programmes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
    }

    public record Review(UUID id, LocalDate date, Map<String, Integer> scores, String notes) {}

    /** One dimension's baseline, latest score and the change between them. */
    public record Change(ReferenceData.Dimension dimension, Integer baseline, Integer latest) {
        public Integer gain() {
            return baseline == null || latest == null ? null : latest - baseline;
        }
    }

    /** Reviews oldest first: the first is the baseline. */
    @Transactional(readOnly = true)
    public List<Review> reviews(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        record Row(UUID id, LocalDate date, String notes, String dimension, Integer score) {}
        List<Row> rows = jdbc.sql("""
                        select r.id, r.review_date, r.notes, s.dimension, s.score
                          from progress_review r left join progress_score s on s.review_id = r.id
                         where r.participant_id = ? order by r.review_date, r.created_at""")
                .param(participantId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("review_date", LocalDate.class),
                        rs.getString("notes"),
                        rs.getString("dimension"),
                        (Integer) rs.getObject("score")))
                .list();
        Map<UUID, Review> reviews = new LinkedHashMap<>();
        for (Row row : rows) {
            Review review = reviews.computeIfAbsent(
                    row.id(), id -> new Review(id, row.date(), new LinkedHashMap<>(), row.notes()));
            if (row.dimension() != null) {
                review.scores().put(row.dimension(), row.score());
            }
        }
        return new ArrayList<>(reviews.values());
    }

    /** The instrument a participant is scored on: their programme's own, else Goodwork's default. */
    @Transactional(readOnly = true)
    public List<ReferenceData.Dimension> instrument(UUID programmeId) {
        List<ReferenceData.Dimension> own =
                programmeId == null ? List.of() : programmes.progressDimensions(programmeId);
        return own.isEmpty() ? referenceData.progressDimensions() : own;
    }

    /** Baseline against latest for every dimension of the instrument; empty where a review has no score. */
    public List<Change> changes(List<Review> reviews, List<ReferenceData.Dimension> instrument) {
        Map<String, Integer> baseline =
                reviews.isEmpty() ? Map.of() : reviews.getFirst().scores();
        Map<String, Integer> latest =
                reviews.size() < 2 ? Map.of() : reviews.getLast().scores();
        return instrument.stream()
                .map(d -> new Change(d, baseline.get(d.code()), latest.get(d.code())))
                .toList();
    }

    @Transactional
    public void record(
            ParticipantScope scope, UUID participantId, LocalDate date, Map<String, Integer> scores, String notes) {
        casework.requireInScope(scope, participantId);
        boolean baseline = jdbc.sql("select count(*) from progress_review where participant_id = ?")
                        .param(participantId)
                        .query(Long.class)
                        .single()
                == 0;
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into progress_review (id, participant_id, review_date, notes, recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        participantId,
                        date,
                        notes == null || notes.isBlank() ? null : notes.strip(),
                        currentActor.user().map(u -> u.id()).orElse(null),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        scores.forEach((dimension, score) -> jdbc.sql(
                        "insert into progress_score (review_id, dimension, score) values (?, ?, ?)")
                .params(id, dimension, score)
                .update());
        casework.record(
                participantId,
                baseline ? "Progress: baseline" : "Progress: review",
                (baseline ? "Baseline" : "Review") + " of " + scores.size() + " dimensions on " + date);
    }
}
