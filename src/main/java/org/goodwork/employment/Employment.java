package org.goodwork.employment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goodwork.participant.Casework;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.NotFoundException;
import org.goodwork.vacancy.JobQuality;
import org.goodwork.vacancy.Vacancies;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employment module's facade: job starts and spells of work, changes in hours and pay, the end of
 * a spell, in-work progression and issues, and outcome evidence. Every call is scoped to the
 * participants the caller may see, and every change lands on the participant's timeline.
 */
@Service
public class Employment {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Casework casework;
    private final CurrentActor currentActor;
    private final Vacancies vacancies;

    Employment(JdbcClient jdbc, Clock clock, Casework casework, CurrentActor currentActor, Vacancies vacancies) {
        this.vacancies = vacancies;
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
        this.currentActor = currentActor;
    }

    public enum ContractType {
        PERMANENT("Permanent"),
        FIXED_TERM("Fixed term"),
        TEMPORARY("Temporary"),
        ZERO_HOURS("Zero hours"),
        APPRENTICESHIP("Apprenticeship"),
        SELF_EMPLOYED("Self-employed");

        private final String label;

        ContractType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ProgressionKind {
        PAY_RISE("Pay rise"),
        MORE_HOURS("More hours"),
        PROMOTION("Promotion"),
        TRAINING("Training at work"),
        OTHER("Something else");

        private final String label;

        ProgressionKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum IssueAbout {
        PERSON("Something for them"),
        EMPLOYER("Something with the employer");

        private final String label;

        IssueAbout(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How sure we are that the work happened: payslips and employers count most. */
    public enum EvidenceLevel {
        SELF_REPORTED("They told us"),
        KEYWORKER_VERIFIED("Keyworker checked"),
        EMPLOYER_CONFIRMED("Employer confirmed"),
        PAYSLIP("Payslip seen");

        private final String label;

        EvidenceLevel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A job start; {@code vacancyId} when it came from one of the organisation's vacancies. */
    public record JobStart(
            UUID vacancyId,
            String employerName,
            String jobTitle,
            String socCode,
            LocalDate startDate,
            BigDecimal weeklyHours,
            BigDecimal hourlyPay,
            ContractType contractType,
            String fitNotes) {

        public boolean selfEmployed() {
            return contractType == ContractType.SELF_EMPLOYED;
        }
    }

    public record Terms(LocalDate from, BigDecimal weeklyHours, BigDecimal hourlyPay) {}

    public record Progression(LocalDate happenedOn, ProgressionKind kind, String description) {}

    public record Issue(
            UUID id,
            LocalDate raisedOn,
            IssueAbout about,
            String description,
            LocalDate resolvedOn,
            String resolution,
            long version) {}

    public record Evidence(LocalDate evidenceDate, EvidenceLevel level, String notes) {}

    public record Spell(
            UUID id,
            UUID participantId,
            String employerName,
            String jobTitle,
            String socCode,
            LocalDate startDate,
            LocalDate endDate,
            String endReason,
            ContractType contractType,
            int checkInIntervalDays,
            String fitNotes,
            List<Terms> terms,
            long version) {

        public boolean ongoing() {
            return endDate == null;
        }

        public Terms current() {
            return terms.getLast();
        }

        /** The spell as the outcome rules see it. */
        public EmploymentSpell forRules() {
            return new EmploymentSpell(
                    startDate,
                    endDate,
                    contractType == ContractType.SELF_EMPLOYED,
                    terms.stream()
                            .map(t -> new EmploymentSpell.Terms(t.from(), t.weeklyHours(), t.hourlyPay()))
                            .toList());
        }
    }

    @Transactional(readOnly = true)
    public List<Spell> spells(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        return spellsOf(List.of(participantId)).getOrDefault(participantId, List.of());
    }

    /**
     * Spells of these participants, oldest first, for callers that have already scoped the list
     * (dashboards and claims). Not logged as a view: it reads dates and hours, not the record.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Spell>> spellsOf(List<UUID> participantIds) {
        Map<UUID, List<Terms>> terms = new LinkedHashMap<>();
        UUID[] ids = participantIds.toArray(UUID[]::new);
        jdbc.sql("""
                        select t.* from employment_terms t join employment_spell s on s.id = t.spell_id
                         where s.participant_id = any(?) order by t.from_date""")
                .param(ids)
                .query((rs, row) -> terms.computeIfAbsent(rs.getObject("spell_id", UUID.class), k -> new ArrayList<>())
                        .add(new Terms(
                                rs.getObject("from_date", LocalDate.class),
                                rs.getBigDecimal("weekly_hours"),
                                rs.getBigDecimal("hourly_pay"))))
                .list();
        return jdbc
                .sql("select * from employment_spell where participant_id = any(?) order by start_date, created_at")
                .param(ids)
                .query((rs, row) -> spell(rs, terms))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Spell::participantId, LinkedHashMap::new, Collectors.toList()));
    }

    @Transactional(readOnly = true)
    public Spell spell(ParticipantScope scope, UUID participantId, UUID spellId) {
        return spells(scope, participantId).stream()
                .filter(s -> s.id().equals(spellId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    @Transactional
    public UUID start(ParticipantScope scope, UUID participantId, JobStart start) {
        casework.requireInScope(scope, participantId);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into employment_spell (id, participant_id, employer_name, job_title, soc_code, start_date,
                    self_employed, contract_type, fit_notes, recorded_by, created_at, vacancy_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        participantId,
                        start.employerName().strip(),
                        start.jobTitle().strip(),
                        start.socCode(),
                        start.startDate(),
                        start.selfEmployed(),
                        start.contractType().name(),
                        blankToNull(start.fitNotes()),
                        actor(),
                        now(),
                        start.vacancyId())
                .update();
        insertTerms(id, start.startDate(), start.weeklyHours(), start.hourlyPay());
        if (start.vacancyId() != null) {
            writeJobQuality(
                    id, vacancies.get(scope.organisationId(), start.vacancyId()).jobQuality());
        }
        casework.record(
                participantId,
                "Job start",
                start.jobTitle().strip() + " at " + start.employerName().strip() + " from " + start.startDate() + ", "
                        + start.weeklyHours().stripTrailingZeros().toPlainString() + " hours a week");
        return id;
    }

    /** The job-quality snapshot taken for this job start. */
    @Transactional(readOnly = true)
    public JobQuality jobQuality(ParticipantScope scope, UUID participantId, UUID spellId) {
        spell(scope, participantId, spellId);
        java.util.Map<String, JobQuality.Assessment> assessments = new LinkedHashMap<>();
        jdbc.sql("select dimension, rating, evidence from employment_job_quality where spell_id = ?")
                .param(spellId)
                .query((rs, row) -> assessments.put(
                        rs.getString("dimension"),
                        new JobQuality.Assessment(
                                JobQuality.Rating.valueOf(rs.getString("rating")), rs.getString("evidence"))))
                .list();
        return new JobQuality(assessments);
    }

    @Transactional
    public void assessJobQuality(
            ParticipantScope scope, UUID participantId, UUID spellId, long version, JobQuality quality) {
        Spell spell = spell(scope, participantId, spellId);
        bumpVersion(spellId, version);
        jdbc.sql("delete from employment_job_quality where spell_id = ?")
                .param(spellId)
                .update();
        writeJobQuality(spellId, quality);
        casework.record(
                participantId,
                "Job quality",
                spell.jobTitle() + ": " + quality.band().label().toLowerCase(java.util.Locale.UK));
    }

    private void writeJobQuality(UUID spellId, JobQuality quality) {
        quality.assessments()
                .forEach((dimension, assessment) -> jdbc.sql(
                                "insert into employment_job_quality (spell_id, dimension, rating, evidence) values (?, ?, ?, ?)")
                        .params(spellId, dimension, assessment.rating().name(), assessment.evidence())
                        .update());
    }

    /** New hours or pay from a date within the spell: the history is kept, because outcomes depend on it. */
    @Transactional
    public void changeTerms(
            ParticipantScope scope,
            UUID participantId,
            UUID spellId,
            long version,
            LocalDate from,
            BigDecimal weeklyHours,
            BigDecimal hourlyPay) {
        Spell spell = spell(scope, participantId, spellId);
        if (!from.isAfter(spell.startDate()) || (spell.endDate() != null && from.isAfter(spell.endDate()))) {
            throw new IllegalArgumentException("A change must fall after the start and within the job");
        }
        if (spell.terms().stream().anyMatch(t -> t.from().equals(from))) {
            throw new IllegalArgumentException("There is already a change on that date");
        }
        bumpVersion(spellId, version);
        insertTerms(spellId, from, weeklyHours, hourlyPay);
        casework.record(
                participantId,
                "Hours or pay changed",
                spell.jobTitle() + ": " + weeklyHours.stripTrailingZeros().toPlainString() + " hours a week from "
                        + from);
    }

    @Transactional
    public void end(
            ParticipantScope scope, UUID participantId, UUID spellId, long version, LocalDate endDate, String reason) {
        Spell spell = spell(scope, participantId, spellId);
        if (endDate.isBefore(spell.current().from())) {
            throw new IllegalArgumentException("The job cannot end before its latest change");
        }
        int updated = jdbc.sql("""
                        update employment_spell set end_date = ?, end_reason = ?, version = version + 1
                         where id = ? and version = ? and end_date is null""")
                .params(endDate, blankToNull(reason), spellId, version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("spell changed since it was read");
        }
        casework.record(participantId, "Job ended", spell.jobTitle() + " ended on " + endDate);
    }

    @Transactional
    public void setCheckInInterval(ParticipantScope scope, UUID participantId, UUID spellId, long version, int days) {
        Spell spell = spell(scope, participantId, spellId);
        bumpVersion(spellId, version);
        jdbc.sql("update employment_spell set check_in_interval_days = ? where id = ?")
                .params(days, spellId)
                .update();
        casework.record(
                participantId,
                "In-work support",
                spell.jobTitle() + ": check in every " + days + " days after the first month");
    }

    @Transactional(readOnly = true)
    public List<Progression> progression(ParticipantScope scope, UUID participantId, UUID spellId) {
        spell(scope, participantId, spellId);
        return jdbc.sql(
                        "select * from in_work_progression where spell_id = ? order by happened_on desc, created_at desc")
                .param(spellId)
                .query((rs, row) -> new Progression(
                        rs.getObject("happened_on", LocalDate.class),
                        ProgressionKind.valueOf(rs.getString("kind")),
                        rs.getString("description")))
                .list();
    }

    @Transactional
    public void recordProgression(
            ParticipantScope scope,
            UUID participantId,
            UUID spellId,
            LocalDate on,
            ProgressionKind kind,
            String description) {
        Spell spell = spell(scope, participantId, spellId);
        jdbc.sql("""
                insert into in_work_progression (id, spell_id, happened_on, kind, description, recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), spellId, on, kind.name(), description.strip(), actor(), now())
                .update();
        casework.record(participantId, "Progression at work", spell.jobTitle() + ": " + kind.label() + " on " + on);
    }

    @Transactional(readOnly = true)
    public List<Issue> issues(ParticipantScope scope, UUID participantId, UUID spellId) {
        spell(scope, participantId, spellId);
        return jdbc.sql("select * from in_work_issue where spell_id = ? order by raised_on desc, created_at desc")
                .param(spellId)
                .query((rs, row) -> new Issue(
                        rs.getObject("id", UUID.class),
                        rs.getObject("raised_on", LocalDate.class),
                        IssueAbout.valueOf(rs.getString("about")),
                        rs.getString("description"),
                        rs.getObject("resolved_on", LocalDate.class),
                        rs.getString("resolution"),
                        rs.getLong("version")))
                .list();
    }

    @Transactional
    public void raiseIssue(
            ParticipantScope scope,
            UUID participantId,
            UUID spellId,
            LocalDate on,
            IssueAbout about,
            String description) {
        Spell spell = spell(scope, participantId, spellId);
        jdbc.sql("""
                insert into in_work_issue (id, spell_id, raised_on, about, description, recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), spellId, on, about.name(), description.strip(), actor(), now())
                .update();
        casework.record(
                participantId,
                "In-work issue",
                spell.jobTitle() + ": " + about.label().toLowerCase());
    }

    @Transactional
    public void resolveIssue(
            ParticipantScope scope,
            UUID participantId,
            UUID spellId,
            UUID issueId,
            long version,
            LocalDate on,
            String resolution) {
        Spell spell = spell(scope, participantId, spellId);
        int updated = jdbc.sql("""
                        update in_work_issue set resolved_on = ?, resolution = ?, version = version + 1
                         where id = ? and spell_id = ? and version = ? and resolved_on is null and raised_on <= ?""")
                .params(on, blankToNull(resolution), issueId, spellId, version, on)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("issue changed since it was read");
        }
        casework.record(participantId, "In-work issue resolved", spell.jobTitle() + " on " + on);
    }

    @Transactional(readOnly = true)
    public List<Evidence> evidence(ParticipantScope scope, UUID participantId, UUID spellId) {
        spell(scope, participantId, spellId);
        return evidenceOf(List.of(spellId)).getOrDefault(spellId, List.of());
    }

    /** Evidence for these spells, newest first, for callers that have already scoped the spells. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Evidence>> evidenceOf(List<UUID> spellIds) {
        return jdbc
                .sql(
                        "select * from outcome_evidence where spell_id = any(?) order by evidence_date desc, created_at desc")
                .param(spellIds.toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(
                        rs.getObject("spell_id", UUID.class),
                        new Evidence(
                                rs.getObject("evidence_date", LocalDate.class),
                                EvidenceLevel.valueOf(rs.getString("level")),
                                rs.getString("notes"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    @Transactional
    public void recordEvidence(
            ParticipantScope scope, UUID participantId, UUID spellId, LocalDate on, EvidenceLevel level, String notes) {
        Spell spell = spell(scope, participantId, spellId);
        jdbc.sql("""
                insert into outcome_evidence (id, spell_id, level, evidence_date, notes, recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), spellId, level.name(), on, blankToNull(notes), actor(), now())
                .update();
        casework.record(
                participantId,
                "Evidence of work",
                spell.jobTitle() + ": " + level.label().toLowerCase() + " on " + on);
    }

    private void insertTerms(UUID spellId, LocalDate from, BigDecimal weeklyHours, BigDecimal hourlyPay) {
        jdbc.sql("insert into employment_terms (spell_id, from_date, weekly_hours, hourly_pay) values (?, ?, ?, ?)")
                .params(spellId, from, weeklyHours, hourlyPay)
                .update();
    }

    private void bumpVersion(UUID spellId, long version) {
        int updated = jdbc.sql("update employment_spell set version = version + 1 where id = ? and version = ?")
                .params(spellId, version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("spell changed since it was read");
        }
    }

    private static Spell spell(ResultSet rs, Map<UUID, List<Terms>> terms) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Spell(
                id,
                rs.getObject("participant_id", UUID.class),
                rs.getString("employer_name"),
                rs.getString("job_title"),
                rs.getString("soc_code"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("end_reason"),
                ContractType.valueOf(rs.getString("contract_type")),
                rs.getInt("check_in_interval_days"),
                rs.getString("fit_notes"),
                List.copyOf(terms.getOrDefault(id, List.of())),
                rs.getLong("version"));
    }

    private UUID actor() {
        return currentActor.user().map(SignedInUser::id).orElse(null);
    }

    private java.time.OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
