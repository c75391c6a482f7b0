package org.goodwork.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import org.goodwork.shared.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final int MAX_SESSIONS_PER_USER = 3;

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** bcrypt with cost 12 in production; tests lower it because they hash many passwords. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${goodwork.password-hash-cost:12}") int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    @Bean
    UserDetailsService userDetailsService(UserAccounts accounts) {
        return username ->
                accounts.forSignIn(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** Machine clients: bearer tokens only, no session, answers in problem+json. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiClients clients) {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(clients), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) ->
                                problem(response, HttpStatus.UNAUTHORIZED, "Send a valid bearer token"))
                        .accessDeniedHandler((request, response, ex) ->
                                problem(response, HttpStatus.FORBIDDEN, "This client's scopes do not allow that")))
                .headers(h -> h.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(AccessPolicy.OPENAPI_DOCUMENT).permitAll();
                    for (AccessPolicy.ApiRule rule : AccessPolicy.API) {
                        auth.requestMatchers(rule.method(), rule.pattern())
                                .hasAnyAuthority(rule.scopes().stream()
                                        .map(ApiScope::authority)
                                        .toArray(String[]::new));
                    }
                    auth.anyRequest().denyAll();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            UserAccounts accounts,
            RateLimiter rateLimiter,
            @Value("${goodwork.sign-in.attempts-per-address}") int attemptsPerAddress,
            @Value("${goodwork.sign-in.attempts-window}") Duration attemptsWindow,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        var sessionRegistry = new SpringSessionBackedSessionRegistry<>(sessions);
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        http.authorizeHttpRequests(auth -> {
                    for (AccessPolicy.PageRule rule : AccessPolicy.PAGES) {
                        AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url =
                                auth.requestMatchers(rule.pattern());
                        switch (rule.access()) {
                            case PUBLIC -> url.permitAll();
                            case SIGNED_IN -> url.authenticated();
                            case ROLES ->
                                url.hasAnyRole(
                                        rule.roles().stream().map(Role::name).toArray(String[]::new));
                        }
                    }
                    auth.anyRequest().denyAll();
                })
                .requestCache(cache -> cache.requestCache(requestCache))
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .successHandler(signedIn(accounts, requestCache))
                        .failureHandler(signInFailed())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        // Signing in on a fourth device ends the oldest session, so a forgotten one does not stay open.
                        .maximumSessions(MAX_SESSIONS_PER_USER)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/sign-in?signed-out-elsewhere"))
                .addFilterBefore(
                        new SignInRateLimitFilter(rateLimiter, attemptsPerAddress, attemptsWindow),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(), BasicAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static AuthenticationSuccessHandler signedIn(UserAccounts accounts, HttpSessionRequestCache cache) {
        return (request, response, authentication) -> {
            SignedInUser user = (SignedInUser) authentication.getPrincipal();
            accounts.recordSuccessfulSignIn(user.id());
            var saved = cache.getRequest(request, response);
            cache.removeRequest(request, response);
            String target =
                    user.mustChangePassword() ? "/account/password" : saved != null ? saved.getRedirectUrl() : "/";
            response.sendRedirect(target);
        };
    }

    private static AuthenticationFailureHandler signInFailed() {
        return (request, response, exception) ->
                response.sendRedirect(exception instanceof LockedException ? "/sign-in?locked" : "/sign-in?error");
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    static boolean isStatic(String path) {
        return Arrays.asList("/assets/", "/favicon.ico").stream().anyMatch(path::startsWith);
    }
}
