package org.goodwork.geography;

import java.util.OptionalDouble;

/**
 * Where a postcode is.
 *
 * @param postcode as the ONS writes it, for example "QQ1 2AB"
 * @param lat latitude (WGS84), or null when the postcode has no grid reference
 * @param lon longitude (WGS84), or null when the postcode has no grid reference
 * @param lsoa the small area (lower layer super output area, or data zone in Scotland), if known
 * @param imdRank the area's index of multiple deprivation rank in its nation, 1 being the most
 *     deprived, if known
 * @param imdDecile the tenth of its nation's index the area is in, 1 being the most deprived, if known
 */
public record Place(String postcode, Double lat, Double lon, String lsoa, Integer imdRank, Integer imdDecile) {

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** Whether the area is among the 10% most deprived in its nation. False when not known. */
    public boolean inMostDeprivedTenth() {
        return imdDecile != null && imdDecile == 1;
    }

    /** The straight-line distance in kilometres, or empty when either place has no coordinates. */
    public OptionalDouble distanceKmTo(Place other) {
        if (!hasCoordinates() || other == null || !other.hasCoordinates()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Geography.distanceKm(lat, lon, other.lat, other.lon));
    }
}
