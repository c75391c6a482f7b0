package org.goodwork.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ReallocationTest extends IntegrationTest {

    @Test
    void aTeamLeaderMovesSomeoneToAnotherKeyworkerWithAHandoverNote() throws Exception {
        Cookie leader = signIn("teamleader");
        UUID person = jdbc.sql(
                        "select id from participant where keyworker_id = ? and version = 0 order by reference limit 1")
                .param(userId("hana.patel"))
                .query(UUID.class)
                .single();
        Document form = page(get("/participants/" + person + "/keyworker").cookie(leader));
        assertThat(form.select(".govuk-radios__hint").eachText())
                .allSatisfy(hint -> assertThat(hint).contains(" of 45 people"));

        Document noNote = page(post("/participants/" + person + "/keyworker")
                .cookie(leader)
                .with(csrf())
                .param("keyworker", userId("tom.ellis").toString())
                .param("version", "0"));
        assertThat(noNote.select("#handoverNote-error").text()).contains("Enter a handover note");

        mvc.perform(post("/participants/" + person + "/keyworker")
                        .cookie(leader)
                        .with(csrf())
                        .param("keyworker", userId("tom.ellis").toString())
                        .param("handoverNote", "Prefers texts in the morning; anxious about phone calls")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/participants/" + person));
        assertThat(jdbc.sql("select keyworker_id from participant where id = ?")
                        .param(person)
                        .query(UUID.class)
                        .single())
                .isEqualTo(userId("tom.ellis"));
        Document timeline = page(get("/participants/" + person + "/timeline").cookie(signIn("tom.ellis")));
        assertThat(timeline.text()).contains("Prefers texts in the morning");
        mvc.perform(get("/participants/" + person).cookie(signIn("hana.patel"))).andExpect(status().isNotFound());

        Document access = page(get("/participants/" + person + "/access").cookie(leader));
        assertThat(access.select("tbody td").eachText()).contains("teamleader", "tom.ellis", "Change");
    }

    @Test
    void keyworkersCannotReallocateOrReadTheAccessList() throws Exception {
        Cookie keyworker = signIn("hana.patel");
        UUID person = jdbc.sql("select id from participant where keyworker_id = ? order by reference limit 1")
                .param(userId("hana.patel"))
                .query(UUID.class)
                .single();
        mvc.perform(get("/participants/" + person + "/keyworker").cookie(keyworker))
                .andExpect(status().isForbidden());
        mvc.perform(get("/participants/" + person + "/access").cookie(keyworker))
                .andExpect(status().isForbidden());
    }
}
