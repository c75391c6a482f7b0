package org.goodwork.matching;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.goodwork.geography.Geography;
import org.goodwork.geography.Place;
import org.goodwork.vacancy.JobQuality;
import org.goodwork.vacancy.Vacancies;
import org.goodwork.vacancy.VacanciesChanged;
import org.goodwork.vacancy.Vacancy;
import org.goodwork.vacancy.VacancyStatus;
import org.goodwork.vacancy.WorkLocation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each organisation's open vacancies, held in memory as matching sees them, because matching one
 * person reads every open vacancy and must answer within 50 ms at 200,000 of them. A change to any of
 * the organisation's vacancies drops its copy once the change is committed, and the next match
 * reloads it.
 */
@Component
class OpenVacancies {

    private final Vacancies vacancies;
    private final Geography geography;
    private final Map<UUID, Snapshot> byOrganisation = new ConcurrentHashMap<>();

    OpenVacancies(Vacancies vacancies, Geography geography) {
        this.vacancies = vacancies;
        this.geography = geography;
    }

    List<MatchEngine.Job> of(UUID organisationId) {
        return snapshot(organisationId).jobs();
    }

    Snapshot snapshot(UUID organisationId) {
        return byOrganisation.computeIfAbsent(organisationId, id -> Snapshot.of(load(id)));
    }

    /**
     * The open vacancies as loaded ({@code jobs}, whose positions break ties in every order), and the
     * same jobs best first by band and then quality ({@code ranked}, with each one's load
     * {@code position} and {@code band} beside it), so that ranking for one person can stop early and
     * skip most jobs after reading only arrays of numbers.
     */
    record Snapshot(List<MatchEngine.Job> jobs, MatchEngine.Jobs ranked, int[] position, int[] band) {

        static Snapshot of(List<MatchEngine.Job> jobs) {
            int n = jobs.size();
            int[] bands = new int[n];
            double[] qualities = new double[n];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
                bands[i] = Matches.Order.bandRank(jobs.get(i));
                qualities[i] = MatchEngine.quality(jobs.get(i));
            }
            Arrays.sort(
                    order,
                    (a, b) -> bands[a] != bands[b]
                            ? Integer.compare(bands[a], bands[b])
                            : qualities[a] != qualities[b]
                                    ? Double.compare(qualities[b], qualities[a])
                                    : Integer.compare(a, b));
            List<MatchEngine.Job> ranked = new ArrayList<>(n);
            int[] position = new int[n];
            int[] band = new int[n];
            for (int p = 0; p < n; p++) {
                ranked.add(jobs.get(order[p]));
                position[p] = order[p];
                band[p] = bands[order[p]];
            }
            return new Snapshot(jobs, MatchEngine.Jobs.of(ranked), position, band);
        }

        int size() {
            return position.length;
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(VacanciesChanged changed) {
        byOrganisation.remove(changed.organisationId());
    }

    private List<MatchEngine.Job> load(UUID organisationId) {
        List<Vacancy> open = vacancies.list(organisationId, Set.of(VacancyStatus.OPEN), null);
        Map<String, Place> places = geography.locateAll(open.stream()
                .map(Vacancy::postcode)
                .filter(p -> p != null && !p.isBlank())
                .distinct()
                .toList());
        return open.stream()
                .map(v -> {
                    Place place = v.postcode() == null ? null : places.get(v.postcode());
                    JobQuality quality = v.jobQuality();
                    boolean assessed = quality.band() != JobQuality.Band.NOT_ASSESSED;
                    return new MatchEngine.Job(
                            v.id(),
                            v.title(),
                            v.employerName(),
                            v.socCode(),
                            v.minWeeklyHours(),
                            v.maxWeeklyHours(),
                            v.days().isEmpty() ? Set.of() : EnumSet.copyOf(v.days()),
                            v.contractType().name(),
                            v.contractType().label(),
                            v.hourlyPay(),
                            v.workLocation() == WorkLocation.REMOTE,
                            place == null ? null : place.lat(),
                            place == null ? null : place.lon(),
                            assessed ? quality.score() : null,
                            quality.band().label(),
                            v.flexibleFromDayOne(),
                            v.adjustmentsOffered() != null
                                    && !v.adjustmentsOffered().isBlank(),
                            v.guaranteedInterview(),
                            v.ringFenced());
                })
                .toList();
    }

    static Set<DayOfWeek> days(Set<String> codes) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : codes) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().startsWith(code)) {
                    days.add(day);
                }
            }
        }
        return days;
    }
}
