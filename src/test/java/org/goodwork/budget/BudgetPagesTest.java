package org.goodwork.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The demo programme gives £2,000 each, and anything over £250 needs a team leader. */
class BudgetPagesTest extends IntegrationTest {

    Cookie keyworker;
    UUID person;

    @BeforeEach
    void aParticipantWithAnUntouchedBudget() throws Exception {
        keyworker = signIn("hana.patel");
        person = jdbc.sql("""
                        select id from participant p where keyworker_id = ?
                           and programme_id = (select id from programme where code = 'HIW')
                           and not exists (select 1 from budget_spend s where s.participant_id = p.id)
                         order by reference limit 1""").param(userId("hana.patel")).query(UUID.class).single();
    }

    @Test
    void smallSpendIsApprovedAtOnceAndLargerSpendWaitsForATeamLeader() throws Exception {
        mvc.perform(spend("TRAVEL", "45.50", "Bus pass for the first month of work"))
                .andExpect(redirectedUrl("/participants/" + person + "/budget"));
        mvc.perform(spend("EQUIPMENT", "£600", "A laptop for the IT course"))
                .andExpect(redirectedUrl("/participants/" + person + "/budget"));
        Document ledger = page(get("/participants/" + person + "/budget").cookie(keyworker));
        assertThat(ledger.select(".govuk-summary-list__value").eachText())
                .containsExactly("£2,000.00", "£45.50", "£600.00", "£1,354.50");

        Cookie leader = signIn("teamleader");
        Document approvals = page(get("/budget-approvals").cookie(leader));
        assertThat(approvals.select("tbody td").eachText()).contains("£600.00");
        UUID laptop = jdbc.sql("select id from budget_spend where participant_id = ? and category = 'EQUIPMENT'")
                .param(person)
                .query(UUID.class)
                .single();
        mvc.perform(post("/budget-approvals/" + laptop)
                        .cookie(leader)
                        .with(csrf())
                        .param("decision", "approve")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/budget-approvals"));
        assertThat(jdbc.sql("select status from budget_spend where id = ?")
                        .param(laptop)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");

        Document totals = page(get("/programmes/HIW/budget").cookie(signIn("commissioner")));
        assertThat(totals.select("tbody td").eachText())
                .contains("Travel", "Equipment (for example a laptop, tools, software)");
        assertThat(totals.text())
                .doesNotContain(jdbc.sql("select family_name from participant where id = ?")
                        .param(person)
                        .query(String.class)
                        .single());
    }

    @Test
    void spendingMoreThanIsLeftIsRefusedBesideTheAmount() throws Exception {
        Document page = page(spend("TRAINING", "2500", "A driving course"));
        assertThat(page.select("#amount-error").text()).contains("more than the budget left");
        Document bad = page(spend("NOT_A_CATEGORY", "ten pounds", ""));
        assertThat(bad.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#category", "#amount", "#description");
        assertThat(jdbc.sql("select count(*) from budget_spend where participant_id = ?")
                        .param(person)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void keyworkersCannotApproveAndOtherOrganisationsCannotSeeTheLedger() throws Exception {
        mvc.perform(spend("CHILDCARE", "300", "Childcare for interview week"));
        UUID request = jdbc.sql("select id from budget_spend where participant_id = ?")
                .param(person)
                .query(UUID.class)
                .single();
        mvc.perform(post("/budget-approvals/" + request)
                        .cookie(keyworker)
                        .with(csrf())
                        .param("decision", "approve")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/budget-approvals/" + request)
                        .cookie(signIn("teamleader.riverside"))
                        .with(csrf())
                        .param("decision", "approve")
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/participants/" + person + "/budget").cookie(signIn("teamleader.riverside")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select amount from budget_spend where id = ?")
                        .param(request)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("300");
    }

    private MockHttpServletRequestBuilder spend(String category, String amount, String description) {
        return post("/participants/" + person + "/budget")
                .cookie(keyworker)
                .with(csrf())
                .param("category", category)
                .param("amount", amount)
                .param("description", description);
    }
}
