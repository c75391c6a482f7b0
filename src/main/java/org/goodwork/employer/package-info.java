/**
 * Employers as a CRM: size and sector, memberships of good-work schemes, locations, contacts, an
 * owner, and the log of meetings and negotiations. Scoped to the provider organisation that records them.
 */
@ApplicationModule(displayName = "Employers")
package org.goodwork.employer;

import org.springframework.modulith.ApplicationModule;
