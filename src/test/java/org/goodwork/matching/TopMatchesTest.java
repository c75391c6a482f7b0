package org.goodwork.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.goodwork.vacancy.ContractType;
import org.junit.jupiter.api.Test;

/**
 * Ranking without explaining every pair must give exactly what explaining and sorting every pair gives,
 * ties included, in every order. Random people and jobs with few distinct values, so ties are common.
 */
class TopMatchesTest {

    private static final List<String> OCCUPATIONS = List.of("1111", "1112", "1121", "2134", "2135", "2211", "9111");
    private static final int[] QUALITY = {0, 29, 43, 50, 57, 64, 71, 75, 79, 86, 93, 100};

    @Test
    void theFastScoreIsTheExplainedScore() {
        Random random = new Random(1);
        List<MatchEngine.Job> list = jobs(random, 300);
        MatchEngine.Jobs jobs = MatchEngine.Jobs.of(list);
        for (int i = 0; i < 200; i++) {
            MatchEngine.Candidate candidate = candidate(random);
            MatchEngine.Person person = jobs.person(candidate);
            for (int j = 0; j < list.size(); j++) {
                MatchEngine.Match explained = MatchEngine.evaluate(candidate, list.get(j));
                int outcome = MatchEngine.outcome(person, jobs, j);
                assertThat(MatchEngine.isExcluded(outcome)).isEqualTo(explained.excluded());
                assertThat(MatchEngine.tenths(outcome) / 10.0).isEqualTo(explained.score());
                double minutes = MatchEngine.travelMinutes(person, jobs, j);
                assertThat(Double.isNaN(minutes) ? null : minutes).isEqualTo(explained.travelMinutes());
            }
        }
    }

    @Test
    void theShortlistsAreThoseOfSortingEveryExplainedMatch() {
        Random random = new Random(2);
        for (int round = 0; round < 40; round++) {
            List<MatchEngine.Job> jobs = jobs(random, 50 + random.nextInt(400));
            OpenVacancies.Snapshot snapshot = OpenVacancies.Snapshot.of(jobs);
            for (int i = 0; i < 25; i++) {
                MatchEngine.Candidate person = candidate(random);
                List<MatchEngine.Match> all = jobs.stream()
                        .map(job -> MatchEngine.evaluate(person, job))
                        .toList();
                for (Matches.Order order : Matches.Order.values()) {
                    for (int limit : new int[] {1, 5, 20}) {
                        List<String> expected = all.stream()
                                .filter(m -> !m.excluded())
                                .sorted(order.comparator())
                                .limit(limit)
                                .map(TopMatchesTest::describe)
                                .toList();
                        List<String> expectedExcluded = all.stream()
                                .filter(MatchEngine.Match::excluded)
                                .sorted(Matches.Order.BEST_FIT.comparator())
                                .limit(limit)
                                .map(TopMatchesTest::describe)
                                .toList();
                        TopMatches.Found both = TopMatches.find(person, snapshot, order, limit, true);
                        TopMatches.Found matchesOnly = TopMatches.find(person, snapshot, order, limit, false);
                        assertThat(describe(both.matches()))
                                .as(order + " top " + limit)
                                .isEqualTo(expected);
                        assertThat(describe(both.excluded())).isEqualTo(expectedExcluded);
                        assertThat(describe(matchesOnly.matches())).isEqualTo(expected);
                        assertThat(matchesOnly.excluded()).isEmpty();
                    }
                }
            }
        }
    }

    private static String describe(MatchEngine.Match match) {
        return match.job().vacancyId() + " " + match.score();
    }

    private static List<String> describe(List<TopMatches.Ranked> ranked) {
        return ranked.stream()
                .map(r -> r.job().vacancyId() + " " + r.tenths() / 10.0)
                .toList();
    }

    private static List<MatchEngine.Job> jobs(Random random, int count) {
        List<MatchEngine.Job> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Integer quality = random.nextInt(5) == 0 ? null : QUALITY[random.nextInt(QUALITY.length)];
            BigDecimal min = hours(random, 8, 30);
            BigDecimal max = random.nextBoolean() ? null : min.add(hours(random, 0, 10));
            boolean located = random.nextInt(8) > 0;
            ContractType contract = ContractType.values()[random.nextInt(ContractType.values().length)];
            jobs.add(new MatchEngine.Job(
                    UUID.randomUUID(),
                    "Job " + i,
                    "Employer",
                    OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size())),
                    min,
                    max,
                    days(random, 3),
                    contract.name(),
                    contract.label(),
                    random.nextInt(6) == 0 ? null : BigDecimal.valueOf(1100 + random.nextInt(900), 2),
                    random.nextInt(10) == 0,
                    located ? 53.47 + random.nextInt(20) / 100.0 : null,
                    located ? -2.24 + random.nextInt(30) / 100.0 : null,
                    quality,
                    quality == null ? "Not assessed yet" : quality >= 75 ? "Good" : quality >= 50 ? "Fair" : "Poor",
                    random.nextBoolean(),
                    random.nextBoolean(),
                    random.nextInt(5) == 0,
                    random.nextInt(5) == 0));
        }
        return jobs;
    }

    private static MatchEngine.Candidate candidate(Random random) {
        BigDecimal min = random.nextInt(3) == 0 ? null : hours(random, 0, 25);
        BigDecimal max = random.nextInt(3) == 0 ? null : hours(random, 25, 40);
        Set<String> contracts = new HashSet<>();
        if (random.nextBoolean()) {
            for (ContractType type : ContractType.values()) {
                if (random.nextInt(3) > 0) {
                    contracts.add(type.name());
                }
            }
        }
        Set<String> occupations = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            occupations.add(OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size())));
        }
        boolean located = random.nextInt(6) > 0;
        return new MatchEngine.Candidate(
                UUID.randomUUID(),
                min,
                max,
                random.nextBoolean() ? Set.of() : days(random, 6),
                contracts,
                random.nextBoolean() ? null : BigDecimal.valueOf(1100 + random.nextInt(500), 2),
                random.nextBoolean() ? null : 20 + random.nextInt(10) * 10,
                located ? 53.47 + random.nextInt(20) / 100.0 : null,
                located ? -2.24 + random.nextInt(30) / 100.0 : null,
                occupations,
                random.nextBoolean(),
                random.nextBoolean());
    }

    private static BigDecimal hours(Random random, int from, int to) {
        return BigDecimal.valueOf(from * 2 + random.nextInt((to - from) * 2 + 1), 0)
                .divide(BigDecimal.TWO)
                .setScale(1);
    }

    private static Set<DayOfWeek> days(Random random, int atMost) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = random.nextInt(atMost + 1); i > 0; i--) {
            days.add(DayOfWeek.values()[random.nextInt(7)]);
        }
        return days;
    }
}
