package org.goodwork.subjectrights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.goodwork.employment.Employment;
import org.goodwork.engagement.Activities;
import org.goodwork.plan.MovingOn;
import org.goodwork.security.ParticipantScope;
import org.goodwork.support.IntegrationTest;
import org.goodwork.support.Newcomer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SubjectAccessTest extends IntegrationTest {

    @Autowired
    Activities activities;

    @Autowired
    Employment employment;

    @Autowired
    MovingOn movingOn;

    @Test
    void aTeamLeaderExportsEverythingHeldAsAReadablePageAndAsData() throws Exception {
        Cookie leader = signIn("teamleader");
        var person = jdbc.sql(
                        "select id, given_name, family_name from participant where organisation_id = ? order by reference limit 1")
                .param(organisationId("Brightpath Employment Support"))
                .query((rs, row) -> new Object[] {
                    rs.getObject("id", UUID.class), rs.getString("given_name") + " " + rs.getString("family_name")
                })
                .single();
        UUID id = (UUID) person[0];
        long exportsBefore = exports(id);
        Document page = page(get("/participants/" + id + "/everything").cookie(leader));
        assertThat(page.select("h1").text()).isEqualTo("Everything we hold about " + person[1]);
        assertThat(page.select("h2").eachText())
                .contains("About you", "Your plan", "Who has looked at or changed your record");

        var response = mvc.perform(
                        get("/participants/" + id + "/everything.json").cookie(leader))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        JsonNode json = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(json.get("person").get("id").asString()).isEqualTo(id.toString());
        assertThat(json.has("timeline")).isTrue();
        assertThat(json.get("whoHasSeenTheRecord").size()).isPositive();

        assertThat(exports(id)).isEqualTo(exportsBefore + 2);
    }

    @Test
    void theExportIncludesActivitiesWorkApplicationsAndTheMovingOnPlan() throws Exception {
        UUID person = register(Newcomer.named("Sam", "Everything"));
        ParticipantScope riverside = ParticipantScope.organisation(organisationId("Riverside Works CIC"));
        activities.record(
                riverside,
                person,
                new Activities.NewActivity(
                        "COURSE", "Forklift licence", null, LocalDate.now().minusDays(5), new BigDecimal("14"), true));
        employment.start(
                riverside,
                person,
                new Employment.JobStart(
                        null,
                        "Northmoor Logistics",
                        "Warehouse operative",
                        "9252",
                        LocalDate.now().minusDays(3),
                        new BigDecimal("30"),
                        new BigDecimal("12.80"),
                        Employment.ContractType.PERMANENT,
                        null));
        movingOn.add(
                riverside,
                person,
                new MovingOn.NewStep(
                        MovingOn.Kind.FOLLOW_UP,
                        LocalDate.now().plusDays(30),
                        "A call after a month",
                        null,
                        null,
                        null));

        Cookie leader = signIn("teamleader.riverside");
        Document page = page(get("/participants/" + person + "/everything").cookie(leader));
        assertThat(page.text())
                .contains("Forklift licence")
                .contains("Warehouse operative at Northmoor Logistics")
                .contains("A call after a month");
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/participants/" + person + "/everything.json")
                                .cookie(leader))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(json.get("jobs").get(0).get("employerName").asString()).isEqualTo("Northmoor Logistics");
        assertThat(json.get("activities").get(0).get("description").asString()).isEqualTo("Forklift licence");
        assertThat(json.get("movingOn").size()).isOne();
    }

    private long exports(UUID id) {
        return jdbc.sql("select count(*) from access_log where subject_id = ? and action = 'EXPORT'")
                .param(id)
                .query(Long.class)
                .single();
    }

    @Test
    void onlyTheTeamLeaderOfTheRightOrganisationCanExport() throws Exception {
        UUID id = jdbc.sql("select id from participant where organisation_id = ? order by reference limit 1")
                .param(organisationId("Brightpath Employment Support"))
                .query(UUID.class)
                .single();
        mvc.perform(get("/participants/" + id + "/everything").cookie(signIn("teamleader.riverside")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/participants/" + id + "/everything.json").cookie(signIn("keyworker")))
                .andExpect(status().isForbidden());
    }
}
