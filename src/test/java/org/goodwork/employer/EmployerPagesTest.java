package org.goodwork.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The employer CRM as the demo employer engagement officer at Brightpath uses it. */
class EmployerPagesTest extends IntegrationTest {

    Cookie officer;

    @BeforeEach
    void signInAsTheOfficer() throws Exception {
        officer = signIn("employer.officer");
    }

    @Test
    void anEmployerIsAddedAfterEveryMissingAnswerIsPointedOut() throws Exception {
        Document errors = page(post("/employers/new").cookie(officer).with(csrf()));
        assertThat(errors.title()).startsWith("Error: ");
        assertThat(errors.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#name", "#sizeBand", "#sector", "#disabilityConfident", "#ownerId");
        assertThat(count("Ashworth Bakery")).isZero();

        String location = mvc.perform(employerForm(post("/employers/new"), "Ashworth Bakery", null))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/employers/".length()));
        Document page = page(get(location).cookie(officer));
        assertThat(page.select("h1").text()).contains("Ashworth Bakery");
        assertThat(page.select(".govuk-summary-list__value").eachText())
                .contains(
                        "Small (10 to 49 employees)",
                        "Accommodation and food services",
                        "Member",
                        "Level 2: Disability Confident Employer",
                        "Yes, accredited",
                        "Chris Doyle");
        assertThat(jdbc.sql("select organisation_id from employer where id = ?")
                        .param(id)
                        .query(UUID.class)
                        .single())
                .isEqualTo(organisationId("Brightpath Employment Support"));
        assertThat(jdbc.sql("select created_by from employer where id = ?")
                        .param(id)
                        .query(UUID.class)
                        .single())
                .isEqualTo(userId("employer.officer"));

        Document duplicate = page(employerForm(post("/employers/new"), "ashworth bakery", null));
        assertThat(duplicate.select("#name-error").text()).contains("already recorded");
    }

    @Test
    void savingOverSomeoneElsesChangeShowsTheConflictPageAndKeepsTheirChange() throws Exception {
        UUID id = create("Fernley Garden Centre");
        Document edit = page(get("/employers/" + id + "/edit").cookie(officer));
        String version = edit.select("input[name=version]").val();
        assertThat(edit.select("#name").val()).isEqualTo("Fernley Garden Centre");

        mvc.perform(employerForm(post("/employers/" + id + "/edit"), "Fernley Garden Centres Ltd", version))
                .andExpect(status().is3xxRedirection());
        Document conflict = page(employerForm(post("/employers/" + id + "/edit"), "Fernley Nurseries", version));
        assertThat(conflict.select("h1").text()).contains("Someone else changed this record");
        mvc.perform(employerForm(post("/employers/" + id + "/edit"), "Fernley Nurseries", version))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select name from employer where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Fernley Garden Centres Ltd");
    }

    @Test
    void meetingsAndNegotiationsAreLoggedLatestFirstWithLocationsAndContacts() throws Exception {
        UUID id = create("Kestrel Print Works");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate tomorrow = today.plusDays(2);
        Document errors = page(post("/employers/" + id + "/interactions/new")
                .cookie(officer)
                .with(csrf())
                .param("dateDay", String.valueOf(tomorrow.getDayOfMonth()))
                .param("dateMonth", String.valueOf(tomorrow.getMonthValue()))
                .param("dateYear", String.valueOf(tomorrow.getYear()))
                .param("summary", ""));
        assertThat(errors.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#dateDay", "#kind", "#summary");
        assertThat(errors.select("#dateDay-error").text()).contains("must be today or in the past");

        interaction(id, today.minusDays(40), "MEETING", "First meeting with the print manager");
        interaction(id, today.minusDays(5), "JOB_CARVING", "Carved a finishing role from the print operator job");
        interaction(id, today.minusDays(20), "ACCESS_TO_WORK", "Access to Work for a screen reader");

        mvc.perform(post("/employers/" + id + "/locations/new")
                        .cookie(officer)
                        .with(csrf())
                        .param("name", "Works")
                        .param("address", "1 Ink Lane")
                        .param("postcode", "qq2 3ab"))
                .andExpect(status().is3xxRedirection());
        Document badContact = page(post("/employers/" + id + "/contacts/new")
                .cookie(officer)
                .with(csrf())
                .param("name", "Pat Lee")
                .param("email", "not an email"));
        assertThat(badContact.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#email");
        mvc.perform(post("/employers/" + id + "/contacts/new")
                        .cookie(officer)
                        .with(csrf())
                        .param("name", "Pat Lee")
                        .param("jobTitle", "Print manager")
                        .param("email", "pat@example.org"))
                .andExpect(status().is3xxRedirection());

        Document page = page(get("/employers/" + id).cookie(officer));
        assertThat(page.select(".moj-timeline__title").eachText())
                .containsExactly("Job carving", "Access to Work", "Meeting");
        assertThat(page.select(".moj-timeline__byline").first().text()).isEqualTo("by Chris Doyle");
        assertThat(page.select(".moj-timeline__description").first().text())
                .isEqualTo("Carved a finishing role from the print operator job");
        assertThat(page.select("#locations ~ table").first().text()).contains("Works", "1 Ink Lane", "QQ2 3AB");
        assertThat(page.select("#contacts ~ table").first().text()).contains("Pat Lee", "Print manager");

        Document list = page(get("/employers").param("q", "kestrel").cookie(officer));
        // The most recent interaction is the one shown as the last time in touch.
        LocalDate latest = today.minusDays(5);
        assertThat(list.select("tbody tr td:last-child").text())
                .startsWith(latest.getDayOfMonth() + " ")
                .endsWith(" " + latest.getYear());
    }

    @Test
    void theListSearchesByNameAndFiltersByWhoLooksAfterTheEmployer() throws Exception {
        create("Quarry Lane Motors");
        Document byName = page(get("/employers").param("q", "quarry lane").cookie(officer));
        assertThat(byName.select("tbody a").eachText()).containsExactly("Quarry Lane Motors");

        String leader = userId("teamleader").toString();
        Document byOwner = page(get("/employers").param("owner", leader).cookie(officer));
        assertThat(byOwner.select("tbody a").eachText()).doesNotContain("Quarry Lane Motors");
        Document mine = page(get("/employers")
                .param("owner", userId("employer.officer").toString())
                .cookie(officer));
        assertThat(mine.select("tbody a").eachText()).contains("Quarry Lane Motors", "Hillcrest Supermarkets");
    }

    @Test
    void keyworkersLookEmployersUpButCannotChangeThem() throws Exception {
        UUID id = create("Dunmore Leisure Centre");
        Cookie keyworker = signIn("keyworker");
        Document page = page(get("/employers/" + id).cookie(keyworker));
        assertThat(page.select("h1").text()).contains("Dunmore Leisure Centre");
        assertThat(page.select("a[href$=/edit], a[href$=/new]")).isEmpty();
        mvc.perform(get("/employers/" + id + "/edit").cookie(keyworker)).andExpect(status().isForbidden());
        mvc.perform(get("/employers/new").cookie(keyworker)).andExpect(status().isForbidden());
    }

    @Test
    void anotherOrganisationsEmployerDoesNotExistForThem() throws Exception {
        UUID id = create("Tanner Street Bakery");
        Cookie riverside = signIn("teamleader.riverside");
        mvc.perform(get("/employers/" + id).cookie(riverside)).andExpect(status().isNotFound());
        mvc.perform(get("/employers/" + id + "/edit").cookie(riverside)).andExpect(status().isNotFound());
        mvc.perform(post("/employers/" + id + "/interactions/new")
                        .cookie(riverside)
                        .with(csrf())
                        .param("dateDay", "1")
                        .param("dateMonth", "2")
                        .param("dateYear", "2026")
                        .param("kind", "MEETING")
                        .param("summary", "Not theirs"))
                .andExpect(status().isNotFound());
        assertThat(page(get("/employers").cookie(riverside)).text()).doesNotContain("Tanner Street Bakery");
        assertThat(jdbc.sql("select count(*) from employer_interaction where employer_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private UUID create(String name) throws Exception {
        String location = mvc.perform(employerForm(post("/employers/new"), name, null))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring("/employers/".length()));
    }

    private void interaction(UUID id, LocalDate date, String kind, String summary) throws Exception {
        mvc.perform(post("/employers/" + id + "/interactions/new")
                        .cookie(officer)
                        .with(csrf())
                        .param("dateDay", String.valueOf(date.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(date.getMonthValue()))
                        .param("dateYear", String.valueOf(date.getYear()))
                        .param("kind", kind)
                        .param("summary", summary))
                .andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder employerForm(
            MockHttpServletRequestBuilder request, String name, String version) {
        request.cookie(officer)
                .with(csrf())
                .param("name", name)
                .param("sizeBand", "SMALL")
                .param("sector", "I")
                .param("memberships", "CHARTER", "LIVING_WAGE")
                .param("disabilityConfident", "EMPLOYER")
                .param("ownerId", userId("employer.officer").toString())
                .param("notes", "Met at the jobs fair");
        if (version != null) {
            request.param("version", version);
        }
        return request;
    }

    private long count(String name) {
        return jdbc.sql("select count(*) from employer where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }
}
