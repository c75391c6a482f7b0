package org.goodwork.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistanceTest {

    @Test
    void nashvilleToLosAngelesIsTheWellKnownHaversineResult() {
        // 2,887.2599506 km with the 6,372.8 km radius of the usual worked example; Goodwork uses 6,371 km.
        double expected = 2887.2599506071106 * 6371.0 / 6372.8;

        assertThat(Geography.distanceKm(36.12, -86.67, 33.94, -118.40)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void aQuarterOfTheWayRoundTheEarthIsAQuarterOfItsCircumference() {
        assertThat(Geography.distanceKm(0, 0, 90, 0)).isCloseTo(Math.PI / 2 * 6371.0, within(1e-6));
        assertThat(Geography.distanceKm(0, 0, 0, 90)).isCloseTo(Math.PI / 2 * 6371.0, within(1e-6));
    }

    @Test
    void aPlaceIsNoDistanceFromItselfAndDistanceIsTheSameBothWays() {
        assertThat(Geography.distanceKm(53.55, -2.1, 53.55, -2.1)).isZero();
        assertThat(Geography.distanceKm(53.55, -2.1, 53.6, -2.0))
                .isEqualTo(Geography.distanceKm(53.6, -2.0, 53.55, -2.1));
    }

    @Test
    void placesWithoutCoordinatesHaveNoDistance() {
        Place mapped = new Place("QQ1 1AA", 53.55, -2.1, null, null, null);
        Place unmapped = new Place("QQ1 0WA", null, null, null, null, null);

        assertThat(mapped.distanceKmTo(unmapped)).isEmpty();
        assertThat(unmapped.distanceKmTo(mapped)).isEmpty();
        assertThat(mapped.distanceKmTo(mapped)).hasValue(0.0);
    }
}
