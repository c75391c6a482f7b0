package org.goodwork.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Chooses the database: {@code spring.datasource.*} when set (Spring Boot configures it), else
 * {@code DATABASE_URL}, else the embedded PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(Embedded.class)
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseSettings settings) {
        return EmbeddedPostgresServer.acquire(settings.dataDir(), settings.freshDatabase());
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Conditional(Embedded.class)
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        return pool(server.jdbcUrl(), EmbeddedPostgresServer.APP_ROLE, null);
    }

    /** Migrations run as the schema owner; the application itself only gets the grants they give it. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    @Conditional(Embedded.class)
    HikariDataSource flywayDataSource(EmbeddedPostgresServer server) {
        HikariDataSource owner = pool(server.jdbcUrl(), EmbeddedPostgresServer.OWNER_ROLE, null);
        owner.setMaximumPoolSize(2);
        owner.setMinimumIdle(0);
        return owner;
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Conditional(FromDatabaseUrl.class)
    HikariDataSource dataSourceFromDatabaseUrl(DatabaseSettings settings) {
        DatabaseUrls.ConnectionSettings connection = DatabaseUrls.parse(settings.databaseUrl());
        return pool(connection.jdbcUrl(), connection.username(), connection.password());
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(10);
        pool.setPoolName("goodwork-" + (user == null ? "db" : user));
        // Lets the application start, and report DOWN, while the database is unavailable.
        pool.setInitializationFailTimeout(-1);
        return pool;
    }

    static boolean springDatasourceConfigured(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    static boolean databaseUrlConfigured(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty("goodwork.database-url"));
    }

    static final class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !springDatasourceConfigured(context) && !databaseUrlConfigured(context);
        }
    }

    static final class FromDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !springDatasourceConfigured(context) && databaseUrlConfigured(context);
        }
    }
}
