package org.goodwork.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.security.ParticipantScope;
import org.goodwork.support.IntegrationTest;
import org.goodwork.support.Newcomer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A programme of its own, so its prices and claims are this test's alone. */
class OutcomeClaimsTest extends IntegrationTest {

    @Autowired
    Programmes programmes;

    @Autowired
    Participants participants;

    @Autowired
    Employment employment;

    String code;
    String reference;
    UUID person;

    @BeforeEach
    void someoneWhoHasWorkedSixteenHoursAWeekForFiveWeeks() {
        Programme hiw = programmes.find("HIW").orElseThrow();
        code = "OC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID programme = programmes
                .save(code, hiw.commissionerId(), hiw.settings(), hiw.providerIds(), null)
                .programme()
                .id();
        UUID riverside = organisationId("Riverside Works CIC");
        person = register(Newcomer.named("Olu", "Claimable").on(programme).referredDaysAgo(90, 80));
        reference = jdbc.sql("select reference from participant where id = ?")
                .param(person)
                .query(String.class)
                .single();
        employment.start(
                ParticipantScope.organisation(riverside),
                person,
                new Employment.JobStart(
                        null,
                        "Moorside Care",
                        "Care assistant",
                        "6135",
                        LocalDate.now().minusDays(35),
                        new BigDecimal("16"),
                        new BigDecimal("12.60"),
                        Employment.ContractType.PERMANENT,
                        null));
    }

    @Test
    void theCommissionerPricesOutcomesAndDecidesOnClaimsSeeingReferencesNotNames() throws Exception {
        Cookie commissioner = signIn("commissioner");
        Document refused = page(post("/programmes/" + code + "/outcomes")
                .cookie(commissioner)
                .with(csrf())
                .param("bridgedGapDays", "200")
                .param("earningsThreshold", "5000")
                .param("jobOutcome", "a lot"));
        assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#bridgedGapDays", "#jobOutcome", "#earningsThreshold");
        assertThat(programmes
                        .outcomePayments(programmes.find(code).orElseThrow().id())
                        .jobOutcome())
                .isNull();
        mvc.perform(post("/programmes/" + code + "/outcomes")
                        .cookie(commissioner)
                        .with(csrf())
                        .param("bridgedGapDays", "14")
                        .param("jobOutcome", "1,200"))
                .andExpect(status().is3xxRedirection());

        Cookie leader = signIn("teamleader.riverside");
        Document ready = page(get("/claims").cookie(leader));
        assertThat(ready.select("tbody").first().text())
                .contains(reference + " Job outcome")
                .contains("No evidence yet")
                .contains("£1,200.00");
        mvc.perform(post("/claims")
                        .cookie(leader)
                        .with(csrf())
                        .param("participant", person.toString())
                        .param("outcome", "JOB_OUTCOME"))
                .andExpect(status().is3xxRedirection());
        UUID claim = jdbc.sql("select id from outcome_claim where participant_id = ?")
                .param(person)
                .query(UUID.class)
                .single();

        // A draft is the provider's own: the commissioner sees nothing until it is submitted.
        assertThat(page(get("/programmes/" + code + "/claims").cookie(commissioner))
                        .text())
                .contains("No claims have been submitted");
        mvc.perform(post("/claims/" + claim + "/submit")
                        .cookie(leader)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        Document review = page(get("/programmes/" + code + "/claims").cookie(commissioner));
        assertThat(review.select("tbody").text()).contains(reference).doesNotContain("Claimable");
        var undecided = mvc.perform(post("/programmes/" + code + "/claims/" + claim)
                        .cookie(commissioner)
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();
        Document withProblem =
                page(get("/programmes/" + code + "/claims").cookie(commissioner).flashAttrs(undecided));
        assertThat(withProblem.select(".govuk-error-summary__list a").attr("href"))
                .isEqualTo("#accept-" + claim);
        assertThat(withProblem.select(".govuk-error-message").text()).contains("Select accept or reject");
        mvc.perform(post("/programmes/" + code + "/claims/" + claim)
                        .cookie(commissioner)
                        .with(csrf())
                        .param("version", "1")
                        .param("decision", "accept"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/programmes/" + code + "/claims/" + claim)
                        .cookie(commissioner)
                        .with(csrf())
                        .param("version", "1")
                        .param("decision", "reject"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select status from outcome_claim where id = ?")
                        .param(claim)
                        .query(String.class)
                        .single())
                .isEqualTo("ACCEPTED");
        assertThat(page(get("/claims").cookie(leader)).select("tbody").first().text())
                .doesNotContain(reference + " Job outcome");
    }

    @Test
    void anotherProvidersTeamLeaderCannotClaimOrSubmitThisProvidersOutcomes() throws Exception {
        Cookie otherLeader = signIn("teamleader");
        assertThat(page(get("/claims").cookie(otherLeader)).text()).doesNotContain(reference);
        mvc.perform(post("/claims")
                .cookie(otherLeader)
                .with(csrf())
                .param("participant", person.toString())
                .param("outcome", "JOB_OUTCOME"));
        assertThat(jdbc.sql("select count(*) from outcome_claim where participant_id = ?")
                        .param(person)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
