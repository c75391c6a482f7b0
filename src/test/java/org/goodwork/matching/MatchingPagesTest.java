package org.goodwork.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goodwork.employer.DisabilityConfident;
import org.goodwork.employer.EmployerDetails;
import org.goodwork.employer.Employers;
import org.goodwork.employer.Sector;
import org.goodwork.employer.SizeBand;
import org.goodwork.participant.Casework;
import org.goodwork.participant.JobPreferences;
import org.goodwork.participant.Participants;
import org.goodwork.security.ParticipantScope;
import org.goodwork.support.Api;
import org.goodwork.support.IntegrationTest;
import org.goodwork.support.Newcomer;
import org.goodwork.vacancy.ContractType;
import org.goodwork.vacancy.JobQuality;
import org.goodwork.vacancy.PayPeriod;
import org.goodwork.vacancy.Vacancies;
import org.goodwork.vacancy.VacancyDetails;
import org.goodwork.vacancy.VacancyStatus;
import org.goodwork.vacancy.WorkLocation;
import org.goodwork.vacancy.WorkingPattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Riverside has no vacancies of its own in the demo, so each test adds four, marked with a suffix of
 * its own: a good care job that fits, a zero-hours one and a low-paid one that do not, and an
 * unassessed admin job with no postcode.
 */
class MatchingPagesTest extends IntegrationTest {

    @Autowired
    Participants participants;

    @Autowired
    JobPreferences jobPreferences;

    @Autowired
    Casework casework;

    @Autowired
    Employers employers;

    @Autowired
    Vacancies vacancies;

    UUID riverside;
    ParticipantScope liams;
    Cookie keyworker;
    UUID person;
    String suffix;
    UUID care;
    UUID admin;

    @BeforeEach
    void aPersonWhoWantsCareWorkAndFourVacancies() throws Exception {
        riverside = organisationId("Riverside Works CIC");
        liams = ParticipantScope.caseload(riverside, userId("liam.byrne"));
        person = register(Newcomer.named("Mina", "Matched").referredDaysAgo(30, 20));
        jobPreferences.save(
                liams,
                person,
                new JobPreferences.Preferences(
                        new BigDecimal("16"),
                        new BigDecimal("30"),
                        Set.of("MON", "TUE", "WED", "THU", "FRI"),
                        null,
                        60,
                        new BigDecimal("12.00"),
                        Set.of("PERMANENT", "FIXED_TERM"),
                        null,
                        null,
                        null,
                        null));
        jobPreferences.addOccupation(liams, person, "6135");

        suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID employer = employers.create(
                riverside,
                new EmployerDetails(
                        "Riverside test employer " + suffix,
                        SizeBand.SMALL,
                        Sector.Q,
                        true,
                        DisabilityConfident.COMMITTED,
                        true,
                        userId("teamleader.riverside"),
                        null),
                userId("teamleader.riverside"));
        Map<String, JobQuality.Assessment> good = new HashMap<>();
        jdbc.sql("select code from ref_job_quality_dimension")
                .query(String.class)
                .list()
                .forEach(d -> good.put(d, new JobQuality.Assessment(JobQuality.Rating.MEETS, "Seen")));
        care = vacancy(
                employer, "Care assistant", "6135", ContractType.PERMANENT, "13.50", "QQ6 1AB", new JobQuality(good));
        vacancy(employer, "Relief carer", "6135", ContractType.ZERO_HOURS, "13.50", "QQ6 1AB", new JobQuality(good));
        vacancy(employer, "Kitchen porter", "9263", ContractType.PERMANENT, "11.00", "QQ6 1AB", new JobQuality(good));
        admin = vacancy(
                employer, "Admin assistant", "4159", ContractType.FIXED_TERM, "12.50", null, JobQuality.unassessed());
        keyworker = signIn("liam.byrne");
    }

    private UUID vacancy(
            UUID employer,
            String title,
            String soc,
            ContractType contract,
            String pay,
            String postcode,
            JobQuality quality) {
        return vacancies.create(
                riverside,
                new VacancyDetails(
                        employer,
                        title + " " + suffix,
                        soc,
                        postcode,
                        new BigDecimal("20"),
                        new BigDecimal("25"),
                        WorkingPattern.FIXED_DAYS,
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                        contract,
                        new BigDecimal(pay),
                        PayPeriod.HOUR,
                        LocalDate.now().plusDays(30),
                        WorkLocation.ON_SITE,
                        null,
                        false,
                        false,
                        false),
                VacancyStatus.OPEN,
                quality,
                userId("teamleader.riverside"),
                null);
    }

