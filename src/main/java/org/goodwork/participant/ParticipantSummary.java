package org.goodwork.participant;

import java.time.LocalDate;
import java.util.UUID;

/** A line in a caseload list. */
public record ParticipantSummary(
        UUID id,
        String reference,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        ParticipantStatus status,
        String keyworkerName) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
