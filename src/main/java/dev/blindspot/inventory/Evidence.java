package dev.blindspot.inventory;

/** One piece of evidence behind an identity: the source field (e.g. {@code http.server}) and its value. */
public record Evidence(String source, String value) {}
