package dev.blindspot.protocol.active;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.blindspot.inventory.ActiveCheckVerdict;
import dev.blindspot.inventory.Identity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The safe active checks of {@code vuln/active-checks.yaml}, validated on load: every entry names a CVE, at least
 * one vendor, one or two GET/POST requests (at most two with its logout), both matchers, a source and advisories,
 * and a vulnerable and a fixed example answer on which its matchers give the right verdict. Command-injection CVEs
 * ({@link #NEVER_PROBED}) are refused: they are reported from the firmware version only. Immutable.
 */
public final class ActiveChecks {

    static final String RESOURCE = "/vuln/active-checks.yaml";
    /** Requests one check may send to one device, the logout included. */
    public static final int MAX_REQUESTS_PER_CHECK = 2;
    /** CVEs never confirmed by sending anything (command injection): version matching only. */
    public static final Set<String> NEVER_PROBED = Set.of("CVE-2021-36260");
    private static final int MAX_BYTES = 256 * 1024;
    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,7}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{2,80}");

    private final List<ActiveCheck> checks;

    private ActiveChecks(List<ActiveCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The bundled data (read once). */
    public static ActiveChecks bundled() {
        return Bundled.CHECKS;
    }

    /** Every entry, in file order. */
    public List<ActiveCheck> all() {
        return checks;
    }

    /** The entry with this id. */
    public Optional<ActiveCheck> byId(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The entries whose vendor gate matches the identity's vendor or manufacturer, in file order. */
    public List<ActiveCheck> applicable(Identity identity) {
        List<String> names = new ArrayList<>();
        identity.vendor().ifPresent(names::add);
        identity.manufacturer().ifPresent(names::add);
        return checks.stream().filter(c -> names.stream().anyMatch(c::appliesTo)).toList();
    }

    /** Parses and validates the YAML; throws {@link IllegalArgumentException} naming the entry and what is wrong. */
    public static ActiveChecks parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("active checks larger than " + MAX_BYTES + " bytes");
        }
        YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Shapes.FileShape file;
        try {
            file = yaml.readValue(bytes, Shapes.FileShape.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("active checks: " + e.getOriginalMessage(), e);
        }
        if (file == null || file.version() != 1 || file.checks() == null) {
            throw new IllegalArgumentException("active checks: version 1 with checks expected");
        }
        List<ActiveCheck> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Shapes.CheckShape c : file.checks()) {
            ActiveCheck check = check(c);
            if (!ids.add(check.id())) {
                throw new IllegalArgumentException("active checks: id " + check.id() + " listed twice");
            }
            out.add(check);
        }
        return new ActiveChecks(out);
    }

    private static ActiveCheck check(Shapes.CheckShape c) {
        String id = require(c.id(), "?", "id");
        if (!ID.matcher(id).matches()) {
            throw bad(id, "id must be lower-case letters, digits, dots and dashes");
        }
        String cve = require(c.cve(), id, "cve");
        if (!CVE.matcher(cve).matches()) {
            throw bad(id, "bad cve " + cve);
        }
        if (NEVER_PROBED.contains(cve)) {
            throw bad(id, cve + " is a command injection: report it from the firmware version, never probe it");
        }
        if (c.vendors() == null || c.vendors().isEmpty() || c.vendors().stream().anyMatch(v -> v == null || v.isBlank())) {
            throw bad(id, "needs a vendor gate (vendors)");
        }
        if (c.intrusive() == null) {
            throw bad(id, "must say whether it is intrusive");
        }
        if (c.requests() == null || c.requests().isEmpty()) {
            throw bad(id, "needs one or two requests");
        }
        List<ActiveCheck.Request> requests = c.requests().stream().map(r -> request(id, r)).toList();
        Optional<ActiveCheck.Logout> logout = Optional.ofNullable(c.logout()).map(l -> logout(id, l));
        if (requests.size() + (logout.isPresent() ? 1 : 0) > MAX_REQUESTS_PER_CHECK) {
            throw bad(id, "more than " + MAX_REQUESTS_PER_CHECK + " requests (logout included)");
        }
        ResponseMatcher vulnerable = matcher(id, "vulnerable", c.vulnerable());
        ResponseMatcher fixed = matcher(id, "notVulnerable", c.notVulnerable());
        if (c.source() == null || c.source().template() == null || c.source().template().isBlank()
                || !c.source().template().contains("active-checks.json") || c.source().advisories() == null
                || c.source().advisories().isEmpty()) {
            throw bad(id, "needs a source: the active-checks.json entry (template) and advisories");
        }
        for (String url : c.source().advisories()) {
            if (url == null || !url.startsWith("https://") || url.length() > 300) {
                throw bad(id, "advisories must be https URLs");
            }
        }
        ActiveCheck check = new ActiveCheck(id, cve, require(c.title(), id, "title"), c.vendors(), c.intrusive(),
                requests, vulnerable, fixed, logout, Optional.ofNullable(c.kev()), c.source().advisories(),
                c.source().template().strip());
        examples(check, c.examples());
        return check;
    }

    /** Runs the matchers on the entry's own example answers: the vulnerable one must be vulnerable, the fixed not. */
    private static void examples(ActiveCheck check, Shapes.ExamplesShape examples) {
        if (examples == null || examples.vulnerable() == null || examples.fixed() == null) {
            throw bad(check.id(), "needs a vulnerable and a fixed example answer");
        }
        if (!(example(check, examples.vulnerable()) instanceof ActiveCheckVerdict.Vulnerable)) {
            throw bad(check.id(), "its vulnerable example is not judged vulnerable");
        }
        if (!(example(check, examples.fixed()) instanceof ActiveCheckVerdict.NotVulnerable)) {
            throw bad(check.id(), "its fixed example is not judged not vulnerable");
        }
    }

    /** The verdict of {@code check} on one example answer of the data file. */
    static ActiveCheckVerdict example(ActiveCheck check, Shapes.AnswerShape a) {
        StringBuilder headers = new StringBuilder();
        Optional.ofNullable(a.headers()).orElse(Map.of())
                .forEach((k, v) -> headers.append(k).append(": ").append(v).append('\n'));
        String body = Optional.ofNullable(a.body()).orElse("");
        return check.judge(a.status(), headers.toString(), body, body.length());
    }

    private static ActiveCheck.Request request(String id, Shapes.RequestShape r) {
        String method = require(r.method(), id, "method");
        if (!method.equals("GET") && !method.equals("POST")) {
            throw bad(id, "only GET and POST are allowed, not " + method);
        }
        String path = require(r.path(), id, "path");
        if (!path.startsWith("/") || path.length() > 300 || !path.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            throw bad(id, "bad path " + path);
        }
        Map<String, String> headers = new LinkedHashMap<>(Optional.ofNullable(r.headers()).orElse(Map.of()));
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (!h.getKey().matches("[A-Za-z][A-Za-z0-9-]{0,63}") || h.getValue() == null
                    || !h.getValue().chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)
                    || Set.of("host", "connection", "content-length", "user-agent", "accept-encoding",
                    "transfer-encoding").contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                throw bad(id, "bad or client-owned header " + h.getKey());
            }
        }
        String body = Optional.ofNullable(r.body()).orElse("");
        if (body.length() > 4096) {
            throw bad(id, "request body longer than 4096 characters");
        }
        return new ActiveCheck.Request(method, path, headers, body);
    }

    private static ActiveCheck.Logout logout(String id, Shapes.LogoutShape l) {
        try {
            Pattern extract = Pattern.compile(require(l.extract(), id, "logout.extract"));
            if (extract.matcher("").groupCount() < 1) {
                throw bad(id, "logout.extract needs a group");
            }
            ActiveCheck.Request request = request(id, new Shapes.RequestShape(l.method(), l.path(), l.headers(), l.body()));
            if (!request.body().contains("${session}") && !request.path().contains("${session}")) {
                throw bad(id, "logout must carry ${session}");
            }
            return new ActiveCheck.Logout(extract, request);
        } catch (PatternSyntaxException e) {
            throw bad(id, "bad logout.extract: " + e.getDescription());
        }
    }

    private static ResponseMatcher matcher(String id, String name, Shapes.MatcherShape m) {
        if (m == null) {
            throw bad(id, "needs a " + name + " matcher");
        }
        Shapes.WordsShape body = Optional.ofNullable(m.body()).orElse(Shapes.WordsShape.EMPTY);
        Shapes.WordsShape header = Optional.ofNullable(m.header()).orElse(Shapes.WordsShape.EMPTY);
        try {
            return new ResponseMatcher(list(m.status()), list(body.all()), list(body.any()), list(body.none()),
                    list(header.all()), list(header.any()), list(header.none()), Boolean.TRUE.equals(m.caseInsensitive()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw bad(id, name + ": " + e.getMessage());
        }
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    private static String require(String value, String id, String field) {
        if (value == null || value.isBlank()) {
            throw bad(id, "needs " + field);
        }
        return value;
    }

    private static IllegalArgumentException bad(String id, String what) {
        return new IllegalArgumentException("active check " + id + ": " + what);
    }

    private static final class Bundled {
        static final ActiveChecks CHECKS = load();

        private static ActiveChecks load() {
            try (InputStream in = ActiveChecks.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
