/** Code lists, SOC 2020 and their sources, loaded by migrations into the product's own tables. */
@ApplicationModule(displayName = "Reference data")
package org.goodwork.reference;

import org.springframework.modulith.ApplicationModule;
