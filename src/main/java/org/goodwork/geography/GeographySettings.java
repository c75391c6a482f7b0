package org.goodwork.geography;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param load a postcode file to load at start-up unless it has been loaded before (empty for none)
 * @param deprivationAreas how many areas each nation's deprivation index ranks
 */
@ConfigurationProperties("goodwork.geography")
record GeographySettings(String load, @DefaultValue DeprivationAreas deprivationAreas) {

    /**
     * The number of areas each nation's index ranks, which turns a rank into a tenth (decile). The
     * defaults are the indices the ONS postcode files carry: the English Indices of Deprivation 2019
     * (32,844 LSOAs), the Welsh Index of Multiple Deprivation 2019 (1,909 LSOAs), the Scottish Index of
     * Multiple Deprivation 2020 (6,976 data zones) and the Northern Ireland Multiple Deprivation Measure
     * 2017 (890 super output areas). A file carrying a newer index needs its count: the English
     * Indices of Deprivation 2025 rank 33,755 LSOAs.
     */
    record DeprivationAreas(
            @DefaultValue("32844") int england,
            @DefaultValue("1909") int wales,
            @DefaultValue("6976") int scotland,
            @DefaultValue("890") int northernIreland) {

        DeprivationAreas {
            if (england < 10 || wales < 10 || scotland < 10 || northernIreland < 10) {
                throw new IllegalArgumentException(
                        "goodwork.geography.deprivation-areas.* must each be at least 10, one area per tenth");
            }
        }

        int in(Nation nation) {
            return switch (nation) {
                case ENGLAND -> england;
                case WALES -> wales;
                case SCOTLAND -> scotland;
                case NORTHERN_IRELAND -> northernIreland;
            };
        }

        /**
         * The tenth of the index a rank falls in, 1 being the most deprived: the ceiling of rank × 10
         * ÷ areas, so with 32,844 areas ranks 1 to 3,284 are the most deprived tenth.
         */
        static int decile(int rank, int areas) {
            if (rank < 1 || rank > areas) {
                throw new IllegalArgumentException("rank " + rank + " is outside 1 to " + areas);
            }
            return (int) ((rank * 10L + areas - 1) / areas);
        }
    }
}
