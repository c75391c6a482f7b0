package org.goodwork.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HouseholdOverviewTest extends IntegrationTest {

    @Autowired
    Participants participants;

    @Test
    void aTeamLeaderSeesEveryoneInAHouseholdSideBySide() throws Exception {
        UUID household = jdbc.sql("""
                        select household_id from participant where organisation_id = ?
                         group by household_id having count(*) = 2 limit 1""")
                .param(organisationId("Brightpath Employment Support"))
                .query(UUID.class)
                .single();
        UUID person = jdbc.sql("select id from participant where household_id = ? order by reference limit 1")
                .param(household)
                .query(UUID.class)
                .single();
        Document page = page(get("/participants/" + person + "/household").cookie(signIn("teamleader")));
        assertThat(page.select("tbody tr")).hasSize(2);
        assertThat(page.select("h1").text()).contains("Everyone supported in this household");
    }

    @Test
    void aKeyworkerSeesOnlyTheirOwnCaseloadAndACountOfTheRest() throws Exception {
        UUID organisation = organisationId("Riverside Works CIC");
        UUID household = participants.createHousehold(organisation, "HTEST1", "QQ2 2BB");
        UUID mine = member(organisation, household, "Pat", userId("liam.byrne"));
        member(organisation, household, "Chris", userId("aisha.khan"));
        Document page = page(get("/participants/" + mine + "/household").cookie(signIn("liam.byrne")));
        assertThat(page.select("tbody tr")).hasSize(1);
        assertThat(page.select("tbody td a").text()).isEqualTo("Pat Sharedhome");
        assertThat(page.text())
                .contains("One other household member is supported by a colleague")
                .doesNotContain("Chris");
    }

    private UUID member(UUID organisation, UUID household, String name, UUID keyworker) {
        UUID programme = jdbc.sql("select id from programme where code = 'HIW'")
                .query(UUID.class)
                .single();
        return participants.register(new NewParticipant(
                organisation,
                programme,
                "SELF",
                household,
                "H" + UUID.randomUUID().toString().substring(0, 8),
                name,
                "Sharedhome",
                LocalDate.of(1990, 1, 1),
                null,
                null,
                "QQ2 2BB",
                null,
                null,
                null,
                null,
                List.of(),
                keyworker,
                LocalDate.now(),
                LocalDate.now()));
    }
}
