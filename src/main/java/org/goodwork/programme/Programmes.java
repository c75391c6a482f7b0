package org.goodwork.programme;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goodwork.reference.ReferenceData;
import org.goodwork.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme module's facade. */
@Service
public class Programmes {

    private final JdbcClient jdbc;
    private final Clock clock;

    Programmes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The code belongs to another commissioner's programme. */
    public static class CodeTakenException extends RuntimeException {
        public CodeTakenException(String code) {
            super("Programme code " + code + " is already in use");
        }
    }

    public record Saved(Programme programme, boolean created) {}

    /**
     * Creates the programme, or updates it if this commissioner already has one with this code.
     * With {@code expectedVersion}, an update fails if someone else saved it since.
     */
    @Transactional
    public Saved save(
            String code,
            UUID commissionerId,
            Programme.Settings settings,
            List<UUID> providerIds,
            Long expectedVersion) {
        Optional<Programme> existing = find(code);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        UUID id;
        if (existing.isPresent()) {
            if (!existing.get().commissionerId().equals(commissionerId)) {
                throw new CodeTakenException(code);
            }
            id = existing.get().id();
            int updated = jdbc.sql("""
                    update programme set name = :name, max_support_weeks = :weeks, caseload_limit = :caseload,
                        review_interval_weeks = :review, contact_gap_days = :gap, min_age = :minAge, max_age = :maxAge,
                        job_outcome_min_weekly_hours = :hours, job_outcome_min_consecutive_weeks = :consecutive,
                        progress_min_dimension_gain = :gain, progress_min_total_gain_percent = :totalGain,
                        target_households_started = :tStarted, target_households_completed_activity = :tActivity,
                        target_households_significant_progress = :tProgress, target_job_outcome_rate_percent = :tRate,
                        updated_at = :now, version = version + 1
                     where id = :id and (cast(:expected as bigint) is null or version = :expected)""")
                    .paramSource(parameters(settings)
                            .addValue("now", now)
                            .addValue("id", id)
                            .addValue("expected", expectedVersion))
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("programme changed since it was read");
            }
            for (String table : List.of(
                    "programme_provider",
                    "programme_postcode_district",
                    "programme_economic_status",
                    "programme_required_need")) {
                jdbc.sql("delete from " + table + " where programme_id = ?")
                        .param(id)
                        .update();
            }
        } else {
            id = UUID.randomUUID();
            jdbc.sql("""
                    insert into programme (id, code, name, commissioner_id, max_support_weeks, caseload_limit,
                        review_interval_weeks, contact_gap_days, min_age, max_age, job_outcome_min_weekly_hours,
                        job_outcome_min_consecutive_weeks, progress_min_dimension_gain, progress_min_total_gain_percent,
                        target_households_started, target_households_completed_activity,
                        target_households_significant_progress, target_job_outcome_rate_percent, created_at, updated_at)
                    values (:id, :code, :name, :commissioner, :weeks, :caseload, :review, :gap, :minAge, :maxAge, :hours,
                        :consecutive, :gain, :totalGain, :tStarted, :tActivity, :tProgress, :tRate, :now, :now)""")
                    .paramSource(parameters(settings)
                            .addValue("id", id)
                            .addValue("code", code)
                            .addValue("commissioner", commissionerId)
                            .addValue("now", now))
                    .update();
        }
        for (UUID provider : new LinkedHashSet<>(providerIds)) {
            jdbc.sql("insert into programme_provider (programme_id, organisation_id) values (?, ?)")
                    .params(id, provider)
                    .update();
        }
        Eligibility eligibility = settings.eligibility();
        eligibility
                .postcodeDistricts()
                .forEach(d -> jdbc.sql("insert into programme_postcode_district (programme_id, district) values (?, ?)")
                        .params(id, d)
                        .update());
        eligibility
                .economicStatuses()
                .forEach(s -> jdbc.sql(
                                "insert into programme_economic_status (programme_id, economic_status) values (?, ?)")
                        .params(id, s)
                        .update());
        eligibility
                .requiredNeeds()
                .forEach(n -> jdbc.sql("insert into programme_required_need (programme_id, need) values (?, ?)")
                        .params(id, n)
                        .update());
        return new Saved(find(code).orElseThrow(), existing.isEmpty());
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(String code) {
        return jdbc.sql("select * from programme where code = ?")
                .param(code)
                .query(this::programme)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(UUID id) {
        return jdbc.sql("select * from programme where id = ?")
                .param(id)
                .query(this::programme)
                .optional();
    }

    /**
     * The budget each participant, or each household when {@code perHousehold}, may spend, and the
     * amount above which a team leader approves.
     */
    public record Budget(BigDecimal allowance, BigDecimal approvalThreshold, boolean perHousehold) {

        public boolean offered() {
            return allowance != null && allowance.signum() > 0;
        }
    }

    @Transactional(readOnly = true)
    public Budget budget(UUID programmeId) {
        return jdbc.sql(
                        "select budget_allowance, budget_approval_threshold, budget_per_household from programme where id = ?")
                .param(programmeId)
                .query((rs, row) -> new Budget(
                        rs.getBigDecimal("budget_allowance"),
                        rs.getBigDecimal("budget_approval_threshold"),
                        rs.getBoolean("budget_per_household")))
                .optional()
                .orElse(new Budget(null, null, false));
    }

    @Transactional
    public void setBudget(UUID programmeId, Budget budget) {
        jdbc.sql(
                        "update programme set budget_allowance = ?, budget_approval_threshold = ?, budget_per_household = ?, updated_at = ? where id = ?")
                .params(
                        budget.allowance(),
                        budget.approvalThreshold(),
                        budget.perHousehold(),
                        clock.instant().atOffset(ZoneOffset.UTC),
                        programmeId)
                .update();
    }

    /**
     * How the programme measures and pays for employment outcomes, beyond the hours-based job outcome
     * in its settings: the longest gap between jobs bridged when counting sustained work, an optional
     * earnings rule (cumulative earnings within a window from the start), and a price per outcome.
     */
    public record OutcomePayments(
            int sustainedBridgedGapDays,
            BigDecimal earningsThreshold,
            Integer earningsWindowWeeks,
            BigDecimal jobOutcome,
            BigDecimal sustained13,
            BigDecimal sustained26,
            BigDecimal sustained52,
            BigDecimal earnings) {

        public boolean hasEarningsRule() {
            return earningsThreshold != null && earningsWindowWeeks != null;
        }
    }

    @Transactional(readOnly = true)
    public OutcomePayments outcomePayments(UUID programmeId) {
        return jdbc.sql("""
                        select sustained_bridged_gap_days, earnings_threshold, earnings_window_weeks, price_job_outcome,
                               price_sustained_13, price_sustained_26, price_sustained_52, price_earnings
                          from programme where id = ?""")
                .param(programmeId)
                .query((rs, row) -> new OutcomePayments(
                        rs.getInt("sustained_bridged_gap_days"),
                        rs.getBigDecimal("earnings_threshold"),
                        (Integer) rs.getObject("earnings_window_weeks"),
                        rs.getBigDecimal("price_job_outcome"),
                        rs.getBigDecimal("price_sustained_13"),
                        rs.getBigDecimal("price_sustained_26"),
                        rs.getBigDecimal("price_sustained_52"),
                        rs.getBigDecimal("price_earnings")))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    @Transactional
    public void setOutcomePayments(UUID programmeId, OutcomePayments payments) {
        jdbc.sql("""
                        update programme set sustained_bridged_gap_days = ?, earnings_threshold = ?, earnings_window_weeks = ?,
                            price_job_outcome = ?, price_sustained_13 = ?, price_sustained_26 = ?, price_sustained_52 = ?,
                            price_earnings = ?, updated_at = ?
                         where id = ?""")
                .params(
                        payments.sustainedBridgedGapDays(),
                        payments.earningsThreshold(),
                        payments.earningsWindowWeeks(),
                        payments.jobOutcome(),
                        payments.sustained13(),
                        payments.sustained26(),
                        payments.sustained52(),
                        payments.earnings(),
                        clock.instant().atOffset(ZoneOffset.UTC),
                        programmeId)
                .update();
    }

    /** Whether keyworkers on this programme see their team's caseloads as well as their own. */
    @Transactional(readOnly = true)
    public boolean teamCaseloadsShared(UUID programmeId) {
        return jdbc.sql("select team_caseloads_shared from programme where id = ?")
                .param(programmeId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The programmes whose keyworkers see their team's caseloads as well as their own. */
    @Transactional(readOnly = true)
    public List<UUID> sharingTeamCaseloads() {
        return jdbc.sql("select id from programme where team_caseloads_shared")
                .query(UUID.class)
                .list();
    }

    @Transactional
    public void shareTeamCaseloads(UUID programmeId, boolean shared) {
        jdbc.sql("update programme set team_caseloads_shared = ?, updated_at = ? where id = ?")
                .params(shared, clock.instant().atOffset(ZoneOffset.UTC), programmeId)
                .update();
    }

    /** The programme's own distance-travelled dimensions, in order; empty when it uses Goodwork's default. */
    @Transactional(readOnly = true)
    public List<ReferenceData.Dimension> progressDimensions(UUID programmeId) {
        return jdbc.sql(
                        "select code, label, question from programme_progress_dimension where programme_id = ? order by sort_order")
                .param(programmeId)
                .query(ReferenceData.Dimension.class)
                .list();
    }

    /** Replaces the programme's own instrument; an empty list goes back to the default. */
    @Transactional
    public void setProgressDimensions(UUID programmeId, List<ReferenceData.Dimension> dimensions) {
        jdbc.sql("delete from programme_progress_dimension where programme_id = ?")
                .param(programmeId)
                .update();
        for (int i = 0; i < dimensions.size(); i++) {
            ReferenceData.Dimension d = dimensions.get(i);
            jdbc.sql(
                            "insert into programme_progress_dimension (programme_id, code, label, question, sort_order) values (?, ?, ?, ?, ?)")
                    .params(programmeId, d.code(), d.label(), d.question(), i + 1)
                    .update();
        }
    }

    /** Programmes an organisation commissions or delivers. */
    @Transactional(readOnly = true)
    public List<Programme> forOrganisation(UUID organisationId) {
        return jdbc.sql("""
                        select * from programme p
                         where p.commissioner_id = :org
                            or exists (select 1 from programme_provider pp where pp.programme_id = p.id and pp.organisation_id = :org)
                         order by lower(p.name)""").param("org", organisationId).query(this::programme).list();
    }

    /** Programmes with at least one provider: without one, nobody could take a referral. */
    @Transactional(readOnly = true)
    public List<Programme> acceptingReferrals() {
        return jdbc.sql("""
                        select * from programme p
                         where exists (select 1 from programme_provider pp where pp.programme_id = p.id)
                         order by lower(p.name)""").query(this::programme).list();
    }

    /** Whether the organisation commissions or delivers the programme, so may see it. */
    public boolean isVisibleTo(Programme programme, UUID organisationId) {
        return programme.commissionerId().equals(organisationId)
                || programme.providerIds().contains(organisationId);
    }

    private static MapSqlParameterSource parameters(Programme.Settings s) {
        var targets = s.targets();
        return new MapSqlParameterSource()
                .addValue("name", s.name().strip())
                .addValue("weeks", s.maxSupportWeeks())
                .addValue("caseload", s.caseloadLimit())
                .addValue("review", s.reviewIntervalWeeks())
                .addValue("gap", s.contactGapDays())
                .addValue("minAge", s.eligibility().minAge())
                .addValue("maxAge", s.eligibility().maxAge())
                .addValue("hours", s.jobOutcome().minWeeklyHours())
                .addValue("consecutive", s.jobOutcome().minConsecutiveWeeks())
                .addValue("gain", s.significantProgress().minDimensionGain())
                .addValue("totalGain", s.significantProgress().minTotalGainPercent())
                .addValue("tStarted", targets.householdsStarted())
                .addValue("tActivity", targets.householdsCompletedActivity())
                .addValue("tProgress", targets.householdsSignificantProgress())
                .addValue("tRate", targets.jobOutcomeRatePercent());
    }

    private Programme programme(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Eligibility eligibility = new Eligibility(
                (Integer) rs.getObject("min_age"),
                (Integer) rs.getObject("max_age"),
                codes("select district from programme_postcode_district where programme_id = ?", id),
                codes("select economic_status from programme_economic_status where programme_id = ?", id),
                codes("select need from programme_required_need where programme_id = ?", id));
        var settings = new Programme.Settings(
                rs.getString("name"),
                rs.getInt("max_support_weeks"),
                rs.getInt("caseload_limit"),
                rs.getInt("review_interval_weeks"),
                rs.getInt("contact_gap_days"),
                eligibility,
                new Programme.JobOutcomeRule(
                        rs.getBigDecimal("job_outcome_min_weekly_hours").stripTrailingZeros(),
                        rs.getInt("job_outcome_min_consecutive_weeks")),
                new Programme.ProgressRule(
                        rs.getInt("progress_min_dimension_gain"),
                        rs.getBigDecimal("progress_min_total_gain_percent").stripTrailingZeros()),
                new Programme.Targets(
                        (Integer) rs.getObject("target_households_started"),
                        (Integer) rs.getObject("target_households_completed_activity"),
                        (Integer) rs.getObject("target_households_significant_progress"),
                        rs.getBigDecimal("target_job_outcome_rate_percent") == null
                                ? null
                                : rs.getBigDecimal("target_job_outcome_rate_percent")
                                        .stripTrailingZeros()));
        List<UUID> providers = jdbc.sql("""
                        select pp.organisation_id from programme_provider pp join organisation o on o.id = pp.organisation_id
                         where pp.programme_id = ? order by lower(o.name)""").param(id).query(UUID.class).list();
        return new Programme(
                id,
                rs.getString("code"),
                rs.getObject("commissioner_id", UUID.class),
                settings,
                providers,
                rs.getLong("version"));
    }

    private Set<String> codes(String sql, UUID id) {
        return new HashSet<>(jdbc.sql(sql).param(id).query(String.class).list());
    }
}
