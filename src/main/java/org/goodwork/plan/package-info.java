/** Co-produced plans: goals in the person's words, barriers, and agreed actions by theme. */
@ApplicationModule(displayName = "Plans")
package org.goodwork.plan;

import org.springframework.modulith.ApplicationModule;
