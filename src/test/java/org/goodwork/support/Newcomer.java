package org.goodwork.support;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone registered for a test, with plain defaults: on the demo programme at Riverside, on Liam
 * Byrne's caseload, referred 40 days ago and started 30 days ago. Tests change only what they are about.
 */
public record Newcomer(
        String givenName,
        String familyName,
        String organisation,
        String keyworker,
        UUID programmeId,
        UUID householdId,
        String postcode,
        LocalDate dateOfBirth,
        LocalDate referred,
        LocalDate started) {

    public static Newcomer named(String givenName, String familyName) {
        LocalDate today = LocalDate.now();
        return new Newcomer(
                givenName,
                familyName,
                "Riverside Works CIC",
                "liam.byrne",
                null,
                null,
                "QQ6 1AB",
                LocalDate.of(1985, 1, 1),
                today.minusDays(40),
                today.minusDays(30));
    }

    public Newcomer at(String organisation, String keyworker) {
        return new Newcomer(
                givenName,
                familyName,
                organisation,
                keyworker,
                programmeId,
                householdId,
                postcode,
                dateOfBirth,
                referred,
                started);
    }

    public Newcomer on(UUID programme) {
        return new Newcomer(
                givenName,
                familyName,
                organisation,
                keyworker,
                programme,
                householdId,
                postcode,
                dateOfBirth,
                referred,
                started);
    }

    public Newcomer in(UUID household) {
        return new Newcomer(
                givenName,
                familyName,
                organisation,
                keyworker,
                programmeId,
                household,
                postcode,
                dateOfBirth,
                referred,
                started);
    }

    public Newcomer livingAt(String place) {
        return new Newcomer(
                givenName,
                familyName,
                organisation,
                keyworker,
                programmeId,
                householdId,
                place,
                dateOfBirth,
                referred,
                started);
    }

    public Newcomer born(LocalDate date) {
        return new Newcomer(
                givenName,
                familyName,
                organisation,
                keyworker,
                programmeId,
                householdId,
                postcode,
                date,
                referred,
                started);
    }

    /** Referred this many days ago; started {@code startedDaysAgo} days ago, or not started when null. */
    public Newcomer referredDaysAgo(int referredDaysAgo, Integer startedDaysAgo) {
        LocalDate today = LocalDate.now();
        return new Newcomer(
                givenName,
                familyName,
                organisation,
                keyworker,
                programmeId,
                householdId,
                postcode,
                dateOfBirth,
                today.minusDays(referredDaysAgo),
                startedDaysAgo == null ? null : today.minusDays(startedDaysAgo));
    }
}
