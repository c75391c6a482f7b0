package org.goodwork.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Reloads the signed-in user into the session after their own account changed. */
@Component
public class SignedInSession {

    private final UserAccounts accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInSession(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public void refresh(SignedInUser current, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser fresh = accounts.forSignIn(current.getUsername()).orElseThrow();
        fresh.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
