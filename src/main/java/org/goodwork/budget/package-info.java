/** Personal budgets: spend requests by category, team leader approval above a threshold, and the ledger. */
@ApplicationModule(displayName = "Budgets")
package org.goodwork.budget;

import org.springframework.modulith.ApplicationModule;
