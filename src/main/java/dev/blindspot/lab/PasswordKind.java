package dev.blindspot.lab;

/** Where a device's password comes from; the lab's truth for credential checks that look across a fleet. */
public enum PasswordKind {
    /** The vendor's factory password, never changed. */
    VENDOR_DEFAULT,
    /** A strong password no other device of the fleet uses. */
    UNIQUE,
    /** A password (with the same username) that several devices of the fleet share. */
    SHARED
}
