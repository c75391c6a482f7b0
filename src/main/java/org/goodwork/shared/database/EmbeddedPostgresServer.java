package org.goodwork.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 run by the application itself, keeping its files in the data directory so
 * that data survives a restart.
 *
 * <p>One server runs per data directory per JVM. Test suites can build several Spring contexts; they
 * share the server, and the last context to close stops it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "goodwork";
    public static final String OWNER_ROLE = "goodwork_owner";
    public static final String APP_ROLE = "goodwork_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Path directory;
    private final EmbeddedPostgres postgres;
    private int users;

    private EmbeddedPostgresServer(Path directory, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.postgres = postgres;
    }

    /**
     * Starts the server for this data directory, or shares the one already running. With {@code fresh},
     * a server started here begins from an empty directory (for tests).
     */
    public static synchronized EmbeddedPostgresServer acquire(Path dataDir, boolean fresh) {
        Path directory = dataDir.toAbsolutePath().normalize().resolve("postgres");
        EmbeddedPostgresServer server = RUNNING.get(directory);
        if (server == null) {
            if (fresh) {
                deleteRecursively(directory);
            }
            server = new EmbeddedPostgresServer(directory, start(directory));
            server.prepareDatabase();
            RUNNING.put(directory, server);
        }
        server.users++;
        return server;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + directory, e);
        }
    }

    private static EmbeddedPostgres start(Path directory) {
        try {
            Files.createDirectories(directory);
            log.info("Starting the embedded PostgreSQL in {}", directory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    /**
     * Creates the owner role (runs migrations) and the application role (reads and writes data).
     * Neither is a superuser, so row-level security and the append-only audit grants hold.
     */
    private void prepareDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String role : new String[] {OWNER_ROLE, APP_ROLE}) {
                statement.execute("""
                        do $$ begin
                          if not exists (select from pg_roles where rolname = '%s') then
                            create role %s login nosuperuser nocreatedb nocreaterole;
                          end if;
                        end $$""".formatted(role, role));
            }
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE + " owner " + OWNER_ROLE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
        try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            // Extensions need a superuser; the migrations then only use them.
            statement.execute("create extension if not exists pg_trgm");
            statement.execute("grant connect on database " + DATABASE + " to " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    public DataSource dataSource(String role) {
        return postgres.getDatabase(role, DATABASE);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        synchronized (EmbeddedPostgresServer.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(directory);
        }
        try {
            log.info("Stopping the embedded PostgreSQL");
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
