package org.goodwork.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goodwork.geography.Geography;
import org.goodwork.shared.ServiceMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fictional QQ postcode area, from a generated extract in the National Statistics Postcode
 * Lookup's format (scripts/generate-demo-postcodes.py). It is loaded whenever demo data is on and
 * the area is not yet known, so an installation started before postcodes existed gets them too.
 */
@Component
@Order(9)
class DemoPostcodes implements ApplicationRunner {

    static final String EXTRACT = "demo/postcodes.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoPostcodes.class);
    private static final String KNOWN_DEMO_POSTCODE = "QQ1 1AA";

    private final ServiceMode serviceMode;
    private final Geography geography;

    DemoPostcodes(ServiceMode serviceMode, Geography geography) {
        this.serviceMode = serviceMode;
        this.geography = geography;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!serviceMode.demoData() || geography.locate(KNOWN_DEMO_POSTCODE).isPresent()) {
            return;
        }
        try (InputStream csv = new ClassPathResource(EXTRACT).getInputStream()) {
            geography.load(csv, "demo-postcodes.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Loaded the fictional demo postcodes");
    }

    /** The extract's postcodes in a district, such as QQ3, that have a place on the map, in file order. */
    static List<String> inDistrict(String district) {
        List<String> postcodes = Extract.BY_DISTRICT.get(district);
        if (postcodes == null) {
            throw new IllegalArgumentException("The demo extract has no district " + district);
        }
        return postcodes;
    }

    /** Read once, when the demo people first need a postcode. */
    private static final class Extract {

        static final Map<String, List<String>> BY_DISTRICT = read();

        /**
         * The extract is generated, with every value quoted and none holding a comma or a quote, so
         * splitting lines is enough here; Geography reads it with a full CSV parser.
         */
        private static Map<String, List<String>> read() {
            Map<String, List<String>> byDistrict = new LinkedHashMap<>();
            try (var in = new BufferedReader(
                    new InputStreamReader(new ClassPathResource(EXTRACT).getInputStream(), StandardCharsets.UTF_8))) {
                List<String> header = values(in.readLine());
                int postcode = header.indexOf("pcds");
                int lat = header.indexOf("lat");
                String line;
                while ((line = in.readLine()) != null) {
                    List<String> row = values(line);
                    if (!row.get(lat).equals("99.999999")) {
                        String code = row.get(postcode);
                        byDistrict
                                .computeIfAbsent(code.substring(0, code.indexOf(' ')), d -> new ArrayList<>())
                                .add(code);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return byDistrict;
        }

        private static List<String> values(String line) {
            return Arrays.stream(line.split(",", -1))
                    .map(value -> value.replace("\"", ""))
                    .toList();
        }
    }
}
