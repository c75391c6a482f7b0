package org.goodwork.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppointmentPagesTest extends IntegrationTest {

    Cookie keyworker;
    UUID person;

    @BeforeEach
    void aParticipant() throws Exception {
        keyworker = signIn("owen.jones");
        person = jdbc.sql("select id from participant where keyworker_id = ? order by reference limit 1")
                .param(userId("owen.jones"))
                .query(UUID.class)
                .single();
    }

    @Test
    void anAppointmentIsBookedShownInTheDiaryAndGivenAsACalendarFile() throws Exception {
        LocalDate day = LocalDate.now().plusDays(2);
        mvc.perform(post("/participants/" + person + "/appointments")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("dateDay", String.valueOf(day.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(day.getMonthValue()))
                        .param("dateYear", String.valueOf(day.getYear()))
                        .param("time", "14:30")
                        .param("duration", "45")
                        .param("channel", "FACE_TO_FACE")
                        .param("place", "Library café, Riverside Road")
                        .param("whatToBring", "Your CV, if you have one"))
                .andExpect(redirectedUrl("/participants/" + person + "/appointments"));
        UUID appointment = jdbc.sql(
                        "select id from appointment where participant_id = ? and place = 'Library café, Riverside Road'")
                .param(person)
                .query(UUID.class)
                .single();

        Document diary = page(get("/diary").param("date", day.toString()).cookie(keyworker));
        assertThat(diary.select("tbody td").eachText()).contains("14:30", "Face to face, Library café, Riverside Road");
        Document week = page(get("/diary")
                .param("date", day.toString())
                .param("view", "week")
                .cookie(keyworker));
        assertThat(week.select("main h2.govuk-heading-m")).hasSize(7);

        var calendar = mvc.perform(get("/participants/" + person + "/appointments/" + appointment + "/calendar.ics")
                        .cookie(keyworker))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(calendar.getContentType()).startsWith("text/calendar");
        assertThat(calendar.getContentAsString())
                .contains("BEGIN:VEVENT")
                .contains("LOCATION:Library café\\, Riverside Road")
                .contains("DESCRIPTION:What to bring: Your CV\\, if you have one");
    }

    @Test
    void attendanceIsRecordedNeutrally() throws Exception {
        LocalDate day = LocalDate.now().minusDays(1);
        mvc.perform(post("/participants/" + person + "/appointments")
                .cookie(keyworker)
                .with(csrf())
                .param("dateDay", String.valueOf(day.getDayOfMonth()))
                .param("dateMonth", String.valueOf(day.getMonthValue()))
                .param("dateYear", String.valueOf(day.getYear()))
                .param("time", "09:00")
                .param("duration", "30")
                .param("channel", "PHONE"));
        UUID appointment = jdbc.sql(
                        "select id from appointment where participant_id = ? and channel = 'PHONE' order by created_at desc limit 1")
                .param(person)
                .query(UUID.class)
                .single();
        Document page = page(get("/participants/" + person + "/appointments").cookie(keyworker));
        assertThat(page.select("button[name=attendance]").eachText())
                .anySatisfy(text -> assertThat(text).startsWith("Did not come"))
                .noneSatisfy(text -> assertThat(text.toLowerCase()).contains("fail"));
        mvc.perform(post("/participants/" + person + "/appointments/" + appointment + "/attendance")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("attendance", "NOT_ATTENDED")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/participants/" + person + "/appointments"));
        assertThat(jdbc.sql("select attendance from appointment where id = ?")
                        .param(appointment)
                        .query(String.class)
                        .single())
                .isEqualTo("NOT_ATTENDED");
    }

    @Test
    void aBookingWithMistakesIsExplained() throws Exception {
        Document page = page(post("/participants/" + person + "/appointments")
                .cookie(keyworker)
                .with(csrf())
                .param("dateDay", "30")
                .param("dateMonth", "2")
                .param("dateYear", "2027")
                .param("time", "half two")
                .param("duration", "0"));
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactlyInAnyOrder("#dateDay", "#time", "#duration", "#channel");
    }

    @Test
    void anotherKeyworkersParticipantsAppointmentsAreNotFound() throws Exception {
        mvc.perform(get("/participants/" + person + "/appointments").cookie(signIn("megan.price")))
                .andExpect(status().isNotFound());
    }
}
