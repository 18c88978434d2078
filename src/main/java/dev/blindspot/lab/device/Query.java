package dev.blindspot.lab.device;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A request's query parameters, names lower-cased, values URL-decoded; at most 32 are kept. */
record Query(Map<String, String> params) {

    private static final int MAX_PARAMS = 32;

    Query {
        params = Map.copyOf(params);
    }

    static Query parse(Optional<String> query) {
        Map<String, String> out = new HashMap<>();
        if (query.isPresent()) {
            for (String pair : query.get().split("&", MAX_PARAMS + 1)) {
                if (out.size() == MAX_PARAMS || pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                out.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new Query(out);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(params.get(name));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
