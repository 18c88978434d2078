package dev.blindspot.credential;

/** Where default-credential facts come from; entries refer to it by {@code id}. */
public record CredentialSource(String id, String reference) {}
