package org.goodwork.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record NewParticipant(
        UUID organisationId,
        UUID programmeId,
        String referralSource,
        UUID householdId,
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
        UUID keyworkerId,
        LocalDate referralDate,
        LocalDate startDate) {}
