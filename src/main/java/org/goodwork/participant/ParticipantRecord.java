package org.goodwork.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One participant's record as their keyworker or team leader sees it. */
public record ParticipantRecord(
        UUID id,
        UUID organisationId,
        String reference,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String gender,
        String ethnicity,
        String postcode,
        String phone,
        String email,
        String economicStatus,
        String timeSinceLastWork,
        List<String> supportNeeds,
        ParticipantStatus status,
        LocalDate referralDate,
        LocalDate startDate,
        UUID keyworkerId,
        String keyworkerName,
        UUID householdId,
        String householdReference,
        List<ParticipantSummary> householdMembers,
        Casefile casefile,
        long version) {

    /** What the keyworker and the person record together as support goes on. */
    public record Casefile(
            UUID programmeId,
            String genderCode,
            String ethnicityCode,
            String economicStatusCode,
            String timeSinceLastWorkCode,
            List<String> supportNeedCodes,
            LocalDate plannedEndDate,
            LocalDate exitDate,
            String exitDestination,
            String exitNotes,
            String preferredContact,
            boolean remindersOptOut,
            String qualifications,
            String workHistory,
            String skills,
            String aspirations,
            String doesNotWant) {}

    public String fullName() {
        return givenName + " " + familyName;
    }
}
