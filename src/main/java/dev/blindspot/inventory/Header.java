package dev.blindspot.inventory;

/** One header line as the device sent it (name case preserved). */
public record Header(String name, String value) {}
