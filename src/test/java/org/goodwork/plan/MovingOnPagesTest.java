package org.goodwork.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.goodwork.participant.Casework;
import org.goodwork.participant.Participants;
import org.goodwork.security.ParticipantScope;
import org.goodwork.support.IntegrationTest;
import org.goodwork.support.Newcomer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class MovingOnPagesTest extends IntegrationTest {

    @Autowired
    Participants participants;

    @Autowired
    Casework casework;

    Cookie keyworker;
    UUID person;
    ParticipantScope liams;

    @BeforeEach
    void aParticipantNearTheEndOfSupport() throws Exception {
        person = register(
                Newcomer.named("Mo", "Moving" + UUID.randomUUID().toString().substring(0, 6))
                        .referredDaysAgo(340, 330));
        liams = ParticipantScope.caseload(organisationId("Riverside Works CIC"), userId("liam.byrne"));
        keyworker = signIn("liam.byrne");
    }

    private MockHttpServletRequestBuilder step(String kind, String description) {
        return step(kind, description, "1", keyworker);
    }

    private MockHttpServletRequestBuilder step(String kind, String description, String month, Cookie who) {
        return post("/participants/" + person + "/moving-on")
                .cookie(who)
                .with(csrf())
                .param("kind", kind)
                .param("plannedDay", "14")
                .param("plannedMonth", month)
                .param("plannedYear", "2027")
                .param("description", description);
    }

    private long steps() {
        return jdbc.sql("select count(*) from moving_on_step where participant_id = ?")
                .param(person)
                .query(Long.class)
                .single();
    }

    @Test
    void anIntroductionToOtherSupportNeedsSomewhereToGoAndTheirConsent() throws Exception {
        Document refused = page(step("INTRODUCTION", "Meet the college careers adviser together"));
        assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#service", "#consent");
        assertThat(refused.text()).contains("Record their consent");
        assertThat(steps()).isZero();

        casework.recordConsent(liams, person, "Introduction to the college", "Northmoor College", LocalDate.now());
        UUID consent = casework.consents(liams, person).getFirst().id();
        mvc.perform(step("INTRODUCTION", "Meet the college careers adviser together")
                        .param("provision", "Northmoor College careers service")
                        .param("consent", consent.toString()))
                .andExpect(redirectedUrl("/participants/" + person + "/moving-on"));

        long version = casework.consents(liams, person).getFirst().version();
        casework.withdrawConsent(liams, person, consent, version, LocalDate.now());
        Document withdrawn = page(step("INTRODUCTION", "A second introduction")
                .param("provision", "Job club")
                .param("consent", consent.toString()));
        assertThat(withdrawn.select("#consent-error").text()).contains("still stands");
        assertThat(steps()).isEqualTo(1);
    }

    @Test
    void aPhasedPlanIsShownInDateOrderAndStepsAreMarkedDoneOnce() throws Exception {
        mvc.perform(step("TAPER", "Every fortnight from now, then monthly")).andExpect(status().is3xxRedirection());
        mvc.perform(step("FOLLOW_UP", "A call a month after they leave", "3", keyworker)
                        .param("service", "not-a-service"))
                .andExpect(status().is3xxRedirection());

        Document plan = page(get("/participants/" + person + "/moving-on").cookie(keyworker));
        assertThat(plan.select("tbody tr td:nth-child(2)").eachText())
                .containsExactly(
                        "See each other less often Every fortnight from now, then monthly",
                        "Check in after support ends A call a month after they leave");
        assertThat(plan.text()).contains("Support is planned to end on");

        UUID taper = jdbc.sql("select id from moving_on_step where participant_id = ? and kind = 'TAPER'")
                .param(person)
                .query(UUID.class)
                .single();
        mvc.perform(post("/participants/" + person + "/moving-on/" + taper + "/done")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/participants/" + person + "/moving-on/" + taper + "/done")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isConflict());
        Document timeline = page(get("/participants/" + person + "/timeline").cookie(keyworker));
        assertThat(timeline.text()).contains("See each other less often: done on");
    }

    @Test
    void anotherOrganisationCannotSeeOrAddToTheirPlan() throws Exception {
        Cookie other = signIn("keyworker");
        mvc.perform(get("/participants/" + person + "/moving-on").cookie(other)).andExpect(status().isNotFound());
        mvc.perform(step("TAPER", "Monthly", "1", other)).andExpect(status().isNotFound());
        assertThat(steps()).isZero();
    }
}
