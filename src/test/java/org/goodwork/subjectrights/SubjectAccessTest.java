package org.goodwork.subjectrights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SubjectAccessTest extends IntegrationTest {

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
