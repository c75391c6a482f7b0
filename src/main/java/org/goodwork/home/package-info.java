/** The signed-in home page: what each role needs to see first. */
@ApplicationModule(displayName = "Home")
package org.goodwork.home;

import org.springframework.modulith.ApplicationModule;
