package org.goodwork.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcodes: normalised to upper case with one space, and split into their outward district. */
public final class Postcode {

    private static final Pattern FORMAT = Pattern.compile("^([A-Z]{1,2}[0-9][0-9A-Z]?) ?([0-9][A-Z]{2})$");

    private Postcode() {}

    /** The postcode in its usual written form, or empty if it is not a UK postcode. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        var match = FORMAT.matcher(compact);
        return match.matches() ? Optional.of(match.group(1) + " " + match.group(2)) : Optional.empty();
    }

    /** The outward code (postcode district), for example QQ1 for QQ1 2AB. */
    public static Optional<String> district(String postcode) {
        return normalise(postcode).map(p -> p.substring(0, p.indexOf(' ')));
    }
}
