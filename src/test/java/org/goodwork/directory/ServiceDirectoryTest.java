package org.goodwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class ServiceDirectoryTest extends IntegrationTest {

    private static final String ORUK = """
            {"content": [{"id": "test-food-bank", "name": "Food bank and fuel vouchers",
              "description": "Emergency food parcels", "organization": {"name": "Riverside Food Bank"},
              "service_at_locations": [{"location": {"name": "Church hall",
                  "physical_addresses": [{"address_1": "3 Chapel Lane", "postal_code": "qq5 6ef"}]}}],
              "service_taxonomys": [{"taxonomy": {"name": "Food"}}]}]}""";

    @Test
    void theDemoDirectoryCanBeSearchedByWhatServicesHelpWith() throws Exception {
        Document page = page(get("/services").param("q", "debt").cookie(signIn("keyworker")));
        assertThat(page.select(".govuk-summary-card__title").eachText())
                .containsExactly("Debt and money advice drop-in");
        assertThat(page.text()).contains("Northmoor Library, 1 Library Walk, QQ1 1AA");
    }

    @Test
    void anAdministratorImportsOpenReferralJsonAndImportingAgainChangesNothing() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(multipart("/admin/services/import")
                            .file(new MockMultipartFile(
                                    "file", "services.json", "application/json", ORUK.getBytes(StandardCharsets.UTF_8)))
                            .cookie(signIn("admin"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/services"));
        }
        assertThat(jdbc.sql("select count(*) from service where external_id = 'test-food-bank'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select type from organisation where name = 'Riverside Food Bank'")
                        .query(String.class)
                        .single())
                .isEqualTo("PARTNER");
        Document page = page(get("/services").param("q", "food").cookie(signIn("teamleader")));
        assertThat(page.text()).contains("Church hall, 3 Chapel Lane, QQ5 6EF");
    }

    @Test
    void aBrokenFileIsExplainedAndNothingIsImported() throws Exception {
        long before = jdbc.sql("select count(*) from service").query(Long.class).single();
        Document notJson = page(multipart("/admin/services/import")
                .file(new MockMultipartFile(
                        "file",
                        "services.json",
                        "application/json",
                        "{\"content\": [".getBytes(StandardCharsets.UTF_8)))
                .cookie(signIn("admin"))
                .with(csrf()));
        assertThat(notJson.select(".govuk-error-summary__list").text()).contains("not valid JSON");
        Document missing = page(multipart("/admin/services/import")
                .file(new MockMultipartFile(
                        "file",
                        "services.json",
                        "application/json",
                        "[{\"id\": \"a\", \"name\": \"Fine\", \"organization\": {\"name\": \"X\"}}, {\"name\": \"No id\"}]"
                                .getBytes(StandardCharsets.UTF_8)))
                .cookie(signIn("admin"))
                .with(csrf()));
        assertThat(missing.select(".govuk-error-summary__list li").eachText())
                .containsExactly("Service 2 has no id", "Service 2 has no organization name");
        assertThat(jdbc.sql("select count(*) from service").query(Long.class).single())
                .isEqualTo(before);
    }
}
