package org.goodwork.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goodwork.programme.Eligibility;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class TriagePagesTest extends IntegrationTest {

    @Autowired
    Referrals referrals;

    @Autowired
    Programmes programmes;

    @Test
    void aTeamLeaderRefersSomeoneAndTheyWaitInTheQueue() throws Exception {
        Cookie session = signIn("teamleader");
        String location = mvc.perform(referral(post("/referrals/new").cookie(session), "Robin", "Queue"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document detail = page(get(location).cookie(session));
        assertThat(detail.select("h1").text()).contains("Robin Queue").contains("Waiting for triage");
        assertThat(detail.text()).contains("Children's centre or family hub");
        Document queue = page(get("/referrals").cookie(session));
        assertThat(queue.select("tbody tr td:first-child").eachText()).contains("Robin Queue");
    }

    @Test
    void mistakesInAReferralAreExplainedAndNothingIsSaved() throws Exception {
        long before =
                jdbc.sql("select count(*) from referral").query(Long.class).single();
        Document page = page(post("/referrals/new")
                .cookie(signIn("teamleader"))
                .with(csrf())
                .param("programme", "HIW")
                .param("source", "COUNCIL")
                .param("givenName", "")
                .param("familyName", "Nobody")
                .param("dobDay", "31")
                .param("dobMonth", "2")
                .param("dobYear", "2000")
                .param("postcode", "not a postcode"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#givenName", "#dobDay", "#postcode", "#phone", "#consentToContact");
        assertThat(page.select("#dobDay-error").text()).contains("Date of birth must be a real date");
        assertThat(page.select("#familyName").val()).isEqualTo("Nobody");
        assertThat(jdbc.sql("select count(*) from referral").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void someoneAlreadySupportedIsOfferedAsAPossibleMatchAndCanBeLinked() throws Exception {
        var existing = jdbc.sql("""
                        select id, given_name, family_name, date_of_birth from participant
                         where organisation_id = ? order by reference limit 1""")
                .param(organisationId("Brightpath Employment Support"))
                .query((rs, row) -> new Object[] {
                    rs.getObject("id", UUID.class),
                    rs.getString("given_name"),
                    rs.getString("family_name"),
                    rs.getObject("date_of_birth", LocalDate.class)
                })
                .single();
        LocalDate dob = (LocalDate) existing[3];
        Cookie session = signIn("teamleader");
        String location = mvc.perform(post("/referrals/new")
                        .cookie(session)
                        .with(csrf())
                        .param("programme", "HIW")
                        .param("source", "GP")
                        .param("givenName", (String) existing[1])
                        .param("familyName", (String) existing[2])
                        .param("dobDay", String.valueOf(dob.getDayOfMonth()))
                        .param("dobMonth", String.valueOf(dob.getMonthValue()))
                        .param("dobYear", String.valueOf(dob.getYear()))
                        .param("phone", "01632 960000")
                        .param("consentToContact", "true"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document detail = page(get(location).cookie(session));
        assertThat(detail.select("table").text())
                .contains(existing[1] + " " + existing[2])
                .contains("Same date of birth");

        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        long participantsBefore =
                jdbc.sql("select count(*) from participant").query(Long.class).single();
        mvc.perform(post(location + "/link")
                        .cookie(session)
                        .with(csrf())
                        .param("version", "0")
                        .param("participant", existing[0].toString()))
                .andExpect(redirectedUrl("/referrals"));
        assertThat(jdbc.sql("select participant_id from referral where id = ?")
                        .param(id)
                        .query(UUID.class)
                        .single())
                .isEqualTo(existing[0]);
        assertThat(jdbc.sql("select count(*) from participant")
                        .query(Long.class)
                        .single())
                .isEqualTo(participantsBefore);
    }

    @Test
    void acceptingAllocatesToAKeyworkerWhoThenSeesThePerson() throws Exception {
        Cookie session = signIn("teamleader");
        String location = mvc.perform(referral(post("/referrals/new").cookie(session), "Ashley", "Accepted"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location + "/accept")
                        .cookie(session)
                        .with(csrf())
                        .param("version", "0")
                        .param("keyworker", userId("grace.nwosu").toString()))
                .andExpect(redirectedUrl("/referrals"));
        UUID participant = jdbc.sql(
                        "select participant_id from referral where reference = (select reference from referral where given_name = 'Ashley' and family_name = 'Accepted')")
                .query(UUID.class)
                .single();
        Document caseload =
                page(get("/participants").param("q", "Ashley Accepted").cookie(signIn("grace.nwosu")));
        assertThat(caseload.select("tbody td a").eachText()).containsExactly("Ashley Accepted");
        mvc.perform(get("/participants/" + participant).cookie(signIn("grace.nwosu")))
                .andExpect(status().isOk());
    }

    @Test
    void acceptingOverTheCaseloadLimitNeedsATeamLeaderAndAReason() throws Exception {
        UUID brightpath = organisationId("Brightpath Employment Support");
        programmes.save(
                "LIMIT1",
                organisationId("Northmoor Combined Authority"),
                new Programme.Settings(
                        "Tiny caseloads",
                        26,
                        1,
                        12,
                        21,
                        Eligibility.open(),
                        new Programme.JobOutcomeRule(BigDecimal.valueOf(16), 4),
                        new Programme.ProgressRule(2, BigDecimal.TEN),
                        new Programme.Targets(null, null, null, null)),
                List.of(brightpath),
                null);
        Referral referral = referrals.receive(new NewReferral(
                "LIMIT1",
                "SELF",
                null,
                null,
                "Over",
                "Limit",
                LocalDate.of(1990, 1, 1),
                null,
                "01632 960001",
                null,
                true,
                null,
                null));
        String keyworker = userId("keyworker").toString();

        Document asKeyworker = page(post("/referrals/" + referral.id() + "/accept")
                .cookie(signIn("hana.patel"))
                .with(csrf())
                .param("version", "0")
                .param("keyworker", keyworker));
        assertThat(asKeyworker.select("#keyworker-error").text())
                .contains("at the programme's limit")
                .contains("ask a team leader");

        Cookie leader = signIn("teamleader");
        Document noReason = page(post("/referrals/" + referral.id() + "/accept")
                .cookie(leader)
                .with(csrf())
                .param("version", "0")
                .param("keyworker", keyworker));
        assertThat(noReason.select("#keyworker-error").text()).contains("Give a reason");
        assertThat(jdbc.sql("select status from referral where id = ?")
                        .param(referral.id())
                        .query(String.class)
                        .single())
                .isEqualTo("RECEIVED");

        mvc.perform(post("/referrals/" + referral.id() + "/accept")
                        .cookie(leader)
                        .with(csrf())
                        .param("version", "0")
                        .param("keyworker", keyworker)
                        .param("overLimitReason", "Alex already supports their partner"))
                .andExpect(redirectedUrl("/referrals"));
        assertThat(jdbc.sql("select over_caseload_reason from referral where id = ?")
                        .param(referral.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Alex already supports their partner");
    }

    @Test
    void decliningNeedsAReasonAndRecordsTheWarmHandover() throws Exception {
        Cookie session = signIn("teamleader");
        String location = mvc.perform(referral(post("/referrals/new").cookie(session), "Dana", "Declined"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document noReason =
                page(post(location + "/decline").cookie(session).with(csrf()).param("version", "0"));
        assertThat(noReason.select("#declineReason-error").text()).contains("Enter why the referral is declined");
        mvc.perform(post(location + "/decline")
                        .cookie(session)
                        .with(csrf())
                        .param("version", "0")
                        .param("declineReason", "Already in full-time work and wants careers advice")
                        .param("handoverTo", "National Careers Service"))
                .andExpect(redirectedUrl("/referrals"));
        Document detail = page(get(location).cookie(session));
        assertThat(detail.text()).contains("Declined").contains("National Careers Service");
        assertThat(detail.select("form[action$=/accept]")).isEmpty();
    }

    @Test
    void aDecisionOnAReferralSomeoneElseAlreadyDecidedIsAConflict() throws Exception {
        Cookie session = signIn("teamleader");
        String location = mvc.perform(referral(post("/referrals/new").cookie(session), "Sam", "Twice"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location + "/decline")
                .cookie(session)
                .with(csrf())
                .param("version", "0")
                .param("declineReason", "Moved away"));
        Document second = page(post(location + "/accept")
                .cookie(session)
                .with(csrf())
                .param("version", "0")
                .param("keyworker", userId("keyworker").toString()));
        assertThat(second.select("h1").text()).contains("Someone else changed this record");
    }

    @Test
    void anotherProvidersReferralIsNotFound() throws Exception {
        Cookie brightpath = signIn("teamleader");
        String location = mvc.perform(referral(post("/referrals/new").cookie(brightpath), "Kim", "Private"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).cookie(signIn("teamleader.riverside"))).andExpect(status().isNotFound());
        mvc.perform(post(location + "/decline")
                        .cookie(signIn("teamleader.riverside"))
                        .with(csrf())
                        .param("version", "0")
                        .param("declineReason", "Not ours"))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder referral(MockHttpServletRequestBuilder request, String given, String family) {
        return request.with(csrf())
                .param("programme", "HIW")
                .param("source", "CHILDRENS_CENTRE")
                .param("referrerName", "Family hub worker")
                .param("givenName", given)
                .param("familyName", family)
                .param("dobDay", "12")
                .param("dobMonth", "4")
                .param("dobYear", "1991")
                .param("postcode", "QQ4 5AB")
                .param("phone", "01632 960002")
                .param("consentToContact", "true");
    }
}
