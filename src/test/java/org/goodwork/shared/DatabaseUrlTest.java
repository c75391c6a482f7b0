package org.goodwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.goodwork.shared.database.DatabaseUrls;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void turnsAPlatformDatabaseUrlIntoJdbcSettings() {
        var settings = DatabaseUrls.parse("postgres://goodwork:s%40cret@db.internal:5433/goodwork?sslmode=require");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/goodwork?sslmode=require");
        assertThat(settings.username()).isEqualTo("goodwork");
        assertThat(settings.password()).isEqualTo("s@cret");
    }

    @Test
    void acceptsAJdbcUrlWithoutCredentials() {
        var settings = DatabaseUrls.parse("jdbc:postgresql://localhost/goodwork");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/goodwork");
        assertThat(settings.username()).isNull();
    }
}
