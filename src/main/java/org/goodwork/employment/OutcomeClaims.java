package org.goodwork.employment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goodwork.employment.EmploymentOutcomes.Outcome;
import org.goodwork.participant.Casework;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome claims for payment by results. A provider's team leader claims outcomes the rules say were
 * achieved, with the evidence behind them; the commissioner accepts or rejects each one. Commissioners
 * see the participant's reference, never their name.
 */
@Service
public class OutcomeClaims {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Employment employment;
    private final EmploymentOutcomes outcomes;
    private final Programmes programmes;
    private final Participants participants;
    private final Casework casework;
    private final CurrentActor currentActor;

    OutcomeClaims(
            JdbcClient jdbc,
            Clock clock,
            Employment employment,
            EmploymentOutcomes outcomes,
            Programmes programmes,
            Participants participants,
            Casework casework,
            CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.employment = employment;
        this.outcomes = outcomes;
        this.programmes = programmes;
        this.participants = participants;
        this.casework = casework;
        this.currentActor = currentActor;
    }

    public enum Status {
        DRAFT("Draft"),
        SUBMITTED("Submitted"),
        ACCEPTED("Accepted"),
        REJECTED("Rejected");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An outcome the rules say was achieved and nobody has claimed yet. */
    public record Claimable(
            UUID participantId,
            String participantReference,
            UUID programmeId,
            Outcome outcome,
            LocalDate achievedOn,
            BigDecimal unitPrice,
            Employment.EvidenceLevel bestEvidence) {}

    public record Claim(
            UUID id,
            UUID participantId,
            String participantReference,
            String programmeCode,
            Outcome outcome,
            LocalDate achievedOn,
            BigDecimal unitPrice,
            Status status,
            Employment.EvidenceLevel bestEvidence,
            Instant submittedAt,
            String decisionNote,
            long version) {}

    /** The claim is for an outcome that is not achieved, or was claimed already. */
    public static class NotClaimableException extends RuntimeException {
        public NotClaimableException() {
            super("Not claimable");
        }
    }

    /** Outcomes achieved by the organisation's participants and not yet claimed, oldest first. */
    @Transactional(readOnly = true)
    public List<Claimable> claimable(UUID organisationId, LocalDate asAt) {
        List<UUID> working = jdbc.sql("select distinct participant_id from employment_spell")
                .query(UUID.class)
                .list();
        List<Participants.Case> people = participants.cases(working).stream()
                .filter(c -> c.organisationId().equals(organisationId) && c.programmeId() != null)
                .toList();
        if (people.isEmpty()) {
            return List.of();
        }
        Set<String> claimed = new HashSet<>(
                jdbc.sql("select participant_id || '/' || outcome from outcome_claim where organisation_id = ?")
                        .param(organisationId)
                        .query(String.class)
                        .list());
        Map<UUID, List<Employment.Spell>> spells =
                employment.spellsOf(people.stream().map(Participants.Case::id).toList());
        Map<UUID, Map<Outcome, OutcomeRule>> rules = new HashMap<>();
        Map<UUID, Programmes.OutcomePayments> prices = new HashMap<>();
        List<Claimable> claimable = new ArrayList<>();
        for (Participants.Case person : people) {
            List<Employment.Spell> theirs = spells.getOrDefault(person.id(), List.of());
            Map<Outcome, OutcomeRule> programmeRules = rules.computeIfAbsent(person.programmeId(), outcomes::rules);
            Programmes.OutcomePayments payments =
                    prices.computeIfAbsent(person.programmeId(), programmes::outcomePayments);
            Employment.EvidenceLevel best = bestEvidence(theirs);
            for (EmploymentOutcomes.OutcomeStatus status :
                    outcomes.statuses(programmeRules, theirs, person.startDate(), asAt)) {
                if (status.progress().achieved() && !claimed.contains(person.id() + "/" + status.outcome())) {
                    claimable.add(new Claimable(
                            person.id(),
                            person.reference(),
                            person.programmeId(),
                            status.outcome(),
                            status.progress().achievedOn(),
                            price(payments, status.outcome()),
                            best));
                }
            }
        }
        claimable.sort(Comparator.comparing(Claimable::achievedOn));
        return claimable;
    }

    /** Claims made by the organisation, newest first. */
    @Transactional(readOnly = true)
    public List<Claim> forOrganisation(UUID organisationId) {
        return claims("organisation_id = ?", organisationId);
    }

    /** Submitted and decided claims on a programme, for its commissioner. Drafts stay with the provider. */
    @Transactional(readOnly = true)
    public List<Claim> forProgramme(UUID programmeId) {
        return claims("programme_id = ? and status <> 'DRAFT'", programmeId);
    }

