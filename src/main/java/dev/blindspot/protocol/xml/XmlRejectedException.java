package dev.blindspot.protocol.xml;

/** The input was refused by {@link SafeXml}: too large, not well-formed, or using a forbidden feature (DOCTYPE). */
public final class XmlRejectedException extends Exception {

    public XmlRejectedException(String message) {
        super(message);
    }
}
