package org.goodwork.shared;

import java.util.List;

/**
 * The fictional demo accounts, shown on the sign-in page only when demo data is on. The demo data
 * module creates exactly these; a test checks they can all sign in.
 */
public final class DemoSignIns {

    public static final String PASSWORD = "demo-password-2026";

    public record DemoSignIn(String role, String username) {}

    public static final List<DemoSignIn> ALL = List.of(
            new DemoSignIn("Administrator", "admin"),
            new DemoSignIn("Commissioner", "commissioner"),
            new DemoSignIn("Team leader", "teamleader"),
            new DemoSignIn("Keyworker", "keyworker"),
            new DemoSignIn("Employer engagement officer", "employer.officer"),
            new DemoSignIn("Partner worker", "partner"));

    private DemoSignIns() {}
}
