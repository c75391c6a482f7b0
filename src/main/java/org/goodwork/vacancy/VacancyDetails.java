package org.goodwork.vacancy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What is recorded about a vacancy. Pay is an amount per period, or both null when not stated; the
 * hourly rate is worked out from them (see {@link PayPeriod#hourly}).
 */
public record VacancyDetails(
        UUID employerId,
        String title,
        String socCode,
        String postcode,
        BigDecimal minWeeklyHours,
        BigDecimal maxWeeklyHours,
        WorkingPattern workingPattern,
        Set<DayOfWeek> days,
        ContractType contractType,
        BigDecimal payAmount,
        PayPeriod payPeriod,
        LocalDate closingDate,
        WorkLocation workLocation,
        String adjustmentsOffered,
        boolean flexibleFromDayOne,
        boolean ringFenced,
        boolean guaranteedInterview) {}
