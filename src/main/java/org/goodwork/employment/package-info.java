/**
 * Employment: spells of work and the outcome rules that decide job outcomes, sustained employment
 * and earnings outcomes. The rules are pure functions of the spells, with no database, so reports,
 * payment-by-results claims and keyworker pages all count the same way.
 */
@ApplicationModule(displayName = "Employment")
package org.goodwork.employment;

import org.springframework.modulith.ApplicationModule;
