package org.goodwork.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.goodwork.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class PostcodeAdminPagesTest extends IntegrationTest {

    @Test
    void administratorsSeeHowManyPostcodesAreKnownAndWhichFilesWereLoaded() throws Exception {
        Document page = page(get("/admin/postcodes").cookie(signIn("admin")));

        assertThat(page.select("h1").text()).isEqualTo("Postcodes");
        assertThat(page.select("#postcode-count").text()).matches("Goodwork knows [0-9,]+ postcodes\\.");
        assertThat(page.select("table.govuk-table tbody td").eachText()).contains("demo-postcodes.csv");
        assertThat(page.select("form[enctype=multipart/form-data] input[name=_csrf]"))
                .hasSize(1);
        assertThat(page.select("input[type=file]#file").attr("accept")).contains(".csv");
    }

    @Test
    void anUploadedFileIsLoadedAndItsCountsAreShown() throws Exception {
        Cookie admin = signIn("admin");
        String csv = PostcodeFiles.quoted(
                PostcodeFiles.NSPL,
                List.of(
                        PostcodeFiles.england("ZY1 1AA", "53.5", "-2.1", "E01099941", "10"),
                        PostcodeFiles.england("ZY1 1AB", "53.6", "-2.2", "E01099942", "20000")));

        mvc.perform(multipart("/admin/postcodes")
                        .file(file("NSPL_ZY_UK.csv", csv))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/postcodes"))
                .andExpect(flash().attribute(
                                "success",
                                "NSPL_ZY_UK.csv loaded: 2 postcodes read, 2 added, 0 changed and 0 unchanged"));

        Document page = page(get("/admin/postcodes")
                .cookie(admin)
                .flashAttr("success", "NSPL_ZY_UK.csv loaded: 2 postcodes read, 2 added, 0 changed and 0 unchanged"));
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("2 added");
        assertThat(page.select("table.govuk-table tbody tr").first().text()).startsWith("NSPL_ZY_UK.csv");
        assertThat(jdbc.sql("select imd_decile from postcode where postcode = 'ZY1 1AA'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anEmptyUploadIsExplainedInTheErrorSummary() throws Exception {
        Document page = page(multipart("/admin/postcodes")
                .file(file("", ""))
                .cookie(signIn("admin"))
                .with(csrf()));

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("Select a postcode file in CSV format");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#file");
        assertThat(page.select("#file-error")).hasSize(1);
    }

    @Test
    void aFileWithBadRowsIsRefusedWithTheirLineNumbersAndNothingLoaded() throws Exception {
        String csv = """
                "pcds","lat","long","lsoa21","imd"
                "ZY2 1AA","53.5","-2.1","E01099951","1"
                "","53.5","-2.1","E01099951","1"
                "ZY2 1AB","high","-2.1","E01099951","1"
                """;

        Document page = page(multipart("/admin/postcodes")
                .file(file("broken.csv", csv))
                .cookie(signIn("admin"))
                .with(csrf()));

        assertThat(page.select(".govuk-error-summary__title").text()).isEqualTo("The file was not loaded");
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("Line 3 has no postcode", "Line 4: the latitude “high” is not a number");
        assertThat(jdbc.sql("select count(*) from postcode where postcode like 'ZY2 %'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void nobodyButAnAdministratorMayLoadPostcodes() throws Exception {
        mvc.perform(multipart("/admin/postcodes")
                        .file(file("NSPL.csv", "pcds,lat,long\nZY3 1AA,53.5,-2.1\n"))
                        .cookie(signIn("teamleader"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from postcode where postcode = 'ZY3 1AA'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
