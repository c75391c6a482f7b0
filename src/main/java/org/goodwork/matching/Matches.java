package org.goodwork.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.geography.Geography;
import org.goodwork.geography.Place;
import org.goodwork.participant.JobPreferences;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.goodwork.vacancy.Vacancies;
import org.goodwork.vacancy.Vacancy;
import org.goodwork.vacancy.VacancyStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Matches in both directions: vacancies for a participant, and participants on a caseload for a vacancy. */
@Service
public class Matches {

    private final Participants participants;
    private final JobPreferences jobPreferences;
    private final Geography geography;
    private final Vacancies vacancies;
    private final OpenVacancies openVacancies;

    Matches(
            Participants participants,
            JobPreferences jobPreferences,
            Geography geography,
            Vacancies vacancies,
            OpenVacancies openVacancies) {
        this.participants = participants;
        this.jobPreferences = jobPreferences;
        this.geography = geography;
        this.vacancies = vacancies;
        this.openVacancies = openVacancies;
    }

    /** How results are ordered. Good jobs first is the default: quality band, then fit. */
    public enum Order {
        GOOD_JOBS_FIRST("Good jobs first"),
        BEST_FIT("Best fit"),
        NEAREST("Nearest");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        Comparator<MatchEngine.Match> comparator() {
            Comparator<MatchEngine.Match> byScore =
                    Comparator.comparingDouble(MatchEngine.Match::score).reversed();
            return switch (this) {
                case GOOD_JOBS_FIRST ->
                    Comparator.comparingInt((MatchEngine.Match m) -> bandRank(m.job()))
                            .thenComparing(byScore);
                case BEST_FIT -> byScore;
                case NEAREST ->
                    Comparator.comparing(
                                    MatchEngine.Match::travelMinutes, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(byScore);
            };
        }

        /** Good, then fair, then not yet assessed, then poor: an unassessed job may be good. */
        static int bandRank(MatchEngine.Job job) {
            if (job.qualityScore() == null) {
                return 2;
            }
            int score = job.qualityScore();
            return score >= org.goodwork.vacancy.JobQuality.GOOD_FROM
                    ? 0
                    : score >= org.goodwork.vacancy.JobQuality.FAIR_FROM ? 1 : 3;
        }
    }

    /** The matches, best first, and how many open vacancies the hard constraints ruled out. */
    public record Results(List<MatchEngine.Match> matches, List<MatchEngine.Match> excluded, int considered) {}

    /**
     * Open vacancies of the participant's organisation for one participant. Not read-only: reading
     * the participant's record to match them is a view, and is logged.
     */
    @Transactional
    public Results forParticipant(ParticipantScope scope, UUID participantId, Order order, int limit) {
        ParticipantRecord participant = participants.view(scope, participantId).orElseThrow(NotFoundException::new);
        MatchEngine.Candidate candidate = candidate(
                participantId,
                jobPreferences.forMatching(List.of(participantId)).get(participantId),
                participant.postcode() == null
                        ? null
                        : geography.locate(participant.postcode()).orElse(null));
        OpenVacancies.Snapshot jobs = openVacancies.snapshot(participant.organisationId());
        TopMatches.Found found = TopMatches.find(candidate, jobs, order, limit, true);
        return new Results(explained(candidate, found.matches()), explained(candidate, found.excluded()), jobs.size());
    }

    /** Only the jobs shown are explained: building the words for every open vacancy would be slow. */
    private static List<MatchEngine.Match> explained(MatchEngine.Candidate candidate, List<TopMatches.Ranked> jobs) {
        return jobs.stream()
                .map(ranked -> MatchEngine.evaluate(candidate, ranked.job()))
                .toList();
    }

    /** How one job fits the participant's preferences, for example a job they have started. */
    @Transactional(readOnly = true)
    public MatchEngine.Match fit(ParticipantScope scope, UUID participantId, MatchEngine.Job job) {
        if (scope.isNone()) {
            throw new NotFoundException();
        }
        String postcode = participants.postcodesOf(List.of(participantId)).get(participantId);
        return MatchEngine.evaluate(
                candidate(
                        participantId,
                        jobPreferences.forMatching(List.of(participantId)).get(participantId),
                        postcode == null ? null : geography.locate(postcode).orElse(null)),
                job);
    }

    /** People in the caller's caseload (or organisation, for team leaders) who fit an open vacancy. */
    @Transactional(readOnly = true)
    public Results forVacancy(ParticipantScope scope, UUID vacancyId, int limit) {
        if (scope.isNone()) {
            throw new NotFoundException();
        }
        Vacancy vacancy = vacancies.get(scope.organisationId(), vacancyId);
        if (vacancy.status() != VacancyStatus.OPEN) {
            return new Results(List.of(), List.of(), 0);
        }
        MatchEngine.Job job = openVacancies.of(scope.organisationId()).stream()
                .filter(j -> j.vacancyId().equals(vacancyId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        List<Participants.ActiveParticipant> people = participants.active(scope);
        List<UUID> ids = people.stream().map(Participants.ActiveParticipant::id).toList();
        Map<UUID, JobPreferences.ForMatching> wants = jobPreferences.forMatching(ids);
        Map<UUID, String> postcodes = participants.postcodesOf(ids);
        Map<String, Place> places =
                geography.locateAll(postcodes.values().stream().distinct().toList());
        List<MatchEngine.Match> all = ids.stream()
                .map(id -> MatchEngine.evaluate(
                        candidate(id, wants.get(id), postcodes.get(id) == null ? null : places.get(postcodes.get(id))),
                        job))
                .toList();
        return new Results(
                all.stream()
                        .filter(m -> !m.excluded())
                        .sorted(Order.BEST_FIT.comparator())
                        .limit(limit)
                        .toList(),
                List.of(),
                people.size());
    }

    static MatchEngine.Candidate candidate(UUID participantId, JobPreferences.ForMatching wants, Place home) {
        JobPreferences.Preferences p = wants.preferences();
        return new MatchEngine.Candidate(
                participantId,
                p.minWeeklyHours(),
                p.maxWeeklyHours(),
                OpenVacancies.days(p.days()),
                p.contractTypes(),
                p.payFloorHourly(),
                p.maxTravelMinutes(),
                home == null ? null : home.lat(),
                home == null ? null : home.lon(),
                wants.occupations(),
                p.flexibility() != null && !p.flexibility().isBlank(),
                p.adjustments() != null && !p.adjustments().isBlank());
    }
}
