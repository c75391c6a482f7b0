/**
 * Pages that bring the modules together: the signed-in home page, what each role needs to see
 * first, and the household overview.
 */
@ApplicationModule(displayName = "Home")
package org.goodwork.home;

import org.springframework.modulith.ApplicationModule;
