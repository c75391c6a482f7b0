/** People supported by the service, and their households. Every read is scoped and logged. */
@ApplicationModule(displayName = "Participants")
package org.goodwork.participant;

import org.springframework.modulith.ApplicationModule;
