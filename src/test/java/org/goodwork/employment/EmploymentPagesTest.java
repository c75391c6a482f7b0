package org.goodwork.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.goodwork.participant.Participants;
import org.goodwork.support.IntegrationTest;
import org.goodwork.support.Newcomer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The demo programme's job outcome is 16 hours a week for 4 consecutive weeks. */
class EmploymentPagesTest extends IntegrationTest {

    @Autowired
    Participants participants;

    Cookie keyworker;
    UUID person;
    LocalDate jobStart = LocalDate.now().minusDays(40);

    @BeforeEach
    void aParticipantWhoStartedTwoMonthsAgo() throws Exception {
        person = register(
                Newcomer.named("Wren", "Worker" + UUID.randomUUID().toString().substring(0, 6))
                        .referredDaysAgo(70, 60));
        keyworker = signIn("liam.byrne");
    }

    private MockHttpServletRequestBuilder jobStart(String hours, String contract) {
        return jobStart(hours, contract, keyworker);
    }

    private MockHttpServletRequestBuilder jobStart(String hours, String contract, Cookie who) {
        return post("/participants/" + person + "/work/new")
                .cookie(who)
                .with(csrf())
                .param("employerName", "Moorside Care")
                .param("jobTitle", "Care assistant")
                .param("socCode", "6135")
                .param("startDay", String.valueOf(jobStart.getDayOfMonth()))
                .param("startMonth", String.valueOf(jobStart.getMonthValue()))
                .param("startYear", String.valueOf(jobStart.getYear()))
                .param("weeklyHours", hours)
                .param("hourlyPay", "12.60")
                .param("contractType", contract);
    }

    private UUID spell() {
        return jdbc.sql("select id from employment_spell where participant_id = ?")
                .param(person)
                .query(UUID.class)
                .single();
    }

