package org.goodwork.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ProgrammePagesTest extends IntegrationTest {

    Cookie commissioner;

    @BeforeEach
    void signInAsCommissioner() throws Exception {
        commissioner = signIn("commissioner");
    }

    @Test
    void theDemoCommissionerSeesHouseholdsIntoWork() throws Exception {
        Document list = page(get("/programmes").cookie(commissioner));
        assertThat(list.select("tbody td a").eachText()).contains("Households into Work");
        Document show = page(get("/programmes/HIW").cookie(commissioner));
        assertThat(show.text())
                .contains("Brightpath Employment Support")
                .contains("At least 16 hours a week for 4 consecutive weeks");
    }

    @Test
    void aCommissionerAddsAProgrammeWithEligibilityRules() throws Exception {
        mvc.perform(valid(post("/programmes/new"))
                        .param("code", "ipsqq")
                        .param("name", "IPS in Northmoor")
                        .param("minAge", "18")
                        .param("maxAge", "64"))
                .andExpect(redirectedUrl("/programmes/IPSQQ"));
        Document show = page(get("/programmes/IPSQQ").cookie(commissioner));
        assertThat(show.select("h1").text()).contains("IPS in Northmoor");
        assertThat(show.text()).contains("QQ1, QQ2").contains("18 to 64").contains("Mental health issues");
    }

    @Test
    void mistakesAreExplainedBesideEachFieldAndNothingIsSaved() throws Exception {
        Document page = page(post("/programmes/new")
                .cookie(commissioner)
                .with(csrf())
                .param("code", "x")
                .param("name", "")
                .param("maxSupportWeeks", "a year"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .contains("#code", "#name", "#maxSupportWeeks");
        assertThat(page.select("#maxSupportWeeks-error").text()).contains("Enter a whole number");
        assertThat(page.select("#maxSupportWeeks").val()).isEqualTo("a year");
        assertThat(jdbc.sql("select count(*) from programme where name = ''")
                        .query(Long.class)
                        .single())
                .isZero();

        Document rules = page(valid(post("/programmes/new"))
                .param("code", "RULES")
                .param("name", "Rules")
                .param("minAge", "70")
                .param("maxAge", "20"));
        assertThat(rules.select("#maxAge-error").text()).contains("must not be lower than the minimum age");
    }

    @Test
    void editingWithAnOldVersionShowsTheConflictPage() throws Exception {
        mvc.perform(valid(post("/programmes/new")).param("code", "EDITME").param("name", "Edit me"));
        long version = jdbc.sql("select version from programme where code = 'EDITME'")
                .query(Long.class)
                .single();
        mvc.perform(valid(post("/programmes/EDITME/edit"))
                        .param("name", "Edited once")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/programmes/EDITME"));
        Document conflict = page(valid(post("/programmes/EDITME/edit"))
                .param("name", "Edited twice")
                .param("version", String.valueOf(version)));
        assertThat(conflict.select("h1").text()).contains("Someone else changed this record");
        assertThat(jdbc.sql("select name from programme where code = 'EDITME'")
                        .query(String.class)
                        .single())
                .isEqualTo("Edited once");
    }

    @Test
    void anotherCommissionersProgrammeIsNotFound() throws Exception {
        jdbc.sql(
                        "insert into organisation (id, name, type, created_at) values (gen_random_uuid(), 'Southvale Council', 'COMMISSIONER', now())")
                .update();
        jdbc.sql("""
                insert into programme (id, code, name, commissioner_id, max_support_weeks, caseload_limit, created_at, updated_at)
                select gen_random_uuid(), 'SOUTH', 'Southvale Works', id, 52, 20, now(), now() from organisation where name = 'Southvale Council'""").update();
        mvc.perform(get("/programmes/SOUTH").cookie(commissioner)).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/SOUTH/edit").cookie(commissioner)).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request) {
        return request.cookie(commissioner)
                .with(csrf())
                .param("maxSupportWeeks", "52")
                .param("caseloadLimit", "20")
                .param("reviewIntervalWeeks", "12")
                .param("contactGapDays", "21")
                .param("postcodeDistricts", "qq1, QQ2")
                .param("economicStatuses", "INACTIVE")
                .param("requiredNeeds", "MENTAL_HEALTH")
                .param("jobOutcomeMinWeeklyHours", "16")
                .param("jobOutcomeMinConsecutiveWeeks", "4")
                .param("progressMinDimensionGain", "2")
                .param("progressMinTotalGainPercent", "10")
                .param("providers", organisationId("Riverside Works CIC").toString());
    }
}
