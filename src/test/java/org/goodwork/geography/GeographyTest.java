package org.goodwork.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.goodwork.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facade over the demo postcode extract, which the demo data loads for the fictional QQ area. */
class GeographyTest extends IntegrationTest {

    @Autowired
    Geography geography;

    @Autowired
    GeographySettings settings;

    @Test
    void aPostcodeIsFoundHoweverItIsWritten() {
        Place place = geography.locate("QQ1 1AA").orElseThrow();

        assertThat(geography.locate("qq11aa")).contains(place);
        assertThat(geography.locate("  qq1   1aa ")).contains(place);
        assertThat(place.lsoa()).startsWith("E01099");
        assertThat(place.lat()).isBetween(53.4, 53.7);
        assertThat(place.lon()).isBetween(-2.3, -1.9);
    }

    @Test
    void anUnknownPostcodeIsUnknownNotAnError() {
        assertThat(geography.locate("QQ9 9QQ")).isEmpty();
        assertThat(geography.locate("not a postcode")).isEmpty();
        assertThat(geography.locate("")).isEmpty();
        assertThat(geography.locate(null)).isEmpty();
        assertThat(geography.imdDecile("QQ9 9QQ")).isEmpty();
        assertThat(geography.inMostDeprivedTenth("QQ9 9QQ")).isFalse();
    }

    @Test
    void manyPostcodesAreFoundTogetherKeyedAsTheyWereGiven() {
        Map<String, Place> places =
                geography.locateAll(Arrays.asList("qq1 1aa", "QQ3 4CD", "QQ9 9QQ", "nonsense", null));

        assertThat(places).containsOnlyKeys("qq1 1aa", "QQ3 4CD");
        assertThat(places.get("qq1 1aa").postcode()).isEqualTo("QQ1 1AA");
        assertThat(geography.locateAll(List.of())).isEmpty();
    }

    @Test
    void theDistanceBetweenTwoPostcodesIsAStraightLine() {
        Place library = geography.locate("QQ1 1AA").orElseThrow();
        Place office = geography.locate("QQ3 4CD").orElseThrow();

        assertThat(geography.distanceKm("QQ1 1AA", "qq3 4cd"))
                .hasValueCloseTo(
                        Geography.distanceKm(library.lat(), library.lon(), office.lat(), office.lon()), within(1e-9));
        assertThat(geography.distanceKm("QQ1 1AA", "QQ3 4CD").getAsDouble()).isBetween(3.0, 20.0);
        assertThat(geography.distanceKm("QQ1 1AA", "QQ1 1AA")).hasValue(0.0);
    }

    @Test
    void theDistanceToAnUnknownOrUnmappedPostcodeIsUnknownNeverZero() {
        assertThat(geography.distanceKm("QQ1 1AA", "QQ9 9QQ")).isEmpty();
        assertThat(geography.distanceKm("QQ9 9QQ", "QQ1 1AA")).isEmpty();
        assertThat(geography.distanceKm(null, "QQ1 1AA")).isEmpty();
        assertThat(geography.locate("QQ1 0WA")).as("a PO box in the extract").isPresent();
        assertThat(geography.distanceKm("QQ1 1AA", "QQ1 0WA")).isEmpty();
    }

    @Test
    void aboutOneDemoPostcodeInEightIsInTheMostDeprivedTenth() {
        List<Integer> deciles = jdbc.sql(
                        "select imd_decile from postcode where postcode like 'QQ%' and imd_decile is not null")
                .query(Integer.class)
                .list();
        long mostDeprived = deciles.stream().filter(decile -> decile == 1).count();

        assertThat(deciles).hasSizeGreaterThan(2_000);
        assertThat(100.0 * mostDeprived / deciles.size()).isBetween(10.0, 14.0);
        String example = jdbc.sql("select postcode from postcode where postcode like 'QQ%' and imd_decile = 1 limit 1")
                .query(String.class)
                .single();
        assertThat(geography.inMostDeprivedTenth(example)).isTrue();
        assertThat(geography.imdDecile(example)).hasValue(1);
    }

    @Test
    void everyPostcodeInTheDemoDataHasAPlace() {
        List<String> demoPostcodes = jdbc.sql("""
                        select postcode from participant where reference ~ '^P[0-9]{5}$'
                        union select postcode from household where reference ~ '^H[0-9]{4}$'
                        union select postcode from referral where referred_by_user_id is null and postcode like 'QQ%'
                        union select postcode from service_location where postcode like 'QQ%'""").query(String.class).list();
        Map<String, Place> places = geography.locateAll(demoPostcodes);

        assertThat(demoPostcodes).hasSizeGreaterThan(100);
        assertThat(demoPostcodes)
                .allSatisfy(postcode -> assertThat(places.get(postcode))
                        .as(postcode)
                        .isNotNull()
                        .satisfies(place -> assertThat(place.hasCoordinates()).isTrue()));
    }

    @Test
    void deprivationTenthsUseTheIndicesThePostcodeFilesCarryUnlessSetOtherwise() {
        assertThat(settings.deprivationAreas())
                .isEqualTo(new GeographySettings.DeprivationAreas(32_844, 1_909, 6_976, 890));
        assertThat(settings.load()).isEmpty();
    }
}
