package org.goodwork.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record Referral(
        UUID id,
        String reference,
        UUID programmeId,
        String programmeCode,
        String programmeName,
        UUID providerId,
        UUID referredByOrganisationId,
        String source,
        String sourceLabel,
        String referrerName,
        String reason,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String phone,
        String email,
        ReferralStatus status,
        Instant receivedAt,
        Instant decidedAt,
        String declineReason,
        String handoverTo,
        UUID participantId,
        long version) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
