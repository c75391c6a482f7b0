package org.goodwork.vacancy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goodwork.employer.EmployerVacancies;
import org.springframework.stereotype.Component;

/** Lists an employer's vacancies on the employer's page. */
@Component
class EmployerVacancyListings implements EmployerVacancies {

    private final Vacancies vacancies;

    EmployerVacancyListings(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    @Override
    public List<Listing> forEmployer(UUID organisationId, UUID employerId, boolean openOnly) {
        Set<VacancyStatus> statuses = openOnly ? EnumSet.of(VacancyStatus.OPEN) : EnumSet.noneOf(VacancyStatus.class);
        return vacancies.list(organisationId, statuses, employerId).stream()
                .map(v -> new Listing(v.id(), v.title(), v.status().label(), v.closingDate()))
                .toList();
    }
}
