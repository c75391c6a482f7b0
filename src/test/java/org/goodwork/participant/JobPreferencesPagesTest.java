package org.goodwork.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobPreferencesPagesTest extends IntegrationTest {

    Cookie keyworker;
    UUID person;

    @BeforeEach
    void aParticipant() throws Exception {
        keyworker = signIn("grace.nwosu");
        person = jdbc.sql("""
                        select id from participant p where keyworker_id = ?
                           and not exists (select 1 from job_preferences j where j.participant_id = p.id)
                         order by reference limit 1""").param(userId("grace.nwosu")).query(UUID.class).single();
    }

    @Test
    void occupationsAreFoundByTheJobTitlesPeopleKnow() throws Exception {
        Document results = page(get("/participants/" + person + "/preferences")
                .param("q", "Care assistant")
                .cookie(keyworker));
        assertThat(results.select("tbody tr td:first-child").eachText()).contains("Care workers and home carers");
        String code = jdbc.sql("select code from soc_unit_group where title = 'Care workers and home carers'")
                .query(String.class)
                .single();
        mvc.perform(post("/participants/" + person + "/preferences/occupations")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("code", code))
                .andExpect(redirectedUrl("/participants/" + person + "/preferences"));
        Document page = page(get("/participants/" + person + "/preferences").cookie(keyworker));
        assertThat(page.select("main ul.govuk-list li").eachText())
                .anySatisfy(item -> assertThat(item).contains("Care workers and home carers"));
    }

    @Test
    void hoursDaysTravelPayAndAdjustmentsAreSavedAndChecked() throws Exception {
        Document bad = page(post("/participants/" + person + "/preferences")
                .cookie(keyworker)
                .with(csrf())
                .param("minWeeklyHours", "30")
                .param("maxWeeklyHours", "16")
                .param("payFloorHourly", "lots"));
        assertThat(bad.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#maxWeeklyHours", "#payFloorHourly");

        mvc.perform(post("/participants/" + person + "/preferences")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("minWeeklyHours", "16")
                        .param("maxWeeklyHours", "25")
                        .param("days", "MON", "TUE", "WED")
                        .param("times", "School hours")
                        .param("maxTravelMinutes", "40")
                        .param("payFloorHourly", "£12.60")
                        .param("contractTypes", "PERMANENT", "FIXED_TERM")
                        .param("adjustments", "A quiet place for breaks")
                        .param("disclosure", "WHEN_NEEDED"))
                .andExpect(redirectedUrl("/participants/" + person + "/preferences"));
        Document page = page(get("/participants/" + person + "/preferences").cookie(keyworker));
        assertThat(page.select("#minWeeklyHours").val()).isEqualTo("16");
        assertThat(page.select("#payFloorHourly").val()).isEqualTo("12.6");
        assertThat(page.select("input[name=days][checked]").eachAttr("value")).containsExactly("MON", "TUE", "WED");
        assertThat(page.select("input[name=contractTypes][checked]").eachAttr("value"))
                .containsExactly("PERMANENT", "FIXED_TERM");

        Document stale = page(post("/participants/" + person + "/preferences")
                .cookie(keyworker)
                .with(csrf())
                .param("minWeeklyHours", "10"));
        assertThat(stale.select("h1").text()).contains("Someone else changed this record");
    }
}
