package org.goodwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdministrationPagesTest extends IntegrationTest {

    Cookie admin;

    @BeforeEach
    void signInAsAdministrator() throws Exception {
        admin = signIn("admin");
    }

    @Test
    void anAdministratorAddsAnOrganisationAndATeam() throws Exception {
        String location = mvc.perform(post("/admin/organisations/new")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", "Westfield Family Hub")
                        .param("type", "PARTNER"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location + "/teams/new").cookie(admin).with(csrf()).param("name", "Outreach"))
                .andExpect(status().is3xxRedirection());
        Document page = page(get(location).cookie(admin));
        assertThat(page.select("h1").text()).contains("Westfield Family Hub").contains("Partner");
        assertThat(page.select("li").eachText()).contains("Outreach");
    }

    @Test
    void aMissingNameAndTypeAreShownInTheErrorSummaryAndBesideEachField() throws Exception {
        Document page =
                page(post("/admin/organisations/new").cookie(admin).with(csrf()).param("name", " "));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#name", "#type");
        assertThat(page.select("#name-error").text()).contains("Enter the organisation's name");
        assertThat(page.select("#type-error").text()).contains("Select the type of organisation");
        assertThat(page.select("#name").attr("aria-describedby")).isEqualTo("name-error");
    }

    @Test
    void tamperedOptionsAreAnsweredWithTheFieldsErrorNotAServerError() throws Exception {
        Document organisation = page(post("/admin/organisations/new")
                .cookie(admin)
                .with(csrf())
                .param("name", "Tamper Ltd")
                .param("type", "CHARITY"));
        assertThat(organisation.select("#type-error").text()).contains("Select the type of organisation");
        Document user = page(post("/admin/users/new")
                .cookie(admin)
                .with(csrf())
                .param("organisationId", "not-a-uuid")
                .param("displayName", "Tamper")
                .param("username", "tamper.user")
                .param("roles", "OVERLORD")
                .param("initialPassword", "a perfectly fine passphrase"));
        assertThat(user.select(".govuk-error-summary__list a").eachAttr("href")).contains("#organisationId", "#roles");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'tamper.user'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDuplicateOrganisationNameIsRefusedAndNothingIsSaved() throws Exception {
        long before =
                jdbc.sql("select count(*) from organisation").query(Long.class).single();
        Document page = page(post("/admin/organisations/new")
                .cookie(admin)
                .with(csrf())
                .param("name", "riverside works cic")
                .param("type", "PROVIDER"));
        assertThat(page.select("#name-error").text()).contains("already exists");
        assertThat(jdbc.sql("select count(*) from organisation")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void anAdministratorAddsAUserWhoMustThenChooseTheirOwnPassword() throws Exception {
        UUID organisation = organisationId("Riverside Works CIC");
        mvc.perform(post("/admin/users/new")
                        .cookie(admin)
                        .with(csrf())
                        .param("organisationId", organisation.toString())
                        .param("displayName", "Nia Roberts")
                        .param("username", "nia.roberts")
                        .param("roles", "KEYWORKER")
                        .param("initialPassword", "a temporary passphrase to change"))
                .andExpect(status().is3xxRedirection());
        Boolean mustChange = jdbc.sql("select must_change_password from user_account where username = 'nia.roberts'")
                .query(Boolean.class)
                .single();
        assertThat(mustChange).isTrue();
    }

    @Test
    void aNewUserNeedsARoleAStrongPasswordAndAFreeUsername() throws Exception {
        Document page = page(post("/admin/users/new")
                .cookie(admin)
                .with(csrf())
                .param("organisationId", organisationId("Riverside Works CIC").toString())
                .param("displayName", "Someone")
                .param("username", "keyworker")
                .param("initialPassword", "short"));
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).contains("#roles", "#initialPassword");
        assertThat(page.select("#initialPassword-error").text()).contains("12 characters or more");
        Document taken = page(post("/admin/users/new")
                .cookie(admin)
                .with(csrf())
                .param("organisationId", organisationId("Riverside Works CIC").toString())
                .param("displayName", "Someone")
                .param("username", "keyworker")
                .param("roles", "KEYWORKER")
                .param("initialPassword", "a perfectly fine passphrase"));
        assertThat(taken.select("#username-error").text()).contains("already in use");
    }

    @Test
    void changingRolesWithAStaleVersionShowsTheConflictPageAndKeepsTheOtherChange() throws Exception {
        UUID user = userId("owen.jones");
        long version = jdbc.sql("select version from user_account where id = ?")
                .param(user)
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users/" + user + "/roles")
                        .cookie(admin)
                        .with(csrf())
                        .param("roles", "KEYWORKER", "TEAM_LEADER")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        Document conflict = page(post("/admin/users/" + user + "/roles")
                .cookie(admin)
                .with(csrf())
                .param("roles", "PARTNER_WORKER")
                .param("version", String.valueOf(version)));
        assertThat(conflict.select("h1").text()).contains("Someone else changed this record");
        var roles = jdbc.sql("select role from user_role where user_id = ? order by role")
                .param(user)
                .query(String.class)
                .list();
        assertThat(roles).containsExactly("KEYWORKER", "TEAM_LEADER");
    }

    @Test
    void everyAdministrationPageRenders() throws Exception {
        UUID organisation = organisationId("Riverside Works CIC");
        UUID user = userId("owen.jones");
        for (String path : new String[] {
            "/admin/organisations",
            "/admin/organisations/new",
            "/admin/organisations/" + organisation,
            "/admin/organisations/" + organisation + "/teams/new",
            "/admin/users",
            "/admin/users?organisation=" + organisation,
            "/admin/users/new",
            "/admin/users/" + user,
            "/admin/api-clients",
            "/admin/api-clients/new",
            "/admin/access-log"
        }) {
            mvc.perform(get(path).cookie(admin)).andExpect(status().isOk());
        }
    }

    @Test
    void anUnknownOrganisationOrUserAnswersNotFound() throws Exception {
        mvc.perform(get("/admin/organisations/" + UUID.randomUUID()).cookie(admin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/" + UUID.randomUUID()).cookie(admin)).andExpect(status().isNotFound());
    }

    @Test
    void peopleWhoAreNotAdministratorsCannotReachAdministration() throws Exception {
        for (String username :
                new String[] {"keyworker", "teamleader", "commissioner", "partner", "employer.officer"}) {
            mvc.perform(get("/admin/users").cookie(signIn(username))).andExpect(status().isForbidden());
        }
    }
}
