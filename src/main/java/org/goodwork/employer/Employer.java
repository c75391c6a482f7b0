package org.goodwork.employer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employer as its organisation sees it. Size band and sector are null for an employer first named
 * by an API client, until someone records them; so is the owner.
 */
public record Employer(
        UUID id,
        UUID organisationId,
        String name,
        SizeBand sizeBand,
        Sector sector,
        boolean goodEmploymentCharter,
        DisabilityConfident disabilityConfident,
        boolean realLivingWageEmployer,
        UUID ownerId,
        String ownerName,
        String notes,
        LocalDate lastInteraction,
        long version) {

    public EmployerDetails details() {
        return new EmployerDetails(
                name,
                sizeBand,
                sector,
                goodEmploymentCharter,
                disabilityConfident,
                realLivingWageEmployer,
                ownerId,
                notes);
    }
}
