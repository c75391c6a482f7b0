/**
 * Fictional demo data: a combined authority, providers, partners, staff for every role and a
 * caseload whose profile follows the Households into Work tables. Nothing in it is a real person.
 */
@ApplicationModule(displayName = "Demo data")
package org.goodwork.demo;

import org.springframework.modulith.ApplicationModule;
