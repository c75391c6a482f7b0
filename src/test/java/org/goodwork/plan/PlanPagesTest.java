package org.goodwork.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanPagesTest extends IntegrationTest {

    Cookie keyworker;
    UUID person;

    @BeforeEach
    void aParticipantOnTheCaseload() throws Exception {
        keyworker = signIn("megan.price");
        person = jdbc.sql("select id from participant where keyworker_id = ? order by reference limit 1")
                .param(userId("megan.price"))
                .query(UUID.class)
                .single();
    }

    @Test
    void goalsAndAgreedActionsAreGroupedByTheme() throws Exception {
        mvc.perform(post("/participants/" + person + "/plan/goals/new")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("theme", "WORK_SKILLS")
                        .param("goal", "I want a job where I can be outside")
                        .param("barriers", "No driving licence"))
                .andExpect(redirectedUrl("/participants/" + person + "/plan"));
        mvc.perform(post("/participants/" + person + "/plan/actions/new")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("theme", "LIFE_HOME")
                        .param("description", "Book an appointment with the debt adviser")
                        .param("owner", "PARTNER")
                        .param("partnerName", "Northmoor Money Advice")
                        .param("dueDay", "1")
                        .param("dueMonth", "2")
                        .param("dueYear", "2027")
                        .param("status", "TO_DO")
                        .param("agreed", "true"))
                .andExpect(redirectedUrl("/participants/" + person + "/plan"));
        Document plan = page(get("/participants/" + person + "/plan").cookie(keyworker));
        assertThat(plan.select("h2").eachText())
                .containsSubsequence("Health and wellbeing", "Life and home", "Work and skills");
        assertThat(plan.text()).contains("I want a job where I can be outside").contains("No driving licence");
        assertThat(plan.select("tbody td").eachText()).contains("Northmoor Money Advice");

        Document print = page(get("/participants/" + person + "/plan/print").cookie(keyworker));
        assertThat(print.select("h1").text()).endsWith("’s plan");
        assertThat(print.text()).contains("What I want: I want a job where I can be outside");
        Long printed = jdbc.sql("select count(*) from access_log where subject_id = ? and action = 'PRINT'")
                .param(person)
                .query(Long.class)
                .single();
        assertThat(printed).isPositive();
    }

    @Test
    void anActionMarkedDoneIsDatedAndRecordedInTheTimeline() throws Exception {
        mvc.perform(post("/participants/" + person + "/plan/actions/new")
                .cookie(keyworker)
                .with(csrf())
                .param("theme", "HEALTH_WELLBEING")
                .param("description", "Go to the walking group on Tuesday")
                .param("owner", "PARTICIPANT")
                .param("status", "TO_DO")
                .param("agreed", "true"));
        UUID action = jdbc.sql("select id from plan_action where description = 'Go to the walking group on Tuesday'")
                .query(UUID.class)
                .single();
        mvc.perform(post("/participants/" + person + "/plan/actions/" + action)
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", "0")
                        .param("theme", "HEALTH_WELLBEING")
                        .param("description", "Go to the walking group on Tuesday")
                        .param("owner", "PARTICIPANT")
                        .param("status", "DONE")
                        .param("agreed", "true"))
                .andExpect(redirectedUrl("/participants/" + person + "/plan"));
        assertThat(jdbc.sql("select completed_on is not null from plan_action where id = ?")
                        .param(action)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        Document timeline = page(get("/participants/" + person + "/timeline").cookie(keyworker));
        assertThat(timeline.text()).contains("\"Go to the walking group on Tuesday\" is now done");
    }

    @Test
    void twoPeopleEditingTheSameActionGetAConflictMessage() throws Exception {
        mvc.perform(post("/participants/" + person + "/plan/actions/new")
                .cookie(keyworker)
                .with(csrf())
                .param("theme", "WORK_SKILLS")
                .param("description", "Update the CV together")
                .param("owner", "KEYWORKER")
                .param("status", "TO_DO")
                .param("agreed", "true"));
        UUID action = jdbc.sql("select id from plan_action where description = 'Update the CV together'")
                .query(UUID.class)
                .single();
        mvc.perform(post("/participants/" + person + "/plan/actions/" + action)
                .cookie(keyworker)
                .with(csrf())
                .param("version", "0")
                .param("theme", "WORK_SKILLS")
                .param("description", "Update the CV together")
                .param("owner", "KEYWORKER")
                .param("status", "IN_PROGRESS")
                .param("agreed", "true"));
        Document conflict = page(post("/participants/" + person + "/plan/actions/" + action)
                .cookie(signIn("teamleader.riverside"))
                .with(csrf())
                .param("version", "0")
                .param("theme", "WORK_SKILLS")
                .param("description", "Update the CV together")
                .param("owner", "KEYWORKER")
                .param("status", "NOT_NEEDED")
                .param("agreed", "true"));
        assertThat(conflict.select("h1").text()).contains("Someone else changed this record");
        assertThat(jdbc.sql("select status from plan_action where id = ?")
                        .param(action)
                        .query(String.class)
                        .single())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void mistakesAreExplainedAndNothingIsSaved() throws Exception {
        long before =
                jdbc.sql("select count(*) from plan_action").query(Long.class).single();
        Document page = page(post("/participants/" + person + "/plan/actions/new")
                .cookie(keyworker)
                .with(csrf())
                .param("description", "")
                .param("owner", "PARTNER")
                .param("dueDay", "31")
                .param("dueMonth", "13")
                .param("dueYear", "2027"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .contains("#theme", "#description", "#partnerName", "#dueDay", "#status");
        assertThat(page.select("#dueDay-error").text()).contains("Due date must be a real date");
        assertThat(jdbc.sql("select count(*) from plan_action")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void anotherOrganisationsParticipantsPlanIsNotFound() throws Exception {
        mvc.perform(get("/participants/" + person + "/plan").cookie(signIn("teamleader")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/participants/" + person + "/plan/goals/new")
                        .cookie(signIn("teamleader"))
                        .with(csrf())
                        .param("theme", "WORK_SKILLS")
                        .param("goal", "Sneaky"))
                .andExpect(status().isNotFound());
    }
}
