package org.goodwork.matching.api;

import java.util.List;
import java.util.UUID;
import org.goodwork.matching.MatchEngine;
import org.goodwork.matching.Matches;
import org.goodwork.security.CurrentActor;
import org.goodwork.shared.web.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/participants/{id}/matches}, as data-exchange.md defines it: good jobs first. */
@RestController
class MatchesApi {

    static final int MAX_LIMIT = 100;

    private final Matches matches;
    private final CurrentActor currentActor;

    MatchesApi(Matches matches, CurrentActor currentActor) {
        this.matches = matches;
        this.currentActor = currentActor;
    }

    record MatchDocument(UUID vacancyId, String title, double score, List<String> reasons, List<String> unmet) {

        static MatchDocument of(MatchEngine.Match match) {
            return new MatchDocument(
                    match.job().vacancyId(), match.job().title(), match.score(), match.reasons(), match.unmet());
        }
    }

    @GetMapping("/api/v1/participants/{id}/matches")
    List<MatchDocument> matches(@PathVariable UUID id, @RequestParam(required = false) String limit) {
        int count = 20;
        if (limit != null) {
            try {
                count = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > MAX_LIMIT) {
                throw new InvalidRequestException("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        return matches
                .forParticipant(currentActor.participantScope(), id, Matches.Order.GOOD_JOBS_FIRST, count)
                .matches()
                .stream()
                .map(MatchDocument::of)
                .toList();
    }
}
