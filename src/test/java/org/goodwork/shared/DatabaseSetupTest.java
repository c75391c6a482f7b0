package org.goodwork.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.goodwork.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

class DatabaseSetupTest extends IntegrationTest {

    @Test
    void theApplicationConnectsAsANonSuperuserSoRowLevelSecurityApplies() {
        Boolean superuser = jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class)
                .single();
        String role = jdbc.sql("select current_user").query(String.class).single();
        assertThat(role).isEqualTo("goodwork_app");
        assertThat(superuser).isFalse();
    }

    @Test
    void runsOnPostgreSql17() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(version).startsWith("17.");
    }

    @Test
    void theApplicationRoleCannotCreateOrDropTables() {
        assertThatThrownBy(() -> jdbc.sql("create table sneaky (id int)").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("drop table participant").update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void theAccessLogIsAppendOnlyForTheApplication() {
        jdbc.sql("""
                insert into access_log (occurred_at, actor_type, actor_name, action, subject_type, subject_id)
                values (now(), 'SYSTEM', 'test', 'VIEW', 'PARTICIPANT', gen_random_uuid())""").update();
        assertThatThrownBy(() -> jdbc.sql("update access_log set actor_name = 'someone else'")
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from access_log").update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void loadsTheReferenceDataIntoTheProductsOwnTables() {
        assertThat(count("soc_unit_group")).isEqualTo(412);
        assertThat(count("soc_group")).isEqualTo(551);
        assertThat(count("soc_job_title")).isGreaterThan(2000);
        assertThat(count("ref_support_need")).isEqualTo(25);
        assertThat(count("ref_referral_source")).isEqualTo(14);
        assertThat(count("ref_ips_fidelity_item")).isEqualTo(25);
        String title = jdbc.sql("select unit_group_code from soc_job_title where title = 'Chief executive'")
                .query(String.class)
                .single();
        assertThat(title).isEqualTo("1111");
    }

    @Test
    void keepsTheOpenGovernmentLicenceAttributionForSoc2020() {
        String attribution = jdbc.sql("select string_agg(attribution, ' ') from reference_source")
                .query(String.class)
                .single();
        assertThat(attribution).contains("Office for National Statistics").contains("Open Government Licence v3.0");
    }

    @Test
    void demoParticipantsLiveInTheFictionalQqPostcodeArea() {
        assertThat(count("participant")).isEqualTo(300);
        Long outside = jdbc.sql("select count(*) from participant where postcode !~ '^QQ[0-9] [0-9][A-Z]{2}$'")
                .query(Long.class)
                .single();
        assertThat(outside).isZero();
        Long households = jdbc.sql("select count(distinct household_id) from participant")
                .query(Long.class)
                .single();
        assertThat(households).isBetween(200L, 290L);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
