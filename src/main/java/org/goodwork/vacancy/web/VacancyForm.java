package org.goodwork.vacancy.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.goodwork.vacancy.ContractType;
import org.goodwork.vacancy.PayPeriod;
import org.goodwork.vacancy.Vacancy;
import org.goodwork.vacancy.WorkLocation;
import org.goodwork.vacancy.WorkingPattern;

/**
 * The vacancy form. Numbers and the date are kept as typed so that a mistake is shown back as it
 * was entered. {@code find} is set when the "Find occupations" button was pressed rather than "Save".
 */
record VacancyForm(
        UUID employerId,
        String title,
        String socCode,
        String postcode,
        String minWeeklyHours,
        String maxWeeklyHours,
        WorkingPattern workingPattern,
        Set<DayOfWeek> days,
        ContractType contractType,
        String payAmount,
        PayPeriod payPeriod,
        String closingDay,
        String closingMonth,
        String closingYear,
        WorkLocation workLocation,
        String adjustmentsOffered,
        Set<String> offers,
        String find,
        Long version) {

    static final String FLEXIBLE_FROM_DAY_ONE = "FLEXIBLE_FROM_DAY_ONE";
    static final String RING_FENCED = "RING_FENCED";
    static final String GUARANTEED_INTERVIEW = "GUARANTEED_INTERVIEW";

    static VacancyForm blank(UUID employerId) {
        return new VacancyForm(
                employerId,
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of(),
                null,
                null,
                PayPeriod.HOUR,
                null,
                null,
                null,
                null,
                null,
                Set.of(),
                null,
                null);
    }

    static VacancyForm of(Vacancy v) {
        Set<String> offers = new TreeSet<>();
        if (v.flexibleFromDayOne()) {
            offers.add(FLEXIBLE_FROM_DAY_ONE);
        }
        if (v.ringFenced()) {
            offers.add(RING_FENCED);
        }
        if (v.guaranteedInterview()) {
            offers.add(GUARANTEED_INTERVIEW);
        }
        LocalDate closing = v.closingDate();
        return new VacancyForm(
                v.employerId(),
                v.title(),
                v.socCode(),
                v.postcode(),
                text(v.minWeeklyHours()),
                text(v.maxWeeklyHours()),
                v.workingPattern(),
                v.days(),
                v.contractType(),
                text(v.payAmount()),
                v.payPeriod() == null ? PayPeriod.HOUR : v.payPeriod(),
                closing == null ? null : String.valueOf(closing.getDayOfMonth()),
                closing == null ? null : String.valueOf(closing.getMonthValue()),
                closing == null ? null : String.valueOf(closing.getYear()),
                v.workLocation(),
                v.adjustmentsOffered(),
                offers,
                null,
                v.version());
    }

    boolean finding() {
        return find != null;
    }

    boolean offered(String offer) {
        return offers != null && offers.contains(offer);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
