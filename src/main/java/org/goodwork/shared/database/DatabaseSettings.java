package org.goodwork.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code databaseUrl} and no {@code spring.datasource.url}, Goodwork
 * starts its own PostgreSQL in {@code dataDir}; {@code freshDatabase} empties it first (tests only).
 */
@ConfigurationProperties("goodwork")
public record DatabaseSettings(Path dataDir, String databaseUrl, Boolean demoData, boolean freshDatabase) {

    public DatabaseSettings {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }
}
