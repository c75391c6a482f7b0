/**
 * Sign-in, user accounts and roles, the current user and what they may see, and API clients with
 * bearer tokens. {@link org.goodwork.security.AccessPolicy} declares who may reach what.
 */
@ApplicationModule(displayName = "Security")
package org.goodwork.security;

import org.springframework.modulith.ApplicationModule;
