package org.goodwork.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class SelfReferralJourneyTest extends IntegrationTest {

    private static final String HIW = "/refer-yourself/HIW";

    @Test
    void someoneRefersThemselvesWithoutSigningInAndTheProviderReceivesIt() throws Exception {
        Visitor visitor = new Visitor("203.0.113.1");
        assertThat(visitor.open("/sign-in").select("a[href=/refer-yourself]").text())
                .isEqualTo("Refer yourself for support");
        Document start = visitor.open("/refer-yourself");
        assertThat(start.select("h1").text()).isEqualTo("Refer yourself for support");
        assertThat(start.select("a.govuk-button--start").eachAttr("href")).contains(HIW + "/name");

        assertThat(visitor.answer("name", "givenName", " Rowan ", "familyName", "Okafor-Lund"))
                .isEqualTo(HIW + "/date-of-birth");
        assertThat(visitor.answer("date-of-birth", "day", "7", "month", "03", "year", "1988"))
                .isEqualTo(HIW + "/postcode");
        assertThat(visitor.answer("postcode", "postcode", "qq1  2ab")).isEqualTo(HIW + "/contact");
        assertThat(visitor.answer("contact", "phone", "07700 900982", "email", "rowan@example.org"))
                .isEqualTo(HIW + "/reason");
        assertThat(visitor.answer("reason", "reason", "Work that fits around\r\nmy caring"))
                .isEqualTo(HIW + "/consent");
        assertThat(visitor.answer("consent", "consent", "true")).isEqualTo(HIW + "/check-answers");

        Document check = visitor.open(HIW + "/check-answers");
        assertThat(check.select(".govuk-summary-list__value").eachText())
                .containsExactly(
                        "Rowan Okafor-Lund",
                        "7 March 1988",
                        "QQ1 2AB",
                        "07700 900982",
                        "rowan@example.org",
                        "Work that fits around my caring");
        assertThat(check.select("form input[name=_csrf]")).hasSize(1);
        assertThat(check.select("#website").attr("tabindex")).isEqualTo("-1");

        assertThat(visitor.submit(check).getRedirectedUrl()).isEqualTo(HIW + "/confirmation");
        Document confirmation = visitor.open(HIW + "/confirmation");
        String reference = confirmation.select(".govuk-panel__body strong").text();
        assertThat(reference).matches("GW-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(confirmation.select("h1.govuk-panel__title").text()).isEqualTo("Referral sent");
        assertThat(confirmation.text()).contains("A keyworker from Brightpath Employment Support will contact you");

        Map<String, Object> saved = jdbc.sql("""
                        select r.source, r.status, r.given_name, r.family_name, r.date_of_birth, r.postcode, r.phone,
                               r.email, r.reason, r.consent_to_contact, o.name as provider
                          from referral r join organisation o on o.id = r.provider_id where r.reference = ?""").param(reference).query().singleRow();
        assertThat(saved)
                .containsEntry("source", "SELF")
                .containsEntry("status", "RECEIVED")
                .containsEntry("given_name", "Rowan")
                .containsEntry("family_name", "Okafor-Lund")
                .containsEntry("date_of_birth", java.sql.Date.valueOf(LocalDate.of(1988, 3, 7)))
                .containsEntry("postcode", "QQ1 2AB")
                .containsEntry("phone", "07700 900982")
                .containsEntry("email", "rowan@example.org")
                .containsEntry("reason", "Work that fits around\nmy caring")
                .containsEntry("consent_to_contact", true)
                .containsEntry("provider", "Brightpath Employment Support");

        assertThat(visitor.perform(get(HIW + "/check-answers")).getRedirectedUrl())
                .as("the answers are gone once sent")
                .isEqualTo(HIW + "/name");
    }

    @Test
    void eachQuestionExplainsWhatIsWrongAndKeepsThePersonOnIt() throws Exception {
        Visitor visitor = new Visitor("203.0.113.2");
        LocalDate today = LocalDate.now();
        visitor.assertError("name", "#givenName", "Enter your given name", "givenName", " ", "familyName", "Lund");
        visitor.assertError("name", "#familyName", "Enter your family name", "givenName", "Rowan", "familyName", "");
        visitor.assertError("date-of-birth", "#day", "Enter your date of birth", "day", "", "month", "", "year", "");
        visitor.assertError(
                "date-of-birth", "#month", "Date of birth must include a month and year", "day", "4", "month", "");
        visitor.assertError(
                "date-of-birth",
                "#day",
                "Date of birth must be a real date",
                "day",
                "31",
                "month",
                "02",
                "year",
                "2000");
        visitor.assertError(
                "date-of-birth", "#year", "Year must include 4 numbers", "day", "1", "month", "2", "year", "88");
        LocalDate tomorrow = today.plusDays(1);
        visitor.assertError(
                "date-of-birth",
                "#day",
                "Date of birth must be in the past",
                "day",
                String.valueOf(tomorrow.getDayOfMonth()),
                "month",
                String.valueOf(tomorrow.getMonthValue()),
                "year",
                String.valueOf(tomorrow.getYear()));
        LocalDate fifteen = today.minusYears(15);
        visitor.assertError(
                "date-of-birth",
                "#day",
                "Date of birth must be the same as or before",
                "day",
                String.valueOf(fifteen.getDayOfMonth()),
                "month",
                String.valueOf(fifteen.getMonthValue()),
                "year",
                String.valueOf(fifteen.getYear()));
        visitor.assertError("postcode", "#postcode", "Enter your postcode", "postcode", "");
        visitor.assertError("postcode", "#postcode", "Enter a real postcode", "postcode", "not a postcode");
        visitor.assertError("contact", "#phone", "Enter a phone number or an email address", "phone", "", "email", "");
        visitor.assertError("contact", "#phone", "Enter a phone number, like", "phone", "call me", "email", "");
        visitor.assertError(
                "contact", "#email", "Enter an email address in the correct format", "email", "rowan.at.home");
        visitor.assertError("reason", "#reason", "must be 2000 characters or fewer", "reason", "x".repeat(2001));
        visitor.assertError("consent", "#consent", "Select if you agree to be contacted about this referral");
    }

    @Test
    void changeLinksFromCheckAnswersComeBackToCheckAnswers() throws Exception {
        Visitor visitor = new Visitor("203.0.113.3");
        visitor.answerEverything("Changer");
        Document check = visitor.open(HIW + "/check-answers");
        var changeLinks = check.select(".govuk-summary-list__actions a").eachAttr("href");
        assertThat(changeLinks)
                .containsExactly(
                        HIW + "/name",
                        HIW + "/date-of-birth",
                        HIW + "/postcode",
                        HIW + "/contact",
                        HIW + "/contact",
                        HIW + "/reason");
        for (String link : changeLinks) {
            Document question = visitor.open(link);
            assertThat(question.select(".govuk-back-link").attr("href")).isEqualTo(HIW + "/check-answers");
            assertThat(visitor.submit(question).getRedirectedUrl()).as(link).isEqualTo(HIW + "/check-answers");
        }
        assertThat(visitor.answer("postcode", "postcode", "QQ2 9ZZ")).isEqualTo(HIW + "/check-answers");
        assertThat(visitor.open(HIW + "/check-answers")
                        .select(".govuk-summary-list__value")
                        .eachText())
                .contains("QQ2 9ZZ")
                .doesNotContain("QQ1 2AB");
    }

    @Test
    void aBotThatFillsInTheTrapFieldSeesAConfirmationButNothingIsSaved() throws Exception {
        Visitor bot = new Visitor("203.0.113.4");
        String family = bot.answerEverything("Trapped");
        MockHttpServletResponse sent = bot.submit(bot.open(HIW + "/check-answers"), "website", "https://spam.example");
        assertThat(sent.getRedirectedUrl()).isEqualTo(HIW + "/confirmation");
        String reference = bot.open(HIW + "/confirmation")
                .select(".govuk-panel__body strong")
                .text();
        assertThat(reference).matches("GW-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(referralsFor(family)).isZero();
        assertThat(jdbc.sql("select count(*) from referral where reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSixthReferralInAnHourFromOneAddressIsRefused() throws Exception {
        Visitor visitor = new Visitor("203.0.113.5");
        String family = null;
        for (int i = 0; i < 5; i++) {
            family = visitor.answerEverything("Busy");
            assertThat(visitor.submit(visitor.open(HIW + "/check-answers")).getRedirectedUrl())
                    .isEqualTo(HIW + "/confirmation");
        }
        family = visitor.answerEverything("Busy");
        MockHttpServletResponse refused = visitor.submit(visitor.open(HIW + "/check-answers"));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Jsoup.parse(refused.getContentAsString()).select("h1").text())
                .isEqualTo("You have sent a lot of referrals");
        assertThat(referralsFor(family)).isZero();

        Visitor elsewhere = new Visitor("203.0.113.6");
        elsewhere.answerEverything("Elsewhere");
        assertThat(elsewhere.submit(elsewhere.open(HIW + "/check-answers")).getRedirectedUrl())
                .as("another address has its own limit")
                .isEqualTo(HIW + "/confirmation");
    }

    @Test
    void anUnknownProgrammeIsNotFound() throws Exception {
        Visitor visitor = new Visitor("203.0.113.8");
        assertThat(visitor.perform(get("/refer-yourself/NO-SUCH/name")).getStatus())
                .isEqualTo(404);
        assertThat(visitor.perform(post("/refer-yourself/NO-SUCH/check-answers").with(csrf()))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void skippingAheadGoesBackToTheFirstUnansweredQuestion() throws Exception {
        Visitor visitor = new Visitor("203.0.113.9");
        assertThat(visitor.perform(get(HIW + "/check-answers")).getRedirectedUrl())
                .isEqualTo(HIW + "/name");
        assertThat(visitor.perform(post(HIW + "/check-answers").with(csrf())).getRedirectedUrl())
                .isEqualTo(HIW + "/name");
        visitor.answer("name", "givenName", "Rowan", "familyName", "Skipper");
        assertThat(visitor.perform(get(HIW + "/check-answers")).getRedirectedUrl())
                .isEqualTo(HIW + "/date-of-birth");
        assertThat(visitor.perform(get(HIW + "/confirmation")).getRedirectedUrl())
                .as("nothing sent yet")
                .isEqualTo("/refer-yourself");
    }

    private long referralsFor(String familyName) {
        return jdbc.sql("select count(*) from referral where family_name = ?")
                .param(familyName)
                .query(Long.class)
                .single();
    }

    /** One person's browser: it comes from one address and keeps its latest session cookie. */
    private final class Visitor {

        private final String address;
        private Cookie session;

        Visitor(String address) {
            this.address = address;
        }

        MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
            if (session != null) {
                request.cookie(session);
            }
            MockHttpServletResponse response = mvc.perform(request.with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    }))
                    .andReturn()
                    .getResponse();
            if (response.getCookie(SESSION_COOKIE) != null) {
                session = response.getCookie(SESSION_COOKIE);
            }
            return response;
        }

        Document open(String path) throws Exception {
            MockHttpServletResponse response = perform(get(path));
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            return Jsoup.parse(response.getContentAsString());
        }

        /** Sends the page's form as a browser would, with what it already holds, changed by {@code fields}. */
        MockHttpServletResponse submit(Document page, String... fields) throws Exception {
            FormElement form = (FormElement) page.selectFirst("main form[method=post]");
            assertThat(form).as(page.title()).isNotNull();
            Map<String, String> values = new LinkedHashMap<>();
            form.formData().forEach(field -> values.put(field.key(), field.value()));
            for (int i = 0; i < fields.length; i += 2) {
                values.put(fields[i], fields[i + 1]);
            }
            MockHttpServletRequestBuilder request = post(form.attr("action"));
            values.forEach(request::param);
            return perform(request);
        }

        /** Answers one question and returns where it went next. */
        String answer(String question, String... fields) throws Exception {
            MockHttpServletResponse response = submit(open(HIW + "/" + question), fields);
            assertThat(response.getStatus()).as(question).isEqualTo(302);
            return response.getRedirectedUrl();
        }

        /** Answers every question, with a family name unique to this call, and returns that name. */
        String answerEverything(String familyName) throws Exception {
            String unique = familyName + "-" + UUID.randomUUID().toString().substring(0, 8);
            answer("name", "givenName", "Rowan", "familyName", unique);
            answer("date-of-birth", "day", "14", "month", "6", "year", "1990");
            answer("postcode", "postcode", "QQ1 2AB");
            answer("contact", "phone", "", "email", "rowan@example.org");
            answer("reason", "reason", "");
            assertThat(answer("consent", "consent", "true")).isEqualTo(HIW + "/check-answers");
            return unique;
        }

        void assertError(String question, String field, String message, String... fields) throws Exception {
            MockHttpServletResponse response = submit(open(HIW + "/" + question), fields);
            assertThat(response.getStatus()).as(message).isEqualTo(200);
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.title()).as(message).startsWith("Error: ");
            assertThat(page.select("h1")).as(message).hasSize(1);
            assertThat(page.select(".govuk-error-summary__list a").attr("href"))
                    .as(message)
                    .isEqualTo(field);
            assertThat(page.select(".govuk-error-summary__list a").text())
                    .as(message)
                    .contains(message);
            assertThat(page.select(field)).as(message).hasSize(1);
            assertThat(page.select(".govuk-form-group--error .govuk-error-message")
                            .text())
                    .as(message)
                    .contains(message);
        }
    }
}
