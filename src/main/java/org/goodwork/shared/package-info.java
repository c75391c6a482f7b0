/**
 * Small building blocks every module may use: the database bootstrap, the clock, and web helpers.
 * It holds no business rules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.goodwork.shared;

import org.springframework.modulith.ApplicationModule;
