/** Distance travelled: progress reviews on Goodwork's own instrument, scored with the participant. */
@ApplicationModule(displayName = "Assessment")
package org.goodwork.assessment;

import org.springframework.modulith.ApplicationModule;
