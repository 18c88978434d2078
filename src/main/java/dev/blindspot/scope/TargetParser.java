package dev.blindspot.scope;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns what the user typed into address ranges: an IPv4/IPv6 address, a CIDR block, a range {@code a-b}
 * (full addresses on both sides), a hostname (every address it resolves to), or {@code @file} with one target
 * per line ({@code #} comments allowed). Resolution is injected so tests never touch DNS.
 */
public final class TargetParser {

    private static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    private final Function<String, List<InetAddress>> resolver;

    public TargetParser(Function<String, List<InetAddress>> resolver) {
        this.resolver = resolver;
    }

    /** A parser that resolves hostnames with the system resolver. */
    public static TargetParser withSystemResolver() {
        return new TargetParser(host -> {
            try {
                return List.of(InetAddress.getAllByName(host));
            } catch (UnknownHostException e) {
                return List.of();
            }
        });
    }

    public List<TargetRange> parseAll(List<String> targets) throws TargetException {
        List<TargetRange> out = new ArrayList<>();
        for (String t : targets) {
            out.addAll(parse(t));
        }
        return out;
    }

    public List<TargetRange> parse(String raw) throws TargetException {
        String t = raw.trim();
        if (t.isEmpty()) {
            throw new TargetException("empty target");
        }
        if (t.startsWith("@")) {
            return parseFile(Path.of(t.substring(1)));
        }
        return List.of(parseOne(t));
    }

    private List<TargetRange> parseFile(Path file) throws TargetException {
        List<String> lines;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new TargetException("target file " + file + " is larger than 4 MiB");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TargetException("cannot read target file " + file + ": " + e.getMessage());
        }
        List<TargetRange> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@")) {
                throw new TargetException(file + ":" + (i + 1) + ": nested @file is not allowed");
            }
            try {
                out.add(parseOne(line));
            } catch (TargetException e) {
                throw new TargetException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    private TargetRange parseOne(String t) throws TargetException {
        int dash = t.indexOf('-');
        if (dash > 0 && !t.contains("/")) {
            IPAddress lo = address(t.substring(0, dash).trim());
            IPAddress hi = address(t.substring(dash + 1).trim());
            if (lo != null && hi != null) {
                if (lo.isIPv4() != hi.isIPv4()) {
                    throw new TargetException("range '" + t + "' mixes IPv4 and IPv6");
                }
                if (lo.compareTo(hi) > 0) {
                    throw new TargetException("range '" + t + "' ends before it starts");
                }
                return new TargetRange(t, lo.spanWithRange(hi));
            }
        }
        IPAddressString s = new IPAddressString(t);
        if (s.isIPAddress()) {
            try {
                IPAddress a = s.toAddress();
                // a CIDR with host bits set (10.0.0.5/24) means the whole block, as nmap reads it
                IPAddress block = a.isPrefixed() ? a.toPrefixBlock() : a;
                return new TargetRange(t, block.toSequentialRange());
            } catch (AddressStringException e) {
                throw new TargetException("'" + t + "' is not a valid address: " + e.getMessage());
            }
        }
        if (looksLikeHostname(t)) {
            List<InetAddress> resolved = resolver.apply(t);
            if (resolved.isEmpty()) {
                throw new TargetException("cannot resolve host '" + t + "'");
            }
            if (resolved.size() > 1) {
                // several addresses: keep the first; the rest are reported by the caller if wanted
                resolved = resolved.subList(0, 1);
            }
            IPAddress a = new IPAddressString(resolved.getFirst().getHostAddress()).getAddress();
            return new TargetRange(t, a.toSequentialRange());
        }
        throw new TargetException("'" + t + "' is not an address, CIDR block, range a-b, hostname or @file");
    }

    private static IPAddress address(String s) {
        IPAddressString parsed = new IPAddressString(s);
        IPAddress a = parsed.getAddress();
        return a != null && !a.isPrefixed() && !a.isMultiple() ? a : null;
    }

    private static boolean looksLikeHostname(String s) {
        return s.length() <= 253 && s.matches("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");
    }
}
