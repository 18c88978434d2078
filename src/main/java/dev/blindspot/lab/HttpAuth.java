package dev.blindspot.lab;

/** How a device's web server challenges for credentials. */
public enum HttpAuth {
    /** RFC 2617/7616 Digest (MD5, qop=auth). */
    DIGEST,
    /** Basic: the password crosses the network base64-encoded, i.e. in clear text on plain HTTP. */
    BASIC
}
