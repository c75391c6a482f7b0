package org.goodwork.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Who may see which participant, through the pages. The API has its own tests. */
class ParticipantAccessTest extends IntegrationTest {

    @Test
    void aKeyworkerSeesOnlyTheirOwnCaseload() throws Exception {
        Document page = page(get("/participants").cookie(signIn("keyworker")));
        long expected = jdbc.sql("select count(*) from participant where keyworker_id = ?")
                .param(userId("keyworker"))
                .query(Long.class)
                .single();
        assertThat(page.select("caption").text()).endsWith("of " + expected + " people");
        assertThat(page.select("tbody tr td:last-child").eachText()).containsOnly("Alex Morgan");
    }

    @Test
    void aTeamLeaderSeesTheirWholeOrganisationButNoOtherProvider() throws Exception {
        Document page = page(get("/participants").cookie(signIn("teamleader")));
        long brightpath = jdbc.sql("select count(*) from participant where organisation_id = ?")
                .param(organisationId("Brightpath Employment Support"))
                .query(Long.class)
                .single();
        assertThat(page.select("caption").text()).endsWith("of " + brightpath + " people");
    }

    @Test
    void anotherOrganisationsParticipantAnswersNotFound() throws Exception {
        UUID riversidePerson = participantOf("Riverside Works CIC");
        mvc.perform(get("/participants/" + riversidePerson).cookie(signIn("teamleader")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/participants/" + riversidePerson).cookie(signIn("teamleader.riverside")))
                .andExpect(status().isOk());
    }

    @Test
    void aColleaguesParticipantAnswersNotFoundToAKeyworker() throws Exception {
        UUID hanasPerson = jdbc.sql("select id from participant where keyworker_id = ? limit 1")
                .param(userId("hana.patel"))
                .query(UUID.class)
                .single();
        mvc.perform(get("/participants/" + hanasPerson).cookie(signIn("keyworker")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownIdAnswersNotFoundJustAsAnotherOrganisationsDoes() throws Exception {
        mvc.perform(get("/participants/" + UUID.randomUUID()).cookie(signIn("teamleader")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/participants/not-an-id").cookie(signIn("teamleader"))).andExpect(status().isBadRequest());
    }

    @Test
    void commissionersPartnersAndEmployerOfficersCannotOpenParticipantRecords() throws Exception {
        UUID person = participantOf("Brightpath Employment Support");
        for (String username : new String[] {"commissioner", "partner", "employer.officer", "admin"}) {
            mvc.perform(get("/participants/" + person).cookie(signIn(username))).andExpect(status().isForbidden());
            mvc.perform(get("/participants").cookie(signIn(username))).andExpect(status().isForbidden());
        }
    }

    @Test
    void viewingARecordWritesWhoViewedItToTheAccessLog() throws Exception {
        UUID person = participantOf("Brightpath Employment Support");
        Cookie session = signIn("teamleader");
        long before = views(person, "teamleader");
        Document page = page(get("/participants/" + person).cookie(session));
        assertThat(page.select(".moj-identity-bar")).hasSize(1);
        assertThat(views(person, "teamleader")).isEqualTo(before + 1);
    }

    @Test
    void theAdministratorCanSeeWhoViewedARecord() throws Exception {
        UUID person = participantOf("Riverside Works CIC");
        mvc.perform(get("/participants/" + person).cookie(signIn("teamleader.riverside")));
        Document log =
                page(get("/admin/access-log").param("record", person.toString()).cookie(signIn("admin")));
        assertThat(log.select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("teamleader.riverside"));
    }

    @Test
    void theAccessLogExportsAsCsvForOneRecord() throws Exception {
        UUID person = participantOf("Riverside Works CIC");
        mvc.perform(get("/participants/" + person).cookie(signIn("teamleader.riverside")));
        String csv = mvc.perform(get("/admin/access-log.csv")
                        .param("record", person.toString())
                        .cookie(signIn("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("occurred_at,actor_type,actor_name,action,subject_type,subject_id,reason");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .contains("\"teamleader.riverside\"")
                        .contains("\"VIEW\"")
                        .contains(person.toString()));
    }

    @Test
    void searchFindsPeopleByNameWithinScope() throws Exception {
        String familyName = jdbc.sql("select family_name from participant where keyworker_id = ? limit 1")
                .param(userId("keyworker"))
                .query(String.class)
                .single();
        Document page =
                page(get("/participants").param("q", familyName.toUpperCase()).cookie(signIn("keyworker")));
        assertThat(page.select("tbody tr td:first-child").eachText())
                .allSatisfy(name -> assertThat(name).contains(familyName));
    }

    @Test
    void searchTreatsLikeWildcardsAsOrdinaryCharacters() throws Exception {
        Document page = page(get("/participants").param("q", "%").cookie(signIn("teamleader")));
        assertThat(page.text()).contains("No participants match");
    }

    private long views(UUID person, String username) {
        return jdbc.sql("select count(*) from access_log where subject_id = ? and actor_name = ? and action = 'VIEW'")
                .params(person, username)
                .query(Long.class)
                .single();
    }

    private UUID participantOf(String organisation) {
        return jdbc.sql("select id from participant where organisation_id = ? order by reference limit 1")
                .param(organisationId(organisation))
                .query(UUID.class)
                .single();
    }
}
