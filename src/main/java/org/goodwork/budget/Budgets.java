package org.goodwork.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goodwork.participant.Casework;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Programmes;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The budget module's facade: the ledger, requests, approvals and programme totals. */
@Service
public class Budgets {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Participants participants;
    private final Programmes programmes;
    private final Casework casework;
    private final CurrentActor currentActor;

    Budgets(
            JdbcClient jdbc,
            Clock clock,
            Participants participants,
            Programmes programmes,
            Casework casework,
            CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.participants = participants;
        this.programmes = programmes;
        this.casework = casework;
        this.currentActor = currentActor;
    }

    public enum Status {
        REQUESTED("Waiting for a team leader"),
        APPROVED("Approved"),
        DECLINED("Declined");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Spend(
            UUID id,
            UUID participantId,
            String participantName,
            String category,
            String categoryLabel,
            BigDecimal amount,
            String description,
            Status status,
            Instant requestedAt,
            String decisionNote,
            long version) {

        Spend named(String name) {
            return new Spend(
                    id,
                    participantId,
                    name,
                    category,
                    categoryLabel,
                    amount,
                    description,
                    status,
                    requestedAt,
                    decisionNote,
                    version);
        }
    }

    /** What is left to spend: approved spend counts, and so do requests still waiting. */
    public record Ledger(Programmes.Budget budget, BigDecimal approved, BigDecimal waiting, List<Spend> entries) {

        public BigDecimal remaining() {
            return budget.allowance() == null
                    ? BigDecimal.ZERO
                    : budget.allowance().subtract(approved).subtract(waiting);
        }
    }

    /** The request is more than what is left, or the programme offers no budget. */
    public static class OverBudgetException extends RuntimeException {
        public OverBudgetException() {
            super("More than the remaining budget");
        }
    }

    /**
     * The participant's ledger; with a household budget, the whole household's spend on the same
     * programme, because they share one allowance. Not read-only: opening the ledger is a view of the
     * participant's record, and is logged.
     */
    @Transactional
    public Ledger ledger(ParticipantScope scope, UUID participantId) {
        return ledger(participants.view(scope, participantId).orElseThrow(NotFoundException::new));
    }

    private Ledger ledger(ParticipantRecord participant) {
        UUID programme = participant.casefile().programmeId();
        Programmes.Budget budget =
                programme == null ? new Programmes.Budget(null, null, false) : programmes.budget(programme);
        List<UUID> sharing = new ArrayList<>(List.of(participant.id()));
        if (budget.perHousehold()) {
            participant.householdMembers().forEach(m -> sharing.add(m.id()));
        }
        List<Spend> entries = named(jdbc.sql(SELECT + """
                         where s.participant_id = any(?) and (s.programme_id = ? or s.participant_id = ?)
                         order by s.requested_at desc""")
                .params(sharing.toArray(UUID[]::new), programme, participant.id())
                .query(this::spend)
                .list());
        return new Ledger(budget, sum(entries, Status.APPROVED), sum(entries, Status.REQUESTED), entries);
    }

    /** Records a request. At or under the programme's threshold it is approved at once; above it waits. */
    @Transactional
    public Status request(
            ParticipantScope scope, UUID participantId, String category, BigDecimal amount, String description) {
        ParticipantRecord participant = participants.view(scope, participantId).orElseThrow(NotFoundException::new);
        Ledger ledger = ledger(participant);
        if (!ledger.budget().offered() || amount.compareTo(ledger.remaining()) > 0) {
            throw new OverBudgetException();
        }
        BigDecimal threshold = ledger.budget().approvalThreshold();
        Status status = threshold != null && amount.compareTo(threshold) > 0 ? Status.REQUESTED : Status.APPROVED;
        UUID programme = participant.casefile().programmeId();
        OffsetDateTime now = now();
        UUID actor = currentActor.user().map(SignedInUser::id).orElse(null);
        jdbc.sql("""
                insert into budget_spend (id, participant_id, programme_id, category, amount, description, status, requested_by,
                    requested_at, decided_by, decided_at, organisation_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        participantId,
                        programme,
                        category,
                        amount,
                        description.strip(),
                        status.name(),
                        actor,
                        now,
                        status == Status.APPROVED ? actor : null,
                        status == Status.APPROVED ? now : null,
                        participant.organisationId())
                .update();
        casework.record(
                participantId,
                "Budget " + (status == Status.APPROVED ? "spent" : "requested"),
                "£" + amount.toPlainString() + ": " + description.strip());
        return status;
    }

    /** Requests waiting for a team leader in their organisation, oldest first. */
    @Transactional(readOnly = true)
    public List<Spend> waiting(UUID organisationId) {
        return named(
                jdbc.sql(SELECT + " where s.status = 'REQUESTED' and s.organisation_id = ? order by s.requested_at")
                        .param(organisationId)
                        .query(this::spend)
                        .list());
    }

    @Transactional
    public void decide(UUID spendId, long version, boolean approve, String note) {
        SignedInUser leader = currentActor.user().orElseThrow();
        Spend spend = waiting(leader.organisationId()).stream()
                .filter(s -> s.id().equals(spendId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        int updated = jdbc.sql("""
                update budget_spend set status = ?, decided_by = ?, decided_at = ?, decision_note = ?, version = version + 1
                 where id = ? and version = ? and status = 'REQUESTED'""")
                .params(
                        (approve ? Status.APPROVED : Status.DECLINED).name(),
                        leader.id(),
                        now(),
                        note == null || note.isBlank() ? null : note.strip(),
                        spendId,
                        version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("budget request changed since it was read");
        }
        casework.record(
                spend.participantId(),
                approve ? "Budget approved" : "Budget declined",
                "£" + spend.amount().toPlainString() + ": " + spend.description());
    }

    /** Approved spend on a programme by category: for commissioners, no names. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> programmeTotals(UUID programmeId) {
        return jdbc
                .sql("""
                        select c.label, sum(s.amount) as total from budget_spend s join ref_budget_category c on c.code = s.category
                         where s.programme_id = ? and s.status = 'APPROVED' group by c.label, c.sort_order order by c.sort_order""")
                .param(programmeId)
                .query((rs, row) -> Map.entry(rs.getString("label"), rs.getBigDecimal("total")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static BigDecimal sum(List<Spend> entries, Status status) {
        return entries.stream()
                .filter(e -> e.status() == status)
                .map(Spend::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static final String SELECT = """
            select s.*, c.label as category_label from budget_spend s join ref_budget_category c on c.code = s.category
            """;

    /** Names come from the participant module, which owns them. */
    private List<Spend> named(List<Spend> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<UUID, String> names = participants.names(
                entries.stream().map(Spend::participantId).distinct().toList());
        return entries.stream().map(e -> e.named(names.get(e.participantId()))).toList();
    }

    private Spend spend(ResultSet rs, int row) throws SQLException {
        return new Spend(
                rs.getObject("id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                null,
                rs.getString("category"),
                rs.getString("category_label"),
                rs.getBigDecimal("amount"),
                rs.getString("description"),
                Status.valueOf(rs.getString("status")),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                rs.getString("decision_note"),
                rs.getLong("version"));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
