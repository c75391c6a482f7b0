/** Programmes: who commissions and delivers them, eligibility, duration, caseload limits, outcome rules and targets. */
@ApplicationModule(displayName = "Programmes")
package org.goodwork.programme;

import org.springframework.modulith.ApplicationModule;