    /** Follows a redirect as a browser would, so its message is shown and used up. */
    private Document follow(org.springframework.test.web.servlet.ResultActions posted) throws Exception {
        String location = posted.andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return page(get(location).cookie(keyworker));
    }

    private List<String> cardTitles(Document page) {
        return page.select(".govuk-summary-card__title").eachText().stream()
                .filter(t -> t.contains(suffix))
                .toList();
    }

    @Test
    void goodJobsThatFitComeFirstAndWhatIsLeftOutSaysWhy() throws Exception {
        Document page = page(get("/participants/" + person + "/matches").cookie(keyworker));
        assertThat(cardTitles(page))
                .containsExactly(
                        "Care assistant " + suffix + ", Riverside test employer " + suffix,
                        "Admin assistant " + suffix + ", Riverside test employer " + suffix);
        assertThat(page.select("#match-" + care).text())
                .contains("An occupation they want")
                .contains("Pays £13.50 an hour, at or above their floor")
                .contains("About 0 minutes away, within their 60");
        assertThat(page.select("#match-" + admin).text())
                .contains("Distance unknown")
                .contains("Job quality not assessed yet");

        Document leftOut = page(get("/participants/" + person + "/matches")
                .param("excluded", "yes")
                .cookie(keyworker));
        assertThat(leftOut.select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row)
                        .contains("Relief carer " + suffix)
                        .contains("Zero hours contract, which they would not take"))
                .anySatisfy(row -> assertThat(row)
                        .contains("Kitchen porter " + suffix)
                        .contains("Pays £11.00 an hour, below their floor of £12.00"));
    }

    @Test
    void theResponseAndTheApplicationGoFromSuggestionToAConsentedShortlist() throws Exception {
        mvc.perform(post("/participants/" + person + "/matches/" + admin + "/response")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("interested", "no")
                        .param("reason", "Wants to work with people"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/participants/" + person + "/matches").cookie(keyworker))
                        .select("#match-" + admin)
                        .text())
                .contains("They are not interested: Wants to work with people");

        follow(mvc.perform(post("/participants/" + person + "/applications")
                .cookie(keyworker)
                .with(csrf())
                .param("vacancy", care.toString())));
        UUID application = jdbc.sql("select id from application where participant_id = ?")
                .param(person)
                .query(UUID.class)
                .single();
        LocalDate today = LocalDate.now();
        follow(mvc.perform(post("/participants/" + person + "/applications/" + application + "/stage")
                .cookie(keyworker)
                .with(csrf())
                .param("version", "0")
                .param("stage", "APPLIED")
                .param("onDay", String.valueOf(today.getDayOfMonth()))
                .param("onMonth", String.valueOf(today.getMonthValue()))
                .param("onYear", String.valueOf(today.getYear()))));

        // Without consent nobody is put forward, and the page says what is missing beside the field.
        Document withProblem =
                follow(mvc.perform(post("/participants/" + person + "/applications/" + application + "/shortlist")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", "1")));
        assertThat(withProblem.title()).startsWith("Error:");
        assertThat(withProblem.select(".govuk-error-summary__list a").attr("href"))
                .isEqualTo("#consent-" + application);
        assertThat(withProblem.select(".govuk-error-message").text())
                .contains("Select their consent to share their name with the employer");
        assertThat(jdbc.sql("select shortlisted_at is null from application where id = ?")
                        .param(application)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        casework.recordConsent(liams, person, "Put forward for the care job", "Riverside test employer", today);
        Casework.Consent consent = casework.consents(liams, person).getFirst();
        mvc.perform(post("/participants/" + person + "/applications/" + application + "/shortlist")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("version", "1")
                        .param("consent", consent.id().toString()))
                .andExpect(status().is3xxRedirection());
        Cookie leader = signIn("teamleader.riverside");
        assertThat(page(get("/vacancies/" + care + "/candidates").cookie(leader))
                        .select("tbody")
                        .text())
                .contains("Mina Matched Applied");
        assertThat(jdbc.sql("""
                        select count(*) from access_log
                         where subject_id = ? and action = 'VIEW' and actor_name = 'teamleader.riverside'
                           and reason like 'On the shortlist for vacancy %'""").param(person).query(Long.class).single()).isOne();

        casework.withdrawConsent(liams, person, consent.id(), consent.version(), today);
        assertThat(page(get("/vacancies/" + care + "/candidates").cookie(leader))
                        .text())
                .contains("Nobody has been put forward yet");
        Document applications =
                page(get("/participants/" + person + "/applications").cookie(keyworker));
        assertThat(applications.select(".govuk-tag").eachText()).contains("Applied");
    }

    @Test
    void aJobStartFromAVacancyKeepsItsJobQualityAndSaysHowItFitsTheirPreferences() throws Exception {
        Document form = page(get("/participants/" + person + "/work/new")
                .param("vacancy", care.toString())
                .cookie(keyworker));
        assertThat(form.select("#employerName").val()).isEqualTo("Riverside test employer " + suffix);
        assertThat(form.select("#weeklyHours").val()).isEqualTo("25");
        LocalDate today = LocalDate.now();
        mvc.perform(post("/participants/" + person + "/work/new")
                        .cookie(keyworker)
                        .with(csrf())
                        .param("vacancyId", care.toString())
                        .param("employerName", "Riverside test employer " + suffix)
                        .param("jobTitle", "Care assistant " + suffix)
                        .param("socCode", "6135")
                        .param("startDay", String.valueOf(today.getDayOfMonth()))
                        .param("startMonth", String.valueOf(today.getMonthValue()))
                        .param("startYear", String.valueOf(today.getYear()))
                        .param("weeklyHours", "25")
                        .param("hourlyPay", "13.50")
                        .param("contractType", "PERMANENT"))
                .andExpect(status().is3xxRedirection());
        UUID spell = jdbc.sql("select id from employment_spell where participant_id = ?")
                .param(person)
                .query(UUID.class)
                .single();

        // The vacancy's assessment is copied, so changing the vacancy later does not rewrite history.
        jdbc.sql("delete from vacancy_job_quality where vacancy_id = ?")
                .param(care)
                .update();
        Document job = page(get("/participants/" + person + "/work/" + spell).cookie(keyworker));
        assertThat(job.select(".goodwork-job-quality-band").text()).isEqualTo("Good");
        assertThat(job.text())
                .contains("Hours fit what they can do")
                .contains("Permanent contract, which they would take")
                .contains("An occupation they want");
    }

    @Test
    void theMatchesApiGivesGoodJobsFirstToItsOwnOrganisationOnly() throws Exception {
        Api bootstrap = new Api(port, BOOTSTRAP_TOKEN);
        String token = bootstrap
                .post("/api/v1/organisations/" + riverside + "/api-clients", """
                        {"name": "Riverside matcher", "scopes": ["matches:read"]}""")
                .body()
                .get("token")
                .asString();
        Api client = new Api(port, token);

        Api.Response matches = client.get("/api/v1/participants/" + person + "/matches?limit=50");
        assertThat(matches.status()).isEqualTo(200);
        List<JsonNode> ours = matches.body()
                .valueStream()
                .filter(m -> m.get("title").asString().contains(suffix))
                .toList();
        assertThat(ours)
                .extracting(m -> m.get("vacancyId").asString())
                .containsExactly(care.toString(), admin.toString());
        JsonNode first = ours.getFirst();
        assertThat(first.get("title").asString()).isEqualTo("Care assistant " + suffix);
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("reasons").valueStream().map(JsonNode::asString)).contains("An occupation they want");
        assertThat(ours.get(1).get("unmet").valueStream().map(JsonNode::asString))
                .anyMatch(u -> u.startsWith("Distance unknown"));

        assertThat(client.get("/api/v1/participants/" + person + "/matches?limit=0")
                        .status())
                .isEqualTo(400);
        UUID brightpathPerson = jdbc.sql("select id from participant where organisation_id = ? limit 1")
                .param(organisationId("Brightpath Employment Support"))
                .query(UUID.class)
                .single();
        assertThat(client.get("/api/v1/participants/" + brightpathPerson + "/matches")
                        .status())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/participants/" + person).status()).isEqualTo(403);
    }
}
