package org.goodwork.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the postcode file named by {@code goodwork.geography.load} (or {@code GOODWORK_POSTCODES_FILE})
 * as the application starts, then lets it carry on. A national file is too big to upload through a
 * browser. A file loaded before is skipped, so the setting can stay in place across restarts.
 */
@Component
@Order(5)
class PostcodeFileAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PostcodeFileAtStartup.class);

    private final GeographySettings settings;
    private final PostcodeLoader loader;
    private final Geography geography;

    PostcodeFileAtStartup(GeographySettings settings, PostcodeLoader loader, Geography geography) {
        this.settings = settings;
        this.loader = loader;
        this.geography = geography;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.load() == null || settings.load().isBlank()) {
            return;
        }
        Path file = Path.of(settings.load().strip());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("goodwork.geography.load names " + file + ", which is not a file");
        }
        if (loader.loadedBefore(file)) {
            log.info("Postcode file {} was loaded before; not loading it again", file.getFileName());
            return;
        }
        log.info("Loading postcodes from {}", file);
        try (InputStream in = Files.newInputStream(file)) {
            PostcodeLoad load = geography.load(in, file.getFileName().toString());
            log.info(
                    "Loaded {} postcodes from {}: {} added, {} changed, {} unchanged",
                    load.rowsRead(),
                    load.fileName(),
                    load.added(),
                    load.changed(),
                    load.unchanged());
        } catch (PostcodeLoadException e) {
            e.problems().forEach(problem -> log.error("{}: {}", file.getFileName(), problem));
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