    @Test
    void aJobStartWithProblemsNamesEachOneAndSavesNothing() throws Exception {
        Document page = page(post("/participants/" + person + "/work/new")
                .cookie(keyworker)
                .with(csrf())
                .param("jobTitle", "Care assistant")
                .param("startDay", "1")
                .param("startMonth", "2")
                .param("startYear", "2026")
                .param("weeklyHours", "lots")
                .param("hourlyPay", "12.60"));
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#employerName", "#weeklyHours", "#contractType");
        assertThat(jdbc.sql("select count(*) from employment_spell where participant_id = ?")
                        .param(person)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void sixteenHoursForFourWeeksIsAJobOutcomeButNotWhenTheHoursDropToFifteenInTheSecondWeek() throws Exception {
        mvc.perform(jobStart("16", "PERMANENT")).andExpect(status().is3xxRedirection());
        Document work = page(get("/participants/" + person + "/work").cookie(keyworker));
        assertThat(work.select(".govuk-summary-list__row").first().text())
                .startsWith("Job outcome Achieved")
                .contains("Achieved on " + jobStart.plusDays(27).getDayOfMonth());
        assertThat(work.select(".govuk-summary-list__row").get(1).text())
                .contains("In work for 41 of the 91 days needed");
        assertThat(work.select("tbody td").eachText()).contains("Care assistant at Moorside Care Permanent");

        UUID spell = spell();
        LocalDate drop = jobStart.plusDays(10);
        mvc.perform(post("/participants/" + person + "/work/" + spell + "/terms")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("fromDay", String.valueOf(drop.getDayOfMonth()))
                        .param("fromMonth", String.valueOf(drop.getMonthValue()))
                        .param("fromYear", String.valueOf(drop.getYear()))
                        .param("weeklyHours", "15")
                        .param("hourlyPay", "12.60")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        Document after = page(get("/participants/" + person + "/work").cookie(keyworker));
        assertThat(after.select(".govuk-summary-list__row").first().text())
                .startsWith("Job outcome 0%")
                .contains("16 or more hours a week in one job for 0 of the 28 days needed in a row");

        // A second change from a page read before the first is a conflict, not a lost update.
        mvc.perform(post("/participants/" + person + "/work/" + spell + "/terms")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("fromDay", String.valueOf(drop.plusDays(1).getDayOfMonth()))
                        .param("fromMonth", String.valueOf(drop.plusDays(1).getMonthValue()))
                        .param("fromYear", String.valueOf(drop.plusDays(1).getYear()))
                        .param("weeklyHours", "20")
                        .param("hourlyPay", "12.60")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        Document timeline = page(get("/participants/" + person + "/timeline").cookie(keyworker));
        assertThat(timeline.text()).contains("Job start").contains("Hours or pay changed");

        // Forty days into the job with no in-work contact: the check-in and nothing else is due.
        Document home = page(get("/").cookie(keyworker));
        assertThat(home.select("a[href=/participants/" + person + "/work]")).isNotEmpty();
        assertThat(home.text()).contains("In-work check-in: Care assistant");
    }

    @Test
    void inWorkSupportLogsIssuesProgressionAndEvidenceAndTheJobCanEnd() throws Exception {
        mvc.perform(jobStart("30", "FIXED_TERM")).andExpect(status().is3xxRedirection());
        UUID spell = spell();
        Document job = page(get("/participants/" + person + "/work/" + spell).cookie(keyworker));
        assertThat(job.text()).contains("Check in weekly for the first month").contains("Next check-in");

        String afterRefusal = mvc.perform(post("/participants/" + person + "/work/" + spell + "/check-ins")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("days", "200")
                        .param("version", "0"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document refused = page(get(afterRefusal).cookie(keyworker));
        assertThat(refused.title()).startsWith("Error:");
        assertThat(refused.select("#days-error").text()).contains("Enter a number of days from 7 to 91");
        assertThat(jdbc.sql("select check_in_interval_days from employment_spell where id = ?")
                        .param(spell)
                        .query(Integer.class)
                        .single())
                .isEqualTo(28);

        LocalDate today = LocalDate.now();
        mvc.perform(post("/participants/" + person + "/work/" + spell + "/issues")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("about", "EMPLOYER")
                        .param("raisedDay", String.valueOf(today.getDayOfMonth()))
                        .param("raisedMonth", String.valueOf(today.getMonthValue()))
                        .param("raisedYear", String.valueOf(today.getYear()))
                        .param("description", "Rota changes with a day's notice"))
                .andExpect(status().is3xxRedirection());
        Document noKind = page(post("/participants/" + person + "/work/" + spell + "/progression")
                .cookie(keyworker)
                .with(csrf())
                .param("onDay", "1")
                .param("onMonth", "13")
                .param("onYear", "2026")
                .param("description", "Team leader role"));
        assertThat(noKind.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#kind", "#onDay");
        mvc.perform(post("/participants/" + person + "/work/" + spell + "/evidence")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("level", "PAYSLIP")
                        .param("seenDay", String.valueOf(today.getDayOfMonth()))
                        .param("seenMonth", String.valueOf(today.getMonthValue()))
                        .param("seenYear", String.valueOf(today.getYear())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/participants/" + person + "/work/" + spell + "/end")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("endDay", String.valueOf(today.getDayOfMonth()))
                        .param("endMonth", String.valueOf(today.getMonthValue()))
                        .param("endYear", String.valueOf(today.getYear()))
                        .param("reason", "Contract finished")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        Document ended = page(get("/participants/" + person + "/work/" + spell).cookie(keyworker));
        assertThat(ended.text())
                .contains("Rota changes with a day's notice")
                .contains("Payslip seen")
                .contains("Contract finished")
                .doesNotContain("Next check-in");
        assertThat(ended.select("tbody tr").text()).contains("Something with the employer");
    }

    @Test
    void anotherOrganisationsKeyworkerCannotSeeOrRecordWork() throws Exception {
        Cookie other = signIn("keyworker");
        mvc.perform(get("/participants/" + person + "/work").cookie(other)).andExpect(status().isNotFound());
        mvc.perform(jobStart("16", "PERMANENT", other)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from employment_spell where participant_id = ?")
                        .param(person)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
