package org.goodwork.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <token>} against the stored token hashes. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiClients clients;

    BearerTokenFilter(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var principal = clients.authenticate(header.substring(7).strip());
            if (principal.isEmpty()) {
                SecurityConfiguration.problem(response, HttpStatus.UNAUTHORIZED, "The bearer token is not valid");
                return;
            }
            var authorities = principal.get().scopes().stream()
                    .map(scope -> new SimpleGrantedAuthority(scope.authority()))
                    .toList();
            var authentication = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null, authorities);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
