package org.goodwork.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.goodwork.participant.NewParticipant;
import org.goodwork.participant.Participants;
import org.goodwork.shared.DemoSignIns;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The whole application on the embedded PostgreSQL with the demo data, shared by every test class
 * so that Spring starts once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    public static final String SESSION_COOKIE = "GOODWORK_SESSION";
    public static final String BOOTSTRAP_TOKEN = "gw_test_bootstrap_token_for_automated_tests";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @LocalServerPort
    protected int port;

    @Autowired
    private Participants participants;

    /** Signs in through the real sign-in form and returns the session cookie. */
    protected Cookie signIn(String username) throws Exception {
        return signIn(username, DemoSignIns.PASSWORD);
    }

    protected Cookie signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/sign-in").user(username).password(password))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("sign-in of %s", username)
                .doesNotContain("error")
                .doesNotContain("locked");
        Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    protected Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    /** Registers the newcomer, with a reference of their own, and returns their id. */
    protected UUID register(Newcomer newcomer) {
        UUID programme = newcomer.programmeId() != null
                ? newcomer.programmeId()
                : jdbc.sql("select id from programme where code = 'HIW'")
                        .query(UUID.class)
                        .single();
        return participants.register(new NewParticipant(
                organisationId(newcomer.organisation()),
                programme,
                "COUNCIL",
                newcomer.householdId(),
                "T" + UUID.randomUUID().toString().substring(0, 8),
                newcomer.givenName(),
                newcomer.familyName(),
                newcomer.dateOfBirth(),
                null,
                null,
                newcomer.postcode(),
                null,
                null,
                "INACTIVE",
                null,
                List.of(),
                userId(newcomer.keyworker()),
                newcomer.referred(),
                newcomer.started()));
    }

    protected UUID organisationId(String name) {
        return jdbc.sql("select id from organisation where name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    protected UUID userId(String username) {
        return jdbc.sql("select id from user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }
}
