package org.goodwork.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class LayoutAndContentPagesTest extends IntegrationTest {

    @Test
    void everyPageHasASkipLinkAGenericHeaderAPhaseBannerAndTheFooterLinks() throws Exception {
        Document page = page(get("/").cookie(signIn("keyworker")));
        assertThat(page.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(page.select("main#main-content")).hasSize(1);
        assertThat(page.select(".govuk-generic-header")).hasSize(1);
        assertThat(page.select(".govuk-header__logotype, svg.govuk-header__logotype"))
                .isEmpty();
        assertThat(page.select(".govuk-phase-banner .govuk-tag").text()).isEqualTo("Beta");
        assertThat(page.select(".govuk-footer a").eachAttr("href"))
                .contains("/accessibility", "/privacy", "/how-we-use-your-data");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void navigationFollowsTheRole() throws Exception {
        assertThat(navigation("keyworker"))
                .containsExactly("Home", "My caseload", "Diary", "Referrals", "Vacancies", "Employers", "Your account");
        assertThat(navigation("teamleader"))
                .containsExactly(
                        "Home",
                        "Participants",
                        "Referrals",
                        "Budget approvals",
                        "Outcome claims",
                        "Employers",
                        "Vacancies",
                        "Re-matching",
                        "Your account");
        assertThat(navigation("employer.officer")).containsExactly("Home", "Employers", "Vacancies", "Your account");
        assertThat(navigation("admin"))
                .containsExactly(
                        "Home",
                        "Organisations",
                        "Users",
                        "API clients",
                        "Partner services",
                        "Access log",
                        "Your account");
        assertThat(navigation("commissioner")).containsExactly("Home", "Programmes", "Your account");
        assertThat(navigation("partner")).containsExactly("Home", "Referrals to us", "Your account");
    }

    @Test
    void theCurrentPageIsMarkedInTheNavigation() throws Exception {
        Document page = page(get("/participants").cookie(signIn("keyworker")));
        assertThat(page.select(".govuk-service-navigation__item--active a").attr("aria-current"))
                .isEqualTo("page");
        assertThat(page.select(".govuk-service-navigation__item--active").text())
                .isEqualTo("My caseload");
    }

    @Test
    void theContentPagesAreReadableWithoutSigningIn() throws Exception {
        for (String path : new String[] {"/accessibility", "/privacy", "/how-we-use-your-data", "/data-sources"}) {
            Document page = page(get(path));
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.title()).as(path).endsWith("– Goodwork");
        }
        assertThat(page(get("/data-sources")).text()).contains("Open Government Licence v3.0");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/participants")).andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyTheSessionCookieIsSetAndPagesCarrySecurityHeaders() throws Exception {
        MvcResult result = mvc.perform(get("/sign-in")).andReturn();
        assertThat(result.getResponse().getCookies())
                .allSatisfy(c -> assertThat(c.getName()).isEqualTo(SESSION_COOKIE));
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void healthAndReadinessAreUp() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    private java.util.List<String> navigation(String username) throws Exception {
        Document page = page(get("/").cookie(signIn(username)));
        return page.select(".govuk-service-navigation__item a").eachText();
    }

    @Test
    void pagesServedOverTlsTellBrowsersToKeepUsingTlsAndNeverToFrameThem() throws Exception {
        var secure = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/sign-in")
                        .secure(true))
                .andReturn()
                .getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=");
        assertThat(secure.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(secure.getHeader("Referrer-Policy")).isNotBlank();
        var plain = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/sign-in"))
                .andReturn()
                .getResponse();
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }
}
