package org.goodwork.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.support.IntegrationTest;
import org.goodwork.support.Newcomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Alex and Hana are in Brightpath's North team, Tom in the South team. Hana's participant is on a
 * programme of its own, so the commissioner can switch sharing on and off for it alone.
 */
class TeamCaseloadTest extends IntegrationTest {

    @Autowired
    Programmes programmes;

    @Autowired
    Participants participants;

    String code;
    UUID hanasParticipant;

    @BeforeEach
    void aParticipantOnHanasCaseloadOnAProgrammeOfItsOwn() {
        Programme hiw = programmes.find("HIW").orElseThrow();
        code = "TC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID programme = programmes
                .save(code, hiw.commissionerId(), hiw.settings(), hiw.providerIds(), null)
                .programme()
                .id();
        hanasParticipant = register(Newcomer.named("Tara", "Teamcase")
                .at("Brightpath Employment Support", "hana.patel")
                .on(programme)
                .livingAt("QQ1 1AA")
                .referredDaysAgo(5, 1));
    }

    private void commissionerSetsSharing(String shared) throws Exception {
        mvc.perform(post("/programmes/" + code + "/caseloads")
                        .cookie(signIn("commissioner"))
                        .with(csrf())
                        .param("shared", shared))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aKeyworkerSeesATeammatesParticipantOnlyWhileTheProgrammeSharesTeamCaseloads() throws Exception {
        Cookie alex = signIn("keyworker");
        Cookie tom = signIn("tom.ellis");
        mvc.perform(get("/participants/" + hanasParticipant).cookie(alex)).andExpect(status().isNotFound());

        commissionerSetsSharing("yes");
        mvc.perform(get("/participants/" + hanasParticipant).cookie(alex)).andExpect(status().isOk());
        mvc.perform(get("/participants/" + hanasParticipant + "/contacts").cookie(alex))
                .andExpect(status().isOk());
        assertThat(page(get("/participants").param("q", "Teamcase").cookie(alex))
                        .select("tbody")
                        .text())
                .contains("Tara Teamcase");
        mvc.perform(get("/participants/" + hanasParticipant).cookie(tom)).andExpect(status().isNotFound());
        mvc.perform(get("/participants/" + hanasParticipant).cookie(signIn("liam.byrne")))
                .andExpect(status().isNotFound());

        commissionerSetsSharing("no");
        mvc.perform(get("/participants/" + hanasParticipant).cookie(alex)).andExpect(status().isNotFound());
        mvc.perform(get("/participants/" + hanasParticipant).cookie(signIn("hana.patel")))
                .andExpect(status().isOk());
    }
}
