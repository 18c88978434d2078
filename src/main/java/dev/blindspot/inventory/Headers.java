package dev.blindspot.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An ordered, immutable list of header lines with case-insensitive lookup. */
public record Headers(List<Header> lines) {

    public Headers {
        lines = List.copyOf(lines);
    }

    public static Headers of(List<Header> lines) {
        return new Headers(lines);
    }

    public Optional<String> first(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return lines.stream().filter(h -> h.name().toLowerCase(Locale.ROOT).equals(wanted)).map(Header::value).findFirst();
    }

    public List<String> all(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return lines.stream().filter(h -> h.name().toLowerCase(Locale.ROOT).equals(wanted)).map(Header::value).toList();
    }
}
