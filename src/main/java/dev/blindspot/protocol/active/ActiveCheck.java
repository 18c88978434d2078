package dev.blindspot.protocol.active;

import dev.blindspot.inventory.ActiveCheckVerdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of {@code vuln/active-checks.yaml}: a read-only confirmation of one CVE on one vendor's firmware.
 *
 * @param vendors       names (as in {@code fingerprint/vendors.yaml}) of the vendors or manufacturers it runs on
 * @param requests      one or two requests; the verdict is read from the last answer
 * @param logout        sent only after a vulnerable answer that handed out a session, to close it (never to use it)
 * @param kev           the CISA KEV dateAdded when the CVE is in the catalogue
 * @param references    the CVE record and advisories the entry cites
 * @param source        the nuclei template facts (entry of active-checks.json) it was built from
 */
public record ActiveCheck(String id, String cve, String title, List<String> vendors, boolean intrusive,
                          List<Request> requests, ResponseMatcher vulnerable, ResponseMatcher notVulnerable,
                          Optional<Logout> logout, Optional<String> kev, List<String> references, String source) {

    public ActiveCheck {
        vendors = List.copyOf(vendors);
        requests = List.copyOf(requests);
        references = List.copyOf(references);
    }

    /** Requests sent at most: the requests and the logout. */
    public int maxRequests() {
        return requests.size() + (logout.isPresent() ? 1 : 0);
    }

    /** True when {@code name} (a vendor or manufacturer) is one this check runs on (case-insensitive). */
    public boolean appliesTo(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return vendors.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(n));
    }

    /**
     * What an answer proves: vulnerable when the vulnerable matcher holds (it is asked first), not vulnerable when
     * the other one holds, else inconclusive. Evidence names the markers, the status and the size, never the body.
     *
     * @param headers header lines as {@code Name: value}
     * @param size    body bytes announced or read
     */
    public ActiveCheckVerdict judge(int status, String headers, String body, long size) {
        Optional<List<String>> bad = vulnerable.match(status, headers, body);
        if (bad.isPresent()) {
            return new ActiveCheckVerdict.Vulnerable("matched " + quoted(bad.get()) + "; " + size + " bytes");
        }
        Optional<List<String>> good = notVulnerable.match(status, headers, body);
        if (good.isPresent()) {
            return new ActiveCheckVerdict.NotVulnerable("answered as fixed firmware does (" + quoted(good.get()) + "; "
                    + size + " bytes)");
        }
        return new ActiveCheckVerdict.Inconclusive("answered HTTP " + status + " (" + size
                + " bytes) that matches neither the vulnerable nor the fixed answer");
    }

    private static String quoted(List<String> markers) {
        return String.join(", ", markers.stream().map(m -> m.startsWith("status ") || m.startsWith("none of ")
                ? m : "\"" + m + "\"").toList());
    }

    /** One HTTP request of a check: method, path with query, extra headers, body (may be empty). */
    public record Request(String method, String path, Map<String, String> headers, String body) {
        public Request {
            headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
        }
    }

    /**
     * The request that closes a session a vulnerable device handed out: {@code extract}'s first group, read from the
     * answer, replaces {@code ${session}} in the body.
     */
    public record Logout(Pattern extract, Request request) {}
}
