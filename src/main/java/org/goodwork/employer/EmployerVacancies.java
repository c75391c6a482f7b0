package org.goodwork.employer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An employer's vacancies, for the employer's page. The vacancy module provides it, so that
 * vacancies can depend on employers without employers depending on vacancies.
 */
public interface EmployerVacancies {

    record Listing(UUID id, String title, String statusLabel, LocalDate closingDate) {}

    /** The employer's vacancies, newest first; only open ones when {@code openOnly}. */
    List<Listing> forEmployer(UUID organisationId, UUID employerId, boolean openOnly);
}
