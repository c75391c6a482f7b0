package org.goodwork.shared.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads {@code DATABASE_URL} as hosting platforms set it: {@code postgres://user:password@host:port/db?params}. */
public final class DatabaseUrls {

    public record ConnectionSettings(String jdbcUrl, String username, String password) {}

    private DatabaseUrls() {}

    public static ConnectionSettings parse(String databaseUrl) {
        URI uri = URI.create(databaseUrl.startsWith("jdbc:") ? databaseUrl.substring(5) : databaseUrl);
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        }
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        return new ConnectionSettings(jdbcUrl, user, password);
    }
}
