package org.goodwork.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goodwork.participant.JobPreferences;
import org.goodwork.security.ParticipantScope;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RematchingTest extends IntegrationTest {

    @Autowired
    Rematching rematching;

    @Autowired
    Matches matches;

    @Autowired
    JobPreferences jobPreferences;

    @Test
    void aRunMatchesEveryActiveParticipantAndStoresTheTopTwentyTheMatchesPageShows() {
        UUID brightpath = organisationId("Brightpath Employment Support");
        UUID choosy = jdbc.sql("""
                        select id from participant p where keyworker_id = ? and status = 'ACTIVE'
                           and not exists (select 1 from job_preferences j where j.participant_id = p.id)
                         order by reference desc limit 1""").param(userId("tom.ellis")).query(UUID.class).single();
        jobPreferences.save(
                ParticipantScope.organisation(brightpath),
                choosy,
                new JobPreferences.Preferences(
                        new BigDecimal("16"),
                        new BigDecimal("30"),
                        Set.of("MON", "TUE", "WED", "THU", "FRI"),
                        null,
                        30,
                        new BigDecimal("12.00"),
                        Set.of("PERMANENT", "FIXED_TERM"),
                        null,
                        "A quiet place to work",
                        null,
                        null));

        Rematching.Run run = rematching.runNow().orElseThrow();

        assertThat(run.status()).isEqualTo(Rematching.Status.SUCCEEDED);
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.total()).isEqualTo(activeWithOpenVacancies()).isPositive();
        assertThat(run.processed()).isEqualTo(run.total());
        assertThat(jdbc.sql("select count(distinct participant_id) from match_result where run_id = ?")
                        .param(run.id())
                        .query(Integer.class)
                        .single())
                .isPositive();
        for (UUID person : List.of(choosy, anyActiveParticipant(brightpath))) {
            List<UUID> shown = matches
                    .forParticipant(
                            ParticipantScope.organisation(brightpath), person, Matches.Order.GOOD_JOBS_FIRST, 20)
                    .matches()
                    .stream()
                    .map(m -> m.job().vacancyId())
                    .toList();
            assertThat(stored(person)).isNotEmpty().isEqualTo(shown);
        }
        assertThat(stored(choosy))
                .hasSizeLessThan(stored(anyActiveParticipant(brightpath)).size());
    }

    @Test
    void aSecondRunReplacesTheFirstRunsResults() {
        Rematching.Run first = rematching.runNow().orElseThrow();
        Rematching.Run second = rematching.runNow().orElseThrow();

        assertThat(jdbc.sql("select count(*) from match_result where run_id = ?")
                        .param(first.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from match_result where run_id = ?")
                        .param(second.id())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aRunIsNotStartedWhileAnotherIsGoing() throws Exception {
        UUID going = UUID.randomUUID();
        jdbc.sql(
                        "insert into rematch_run (id, started_at, status, processed, total) values (?, ?, 'RUNNING', 400, 1000)")
                .params(going, OffsetDateTime.now())
                .update();
        try {
            assertThat(rematching.runNow()).isEmpty();

            Cookie leader = signIn("teamleader");
            mvc.perform(post("/matching/runs").cookie(leader).with(csrf())).andExpect(redirectedUrl("/matching/runs"));
            Document page = page(get("/matching/runs").cookie(leader));
            assertThat(page.select(".govuk-notification-banner__heading").text())
                    .isEqualTo("Re-matching is already running");
            assertThat(page.select("#latest-run .govuk-tag").text()).isEqualTo("Running");
            assertThat(page.select("#progress-text").text()).isEqualTo("400 of 1,000 people matched (40%)");
            assertThat(page.select("progress").attr("value")).isEqualTo("40");
            assertThat(page.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("5");
            assertThat(page.select("form[action=/matching/runs]")).isEmpty();

            Document still = page(get("/matching/runs").param("refresh", "off").cookie(leader));
            assertThat(still.select("meta[http-equiv=refresh]")).isEmpty();
        } finally {
            jdbc.sql("update rematch_run set status = 'FAILED' where id = ?")
                    .param(going)
                    .update();
        }
    }

    @Test
    void aTeamLeaderStartsARunFromThePageAndSeesItFinished() throws Exception {
        Cookie leader = signIn("teamleader");
        mvc.perform(post("/matching/runs").cookie(leader).with(csrf())).andExpect(redirectedUrl("/matching/runs"));

        Document page = page(get("/matching/runs").cookie(leader));
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("Re-matching has started");
        assertThat(page.select("#latest-run .govuk-tag").text()).isEqualTo("Finished");
        int total = activeWithOpenVacancies();
        assertThat(page.select("#progress-text").text())
                .isEqualTo("%,d of %,d people matched (100%%)".formatted(total, total));
        assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(page.select("form[action=/matching/runs] button").text()).isEqualTo("Re-match everyone now");
    }

    private int activeWithOpenVacancies() {
        return jdbc.sql("""
                        select count(*) from participant p where p.status = 'ACTIVE'
                           and exists (select 1 from vacancy v where v.organisation_id = p.organisation_id
                                          and v.status = 'OPEN')""").query(Integer.class).single();
    }

    private UUID anyActiveParticipant(UUID organisation) {
        return jdbc.sql("""
                        select id from participant p where organisation_id = ? and status = 'ACTIVE'
                           and not exists (select 1 from job_preferences j where j.participant_id = p.id)
                         order by reference limit 1""").param(organisation).query(UUID.class).single();
    }

    private List<UUID> stored(UUID person) {
        return jdbc.sql("select vacancy_id from match_result where participant_id = ? order by rank")
                .param(person)
                .query(UUID.class)
                .list();
    }
}