    /** Creates a draft claim, checking again that the outcome is achieved and unclaimed. */
    @Transactional
    public UUID draft(UUID organisationId, UUID participantId, Outcome outcome, LocalDate asAt) {
        Claimable claimable = claimable(organisationId, asAt).stream()
                .filter(c -> c.participantId().equals(participantId) && c.outcome() == outcome)
                .findFirst()
                .orElseThrow(NotClaimableException::new);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into outcome_claim (id, participant_id, programme_id, outcome, achieved_on, unit_price, status,
                    created_by, created_at, organisation_id)
                values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""")
                .params(
                        id,
                        participantId,
                        claimable.programmeId(),
                        outcome.name(),
                        claimable.achievedOn(),
                        claimable.unitPrice(),
                        actor(),
                        now(),
                        organisationId)
                .update();
        casework.record(participantId, "Outcome claim", outcome.label() + " drafted");
        return id;
    }

    @Transactional
    public void submit(UUID organisationId, UUID claimId, long version) {
        Claim claim = forOrganisation(organisationId).stream()
                .filter(c -> c.id().equals(claimId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        transition(claimId, version, Status.DRAFT, "status = 'SUBMITTED', submitted_at = ?", now());
        casework.record(claim.participantId(), "Outcome claim", claim.outcome().label() + " submitted");
    }

    @Transactional
    public void decide(UUID programmeId, UUID claimId, long version, boolean accept, String note) {
        Claim claim = forProgramme(programmeId).stream()
                .filter(c -> c.id().equals(claimId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        transition(
                claimId,
                version,
                Status.SUBMITTED,
                "status = ?, decided_by = ?, decided_at = ?, decision_note = ?",
                (accept ? Status.ACCEPTED : Status.REJECTED).name(),
                actor(),
                now(),
                note == null || note.isBlank() ? null : note.strip());
        casework.record(
                claim.participantId(),
                "Outcome claim",
                claim.outcome().label() + (accept ? " accepted by the commissioner" : " rejected by the commissioner"));
    }

    private void transition(UUID claimId, long version, Status from, String assignments, Object... values) {
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = claimId;
        params[values.length + 1] = version;
        params[values.length + 2] = from.name();
        int updated = jdbc.sql("update outcome_claim set " + assignments
                        + ", version = version + 1 where id = ? and version = ? and status = ?")
                .params(params)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("claim changed since it was read");
        }
    }

    private List<Claim> claims(String where, UUID id) {
        record Row(
                UUID id,
                UUID participantId,
                UUID programmeId,
                Outcome outcome,
                LocalDate achievedOn,
                BigDecimal unitPrice,
                Status status,
                Instant submittedAt,
                String decisionNote,
                long version) {}
        List<Row> rows = jdbc.sql("select * from outcome_claim where " + where + " order by created_at desc")
                .param(id)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("participant_id", UUID.class),
                        rs.getObject("programme_id", UUID.class),
                        Outcome.valueOf(rs.getString("outcome")),
                        rs.getObject("achieved_on", LocalDate.class),
                        rs.getBigDecimal("unit_price"),
                        Status.valueOf(rs.getString("status")),
                        rs.getObject("submitted_at", OffsetDateTime.class) == null
                                ? null
                                : rs.getObject("submitted_at", OffsetDateTime.class)
                                        .toInstant(),
                        rs.getString("decision_note"),
                        rs.getLong("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> people = rows.stream().map(Row::participantId).distinct().toList();
        Map<UUID, String> references = new HashMap<>();
        participants.cases(people).forEach(c -> references.put(c.id(), c.reference()));
        Map<UUID, List<Employment.Spell>> spells = employment.spellsOf(people);
        Map<UUID, String> codes = new HashMap<>();
        return rows.stream()
                .map(r -> new Claim(
                        r.id(),
                        r.participantId(),
                        references.get(r.participantId()),
                        codes.computeIfAbsent(
                                r.programmeId(),
                                p -> programmes.find(p).map(Programme::code).orElse("")),
                        r.outcome(),
                        r.achievedOn(),
                        r.unitPrice(),
                        r.status(),
                        bestEvidence(spells.getOrDefault(r.participantId(), List.of())),
                        r.submittedAt(),
                        r.decisionNote(),
                        r.version()))
                .toList();
    }

    private Employment.EvidenceLevel bestEvidence(List<Employment.Spell> spells) {
        if (spells.isEmpty()) {
            return null;
        }
        return employment.evidenceOf(spells.stream().map(Employment.Spell::id).toList()).values().stream()
                .flatMap(List::stream)
                .map(Employment.Evidence::level)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static BigDecimal price(Programmes.OutcomePayments payments, Outcome outcome) {
        return switch (outcome) {
            case JOB_OUTCOME -> payments.jobOutcome();
            case SUSTAINED_13 -> payments.sustained13();
            case SUSTAINED_26 -> payments.sustained26();
            case SUSTAINED_52 -> payments.sustained52();
            case EARNINGS -> payments.earnings();
        };
    }

    private UUID actor() {
        return currentActor.user().map(SignedInUser::id).orElse(null);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
