package org.goodwork.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.goodwork.shared.RateLimiter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts from one address, whatever usernames it tries, on top of the per-account
 * lockout: guessing one password across many accounts is stopped too.
 */
class SignInRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter rateLimiter;
    private final int attempts;
    private final Duration window;

    SignInRateLimitFilter(RateLimiter rateLimiter, int attempts, Duration window) {
        this.rateLimiter = rateLimiter;
        this.attempts = attempts;
        this.window = window;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/sign-in".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!rateLimiter.tryAcquire("sign-in:" + request.getRemoteAddr(), attempts, window)) {
            response.sendRedirect(request.getContextPath() + "/sign-in?too-many");
            return;
        }
        chain.doFilter(request, response);
    }
}
