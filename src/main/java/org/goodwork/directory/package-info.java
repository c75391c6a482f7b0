/** Organisations (commissioners, providers, partners) and their teams. */
@ApplicationModule(displayName = "Directory")
package org.goodwork.directory;

import org.springframework.modulith.ApplicationModule;
