package dev.blindspot.inventory;

/**
 * What a safe active check's answer proved, judged by the check's own matchers. Evidence never carries the
 * response body: only the markers that matched, the status and the size.
 */
public sealed interface ActiveCheckVerdict {

    /** The device answered the way only a vulnerable device answers. */
    record Vulnerable(String evidence) implements ActiveCheckVerdict {}

    /** The device answered the way a fixed (or unaffected) device answers. */
    record NotVulnerable(String evidence) implements ActiveCheckVerdict {}

    /** The device answered, but neither way (e.g. an unexpected status); {@code reason} says what was seen. */
    record Inconclusive(String reason) implements ActiveCheckVerdict {}
}
