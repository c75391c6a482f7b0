package org.goodwork.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.goodwork.geography.GeographySettings.DeprivationAreas;
import org.junit.jupiter.api.Test;

class DeprivationDecileTest {

    private static final int ENGLAND = 32_844;

    @Test
    void theMostDeprivedTenthOfEnglandIsRanks1To3284() {
        assertThat(DeprivationAreas.decile(1, ENGLAND)).isEqualTo(1);
        assertThat(DeprivationAreas.decile(3_284, ENGLAND)).isEqualTo(1);
        assertThat(DeprivationAreas.decile(3_285, ENGLAND)).isEqualTo(2);
    }

    @Test
    void theLeastDeprivedTenthEndsWithTheLastArea() {
        assertThat(DeprivationAreas.decile(29_559, ENGLAND)).isEqualTo(9);
        assertThat(DeprivationAreas.decile(29_560, ENGLAND)).isEqualTo(10);
        assertThat(DeprivationAreas.decile(ENGLAND, ENGLAND)).isEqualTo(10);
    }

    @Test
    void aRankOutsideTheIndexHasNoTenth() {
        assertThatThrownBy(() -> DeprivationAreas.decile(0, ENGLAND)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeprivationAreas.decile(ENGLAND + 1, ENGLAND))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
