/**
 * The access log: who viewed, exported, printed or changed which personal record. It only listens
 * and queries; no module depends on it.
 */
@ApplicationModule(displayName = "Audit")
package org.goodwork.audit;

import org.springframework.modulith.ApplicationModule;
