package org.goodwork.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HomePageTest extends IntegrationTest {

    @Test
    void aTeamLeaderSeesEachCaseloadAgainstTheProgrammesLimit() throws Exception {
        Document home = page(get("/").cookie(signIn("teamleader")));
        assertThat(home.select("thead th").eachText()).contains("Against the limit of 45");
        assertThat(home.select("tbody .govuk-tag").eachText())
                .isNotEmpty()
                .allSatisfy(tag -> assertThat(tag).endsWith("the limit"));
    }

    @Test
    void aCommissionerSeesNumbersPerProviderAndNoNames() throws Exception {
        Document home = page(get("/").cookie(signIn("commissioner")));
        assertThat(home.select("tbody th").eachText()).contains("Brightpath Employment Support", "Riverside Works CIC");
        String someone = jdbc.sql("select family_name from participant order by reference limit 1")
                .query(String.class)
                .single();
        assertThat(home.text()).doesNotContain(someone);
    }

    @Test
    void theQueueShowsDaysFromReferralToFirstContact() throws Exception {
        Cookie leader = signIn("teamleader");
        String location = mvc.perform(post("/referrals/new")
                        .cookie(leader)
                        .with(csrf())
                        .param("programme", "HIW")
                        .param("source", "GP")
                        .param("givenName", "Frankie")
                        .param("familyName", "Firstcontact")
                        .param("dobDay", "2")
                        .param("dobMonth", "2")
                        .param("dobYear", "1992")
                        .param("phone", "01632 960777")
                        .param("consentToContact", "true"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location + "/accept")
                .cookie(leader)
                .with(csrf())
                .param("version", "0")
                .param("keyworker", userId("tom.ellis").toString())
                .param("overLimitReason", "Tom knows the family already"));
        assertThat(jdbc.sql("select status from referral where family_name = 'Firstcontact'")
                        .query(String.class)
                        .single())
                .isEqualTo("ACCEPTED");
        Document before = page(get("/referrals").cookie(leader));
        assertThat(row(before, "Frankie Firstcontact")).endsWith("Not yet");

        UUID person = jdbc.sql("select participant_id from referral where family_name = 'Firstcontact'")
                .query(UUID.class)
                .single();
        LocalDate today = LocalDate.now();
        mvc.perform(post("/participants/" + person + "/contacts")
                .cookie(signIn("tom.ellis"))
                .with(csrf())
                .param("type", "PHONE")
                .param("dateDay", String.valueOf(today.getDayOfMonth()))
                .param("dateMonth", String.valueOf(today.getMonthValue()))
                .param("dateYear", String.valueOf(today.getYear())));
        Document after = page(get("/referrals").cookie(leader));
        assertThat(row(after, "Frankie Firstcontact")).endsWith(" 0");
    }

    private static String row(Document page, String name) {
        return page.select("tbody tr").stream()
                .filter(tr -> tr.text().startsWith(name))
                .findFirst()
                .orElseThrow()
                .text();
    }
}
