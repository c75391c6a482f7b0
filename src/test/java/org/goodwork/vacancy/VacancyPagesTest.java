package org.goodwork.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Vacancies and their job quality, as the demo employer engagement officer at Brightpath records them. */
class VacancyPagesTest extends IntegrationTest {

    Cookie officer;
    UUID hillcrest;

    @BeforeEach
    void signInAsTheOfficer() throws Exception {
        officer = signIn("employer.officer");
        hillcrest = jdbc.sql("select id from employer where name = 'Hillcrest Supermarkets'")
                .query(UUID.class)
                .single();
    }

    @Test
    void theOccupationIsFoundFromTheJobTitleAndAnnualPayIsShownPerHour() throws Exception {
        Document blank = page(
                get("/vacancies/new").param("employer", hillcrest.toString()).cookie(officer));
        assertThat(blank.select("#employerId option[selected]").text()).isEqualTo("Hillcrest Supermarkets");

        Document found = page(post("/vacancies/new")
                .cookie(officer)
                .with(csrf())
                .param("employerId", hillcrest.toString())
                .param("title", "care assistant")
                .param("find", "occupations"));
        assertThat(found.select(".govuk-error-summary")).isEmpty();
        assertThat(found.select("input[name=socCode]").eachAttr("value")).contains("6135");
        assertThat(found.select("label[for^=socCode]").eachText()).contains("Care workers and home carers (6135)");
        assertThat(found.select("#title").val()).isEqualTo("care assistant");

        UUID id = create(valid("Care assistant", "6135", "payAmount", "26,000", "payPeriod", "YEAR"));
        assertThat(jdbc.sql("select hourly_pay from vacancy where id = ?")
                        .param(id)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("16.67");
        Document page = page(get("/vacancies/" + id).cookie(officer));
        assertThat(page.select(".goodwork-pay").text()).isEqualTo("£26,000.00 a year, which is £16.67 an hour");
        assertThat(page.select(".govuk-summary-list__value").eachText())
                .contains("Care workers and home carers (SOC 6135)", "16 to 30", "Monday, Wednesday, Friday");
        assertThat(page.select("#status").text()).isEqualTo("Status: Draft");
    }

    @Test
    void everyMissingAnswerIsNamedAndAnOccupationMustBeChosen() throws Exception {
        Document empty = page(post("/vacancies/new").cookie(officer).with(csrf()));
        assertThat(empty.title()).startsWith("Error: ");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly(
                        "#employerId",
                        "#title",
                        "#minWeeklyHours",
                        "#workingPattern",
                        "#contractType",
                        "#workLocation");

        long before = vacancies();
        Document noOccupation = page(valid("Warehouse operative", "", "minWeeklyHours", "30", "maxWeeklyHours", "20"));
        assertThat(noOccupation.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#socCode", "#maxWeeklyHours");
        assertThat(noOccupation.select("input[name=socCode]").eachAttr("value")).contains("9252");
        assertThat(noOccupation.select("#socCode").attr("type")).isEqualTo("radio");
        assertThat(vacancies()).isEqualTo(before);
    }

    @Test
    void aVacancyMovesThroughItsLifecycleAndAFilledOneCannotReopen() throws Exception {
        UUID id = create(valid("Lifecycle checkout operator", "7112"));
        changeStatus(id, "FILLED", 0).andExpect(status().isBadRequest());
        assertThat(statusOf(id)).isEqualTo("DRAFT");

        changeStatus(id, "OPEN", 0).andExpect(status().is3xxRedirection());
        changeStatus(id, "CLOSED", 1).andExpect(status().is3xxRedirection());
        changeStatus(id, "OPEN", 2).andExpect(status().is3xxRedirection());
        changeStatus(id, "FILLED", 3).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("FILLED");

        Document refused = page(statusRequest(id, "OPEN", 4));
        assertThat(refused.select(".govuk-error-summary__list").text())
                .isEqualTo("A filled vacancy cannot be marked open");
        assertThat(refused.select("form[action$=/status]")).isEmpty();
        assertThat(statusOf(id)).isEqualTo("FILLED");

        UUID stale = create(valid("Stale checkout operator", "7112"));
        changeStatus(stale, "OPEN", 0);
        assertThat(page(statusRequest(stale, "CLOSED", 0)).select("h1").text())
                .contains("Someone else changed this record");
        assertThat(statusOf(stale)).isEqualTo("OPEN");
    }

    @Test
    void theAssessmentGivesAScoreAndBandAndWarnsAboutLowPayAndZeroHours() throws Exception {
        UUID id = create(valid(
                "Zero hours kitchen porter",
                "9263",
                "contractType",
                "ZERO_HOURS",
                "minWeeklyHours",
                "0",
                "payAmount",
                "12.00",
                "payPeriod",
                "HOUR"));
        Document form = page(get("/vacancies/" + id + "/job-quality").cookie(officer));
        assertThat(form.select("legend").eachText())
                .containsExactly(
                        "Secure work",
                        "Pay",
                        "Flexible work",
                        "Engagement and voice",
                        "Recruitment",
                        "People management",
                        "Health and wellbeing");
        assertThat(form.select("input[name=ratings[SECURE]][checked]").val()).isEqualTo("UNKNOWN");

        Document tampered = page(assessment(id, "0").param("ratings[PAY]", "EXCELLENT"));
        assertThat(tampered.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#ratings[PAY]");
        assertThat(tampered.select("input[name=ratings[SECURE]][checked]").val())
                .isEqualTo("NOT_MET");

        mvc.perform(assessment(id, "0").param("ratings[PAY]", "NOT_MET")).andExpect(status().is3xxRedirection());
        Document page = page(get("/vacancies/" + id).cookie(officer));
        // 0 + 0 + 1 + 2 + 2 + 2 points of 12 on the six known dimensions
        assertThat(page.select(".goodwork-job-quality-band").text()).isEqualTo("Fair");
        assertThat(page.select(".goodwork-job-quality-score").text())
                .isEqualTo("58%, from the 6 of 7 dimensions that are known");
        assertThat(page.select(".govuk-warning-text__text").eachText())
                .containsExactly(
                        "Warning Pays £12.00 an hour, below the real Living Wage of £13.45 an hour",
                        "Warning Zero-hours contract: no hours or income are guaranteed from week to week");
        assertThat(page.select("tbody tr:contains(Secure work)").text())
                .contains("Does not meet it", "No hours guaranteed at all");
        assertThat(page.select(".goodwork-job-quality-bands").text())
                .contains("good from " + JobQuality.GOOD_FROM + "%")
                .contains("fair from " + JobQuality.FAIR_FROM + "%")
                .contains("fewer than " + JobQuality.MIN_KNOWN + " dimensions known");
        assertThat(page.text()).contains("Assessed on", "by Chris Doyle");
    }

    @Test
    void keyworkersSeeOnlyOpenVacanciesAndCannotChangeThem() throws Exception {
        UUID draft = create(valid("Draft receptionist", "4216"));
        UUID open = create(valid("Open receptionist", "4216"));
        changeStatus(open, "OPEN", 0);
        Cookie keyworker = signIn("keyworker");

        Document list = page(get("/vacancies").cookie(keyworker));
        assertThat(list.select("h1").text()).isEqualTo("Open vacancies");
        assertThat(list.select("tbody a").eachText())
                .contains("Open receptionist")
                .doesNotContain("Draft receptionist");
        mvc.perform(get("/vacancies/" + draft).cookie(keyworker)).andExpect(status().isNotFound());
        Document page = page(get("/vacancies/" + open).cookie(keyworker));
        assertThat(page.select("h1").text()).contains("Open receptionist");
        assertThat(page.select("form[action$=/status], a[href$=/edit], a[href$=/job-quality]"))
                .isEmpty();
        mvc.perform(get("/vacancies/" + open + "/edit").cookie(keyworker)).andExpect(status().isForbidden());

        Document employer = page(get("/employers/" + hillcrest).cookie(keyworker));
        assertThat(employer.select("#vacancies ~ table").first().text())
                .contains("Open receptionist")
                .doesNotContain("Draft receptionist");
    }

    @Test
    void theListFiltersByStatusAndEmployer() throws Exception {
        UUID id = create(valid("Filtered shelf filler", "9241"));
        Document drafts = page(get("/vacancies")
                .param("status", "DRAFT")
                .param("employer", hillcrest.toString())
                .cookie(officer));
        assertThat(drafts.select("tbody a").eachAttr("href")).contains("/vacancies/" + id);
        Document open = page(get("/vacancies").param("status", "OPEN").cookie(officer));
        assertThat(open.select("tbody a").eachAttr("href")).doesNotContain("/vacancies/" + id);
        assertThat(open.select("tbody tr")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(open.text()).contains("Zero hours", "Below the real Living Wage");
    }

    @Test
    void editingKeepsTheOccupationAndRefusesAStaleVersion() throws Exception {
        UUID id = create(valid("Editable cashier", "7112"));
        Document edit = page(get("/vacancies/" + id + "/edit").cookie(officer));
        assertThat(edit.select("input[name=socCode][checked]").val()).isEqualTo("7112");
        mvc.perform(valid(post("/vacancies/" + id + "/edit"), "Editable senior cashier", "7112")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        Document conflict = page(valid(post("/vacancies/" + id + "/edit"), "Overwritten cashier", "7112")
                .param("version", "0"));
        assertThat(conflict.select("h1").text()).contains("Someone else changed this record");
        assertThat(jdbc.sql("select title from vacancy where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Editable senior cashier");
    }

    @Test
    void anotherOrganisationsVacancyDoesNotExistForThem() throws Exception {
        UUID id = create(valid("Private stock assistant", "9241"));
        Cookie riverside = signIn("teamleader.riverside");
        mvc.perform(get("/vacancies/" + id).cookie(riverside)).andExpect(status().isNotFound());
        mvc.perform(get("/vacancies/" + id + "/job-quality").cookie(riverside)).andExpect(status().isNotFound());
        mvc.perform(post("/vacancies/" + id + "/status")
                        .cookie(riverside)
                        .with(csrf())
                        .param("status", "OPEN")
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        Document theirs = page(get("/vacancies").cookie(riverside));
        assertThat(theirs.text()).doesNotContain("Private stock assistant");
        Document form = page(post("/vacancies/new")
                .cookie(riverside)
                .with(csrf())
                .param("employerId", hillcrest.toString())
                .param("title", "Sneaky"));
        assertThat(form.select(".govuk-error-summary__list a").eachAttr("href")).contains("#employerId");
        assertThat(statusOf(id)).isEqualTo("DRAFT");
    }

    private UUID create(MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring("/vacancies/".length()));
    }

    private MockHttpServletRequestBuilder valid(String title, String soc, String... overrides) {
        return valid(post("/vacancies/new"), title, soc, overrides);
    }

    /** A complete vacancy form; {@code overrides} are field and value pairs that replace the defaults. */
    private MockHttpServletRequestBuilder valid(
            MockHttpServletRequestBuilder request, String title, String soc, String... overrides) {
        LocalDate closing = LocalDate.now(ZoneId.of("Europe/London")).plusDays(30);
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("employerId", new String[] {hillcrest.toString()});
        fields.put("title", new String[] {title});
        fields.put("socCode", new String[] {soc});
        fields.put("postcode", new String[] {"qq3 2ef"});
        fields.put("minWeeklyHours", new String[] {"16"});
        fields.put("maxWeeklyHours", new String[] {"30"});
        fields.put("workingPattern", new String[] {"FIXED_DAYS"});
        fields.put("days", new String[] {"MONDAY", "WEDNESDAY", "FRIDAY"});
        fields.put("contractType", new String[] {"PERMANENT"});
        fields.put("closingDay", new String[] {String.valueOf(closing.getDayOfMonth())});
        fields.put("closingMonth", new String[] {String.valueOf(closing.getMonthValue())});
        fields.put("closingYear", new String[] {String.valueOf(closing.getYear())});
        fields.put("workLocation", new String[] {"ON_SITE"});
        fields.put("offers", new String[] {"FLEXIBLE_FROM_DAY_ONE"});
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], new String[] {overrides[i + 1]});
        }
        request.cookie(officer).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder assessment(UUID id, String version) {
        return post("/vacancies/" + id + "/job-quality")
                .cookie(officer)
                .with(csrf())
                .param("version", version)
                .param("ratings[SECURE]", "NOT_MET")
                .param("evidence[SECURE]", "No hours guaranteed at all")
                .param("ratings[FLEXIBLE]", "PARTLY")
                .param("ratings[VOICE]", "MEETS")
                .param("ratings[RECRUITMENT]", "MEETS")
                .param("ratings[PEOPLE_MANAGEMENT]", "UNKNOWN")
                .param("ratings[HEALTH_WELLBEING]", "MEETS");
    }

    private ResultActions changeStatus(UUID id, String to, long version) throws Exception {
        return mvc.perform(statusRequest(id, to, version));
    }

    private MockHttpServletRequestBuilder statusRequest(UUID id, String to, long version) {
        return post("/vacancies/" + id + "/status")
                .cookie(officer)
                .with(csrf())
                .param("status", to)
                .param("version", String.valueOf(version));
    }

    private long vacancies() {
        return jdbc.sql("select count(*) from vacancy").query(Long.class).single();
    }

    private String statusOf(UUID id) {
        return jdbc.sql("select status from vacancy where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
