package org.goodwork.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goodwork.participant.NewParticipant;
import org.goodwork.participant.Participants;
import org.goodwork.security.ParticipantScope;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EngagementPagesTest extends IntegrationTest {

    @Autowired
    Participants participants;

    @Autowired
    Contacts contacts;

    Cookie keyworker;
    UUID person;

    @BeforeEach
    void aParticipantWhoStartedAMonthAgo() throws Exception {
        keyworker = signIn("liam.byrne");
        UUID programme = jdbc.sql("select id from programme where code = 'HIW'")
                .query(UUID.class)
                .single();
        String family = "Engage" + UUID.randomUUID().toString().substring(0, 6);
        person = participants.register(new NewParticipant(
                organisationId("Riverside Works CIC"),
                programme,
                "COUNCIL",
                null,
                "E" + UUID.randomUUID().toString().substring(0, 8),
                "Erin",
                family,
                LocalDate.of(1979, 2, 3),
                null,
                null,
                "QQ6 1AB",
                "07700 900777",
                "erin@example.org",
                "INACTIVE",
                null,
                List.of(),
                userId("liam.byrne"),
                LocalDate.now().minusDays(40),
                LocalDate.now().minusDays(30)));
    }

    @Test
    void someoneNotContactedForLongerThanTheGapIsPromptedKindlyUntilAContactIsRecorded() throws Exception {
        ParticipantScope liamsCaseload =
                ParticipantScope.caseload(organisationId("Riverside Works CIC"), userId("liam.byrne"));
        assertThat(contacts.prompts(liamsCaseload)).anySatisfy(p -> {
            assertThat(p.participantId()).isEqualTo(person);
            assertThat(p.days()).isEqualTo(30);
        });
        Document home = page(get("/").cookie(keyworker));
        assertThat(home.text())
                .contains("people you have not heard from for a while")
                .contains("Nobody is ever penalised");

        LocalDate today = LocalDate.now();
        mvc.perform(post("/participants/" + person + "/contacts")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("type", "HOME_VISIT")
                        .param("dateDay", String.valueOf(today.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear()))
                        .param("duration", "45")
                        .param("notes", "Talked about a volunteering role at the community garden"))
                .andExpect(redirectedUrl("/participants/" + person + "/contacts"));
        Document recorded = page(get("/participants/" + person + "/contacts").cookie(keyworker));
        assertThat(recorded.select("tbody td").eachText())
                .contains("Home visit", "45", "Talked about a volunteering role at the community garden");
        assertThat(contacts.prompts(liamsCaseload))
                .noneSatisfy(p -> assertThat(p.participantId()).isEqualTo(person));
    }

    @Test
    void aContactNeedsATypeAndARealPastDate() throws Exception {
        Document page = page(post("/participants/" + person + "/contacts")
                .cookie(keyworker)
                .with(csrf())
                .param("dateDay", "1")
                .param("dateMonth", "1")
                .param("dateYear", String.valueOf(LocalDate.now().getYear() + 1))
                .param("duration", "an hour"));
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#type", "#dateDay", "#duration");
        assertThat(jdbc.sql("select count(*) from contact where participant_id = ?")
                        .param(person)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPartnerSeesOnlyAConsentedReferralAndNothingOnceConsentIsWithdrawn() throws Exception {
        Document noConsent =
                page(get("/participants/" + person + "/partner-referrals").cookie(keyworker));
        assertThat(noConsent.select(".govuk-inset-text").text()).contains("needs their consent");

        LocalDate today = LocalDate.now();
        mvc.perform(post("/participants/" + person + "/consents")
                .cookie(keyworker)
                .with(csrf())
                .param("sharedWith", "Open Door Housing Trust")
                .param("purpose", "Help with housing")
                .param("dateDay", String.valueOf(today.getDayOfMonth()))
                .param("dateMonth", String.valueOf(today.getMonthValue()))
                .param("dateYear", String.valueOf(today.getYear())));
        UUID consent = jdbc.sql("select id from consent where participant_id = ?")
                .param(person)
                .query(UUID.class)
                .single();
        UUID housing = organisationId("Open Door Housing Trust");
        mvc.perform(post("/participants/" + person + "/partner-referrals")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("partner", housing.toString())
                        .param("consent", consent.toString())
                        .param("whatIsShared", "Erin is at risk of losing her tenancy and would like advice"))
                .andExpect(redirectedUrl("/participants/" + person + "/partner-referrals"));
        UUID referral = jdbc.sql("select id from partner_referral where participant_id = ?")
                .param(person)
                .query(UUID.class)
                .single();

        Cookie partner = signIn("partner.housing");
        Document inbox = page(get("/partner-referrals").cookie(partner));
        assertThat(inbox.select("tbody a").eachAttr("href")).contains("/partner-referrals/" + referral);
        Document shared = page(get("/partner-referrals/" + referral).cookie(partner));
        assertThat(shared.select("h1").text()).contains("Erin Engage");
        assertThat(shared.text())
                .contains("07700 900777")
                .contains("at risk of losing her tenancy")
                .doesNotContain("1979");
        mvc.perform(post("/partner-referrals/" + referral + "/accept")
                        .cookie(partner)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrl("/partner-referrals/" + referral));
        Document status =
                page(get("/participants/" + person + "/partner-referrals").cookie(keyworker));
        assertThat(status.select("tbody .govuk-tag").text()).isEqualTo("Accepted");

        mvc.perform(post("/participants/" + person + "/consents/" + consent + "/withdraw")
                .cookie(keyworker)
                .with(csrf())
                .param("version", "0"));
        Document withdrawn = page(get("/partner-referrals/" + referral).cookie(partner));
        assertThat(withdrawn.select("h1").text()).contains("Consent withdrawn").doesNotContain("Erin");
        assertThat(withdrawn.text()).doesNotContain("07700 900777").doesNotContain("tenancy");

        mvc.perform(get("/partner-referrals/" + referral).cookie(signIn("partner")))
                .andExpect(status().isNotFound());
        Document refused = page(post("/participants/" + person + "/partner-referrals")
                .cookie(keyworker)
                .with(csrf())
                .param("partner", housing.toString())
                .param("consent", consent.toString())
                .param("whatIsShared", "Again"));
        assertThat(refused.select(".govuk-error-summary__list").text()).contains("has been withdrawn");
    }
}
