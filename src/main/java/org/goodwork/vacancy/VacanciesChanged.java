package org.goodwork.vacancy;

import java.util.UUID;

/** Published when an organisation's vacancies change, so anything holding a copy of them can refresh it. */
public record VacanciesChanged(UUID organisationId) {}
