package org.goodwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import org.goodwork.shared.DemoSignIns;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInTest extends IntegrationTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void theSignInPageListsTheDemoSignInsInDemoMode() throws Exception {
        Document page = page(get("/sign-in"));
        assertThat(page.title()).isEqualTo("Sign in – Goodwork");
        for (DemoSignIns.DemoSignIn demo : DemoSignIns.ALL) {
            assertThat(page.select("table").text()).contains(demo.username());
        }
    }

    @Test
    void everyDemoRoleCanSignIn() throws Exception {
        for (DemoSignIns.DemoSignIn demo : DemoSignIns.ALL) {
            assertThat(signIn(demo.username())).isNotNull();
        }
    }

    @Test
    void aWrongPasswordShowsAnErrorWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(formLogin("/sign-in").user("keyworker").password("not-the-password-at-all"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(formLogin("/sign-in").user("nobody-by-this-name").password("not-the-password-at-all"))
                .andExpect(redirectedUrl("/sign-in?error"));
        Document page = page(get("/sign-in?error"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#username]").text())
                .isEqualTo("Enter a correct username and password");
        assertThat(page.select("#username-error").text()).contains("Enter a correct username and password");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        createUser("lockout.person");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user("lockout.person").password("wrong-password-" + i));
        }
        mvc.perform(formLogin("/sign-in").user("lockout.person").password(DemoSignIns.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?locked"));
        assertThat(accounts.find(userId("lockout.person")).orElseThrow().locked())
                .isTrue();
    }

    @Test
    void anAdministratorCanUnlockALockedAccount() throws Exception {
        createUser("unlock.person");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user("unlock.person").password("wrong-password-" + i));
        }
        var user = accounts.find(userId("unlock.person")).orElseThrow();
        mvc.perform(post("/admin/users/" + user.id() + "/unlock")
                        .param("version", String.valueOf(user.version()))
                        .cookie(signIn("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(signIn("unlock.person")).isNotNull();
    }

    @Test
    void anAdministratorResetsAForgottenPasswordAndThePersonMustChooseANewOne() throws Exception {
        createUser("forgetful.person");
        var user = accounts.find(userId("forgetful.person")).orElseThrow();
        Document weak = page(post("/admin/users/" + user.id() + "/password")
                .cookie(signIn("admin"))
                .with(csrf())
                .param("version", String.valueOf(user.version()))
                .param("temporaryPassword", "password1234"));
        assertThat(weak.select("#temporaryPassword-error").text()).contains("too common");
        mvc.perform(post("/admin/users/" + user.id() + "/password")
                        .cookie(signIn("admin"))
                        .with(csrf())
                        .param("version", String.valueOf(user.version()))
                        .param("temporaryPassword", "blue kettle morning walk"))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));
        mvc.perform(formLogin("/sign-in").user("forgetful.person").password(DemoSignIns.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
        Cookie session = signIn("forgetful.person", "blue kettle morning walk");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void manySignInAttemptsFromOneAddressArePausedWhateverTheUsername() throws Exception {
        // Fill this address's bucket to the configured limit, then one more attempt is refused.
        jdbc.sql(
                        "insert into rate_limit_hit (bucket, hit_at) select 'sign-in:198.51.100.9', now() from generate_series(1, 100000)")
                .update();
        mvc.perform(post("/sign-in")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("198.51.100.9");
                            return request;
                        })
                        .param("username", "keyworker")
                        .param("password", DemoSignIns.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?too-many"));
        jdbc.sql("delete from rate_limit_hit where bucket = 'sign-in:198.51.100.9'")
                .update();
    }

    @Test
    void signingInOnAFourthDeviceEndsTheOldestSession() throws Exception {
        Cookie first = signIn("megan.price");
        mvc.perform(get("/").cookie(first)).andExpect(status().isOk());
        signIn("megan.price");
        signIn("megan.price");
        signIn("megan.price");
        mvc.perform(get("/").cookie(first)).andExpect(redirectedUrl("/sign-in?signed-out-elsewhere"));
    }

    @Test
    void lockoutGrowsWithEachFurtherFailure() {
        createUser("backoff.person");
        for (int i = 0; i < 5; i++) {
            accounts.recordFailedSignIn("backoff.person");
        }
        var first = lockedSeconds("backoff.person");
        accounts.recordFailedSignIn("backoff.person");
        var second = lockedSeconds("backoff.person");
        assertThat(first).isBetween(50L, 70L);
        assertThat(second).isBetween(110L, 130L);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Cookie session = signIn("admin");
        mvc.perform(post("/admin/organisations/new")
                        .param("name", "No Token Ltd")
                        .param("type", "PARTNER")
                        .cookie(session))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Cookie session = signIn("keyworker");
        mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));
        mvc.perform(get("/participants").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aDeactivatedUserCannotSignIn() throws Exception {
        createUser("leaver.person");
        var user = accounts.find(userId("leaver.person")).orElseThrow();
        accounts.deactivate(user.id(), user.version());
        mvc.perform(formLogin("/sign-in").user("leaver.person").password(DemoSignIns.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void someoneGivenAPasswordByAnAdministratorMustChooseTheirOwn() throws Exception {
        accounts.create(new NewUser(
                organisationId("Brightpath Employment Support"),
                null,
                "new.starter",
                "New Starter",
                null,
                EnumSet.of(Role.KEYWORKER),
                "temporary-password-from-admin",
                true));
        Cookie session = signIn("new.starter", "temporary-password-from-admin");
        mvc.perform(get("/participants").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "temporary-password-from-admin")
                        .param("newPassword", "my own lovely long passphrase")
                        .param("confirmPassword", "my own lovely long passphrase"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/participants").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aWeakNewPasswordIsExplainedBesideTheField() throws Exception {
        Cookie session = signIn("hana.patel");
        Document page = page(post("/account/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", DemoSignIns.PASSWORD)
                .param("newPassword", "password1234")
                .param("confirmPassword", "password1234"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#newPassword-error").text()).contains("too common");
        assertThat(page.select(".govuk-error-summary a[href=#newPassword]")).hasSize(1);
    }

    @Test
    void sessionsExpireAfterThirtyMinutesWithoutActivity() throws Exception {
        Cookie session = signIn("tom.ellis");
        Integer idle = jdbc.sql(
                        "select max(max_inactive_interval) from spring_session where principal_name = 'tom.ellis'")
                .query(Integer.class)
                .single();
        assertThat(idle).isEqualTo(30 * 60);
        assertThat(session.isHttpOnly()).isTrue();
    }

    @Test
    void signingInGivesANewSessionIdSoASessionCannotBeFixed() throws Exception {
        var before = mvc.perform(get("/sign-in")).andReturn().getResponse().getCookie(SESSION_COOKIE);
        assertThat(before).isNotNull();
        var after = mvc.perform(post("/sign-in")
                        .param("username", "tom.ellis")
                        .param("password", DemoSignIns.PASSWORD)
                        .cookie(before)
                        .with(csrf()))
                .andReturn();
        assertThat(after.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(after.getResponse().getCookie(SESSION_COOKIE).getValue()).isNotEqualTo(before.getValue());
    }

    private void createUser(String username) {
        accounts.create(new NewUser(
                organisationId("Brightpath Employment Support"),
                null,
                username,
                "Test Person",
                null,
                EnumSet.of(Role.KEYWORKER),
                DemoSignIns.PASSWORD,
                false));
    }

    private long lockedSeconds(String username) {
        return jdbc.sql("select extract(epoch from locked_until - now())::bigint from user_account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }
}
