package org.goodwork.shared;

/**
 * How this instance runs: with its own embedded database or an external one, and whether it shows
 * fictional demo data (on by default only with the embedded database).
 */
public record ServiceMode(boolean embeddedDatabase, boolean demoData) {}
