package org.goodwork.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.goodwork.support.Newcomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The record says whether someone lives in one of the 10% most deprived areas, a priority cohort. */
class AreaDeprivationTest extends IntegrationTest {

    @Autowired
    Participants participants;

    private String areaOnTheRecordOfSomeoneAt(String postcode) throws Exception {
        UUID person = register(Newcomer.named("Ari", "Area").livingAt(postcode).referredDaysAgo(3, null));
        return page(get("/participants/" + person).cookie(signIn("liam.byrne")))
                .select(".govuk-summary-list__row:has(dt:containsOwn(Area)) dd")
                .text();
    }

    private String postcodeInDecile(int decile) {
        return jdbc.sql("select postcode from postcode where imd_decile = ? order by postcode limit 1")
                .param(decile)
                .query(String.class)
                .single();
    }

    @Test
    void someoneInTheMostDeprivedTenthIsShownAsSo() throws Exception {
        assertThat(areaOnTheRecordOfSomeoneAt(postcodeInDecile(1))).isEqualTo("One of the 10% most deprived areas");
    }

    @Test
    void otherAreasShowTheirDecileAndAnUnknownPostcodeSaysSo() throws Exception {
        assertThat(areaOnTheRecordOfSomeoneAt(postcodeInDecile(7)))
                .isEqualTo("Deprivation decile 7 of 10 (1 is the most deprived)");
        assertThat(areaOnTheRecordOfSomeoneAt("ZZ9 9ZZ")).isEqualTo("Postcode not found in the postcode directory");
    }
}
