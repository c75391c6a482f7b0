package org.goodwork.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** A keyworker keeps a participant's record: start, details, circumstances, consent, leaving. */
class CaseworkPagesTest extends IntegrationTest {

    @Autowired
    Participants participants;

    Cookie keyworker;

    @BeforeEach
    void signInAsKeyworker() throws Exception {
        keyworker = signIn("tom.ellis");
    }

    @Test
    void startingSetsThePlannedEndFromTheProgrammeAndWritesTheTimeline() throws Exception {
        UUID person = person("REFERRED");
        LocalDate today = LocalDate.now();
        mvc.perform(post("/participants/" + person + "/start")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", version(person))
                        .param("dateDay", String.valueOf(today.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear())))
                .andExpect(redirectedUrl("/participants/" + person));
        assertThat(jdbc.sql("select status from participant where id = ?")
                        .param(person)
                        .query(String.class)
                        .single())
                .isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select planned_end_date from participant where id = ?")
                        .param(person)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today.plusWeeks(52));
        Document timeline = page(get("/participants/" + person + "/timeline").cookie(keyworker));
        assertThat(timeline.select(".moj-timeline__title").eachText()).contains("Started");
        assertThat(timeline.select(".moj-timeline__byline").text()).contains("tom.ellis");
    }

    @Test
    void aStartDateInTheFutureIsRefusedBesideTheDate() throws Exception {
        UUID person = person("REFERRED");
        Document page = page(post("/participants/" + person + "/start")
                .cookie(keyworker)
                .with(csrf())
                .param("version", version(person))
                .param("dateDay", "1")
                .param("dateMonth", "1")
                .param("dateYear", String.valueOf(LocalDate.now().getYear() + 1)));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#dateDay-error").text()).contains("Start date must be today or in the past");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#dateDay");
    }

    @Test
    void contactDetailsAreCheckedAndSaved() throws Exception {
        UUID person = person("ACTIVE");
        Document bad = page(post("/participants/" + person + "/details")
                .cookie(keyworker)
                .with(csrf())
                .param("version", version(person))
                .param("email", "not an email")
                .param("postcode", "nowhere"));
        assertThat(bad.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#email", "#postcode");
        mvc.perform(post("/participants/" + person + "/details")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", version(person))
                        .param("phone", "07700 900456")
                        .param("postcode", "qq9 9zz")
                        .param("preferredContact", "TEXT")
                        .param("remindersOptOut", "true"))
                .andExpect(redirectedUrl("/participants/" + person));
        Document record = page(get("/participants/" + person).cookie(keyworker));
        assertThat(record.text()).contains("07700 900456").contains("QQ9 9ZZ").contains("Does not want reminders");
    }

    @Test
    void circumstancesAreRecordedInTheirOwnWords() throws Exception {
        UUID person = person("ACTIVE");
        mvc.perform(post("/participants/" + person + "/circumstances")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", version(person))
                        .param("economicStatus", "INACTIVE")
                        .param("timeSinceLastWork", "M36_PLUS")
                        .param("supportNeeds", "CARER", "DEBT")
                        .param("gender", "NOT_SAID")
                        .param("aspirations", "Work with animals, maybe at a rescue centre")
                        .param("doesNotWant", "Anything on the phone all day"))
                .andExpect(redirectedUrl("/participants/" + person + "/circumstances/summary"));
        Document summary =
                page(get("/participants/" + person + "/circumstances/summary").cookie(keyworker));
        assertThat(summary.text())
                .contains("Work with animals, maybe at a rescue centre")
                .contains("Anything on the phone all day")
                .contains("Has care responsibilities")
                .contains("Debt or money problems");
    }

    @Test
    void consentIsRecordedAndCanBeWithdrawn() throws Exception {
        UUID person = person("ACTIVE");
        LocalDate today = LocalDate.now();
        Document empty = page(
                post("/participants/" + person + "/consents").cookie(keyworker).with(csrf()));
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#sharedWith", "#purpose", "#dateDay");
        mvc.perform(post("/participants/" + person + "/consents")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("sharedWith", "Northmoor Money Advice")
                        .param("purpose", "A referral for debt advice")
                        .param("dateDay", String.valueOf(today.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear())))
                .andExpect(redirectedUrl("/participants/" + person + "/consents"));
        UUID consent = jdbc.sql("select id from consent where participant_id = ?")
                .param(person)
                .query(UUID.class)
                .single();
        mvc.perform(post("/participants/" + person + "/consents/" + consent + "/withdraw")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrl("/participants/" + person + "/consents"));
        Document page = page(get("/participants/" + person + "/consents").cookie(keyworker));
        assertThat(page.select("tbody .govuk-tag").text()).startsWith("Withdrawn");
        assertThat(page.select("tbody form")).isEmpty();
    }

    @Test
    void leavingNeedsADestinationAndSupportCanBeReopened() throws Exception {
        UUID person = person("ACTIVE");
        LocalDate today = LocalDate.now();
        Document noDestination = page(post("/participants/" + person + "/exit")
                .cookie(keyworker)
                .with(csrf())
                .param("version", version(person))
                .param("dateDay", String.valueOf(today.getDayOfMonth()))
                .param("dateMonth", String.valueOf(today.getMonthValue()))
                .param("dateYear", String.valueOf(today.getYear())));
        assertThat(noDestination.select("#destination-error").text()).contains("Select where they are going next");
        mvc.perform(post("/participants/" + person + "/exit")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", version(person))
                        .param("dateDay", String.valueOf(today.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear()))
                        .param("destination", "EDUCATION_TRAINING")
                        .param("notes", "Starting an access course at the college in January"))
                .andExpect(redirectedUrl("/participants/" + person));
        Document record = page(get("/participants/" + person).cookie(keyworker));
        assertThat(record.text()).contains("Left the programme").contains("In education or training");
        mvc.perform(post("/participants/" + person + "/reopen")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", version(person)))
                .andExpect(redirectedUrl("/participants/" + person));
        assertThat(jdbc.sql("select status from participant where id = ?")
                        .param(person)
                        .query(String.class)
                        .single())
                .isEqualTo("ACTIVE");
    }

    @Test
    void twoPeopleSavingTheSameRecordGetAConflictNotALostUpdate() throws Exception {
        UUID person = person("ACTIVE");
        String version = version(person);
        mvc.perform(post("/participants/" + person + "/details")
                .cookie(keyworker)
                .with(csrf())
                .param("version", version)
                .param("phone", "01632 960111"));
        Document second = page(post("/participants/" + person + "/details")
                .cookie(signIn("teamleader"))
                .with(csrf())
                .param("version", version)
                .param("phone", "01632 960222"));
        assertThat(second.select("h1").text()).contains("Someone else changed this record");
        assertThat(jdbc.sql("select phone from participant where id = ?")
                        .param(person)
                        .query(String.class)
                        .single())
                .isEqualTo("01632 960111");
    }

    @Test
    void aColleaguesParticipantCannotBeChanged() throws Exception {
        UUID someoneElses = jdbc.sql("select id from participant where keyworker_id = ? limit 1")
                .param(userId("keyworker"))
                .query(UUID.class)
                .single();
        for (String page : new String[] {"start", "details", "circumstances", "consents", "exit", "timeline"}) {
            mvc.perform(get("/participants/" + someoneElses + "/" + page).cookie(keyworker))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/participants/" + someoneElses + "/details")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTimelineCannotBeRewritten() {
        UUID person = person("ACTIVE");
        jdbc.sql(
                        "insert into timeline_entry (participant_id, occurred_at, actor_name, kind, summary) values (?, now(), 'x', 'Test', 'x')")
                .param(person)
                .update();
        assertThatThrownBy(() -> jdbc.sql("update timeline_entry set summary = 'changed'")
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from timeline_entry").update())
                .isInstanceOf(DataAccessException.class);
    }

    /** A new participant on Tom Ellis's caseload, referred or already started, for this test alone. */
    private UUID person(String status) {
        UUID programme = jdbc.sql("select id from programme where code = 'HIW'")
                .query(UUID.class)
                .single();
        return participants.register(new NewParticipant(
                organisationId("Brightpath Employment Support"),
                programme,
                "SELF",
                null,
                "T" + UUID.randomUUID().toString().substring(0, 8),
                "Casey",
                "Casework",
                LocalDate.of(1985, 6, 15),
                null,
                null,
                "QQ1 1AA",
                null,
                null,
                "INACTIVE",
                null,
                List.of(),
                userId("tom.ellis"),
                LocalDate.now().minusDays(20),
                status.equals("ACTIVE") ? LocalDate.now().minusDays(10) : null));
    }

    private String version(UUID person) {
        return String.valueOf(jdbc.sql("select version from participant where id = ?")
                .param(person)
                .query(Long.class)
                .single());
    }
}
