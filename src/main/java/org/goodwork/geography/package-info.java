/**
 * Postcodes and where they are: latitude and longitude, the small area (LSOA) and its deprivation
 * rank, loaded from the ONS Postcode Directory or the National Statistics Postcode Lookup. Other
 * modules ask {@link org.goodwork.geography.Geography} where a postcode is, how far apart two are,
 * and whether one is in the 10% most deprived areas.
 */
@ApplicationModule(displayName = "Geography")
package org.goodwork.geography;

import org.springframework.modulith.ApplicationModule;
