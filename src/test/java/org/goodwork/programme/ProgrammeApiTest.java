package org.goodwork.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.goodwork.security.ApiClients;
import org.goodwork.security.ApiScope;
import org.goodwork.support.Api;
import org.goodwork.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PUT and GET /api/v1/programmes/{code} exactly as data-exchange.md describes them. */
class ProgrammeApiTest extends IntegrationTest {

    private static final String DEFINITION = """
            {
              "name": "Working Well Early Help",
              "maxSupportWeeks": 26,
              "jobOutcome": { "minWeeklyHours": 16, "minConsecutiveWeeks": 4 },
              "significantProgress": { "minDimensionGain": 2, "minTotalGainPercent": 10 },
              "caseloadLimit": 20,
              "targets": { "householdsStarted": 800, "householdsCompletedActivity": 400,
                           "householdsSignificantProgress": 200, "jobOutcomeRatePercent": 15 }
            }""";

    @Autowired
    ApiClients apiClients;

    @Test
    void putCreatesThenUpdatesAndGetReturnsTheSameDocument() throws Exception {
        Api api = new Api(port, BOOTSTRAP_TOKEN);
        Api.Response created = api.put("/api/v1/programmes/WWEH", DEFINITION);
        assertThat(created.status()).isEqualTo(201);
        Api.Response again = api.put("/api/v1/programmes/WWEH", DEFINITION);
        assertThat(again.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from programme where code = 'WWEH'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        Api.Response read = api.get("/api/v1/programmes/WWEH");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("name").asString()).isEqualTo("Working Well Early Help");
        assertThat(read.body().get("maxSupportWeeks").asInt()).isEqualTo(26);
        assertThat(read.body().get("jobOutcome").get("minWeeklyHours").asInt()).isEqualTo(16);
        assertThat(read.body().get("jobOutcome").get("minConsecutiveWeeks").asInt())
                .isEqualTo(4);
        assertThat(read.body()
                        .get("significantProgress")
                        .get("minDimensionGain")
                        .asInt())
                .isEqualTo(2);
        assertThat(read.body()
                        .get("significantProgress")
                        .get("minTotalGainPercent")
                        .asInt())
                .isEqualTo(10);
        assertThat(read.body().get("caseloadLimit").asInt()).isEqualTo(20);
        assertThat(read.body().get("targets").get("householdsStarted").asInt()).isEqualTo(800);
        assertThat(read.body().get("targets").get("jobOutcomeRatePercent").asInt())
                .isEqualTo(15);

        Api.Response changed = api.put(
                "/api/v1/programmes/WWEH", DEFINITION.replace("\"caseloadLimit\": 20", "\"caseloadLimit\": 18"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/programmes/WWEH")
                        .body()
                        .get("caseloadLimit")
                        .asInt())
                .isEqualTo(18);
    }

    @Test
    void eligibilityAndProvidersCanBeSetThroughTheApi() throws Exception {
        UUID provider = organisationId("Riverside Works CIC");
        Api api = new Api(port, BOOTSTRAP_TOKEN);
        Api.Response response = api.put(
                "/api/v1/programmes/IPSAPI", DEFINITION.replace("\"caseloadLimit\": 20", """
                "caseloadLimit": 20,
                "eligibility": {"minAge": 18, "maxAge": 64, "postcodeDistricts": ["qq1", "QQ2"],
                                "economicStatuses": ["INACTIVE"], "requiredNeeds": ["MENTAL_HEALTH"]},
                "providers": ["%s"]""".formatted(provider)));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("eligibility").get("postcodeDistricts").toString())
                .isEqualTo("[\"QQ1\",\"QQ2\"]");

        String providerToken = apiClients
                .create(provider, "Riverside reporting", Set.of(ApiScope.REPORTS_READ), "test")
                .token();
        assertThat(new Api(port, providerToken).get("/api/v1/programmes/IPSAPI").status())
                .isEqualTo(200);
        UUID other = organisationId("Brightpath Employment Support");
        String otherToken = apiClients
                .create(other, "Brightpath reporting", Set.of(ApiScope.REPORTS_READ), "test")
                .token();
        assertThat(new Api(port, otherToken).get("/api/v1/programmes/IPSAPI").status())
                .isEqualTo(404);
    }

    @Test
    void invalidValuesAreNamedFieldByField() throws Exception {
        Api.Response response = new Api(port, BOOTSTRAP_TOKEN).put("/api/v1/programmes/BAD1", """
                {"name": "", "maxSupportWeeks": 0, "caseloadLimit": 500,
                 "jobOutcome": {"minWeeklyHours": -1, "minConsecutiveWeeks": 4}}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .contains("name", "maxSupportWeeks", "caseloadLimit", "jobOutcome.minWeeklyHours");
        assertThat(jdbc.sql("select count(*) from programme where code = 'BAD1'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void unknownCodesAndNonProvidersAreRefused() throws Exception {
        Api.Response response = new Api(port, BOOTSTRAP_TOKEN)
                .put("/api/v1/programmes/BAD2", DEFINITION.replace("\"caseloadLimit\": 20", """
                "caseloadLimit": 20,
                "eligibility": {"economicStatuses": ["RETIRED"], "requiredNeeds": ["UNKNOWN_NEED"]},
                "providers": ["%s"]""".formatted(
                                organisationId("Northmoor Money Advice"))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("eligibility.economicStatuses", "eligibility.requiredNeeds", "providers");
    }

    @Test
    void aBadProgrammeCodeInThePathIsRefused() throws Exception {
        Api.Response response = new Api(port, BOOTSTRAP_TOKEN).put("/api/v1/programmes/not%20a%20code", DEFINITION);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactly("code");
    }

    @Test
    void onlyACommissionersClientCanDefineProgrammes() throws Exception {
        UUID provider = organisationId("Brightpath Employment Support");
        String token = apiClients
                .create(provider, "Provider writer", Set.of(ApiScope.PROGRAMMES_WRITE), "test")
                .token();
        Api.Response response = new Api(port, token).put("/api/v1/programmes/PROV", DEFINITION);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownProgrammeAnswersNotFound() throws Exception {
        assertThat(new Api(port, BOOTSTRAP_TOKEN).get("/api/v1/programmes/NOPE").status())
                .isEqualTo(404);
    }
}
