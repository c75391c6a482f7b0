package org.goodwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.goodwork.support.Api;
import org.goodwork.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The provisioning and participant API of data-exchange.md, over real HTTP. */
class ApiProvisioningTest extends IntegrationTest {

    @Test
    void theBootstrapTokenCreatesAnOrganisationAndAnApiClientWhoseTokenWorks() throws Exception {
        Api bootstrap = new Api(port, BOOTSTRAP_TOKEN);
        Api.Response organisation = bootstrap.post("/api/v1/organisations", """
                {"name": "Eastgate Employment Trust", "type": "PROVIDER"}""");
        assertThat(organisation.status()).isEqualTo(201);
        String id = organisation.body().get("id").asString();

        Api.Response client = bootstrap.post("/api/v1/organisations/" + id + "/api-clients", """
                {"name": "Eastgate case system", "scopes": ["participants:read", "referrals:write"]}""");
        assertThat(client.status()).isEqualTo(201);
        String token = client.body().get("token").asString();
        assertThat(client.body().get("id").asString()).isNotBlank();

        String stored = jdbc.sql("select token_hash from api_client where id = ?")
                .param(UUID.fromString(client.body().get("id").asString()))
                .query(String.class)
                .single();
        assertThat(stored).isNotEqualTo(token).hasSize(64);

        Api eastgate = new Api(port, token);
        assertThat(eastgate.get("/api/v1/participants/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(eastgate.post("/api/v1/organisations", """
                {"name": "Not allowed", "type": "PARTNER"}""").status()).isEqualTo(403);
    }

    @Test
    void aClientSeesItsOwnOrganisationsParticipantsAndAnotherOrganisationsAnswerNotFound() throws Exception {
        Api bootstrap = new Api(port, BOOTSTRAP_TOKEN);
        UUID brightpath = organisationId("Brightpath Employment Support");
        String token = bootstrap
                .post("/api/v1/organisations/" + brightpath + "/api-clients", """
                {"name": "Brightpath reporting", "scopes": ["participants:read"]}""")
                .body()
                .get("token")
                .asString();
        Api client = new Api(port, token);

        UUID own = participantOf(brightpath);
        UUID other = participantOf(organisationId("Riverside Works CIC"));
        long viewsBefore = apiViews(own);
        Api.Response mine = client.get("/api/v1/participants/" + own);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().get("id").asString()).isEqualTo(own.toString());
        assertThat(mine.body().has("caseNotes")).isFalse();

        Api.Response theirs = client.get("/api/v1/participants/" + other);
        Api.Response nobody = client.get("/api/v1/participants/" + UUID.randomUUID());
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.contentType()).startsWith("application/problem+json");
        assertThat(theirs.body().get("detail")).isEqualTo(nobody.body().get("detail"));

        assertThat(apiViews(own)).isEqualTo(viewsBefore + 1);
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthorisedProblems() throws Exception {
        Api.Response none = new Api(port, null).post("/api/v1/organisations", "{}");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        Api.Response wrong = new Api(port, "gw_not_a_real_token").get("/api/v1/participants/" + UUID.randomUUID());
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void invalidFieldsAreEachNamedInTheProblem() throws Exception {
        Api.Response response = new Api(port, BOOTSTRAP_TOKEN).post("/api/v1/organisations", """
                {"name": "", "type": null}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "type");
    }

    @Test
    void anUnknownOrganisationTypeIsNamedAsTheInvalidField() throws Exception {
        Api.Response response = new Api(port, BOOTSTRAP_TOKEN).post("/api/v1/organisations", """
                {"name": "Typo Trust", "type": "CHARITY"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactly("type");
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() throws Exception {
        Api.Response response = new Api(port, BOOTSTRAP_TOKEN).post("/api/v1/organisations", "{\"name\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anUnknownScopeIsRefused() throws Exception {
        UUID brightpath = organisationId("Brightpath Employment Support");
        Api.Response response =
                new Api(port, BOOTSTRAP_TOKEN).post("/api/v1/organisations/" + brightpath + "/api-clients", """
                {"name": "Typo client", "scopes": ["participants:raed"]}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactly("scopes");
    }

    @Test
    void apiClientsForAnUnknownOrganisationAnswerNotFound() throws Exception {
        Api.Response response =
                new Api(port, BOOTSTRAP_TOKEN).post("/api/v1/organisations/" + UUID.randomUUID() + "/api-clients", """
                {"name": "Ghost", "scopes": ["admin"]}""");
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        Api.Response response = new Api(port, null).get("/api/v1/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("paths").has("/api/v1/organisations")).isTrue();
        assertThat(response.body().get("paths").has("/api/v1/participants/{id}"))
                .isTrue();
    }

    private long apiViews(UUID participant) {
        return jdbc.sql("select count(*) from access_log where subject_id = ? and actor_type = 'API_CLIENT'")
                .param(participant)
                .query(Long.class)
                .single();
    }

    private UUID participantOf(UUID organisation) {
        return jdbc.sql("select id from participant where organisation_id = ? order by reference limit 1")
                .param(organisation)
                .query(UUID.class)
                .single();
    }
}
