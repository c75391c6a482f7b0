package org.goodwork.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.goodwork.security.ApiClients;
import org.goodwork.security.ApiScope;
import org.goodwork.support.Api;
import org.goodwork.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** POST /api/v1/programmes/{code}/referrals and GET /api/v1/referrals/{id}, as data-exchange.md specifies. */
class ReferralApiTest extends IntegrationTest {

    private static final String REFERRAL = """
            {"givenName": "Morgan", "familyName": "Tester", "dateOfBirth": "1988-04-12", "postcode": "qq3 4xy",
             "source": "JOBCENTRE", "reason": "Wants help finding part-time work", "consentToContact": true,
             "phone": "07700 900123", "email": "morgan@example.org"}""";

    @Autowired
    ApiClients apiClients;

    @Test
    void aReferralIsReceivedAndCanBeFollowedByTheReferrer() throws Exception {
        Api jobcentre = clientOf("Northmoor Money Advice", ApiScope.REFERRALS_WRITE);
        Api.Response created = jobcentre.post("/api/v1/programmes/HIW/referrals", REFERRAL);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asString()).isEqualTo("RECEIVED");
        String id = created.body().get("id").asString();

        Api.Response read = jobcentre.get("/api/v1/referrals/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(read.body().get("programme").asString()).isEqualTo("HIW");
        assertThat(read.body().get("participantId").isNull()).isTrue();

        String postcode = jdbc.sql("select postcode from referral where id = ?")
                .param(UUID.fromString(id))
                .query(String.class)
                .single();
        assertThat(postcode).isEqualTo("QQ3 4XY");
    }

    @Test
    void theReceivingProviderCanReadItAndEveryoneElseGetsNotFound() throws Exception {
        String id = clientOf("Northmoor Money Advice", ApiScope.REFERRALS_WRITE)
                .post("/api/v1/programmes/HIW/referrals", REFERRAL)
                .body()
                .get("id")
                .asString();
        UUID provider = jdbc.sql("select provider_id from referral where id = ?")
                .param(UUID.fromString(id))
                .query(UUID.class)
                .single();
        String providerName = jdbc.sql("select name from organisation where id = ?")
                .param(provider)
                .query(String.class)
                .single();
        String otherProvider =
                providerName.startsWith("Brightpath") ? "Riverside Works CIC" : "Brightpath Employment Support";

        assertThat(clientOf(providerName, ApiScope.PARTICIPANTS_READ)
                        .get("/api/v1/referrals/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(clientOf(otherProvider, ApiScope.PARTICIPANTS_READ)
                        .get("/api/v1/referrals/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(clientOf("Open Door Housing Trust", ApiScope.REFERRALS_WRITE)
                        .get("/api/v1/referrals/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void missingConsentUnknownCodesAndBadDatesAreNamedAndNothingIsSaved() throws Exception {
        long before = count();
        Api api = clientOf("Northmoor Money Advice", ApiScope.REFERRALS_WRITE);
        Api.Response noConsent = api.post(
                "/api/v1/programmes/HIW/referrals",
                REFERRAL.replace("\"consentToContact\": true", "\"consentToContact\": false"));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.contentType()).startsWith("application/problem+json");
        assertThat(noConsent.body().get("errors").findValuesAsString("field")).containsExactly("consentToContact");

        Api.Response missing = api.post("/api/v1/programmes/HIW/referrals", """
                {"givenName": "", "source": "JOBCENTRE"}""");
        assertThat(missing.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("givenName", "familyName", "dateOfBirth", "consentToContact");

        Api.Response badCode = api.post(
                "/api/v1/programmes/HIW/referrals",
                REFERRAL.replace("JOBCENTRE", "TELEPATHY").replace("qq3 4xy", "nowhere"));
        assertThat(badCode.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("source", "postcode");

        Api.Response badDate =
                api.post("/api/v1/programmes/HIW/referrals", REFERRAL.replace("1988-04-12", "1988-02-30"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().get("errors").findValuesAsString("field")).containsExactly("dateOfBirth");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUnknownProgrammeAnswersNotFound() throws Exception {
        Api.Response response = clientOf("Northmoor Money Advice", ApiScope.REFERRALS_WRITE)
                .post("/api/v1/programmes/NOPE/referrals", REFERRAL);
        assertThat(response.status()).isEqualTo(404);
    }

    private long count() {
        return jdbc.sql("select count(*) from referral").query(Long.class).single();
    }

    private Api clientOf(String organisation, ApiScope scope) {
        return new Api(
                port,
                apiClients
                        .create(organisationId(organisation), "referral test", Set.of(scope), "test")
                        .token());
    }
}
