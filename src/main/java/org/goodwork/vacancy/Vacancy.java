package org.goodwork.vacancy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A vacancy with its job-quality assessment and the warnings that go with it. Working pattern and
 * work location are null for a vacancy sent by an API client, which does not give them.
 */
public record Vacancy(
        UUID id,
        UUID organisationId,
        UUID employerId,
        String employerName,
        String title,
        String socCode,
        String socTitle,
        String postcode,
        BigDecimal minWeeklyHours,
        BigDecimal maxWeeklyHours,
        WorkingPattern workingPattern,
        Set<DayOfWeek> days,
        ContractType contractType,
        BigDecimal payAmount,
        PayPeriod payPeriod,
        BigDecimal hourlyPay,
        LocalDate closingDate,
        WorkLocation workLocation,
        String adjustmentsOffered,
        boolean flexibleFromDayOne,
        boolean ringFenced,
        boolean guaranteedInterview,
        VacancyStatus status,
        JobQuality jobQuality,
        List<JobQuality.Warning> warnings,
        Instant jobQualityAssessedAt,
        String jobQualityAssessedBy,
        long version) {

    public VacancyDetails details() {
        return new VacancyDetails(
                employerId,
                title,
                socCode,
                postcode,
                minWeeklyHours,
                maxWeeklyHours,
                workingPattern,
                days,
                contractType,
                payAmount,
                payPeriod,
                closingDate,
                workLocation,
                adjustmentsOffered,
                flexibleFromDayOne,
                ringFenced,
                guaranteedInterview);
    }
}
