package org.goodwork.employer;

import java.util.UUID;

/** What an officer records about an employer. */
public record EmployerDetails(
        String name,
        SizeBand sizeBand,
        Sector sector,
        boolean goodEmploymentCharter,
        DisabilityConfident disabilityConfident,
        boolean realLivingWageEmployer,
        UUID ownerId,
        String notes) {}
