package org.goodwork.programme.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goodwork.programme.Eligibility;
import org.goodwork.programme.Programme;

/**
 * The programme page's form. A class rather than a record so that a value that is not a number is
 * kept and shown back with its error, instead of losing the whole form.
 */
class ProgrammeForm {

    private String code;

    @NotBlank(message = "Enter the programme's name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;

    @NotNull(message = "Enter the longest time someone can be supported, in weeks")
    @Min(value = 1, message = "Support must last at least 1 week")
    @Max(value = 520, message = "Support must be 520 weeks or fewer")
    private Integer maxSupportWeeks;

    @NotNull(message = "Enter the caseload limit for each keyworker")
    @Min(value = 1, message = "The caseload limit must be at least 1")
    @Max(value = 200, message = "The caseload limit must be 200 or fewer")
    private Integer caseloadLimit;

    @NotNull(message = "Enter how often progress is reviewed, in weeks")
    @Min(value = 1, message = "Reviews must be at least 1 week apart")
    @Max(value = 52, message = "Reviews must be 52 weeks apart or fewer")
    private Integer reviewIntervalWeeks;

    @NotNull(message = "Enter how many days without contact should prompt the keyworker")
    @Min(value = 1, message = "The contact gap must be at least 1 day")
    @Max(value = 365, message = "The contact gap must be 365 days or fewer")
    private Integer contactGapDays;

    @Min(value = 16, message = "The minimum age must be 16 or over")
    @Max(value = 100, message = "The minimum age must be 100 or under")
    private Integer minAge;

    @Min(value = 16, message = "The maximum age must be 16 or over")
    @Max(value = 100, message = "The maximum age must be 100 or under")
    private Integer maxAge;

    @Size(max = 2000, message = "Postcode districts must be 2000 characters or fewer")
    private String postcodeDistricts;

    private Set<String> economicStatuses;

    private Set<String> requiredNeeds;

    @NotNull(message = "Enter the weekly hours that count as a job outcome")
    @DecimalMin(value = "0.5", message = "Weekly hours must be more than 0")
    @DecimalMax(value = "80", message = "Weekly hours must be 80 or fewer")
    private BigDecimal jobOutcomeMinWeeklyHours;

    @NotNull(message = "Enter how many consecutive weeks make a job outcome")
    @Min(value = 1, message = "Enter at least 1 week")
    @Max(value = 104, message = "Enter 104 weeks or fewer")
    private Integer jobOutcomeMinConsecutiveWeeks;

    @NotNull(message = "Enter the gain on one dimension that counts as significant progress")
    @Min(value = 1, message = "Enter a gain from 1 to 9")
    @Max(value = 9, message = "Enter a gain from 1 to 9")
    private Integer progressMinDimensionGain;

    @NotNull(message = "Enter the total gain, as a percentage, that counts as significant progress")
    @DecimalMin(value = "0.1", message = "Enter a percentage more than 0")
    @DecimalMax(value = "100", message = "Enter a percentage of 100 or less")
    private BigDecimal progressMinTotalGainPercent;

    @Min(value = 0, message = "Targets cannot be negative")
    private Integer targetHouseholdsStarted;

    @Min(value = 0, message = "Targets cannot be negative")
    private Integer targetHouseholdsCompletedActivity;

    @Min(value = 0, message = "Targets cannot be negative")
    private Integer targetHouseholdsSignificantProgress;

    @DecimalMin(value = "0", message = "Targets cannot be negative")
    @DecimalMax(value = "100", message = "Enter a percentage of 100 or less")
    private BigDecimal targetJobOutcomeRatePercent;

    private Set<UUID> providers;

    private Long version;

    ProgrammeForm() {}

    ProgrammeForm(
            String code,
            String name,
            Integer maxSupportWeeks,
            Integer caseloadLimit,
            Integer reviewIntervalWeeks,
            Integer contactGapDays,
            Integer minAge,
            Integer maxAge,
            String postcodeDistricts,
            Set<String> economicStatuses,
            Set<String> requiredNeeds,
            BigDecimal jobOutcomeMinWeeklyHours,
            Integer jobOutcomeMinConsecutiveWeeks,
            Integer progressMinDimensionGain,
            BigDecimal progressMinTotalGainPercent,
            Integer targetHouseholdsStarted,
            Integer targetHouseholdsCompletedActivity,
            Integer targetHouseholdsSignificantProgress,
            BigDecimal targetJobOutcomeRatePercent,
            Set<UUID> providers,
            Long version) {
        this.code = code;
        this.name = name;
        this.maxSupportWeeks = maxSupportWeeks;
        this.caseloadLimit = caseloadLimit;
        this.reviewIntervalWeeks = reviewIntervalWeeks;
        this.contactGapDays = contactGapDays;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.postcodeDistricts = postcodeDistricts;
        this.economicStatuses = economicStatuses;
        this.requiredNeeds = requiredNeeds;
        this.jobOutcomeMinWeeklyHours = jobOutcomeMinWeeklyHours;
        this.jobOutcomeMinConsecutiveWeeks = jobOutcomeMinConsecutiveWeeks;
        this.progressMinDimensionGain = progressMinDimensionGain;
        this.progressMinTotalGainPercent = progressMinTotalGainPercent;
        this.targetHouseholdsStarted = targetHouseholdsStarted;
        this.targetHouseholdsCompletedActivity = targetHouseholdsCompletedActivity;
        this.targetHouseholdsSignificantProgress = targetHouseholdsSignificantProgress;
        this.targetJobOutcomeRatePercent = targetJobOutcomeRatePercent;
        this.providers = providers;
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMaxSupportWeeks() {
        return maxSupportWeeks;
    }

    public void setMaxSupportWeeks(Integer maxSupportWeeks) {
        this.maxSupportWeeks = maxSupportWeeks;
    }

    public Integer getCaseloadLimit() {
        return caseloadLimit;
    }

    public void setCaseloadLimit(Integer caseloadLimit) {
        this.caseloadLimit = caseloadLimit;
    }

    public Integer getReviewIntervalWeeks() {
        return reviewIntervalWeeks;
    }

    public void setReviewIntervalWeeks(Integer reviewIntervalWeeks) {
        this.reviewIntervalWeeks = reviewIntervalWeeks;
    }

    public Integer getContactGapDays() {
        return contactGapDays;
    }

    public void setContactGapDays(Integer contactGapDays) {
        this.contactGapDays = contactGapDays;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public String getPostcodeDistricts() {
        return postcodeDistricts;
    }

    public void setPostcodeDistricts(String postcodeDistricts) {
        this.postcodeDistricts = postcodeDistricts;
    }

    public Set<String> getEconomicStatuses() {
        return economicStatuses;
    }

    public void setEconomicStatuses(Set<String> economicStatuses) {
        this.economicStatuses = economicStatuses;
    }

    public Set<String> getRequiredNeeds() {
        return requiredNeeds;
    }

    public void setRequiredNeeds(Set<String> requiredNeeds) {
        this.requiredNeeds = requiredNeeds;
    }

    public BigDecimal getJobOutcomeMinWeeklyHours() {
        return jobOutcomeMinWeeklyHours;
    }

    public void setJobOutcomeMinWeeklyHours(BigDecimal jobOutcomeMinWeeklyHours) {
        this.jobOutcomeMinWeeklyHours = jobOutcomeMinWeeklyHours;
    }

    public Integer getJobOutcomeMinConsecutiveWeeks() {
        return jobOutcomeMinConsecutiveWeeks;
    }

    public void setJobOutcomeMinConsecutiveWeeks(Integer jobOutcomeMinConsecutiveWeeks) {
        this.jobOutcomeMinConsecutiveWeeks = jobOutcomeMinConsecutiveWeeks;
    }

    public Integer getProgressMinDimensionGain() {
        return progressMinDimensionGain;
    }

    public void setProgressMinDimensionGain(Integer progressMinDimensionGain) {
        this.progressMinDimensionGain = progressMinDimensionGain;
    }

    public BigDecimal getProgressMinTotalGainPercent() {
        return progressMinTotalGainPercent;
    }

    public void setProgressMinTotalGainPercent(BigDecimal progressMinTotalGainPercent) {
        this.progressMinTotalGainPercent = progressMinTotalGainPercent;
    }

    public Integer getTargetHouseholdsStarted() {
        return targetHouseholdsStarted;
    }

    public void setTargetHouseholdsStarted(Integer targetHouseholdsStarted) {
        this.targetHouseholdsStarted = targetHouseholdsStarted;
    }

    public Integer getTargetHouseholdsCompletedActivity() {
        return targetHouseholdsCompletedActivity;
    }

    public void setTargetHouseholdsCompletedActivity(Integer targetHouseholdsCompletedActivity) {
        this.targetHouseholdsCompletedActivity = targetHouseholdsCompletedActivity;
    }

    public Integer getTargetHouseholdsSignificantProgress() {
        return targetHouseholdsSignificantProgress;
    }

    public void setTargetHouseholdsSignificantProgress(Integer targetHouseholdsSignificantProgress) {
        this.targetHouseholdsSignificantProgress = targetHouseholdsSignificantProgress;
    }

    public BigDecimal getTargetJobOutcomeRatePercent() {
        return targetJobOutcomeRatePercent;
    }

    public void setTargetJobOutcomeRatePercent(BigDecimal targetJobOutcomeRatePercent) {
        this.targetJobOutcomeRatePercent = targetJobOutcomeRatePercent;
    }

    public Set<UUID> getProviders() {
        return providers;
    }

    public void setProviders(Set<UUID> providers) {
        this.providers = providers;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    static ProgrammeForm blank() {
        return new ProgrammeForm(
                null,
                null,
                52,
                20,
                12,
                21,
                16,
                null,
                null,
                Set.of(),
                Set.of(),
                BigDecimal.valueOf(16),
                4,
                2,
                BigDecimal.TEN,
                null,
                null,
                null,
                null,
                Set.of(),
                null);
    }

    static ProgrammeForm of(Programme programme) {
        Programme.Settings s = programme.settings();
        Eligibility e = s.eligibility();
        return new ProgrammeForm(
                programme.code(),
                s.name(),
                s.maxSupportWeeks(),
                s.caseloadLimit(),
                s.reviewIntervalWeeks(),
                s.contactGapDays(),
                e.minAge(),
                e.maxAge(),
                e.postcodeDistricts().stream().sorted().collect(Collectors.joining(" ")),
                e.economicStatuses(),
                e.requiredNeeds(),
                s.jobOutcome().minWeeklyHours(),
                s.jobOutcome().minConsecutiveWeeks(),
                s.significantProgress().minDimensionGain(),
                s.significantProgress().minTotalGainPercent(),
                s.targets().householdsStarted(),
                s.targets().householdsCompletedActivity(),
                s.targets().householdsSignificantProgress(),
                s.targets().jobOutcomeRatePercent(),
                Set.copyOf(programme.providerIds()),
                programme.version());
    }

    Programme.Settings toSettings() {
        return new Programme.Settings(
                name,
                maxSupportWeeks,
                caseloadLimit,
                reviewIntervalWeeks,
                contactGapDays,
                new Eligibility(minAge, maxAge, districts(), orEmpty(economicStatuses), orEmpty(requiredNeeds)),
                new Programme.JobOutcomeRule(jobOutcomeMinWeeklyHours, jobOutcomeMinConsecutiveWeeks),
                new Programme.ProgressRule(progressMinDimensionGain, progressMinTotalGainPercent),
                new Programme.Targets(
                        targetHouseholdsStarted,
                        targetHouseholdsCompletedActivity,
                        targetHouseholdsSignificantProgress,
                        targetJobOutcomeRatePercent));
    }

    List<UUID> providerList() {
        return providers == null ? List.of() : List.copyOf(providers);
    }

    /** Districts typed as a list separated by spaces, commas or new lines. */
    private Set<String> districts() {
        if (postcodeDistricts == null || postcodeDistricts.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(postcodeDistricts.split("[\\s,;]+"))
                .filter(d -> !d.isBlank())
                .map(d -> d.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
