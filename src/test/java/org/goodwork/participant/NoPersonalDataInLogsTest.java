package org.goodwork.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.goodwork.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTest extends IntegrationTest {

    @Test
    void viewingSearchingAndFailingToFindRecordsLogsNoNamesDatesOfBirthOrPostcodes(CapturedOutput output)
            throws Exception {
        var person = jdbc.sql("""
                        select id, given_name, family_name, postcode, date_of_birth::text as dob
                          from participant where keyworker_id is not null order by reference limit 1""")
                .query((rs, row) -> new String[] {
                    rs.getString("id"),
                    rs.getString("given_name"),
                    rs.getString("family_name"),
                    rs.getString("postcode"),
                    rs.getString("dob")
                })
                .single();
        var session = signIn("teamleader");
        mvc.perform(get("/participants/" + person[0]).cookie(session));
        mvc.perform(get("/participants").param("q", person[2]).cookie(session));
        mvc.perform(get("/participants/" + UUID.randomUUID()).cookie(session));
        mvc.perform(get("/participants").param("q", person[3]).cookie(signIn("keyworker")));

        assertThat(output.getAll())
                .doesNotContain(person[1] + " " + person[2])
                .doesNotContain(person[3])
                .doesNotContain(person[4]);
    }
}
