package org.goodwork.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords towards the lockout. Successes are recorded by the sign-in handler. */
@Component
class SignInEvents {

    private final UserAccounts accounts;

    SignInEvents(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedSignIn(event.getAuthentication().getName());
    }
}
