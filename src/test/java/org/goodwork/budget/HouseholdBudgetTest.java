package org.goodwork.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.UUID;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.support.IntegrationTest;
import org.goodwork.support.Newcomer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A programme with one £1,000 allowance per household, shared by everyone in it. */
class HouseholdBudgetTest extends IntegrationTest {

    @Autowired
    Programmes programmes;

    @Autowired
    Participants participants;

    Cookie keyworker;
    UUID mother;
    UUID son;

    @BeforeEach
    void aHouseholdOfTwoOnAProgrammeWithAHouseholdBudget() throws Exception {
        Programme hiw = programmes.find("HIW").orElseThrow();
        String code = "HB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID programme = programmes
                .save(code, hiw.commissionerId(), hiw.settings(), hiw.providerIds(), null)
                .programme()
                .id();
        programmes.setBudget(programme, new Programmes.Budget(new BigDecimal("1000"), new BigDecimal("500"), true));
        UUID organisation = organisationId("Brightpath Employment Support");
        UUID household = participants.createHousehold(organisation, "HH-" + code, "QQ2 4FD");
        Newcomer member = Newcomer.named("Maria", "Shared")
                .at("Brightpath Employment Support", "hana.patel")
                .on(programme)
                .in(household)
                .livingAt("QQ2 4FD")
                .referredDaysAgo(20, 10);
        mother = register(member);
        son = register(Newcomer.named("Dan", "Shared")
                .at(member.organisation(), member.keyworker())
                .on(programme)
                .in(household)
                .livingAt("QQ2 4FD")
                .referredDaysAgo(20, 10));
        keyworker = signIn("hana.patel");
    }

    @Test
    void spendForOneMemberComesOutOfTheAllowanceTheWholeHouseholdShares() throws Exception {
        mvc.perform(post("/participants/" + mother + "/budget")
                .cookie(keyworker)
                .with(csrf())
                .param("category", "TRAVEL")
                .param("amount", "300")
                .param("description", "Travel to interviews"));

        Document sonsLedger = page(get("/participants/" + son + "/budget").cookie(keyworker));
        assertThat(sonsLedger.select("h1").text()).isEqualTo("Household budget");
        assertThat(sonsLedger.select(".govuk-summary-list__value").eachText())
                .containsExactly("£1,000.00", "£300.00", "£0.00", "£700.00");
        assertThat(sonsLedger.select("tbody td").text()).contains("Travel to interviews (for Maria Shared)");

        Document tooMuch = page(post("/participants/" + son + "/budget")
                .cookie(keyworker)
                .with(csrf())
                .param("category", "EQUIPMENT")
                .param("amount", "750")
                .param("description", "A laptop"));
        assertThat(tooMuch.select("#amount-error").text()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from budget_spend where participant_id = ?")
                        .param(son)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
