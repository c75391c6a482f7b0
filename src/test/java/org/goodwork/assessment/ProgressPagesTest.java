package org.goodwork.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ProgressPagesTest extends IntegrationTest {

    private static final String[] DIMENSIONS = {
        "WELLBEING", "PHYSICAL_HEALTH", "MONEY", "HOME", "FAMILY", "CONFIDENCE", "SKILLS", "WORK"
    };

    Cookie keyworker;
    UUID person;

    @BeforeEach
    void aParticipant() throws Exception {
        keyworker = signIn("aisha.khan");
        person = jdbc.sql("""
                        select id from participant p where keyworker_id = ? and status = 'ACTIVE'
                           and not exists (select 1 from progress_review r where r.participant_id = p.id)
                         order by reference limit 1""").param(userId("aisha.khan")).query(UUID.class).single();
    }

    @Test
    void aBaselineThenAReviewShowsTheChangeAsAChartAndATable() throws Exception {
        Document before = page(get("/participants/" + person + "/progress").cookie(keyworker));
        assertThat(before.select(".govuk-warning-text").text()).contains("A baseline is due");

        mvc.perform(review(LocalDate.now().minusWeeks(12), 3))
                .andExpect(redirectedUrl("/participants/" + person + "/progress"));
        mvc.perform(review(LocalDate.now(), 5).param("score-MONEY", "4"))
                .andExpect(redirectedUrl("/participants/" + person + "/progress"));

        Document page = page(get("/participants/" + person + "/progress").cookie(keyworker));
        assertThat(page.select("svg[role=img] title").text()).isEqualTo("Scores at the baseline and the latest review");
        assertThat(page.select("svg rect")).hasSize(16);
        assertThat(page.select("tbody tr").first().select("td").eachText()).containsExactly("3", "5", "+2");
        assertThat(page.select("tbody tr").get(2).select("td").eachText()).containsExactly("3", "4", "+1");
        assertThat(page.select(".govuk-warning-text")).isEmpty();
        assertThat(page.text()).contains("Next review due");
    }

    @Test
    void everyDimensionNeedsAScoreFromOneToTen() throws Exception {
        Document page = page(post("/participants/" + person + "/progress/new")
                .cookie(keyworker)
                .with(csrf())
                .param("dateDay", "1")
                .param("dateMonth", "1")
                .param("dateYear", "2026")
                .param("score-WELLBEING", "11"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a")).hasSize(8);
        assertThat(page.select("#score-WELLBEING-error").text())
                .contains("Select a score from 1 to 10 for emotional wellbeing");
        assertThat(jdbc.sql("select count(*) from progress_review where participant_id = ?")
                        .param(person)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherKeyworkersParticipantIsNotFound() throws Exception {
        mvc.perform(get("/participants/" + person + "/progress").cookie(signIn("liam.byrne")))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder review(LocalDate date, int score) {
        MockHttpServletRequestBuilder request = post("/participants/" + person + "/progress/new")
                .cookie(keyworker)
                .with(csrf())
                .param("dateDay", String.valueOf(date.getDayOfMonth()))
                .param("dateMonth", String.valueOf(date.getMonthValue()))
                .param("dateYear", String.valueOf(date.getYear()));
        for (String dimension : DIMENSIONS) {
            if (!(dimension.equals("MONEY") && score == 5)) {
                request.param("score-" + dimension, String.valueOf(score));
            }
        }
        return request;
    }
}
