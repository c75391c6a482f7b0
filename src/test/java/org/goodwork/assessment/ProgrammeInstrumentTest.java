package org.goodwork.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goodwork.participant.NewParticipant;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Eligibility;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A programme can use its own distance-travelled instrument instead of Goodwork's. */
class ProgrammeInstrumentTest extends IntegrationTest {

    @Autowired
    Programmes programmes;

    @Autowired
    Participants participants;

    @Test
    void aCommissionersOwnInstrumentIsWhatParticipantsAreScoredOn() throws Exception {
        UUID programme = programmes
                .save(
                        "OWNI",
                        organisationId("Northmoor Combined Authority"),
                        new Programme.Settings(
                                "Own instrument pilot",
                                26,
                                20,
                                12,
                                21,
                                Eligibility.open(),
                                new Programme.JobOutcomeRule(BigDecimal.valueOf(16), 4),
                                new Programme.ProgressRule(2, BigDecimal.TEN),
                                new Programme.Targets(null, null, null, null)),
                        List.of(organisationId("Riverside Works CIC")),
                        null)
                .programme()
                .id();
        Cookie commissioner = signIn("commissioner");
        Document bad = page(post("/programmes/OWNI/instrument")
                .cookie(commissioner)
                .with(csrf())
                .param("lines", "Only a name"));
        assertThat(bad.select("#lines-error").text()).contains("Write each dimension as a name, a | and the question");
        mvc.perform(post("/programmes/OWNI/instrument")
                        .cookie(commissioner)
                        .with(csrf())
                        .param("lines", """
                        Getting out | How often do you get out of the house?
                        Sleep | How well are you sleeping?
                        Routine | How much of a routine do you have?"""))
                .andExpect(redirectedUrl("/programmes/OWNI"));

        UUID person = participants.register(new NewParticipant(
                organisationId("Riverside Works CIC"),
                programme,
                "SELF",
                null,
                "I" + UUID.randomUUID().toString().substring(0, 8),
                "Indy",
                "Instrument",
                LocalDate.of(1995, 5, 5),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                userId("aisha.khan"),
                LocalDate.now(),
                LocalDate.now()));
        Cookie keyworker = signIn("aisha.khan");
        Document form = page(get("/participants/" + person + "/progress/new").cookie(keyworker));
        assertThat(form.select("fieldset legend span:first-child").eachText())
                .containsExactly("Getting out", "Sleep", "Routine");
        LocalDate today = LocalDate.now();
        mvc.perform(post("/participants/" + person + "/progress/new")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("dateDay", String.valueOf(today.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear()))
                        .param("score-GETTING_OUT", "4")
                        .param("score-SLEEP", "6")
                        .param("score-ROUTINE", "3"))
                .andExpect(redirectedUrl("/participants/" + person + "/progress"));
        Document progress = page(get("/participants/" + person + "/progress").cookie(keyworker));
        assertThat(progress.select("tbody th").eachText()).containsExactly("Getting out", "Sleep", "Routine");
    }
}
