package org.goodwork.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.Organisation;
import org.goodwork.geography.Geography;
import org.goodwork.geography.Place;
import org.goodwork.participant.JobPreferences;
import org.goodwork.participant.Participants;
import org.goodwork.security.ParticipantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-matches every active participant against their organisation's open vacancies and keeps each
 * person's top {@value #KEPT} (good jobs first) in {@code match_result}, replacing what the last run
 * stored. People are taken {@value #BATCH} at a time: their preferences and postcodes in a few
 * queries, scored on all cores against the open vacancies already held in memory, and written in one
 * statement, with the run's progress, in one transaction. One run at a time.
 */
@Service
public class Rematching {

    public static final int KEPT = 20;
    static final int BATCH = 1000;

    private static final Logger log = LoggerFactory.getLogger(Rematching.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Directory directory;
    private final Participants participants;
    private final JobPreferences jobPreferences;
    private final Geography geography;
    private final OpenVacancies openVacancies;
    private final TaskExecutor executor;
    private final boolean inBackground;

    Rematching(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            Directory directory,
            Participants participants,
            JobPreferences jobPreferences,
            Geography geography,
            OpenVacancies openVacancies,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            @Value("${goodwork.matching.rematch-in-background:true}") boolean inBackground) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.directory = directory;
        this.participants = participants;
        this.jobPreferences = jobPreferences;
        this.geography = geography;
        this.openVacancies = openVacancies;
        this.executor = executor;
        this.inBackground = inBackground;
    }

    public enum Status {
        RUNNING("Running"),
        SUCCEEDED("Finished"),
        FAILED("Failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One run: how many of the people to match it has matched so far. */
    public record Run(UUID id, Instant startedAt, Instant finishedAt, Status status, int processed, int total) {

        public int percent() {
            if (total == 0) {
                return status == Status.SUCCEEDED ? 100 : 0;
            }
            return (int) (processed * 100L / total);
        }
    }

    /** The latest runs, newest first. */
    public List<Run> recent(int limit) {
        return jdbc.sql("select * from rematch_run order by started_at desc, id limit ?")
                .param(limit)
                .query(Rematching::run)
                .list();
    }

    public Optional<Run> run(UUID id) {
        return jdbc.sql("select * from rematch_run where id = ?")
                .param(id)
                .query(Rematching::run)
                .optional();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new Run(
                rs.getObject("id", UUID.class),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(),
                Status.valueOf(rs.getString("status")),
                rs.getInt("processed"),
                rs.getInt("total"));
    }

    /**
     * Starts a run and returns at once (for a person pressing a button); empty when a run is already
     * going.
     */
    public Optional<UUID> startInBackground() {
        Optional<UUID> started = begin();
        started.ifPresent(id -> {
            if (inBackground) {
                executor.execute(() -> complete(id));
            } else {
                complete(id);
            }
        });
        return started;
    }

    /** Runs to the end on this thread (the nightly job); empty when a run is already going. */
    public Optional<Run> runNow() {
        return begin().flatMap(id -> {
            complete(id);
            return run(id);
        });
    }

    /** A run still marked as running when the application starts was cut off when it last stopped. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedRunsFailed() {
        jdbc.sql("update rematch_run set status = 'FAILED', finished_at = ? where status = 'RUNNING'")
                .param(now())
                .update();
    }

    private Optional<UUID> begin() {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("insert into rematch_run (id, started_at, status) values (?, ?, 'RUNNING')")
                    .params(id, now())
                    .update();
            return Optional.of(id);
        } catch (DataIntegrityViolationException alreadyRunning) {
            return Optional.empty();
        }
    }

    /** The people of one organisation and the open vacancies they are matched against. */
    private record Work(OpenVacancies.Snapshot jobs, List<UUID> people) {}

    private void complete(UUID runId) {
        try {
            List<Work> work = new ArrayList<>();
            int total = 0;
            for (Organisation organisation : directory.organisations()) {
                OpenVacancies.Snapshot jobs = openVacancies.snapshot(organisation.id());
                if (jobs.size() == 0) {
                    continue;
                }
                List<UUID> people = participants.active(ParticipantScope.organisation(organisation.id())).stream()
                        .map(Participants.ActiveParticipant::id)
                        .toList();
                work.add(new Work(jobs, people));
                total += people.size();
            }
            jdbc.sql("update rematch_run set total = ? where id = ?")
                    .params(total, runId)
                    .update();
            for (Work w : work) {
                for (int from = 0; from < w.people().size(); from += BATCH) {
                    match(
                            runId,
                            w.jobs(),
                            w.people()
                                    .subList(
                                            from,
                                            Math.min(from + BATCH, w.people().size())));
                }
            }
            transaction.executeWithoutResult(status -> {
                // People who have left, and organisations with no open vacancies now, keep no old matches.
                jdbc.sql("delete from match_result where run_id <> ?")
                        .param(runId)
                        .update();
                finish(runId, Status.SUCCEEDED);
            });
        } catch (RuntimeException e) {
            log.error("Re-matching run {} failed", runId, e);
            finish(runId, Status.FAILED);
        }
    }

    private void match(UUID runId, OpenVacancies.Snapshot jobs, List<UUID> people) {
        Map<UUID, JobPreferences.ForMatching> wants = jobPreferences.forMatching(people);
        Map<UUID, String> postcodes = participants.postcodesOf(people);
        Map<String, Place> places =
                geography.locateAll(postcodes.values().stream().distinct().toList());
        List<MatchEngine.Candidate> candidates = people.stream()
                .map(id -> Matches.candidate(
                        id, wants.get(id), postcodes.get(id) == null ? null : places.get(postcodes.get(id))))
                .toList();
        List<List<TopMatches.Ranked>> tops = candidates.parallelStream()
                .map(person -> TopMatches.find(person, jobs, Matches.Order.GOOD_JOBS_FIRST, KEPT, false)
                        .matches())
                .toList();
        int rows = tops.stream().mapToInt(List::size).sum();
        UUID[] participantIds = new UUID[rows];
        int[] ranks = new int[rows];
        UUID[] vacancyIds = new UUID[rows];
        int[] tenths = new int[rows];
        int row = 0;
        for (int i = 0; i < people.size(); i++) {
            List<TopMatches.Ranked> top = tops.get(i);
            for (int rank = 0; rank < top.size(); rank++) {
                participantIds[row] = people.get(i);
                ranks[row] = rank + 1;
                vacancyIds[row] = top.get(rank).job().vacancyId();
                tenths[row] = top.get(rank).tenths();
                row++;
            }
        }
        OffsetDateTime now = now();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from match_result where participant_id = any(?)")
                    .param(people.toArray(UUID[]::new))
                    .update();
            jdbc.sql("""
                    insert into match_result (participant_id, rank, vacancy_id, score, run_id, computed_at)
                    select p, r, v, t::numeric / 10, ?, ? from unnest(?, ?, ?, ?) as m(p, r, v, t)""")
                    .params(runId, now, participantIds, ranks, vacancyIds, tenths)
                    .update();
            jdbc.sql("update rematch_run set processed = processed + ? where id = ?")
                    .params(people.size(), runId)
                    .update();
        });
    }

    private void finish(UUID runId, Status status) {
        jdbc.sql("update rematch_run set status = ?, finished_at = ? where id = ?")
                .params(status.name(), now(), runId)
                .update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
