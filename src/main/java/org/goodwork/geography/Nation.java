package org.goodwork.geography;

import java.util.Optional;

/**
 * The four nations each publish their own index of multiple deprivation, so a rank only means
 * something within its nation.
 */
enum Nation {
    ENGLAND("England", "E92000001", 'E'),
    WALES("Wales", "W92000004", 'W'),
    SCOTLAND("Scotland", "S92000003", 'S'),
    NORTHERN_IRELAND("Northern Ireland", "N92000002", 'N');

    private final String label;
    private final String countryCode;
    private final char areaCodePrefix;

    Nation(String label, String countryCode, char areaCodePrefix) {
        this.label = label;
        this.countryCode = countryCode;
        this.areaCodePrefix = areaCodePrefix;
    }

    String label() {
        return label;
    }

    /**
     * The nation from the file's country code, or else from the first letter of the area code.
     * Channel Islands and Isle of Man postcodes belong to none.
     */
    static Optional<Nation> of(String countryCode, String areaCode) {
        for (Nation nation : values()) {
            if (nation.countryCode.equals(countryCode)) {
                return Optional.of(nation);
            }
        }
        if (countryCode != null && !countryCode.isEmpty()) {
            return Optional.empty();
        }
        if (areaCode != null && !areaCode.isEmpty()) {
            for (Nation nation : values()) {
                if (nation.areaCodePrefix == areaCode.charAt(0)) {
                    return Optional.of(nation);
                }
            }
        }
        return Optional.empty();
    }
}
