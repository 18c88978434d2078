package dev.blindspot.vuln.match;

/** How sure a CVE match is, best first. */
public enum MatchConfidence {
    /** The model is in a stated family and the firmware inside a stated range. */
    CONFIRMED,
    /** The model family matches; the firmware is unknown, unparseable or not comparable with the range. */
    LIKELY,
    /** Only the vendor matches (the model is not known, or the record names no model). */
    POSSIBLE
}
