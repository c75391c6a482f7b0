/**
 * The person's rights over their data: everything Goodwork holds about them, as JSON and as a
 * readable page. It only reads, through the other modules' facades.
 */
@ApplicationModule(displayName = "Subject rights")
package org.goodwork.subjectrights;

import org.springframework.modulith.ApplicationModule;
