package org.goodwork.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.goodwork.security.ApiClients;
import org.goodwork.security.ApiScope;
import org.goodwork.support.Api;
import org.goodwork.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/vacancies as data-exchange.md specifies it. */
class VacancyApiTest extends IntegrationTest {

    private static final String CLOSING =
            LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString();

    @Autowired
    ApiClients apiClients;

    @Test
    void aVacancyIsCreatedOpenWithItsJobQualityAndTheEmployerIsFoundByName() throws Exception {
        Api brightpath = clientOf("Brightpath Employment Support");
        Api.Response created = brightpath.post("/api/v1/vacancies", vacancy("hillcrest SUPERMARKETS", "Night picker"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.raw()).isEqualTo("{\"id\":\"" + id + "\"}");

        Api.Response read = brightpath.get("/api/v1/vacancies/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("status").asString()).isEqualTo("OPEN");
        assertThat(read.body().get("employerName").asString()).isEqualTo("Hillcrest Supermarkets");
        assertThat(read.body().get("jobQuality").get("SECURE").asString()).isEqualTo("MEETS");
        assertThat(read.body().get("jobQualityBand").asString()).isEqualTo("GOOD");
        assertThat(read.body().get("warnings").size()).isZero();
        assertThat(jdbc.sql("select hourly_pay from vacancy where id = ?")
                        .param(UUID.fromString(id))
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("13.75");
        assertThat(jdbc.sql("select count(*) from employer where lower(name) = 'hillcrest supermarkets'")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theLocationHeaderLeadsToTheVacancy() throws Exception {
        String token = apiClients
                .create(
                        organisationId("Brightpath Employment Support"),
                        "vacancies location test",
                        EnumSet.of(ApiScope.VACANCIES_WRITE),
                        "test")
                .token();
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/vacancies"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(vacancy("Hillcrest Supermarkets", "Baker")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/api/v1/vacancies/[0-9a-f-]{36}$");
        Api.Response read = new Api(port, token).get(URI.create(location).getPath());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("title").asString()).isEqualTo("Baker");
    }

    @Test
    void anUnknownEmployerIsCreatedInTheClientsOrganisationOnlyAndOthersCannotSeeIt() throws Exception {
        Api riverside = clientOf("Riverside Works CIC");
        Api.Response created = riverside.post("/api/v1/vacancies", vacancy("Ollerton Joinery", "Joiner's mate"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        UUID employer = jdbc.sql("select employer_id from vacancy where id = ?")
                .param(UUID.fromString(id))
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select organisation_id from employer where id = ?")
                        .param(employer)
                        .query(UUID.class)
                        .single())
                .isEqualTo(organisationId("Riverside Works CIC"));

        assertThat(clientOf("Brightpath Employment Support")
                        .get("/api/v1/vacancies/" + id)
                        .status())
                .isEqualTo(404);
        mvc.perform(get("/employers/" + employer).cookie(signIn("employer.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/vacancies/" + id).cookie(signIn("teamleader"))).andExpect(status().isNotFound());
        mvc.perform(get("/employers/" + employer).cookie(signIn("teamleader.riverside")))
                .andExpect(status().isOk());

        // Brightpath naming the same employer gets an employer of its own.
        Api.Response mine = clientOf("Brightpath Employment Support")
                .post("/api/v1/vacancies", vacancy("OLLERTON JOINERY", "Joiner's mate"));
        assertThat(mine.status()).isEqualTo(201);
        assertThat(jdbc.sql(
                                "select count(distinct organisation_id) from employer where lower(name) = 'ollerton joinery'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() throws Exception {
        long before = vacancies();
        Api.Response bad = clientOf("Brightpath Employment Support").post("/api/v1/vacancies", """
                        {"employerName": "Hillcrest Supermarkets", "title": " ", "socCode": "0000", "postcode": "nowhere",
                         "minWeeklyHours": 30, "maxWeeklyHours": 16, "hourlyPay": -1, "contractType": "CASUAL",
                         "closingDate": "31/12/2030",
                         "jobQuality": {"SECURE": "GREAT", "HAPPINESS": "MEETS", "PAY": "PARTLY"}}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(fields(bad.body()))
                .containsExactly(
                        "title",
                        "socCode",
                        "postcode",
                        "maxWeeklyHours",
                        "hourlyPay",
                        "contractType",
                        "closingDate",
                        "jobQuality.SECURE",
                        "jobQuality.HAPPINESS");

        Api.Response missing = clientOf("Brightpath Employment Support").post("/api/v1/vacancies", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing.body()))
                .containsExactly("employerName", "title", "socCode", "minWeeklyHours", "contractType");

        Api.Response badType = clientOf("Brightpath Employment Support")
                .post(
                        "/api/v1/vacancies",
                        vacancy("Hillcrest Supermarkets", "Picker")
                                .replace("\"minWeeklyHours\": 16", "\"minWeeklyHours\": \"sixteen\""));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(fields(badType.body())).containsExactly("minWeeklyHours");
        assertThat(vacancies()).isEqualTo(before);
    }

    @Test
    void warningsComeBackForZeroHoursAndPayBelowTheRealLivingWage() throws Exception {
        String body = vacancy("QuickDrop Logistics", "Courier")
                .replace("\"PERMANENT\"", "\"ZERO_HOURS\"")
                .replace("13.75", "12.10");
        Api brightpath = clientOf("Brightpath Employment Support");
        String id = brightpath.post("/api/v1/vacancies", body).body().get("id").asString();
        JsonNode read = brightpath.get("/api/v1/vacancies/" + id).body();
        List<String> warnings = new ArrayList<>();
        read.get("warnings").forEach(w -> warnings.add(w.asString()));
        assertThat(warnings).containsExactly("BELOW_REAL_LIVING_WAGE", "ZERO_HOURS");
    }

    @Test
    void theOpenApiDocumentDescribesTheVacancyEndpoints() throws Exception {
        JsonNode document = new Api(port, null).get("/api/v1/openapi.json").body();
        assertThat(document.get("paths").get("/api/v1/vacancies").has("post")).isTrue();
        assertThat(document.get("paths").get("/api/v1/vacancies/{id}").has("get"))
                .isTrue();
        List<String> properties = new ArrayList<>();
        document.get("components")
                .get("schemas")
                .get("VacancyRequest")
                .get("properties")
                .propertyNames()
                .forEach(properties::add);
        assertThat(properties)
                .containsExactlyInAnyOrder(
                        "employerName",
                        "title",
                        "socCode",
                        "postcode",
                        "minWeeklyHours",
                        "maxWeeklyHours",
                        "hourlyPay",
                        "contractType",
                        "closingDate",
                        "jobQuality");
    }

    private static String vacancy(String employer, String title) {
        return """
                {"employerName": "%s", "title": "%s", "socCode": "9252", "postcode": "qq5 1jk",
                 "minWeeklyHours": 16, "maxWeeklyHours": 30, "hourlyPay": 13.75, "contractType": "PERMANENT",
                 "closingDate": "%s",
                 "jobQuality": {"SECURE": "MEETS", "PAY": "MEETS", "FLEXIBLE": "PARTLY", "VOICE": "MEETS",
                                "RECRUITMENT": "UNKNOWN"}}""".formatted(employer, title, CLOSING);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private Api clientOf(String organisation) {
        return new Api(
                port,
                apiClients
                        .create(
                                organisationId(organisation),
                                "vacancies test",
                                EnumSet.of(ApiScope.VACANCIES_WRITE),
                                "test")
                        .token());
    }

    private long vacancies() {
        return jdbc.sql("select count(*) from vacancy").query(Long.class).single();
    }
}
