package org.goodwork.programme;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.goodwork.shared.Postcode;

/**
 * A programme's eligibility rules. Eligibility is a programme rule, never benefit status. A rule
 * that cannot be checked because the answer is not known says so, rather than failing the person.
 */
public record Eligibility(
        Integer minAge,
        Integer maxAge,
        Set<String> postcodeDistricts,
        Set<String> economicStatuses,
        Set<String> requiredNeeds) {

    /** Sorted, so pages and API documents always list the rules in the same order. */
    public Eligibility {
        postcodeDistricts = Collections.unmodifiableSortedSet(new TreeSet<>(postcodeDistricts));
        economicStatuses = Collections.unmodifiableSortedSet(new TreeSet<>(economicStatuses));
        requiredNeeds = Collections.unmodifiableSortedSet(new TreeSet<>(requiredNeeds));
    }

    public static Eligibility open() {
        return new Eligibility(null, null, Set.of(), Set.of(), Set.of());
    }

    /** What is known about the person being referred. Unknown answers are null or empty. */
    public record Applicant(LocalDate dateOfBirth, String postcode, String economicStatus, Set<String> needs) {}

    public enum Outcome {
        MET,
        NOT_MET,
        UNKNOWN
    }

    public record Check(String rule, Outcome outcome, String explanation) {}

    public record Result(List<Check> checks) {

        /** Eligible unless a rule is clearly not met; unknown answers are for triage to find out. */
        public boolean eligible() {
            return checks.stream().noneMatch(c -> c.outcome() == Outcome.NOT_MET);
        }

        public boolean complete() {
            return checks.stream().noneMatch(c -> c.outcome() == Outcome.UNKNOWN);
        }
    }

    public Result assess(Applicant applicant, LocalDate on) {
        List<Check> checks = new ArrayList<>();
        if (minAge != null || maxAge != null) {
            String range = minAge != null && maxAge != null
                    ? minAge + " to " + maxAge
                    : minAge != null ? minAge + " or over" : maxAge + " or under";
            if (applicant.dateOfBirth() == null) {
                checks.add(new Check("Age", Outcome.UNKNOWN, "Aged " + range + ": date of birth not known"));
            } else {
                int age = Period.between(applicant.dateOfBirth(), on).getYears();
                boolean ok = (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
                checks.add(new Check(
                        "Age",
                        ok ? Outcome.MET : Outcome.NOT_MET,
                        "Aged " + age + "; the programme is for people aged " + range));
            }
        }
        if (!postcodeDistricts.isEmpty()) {
            var district = Postcode.district(applicant.postcode());
            if (district.isEmpty()) {
                checks.add(new Check("Area", Outcome.UNKNOWN, "Postcode not known"));
            } else {
                boolean ok = postcodeDistricts.contains(district.get());
                checks.add(new Check(
                        "Area",
                        ok ? Outcome.MET : Outcome.NOT_MET,
                        "Lives in " + district.get()
                                + (ok ? ", which" : ", which is not one of the districts the programme")
                                + (ok ? " the programme covers" : " covers")));
            }
        }
        if (!economicStatuses.isEmpty()) {
            if (applicant.economicStatus() == null) {
                checks.add(new Check("Economic status", Outcome.UNKNOWN, "Economic status not known yet"));
            } else {
                boolean ok = economicStatuses.contains(applicant.economicStatus());
                checks.add(new Check(
                        "Economic status",
                        ok ? Outcome.MET : Outcome.NOT_MET,
                        ok
                                ? "Economic status is one the programme supports"
                                : "The programme does not support this economic status"));
            }
        }
        if (!requiredNeeds.isEmpty()) {
            if (applicant.needs() == null || applicant.needs().isEmpty()) {
                checks.add(new Check("Support needs", Outcome.UNKNOWN, "Support needs not known yet"));
            } else {
                boolean ok = applicant.needs().stream().anyMatch(requiredNeeds::contains);
                checks.add(new Check(
                        "Support needs",
                        ok ? Outcome.MET : Outcome.NOT_MET,
                        ok
                                ? "Has a support need the programme is for"
                                : "Has none of the support needs the programme is for"));
            }
        }
        return new Result(List.copyOf(checks));
    }
}
