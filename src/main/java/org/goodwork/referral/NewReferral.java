package org.goodwork.referral;

import java.time.LocalDate;
import java.util.UUID;

/** A referral as it arrives. {@code referredByOrganisationId} is empty for a self-referral. */
public record NewReferral(
        String programmeCode,
        String source,
        String referrerName,
        String reason,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String phone,
        String email,
        boolean consentToContact,
        UUID referredByOrganisationId,
        UUID referredByUserId) {}
