package org.goodwork.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.goodwork.participant.Participants;
import org.goodwork.support.IntegrationTest;
import org.goodwork.support.Newcomer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityPagesTest extends IntegrationTest {

    @Autowired
    Participants participants;

    Cookie keyworker;
    UUID person;

    @BeforeEach
    void aParticipantOnLiamsCaseload() {
        person = register(
                Newcomer.named("Ada", "Active" + UUID.randomUUID().toString().substring(0, 6)));
    }

    @BeforeEach
    void signInAsLiam() throws Exception {
        keyworker = signIn("liam.byrne");
    }

    private long activityRows() {
        return jdbc.sql("select count(*) from activity where participant_id = ?")
                .param(person)
                .query(Long.class)
                .single();
    }

    @Test
    void aCourseWithoutHoursOrAnAgreementAnswerIsRefusedWithEveryProblemNamedAndNothingSaved() throws Exception {
        Document page = page(post("/participants/" + person + "/activities")
                .cookie(keyworker)
                .with(csrf())
                .param("type", "COURSE")
                .param("description", "Food hygiene level 2")
                .param("startDay", "31")
                .param("startMonth", "2")
                .param("startYear", "2026")
                .param("hours", "lots"));

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#startDay", "#hours", "#agreed");
        assertThat(page.select("#hours-error").text()).contains("Enter the number of hours");
        assertThat(activityRows()).isZero();

        Document noHours = page(post("/participants/" + person + "/activities")
                .cookie(keyworker)
                .with(csrf())
                .param("type", "COURSE")
                .param("description", "Food hygiene level 2")
                .param("startDay", "2")
                .param("startMonth", "3")
                .param("startYear", "2026")
                .param("agreed", "yes"));
        assertThat(noHours.select("#hours-error").text()).contains("Enter how many hours the course lasts");
        assertThat(activityRows()).isZero();
    }

    @Test
    void aCompletedAgreedCourseOfFiveHoursCountsAsTrainingAndAppearsOnTheTimeline() throws Exception {
        mvc.perform(post("/participants/" + person + "/activities")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("type", "COURSE")
                        .param("description", "Food hygiene level 2")
                        .param("provider", "Northmoor College")
                        .param("startDay", "2")
                        .param("startMonth", "3")
                        .param("startYear", "2026")
                        .param("hours", "5")
                        .param("agreed", "yes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/participants/" + person + "/activities"));
        UUID activity = jdbc.sql("select id from activity where participant_id = ?")
                .param(person)
                .query(UUID.class)
                .single();

        Document form = page(get("/participants/" + person + "/activities/" + activity + "/complete")
                .cookie(keyworker));
        String version = form.select("input[name=version]").val();
        Document tooEarly = page(post("/participants/" + person + "/activities/" + activity + "/complete")
                .cookie(keyworker)
                .with(csrf())
                .param("completedDay", "1")
                .param("completedMonth", "3")
                .param("completedYear", "2026")
                .param("version", version));
        assertThat(tooEarly.select("#completedDay-error").text()).contains("on or after the start date");

        mvc.perform(post("/participants/" + person + "/activities/" + activity + "/complete")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("completedDay", "6")
                        .param("completedMonth", "3")
                        .param("completedYear", "2026")
                        .param("version", version))
                .andExpect(status().is3xxRedirection());

        Document list = page(get("/participants/" + person + "/activities").cookie(keyworker));
        assertThat(list.select("tbody tr").text())
                .contains("Food hygiene level 2")
                .contains("Northmoor College")
                .contains("6 Mar 2026")
                .contains("Counts as training");
        Document timeline = page(get("/participants/" + person + "/timeline").cookie(keyworker));
        assertThat(timeline.text()).contains("Activity completed").contains("Food hygiene level 2 on 2026-03-06");

        // The same form sent again from a stale page is a conflict, not a second completion.
        mvc.perform(post("/participants/" + person + "/activities/" + activity + "/complete")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("completedDay", "7")
                        .param("completedMonth", "3")
                        .param("completedYear", "2026")
                        .param("version", version))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select completed_on from activity where id = ?")
                        .param(activity)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void anotherKeyworkersParticipantsActivitiesAreNotFound() throws Exception {
        Cookie otherKeyworker = signIn("keyworker");
        mvc.perform(get("/participants/" + person + "/activities").cookie(otherKeyworker))
                .andExpect(status().isNotFound());
        mvc.perform(post("/participants/" + person + "/activities")
                        .cookie(otherKeyworker)
                        .with(csrf())
                        .param("type", "VOLUNTEERING")
                        .param("description", "Café")
                        .param("startDay", "2")
                        .param("startMonth", "3")
                        .param("startYear", "2026")
                        .param("agreed", "no"))
                .andExpect(status().isNotFound());
        assertThat(activityRows()).isZero();
    }
}
