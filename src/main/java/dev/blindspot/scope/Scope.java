package dev.blindspot.scope;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The declared scope: what the user named minus what they excluded. The engine asks {@link #contains}
 * before every connection and never connects elsewhere. There is no default scope.
 */
public final class Scope {

    /** Above this many addresses a scan needs explicit confirmation ({@code --yes}). */
    public static final BigInteger CONFIRMATION_THRESHOLD = BigInteger.valueOf(65_536);

    private final List<TargetRange> included;
    private final List<TargetRange> excluded;

    public Scope(List<TargetRange> included, List<TargetRange> excluded) {
        if (included.isEmpty()) {
            throw new IllegalArgumentException("a scope needs at least one target");
        }
        this.included = List.copyOf(included);
        this.excluded = List.copyOf(excluded);
    }

    public List<String> targets() {
        return included.stream().map(TargetRange::source).toList();
    }

    public List<String> exclusions() {
        return excluded.stream().map(TargetRange::source).toList();
    }

    /** Upper bound of addresses to probe (overlaps counted once per range; exclusions not subtracted). */
    public BigInteger size() {
        return included.stream().map(TargetRange::size).reduce(BigInteger.ZERO, BigInteger::add);
    }

    public boolean contains(String address) {
        IPAddress a = new IPAddressString(address).getAddress();
        return a != null && contains(a);
    }

    public boolean contains(InetAddress address) {
        return contains(address.getHostAddress());
    }

    public boolean contains(IPAddress a) {
        IPAddress plain = a.withoutPrefixLength();
        return included.stream().anyMatch(r -> r.contains(plain)) && excluded.stream().noneMatch(r -> r.contains(plain));
    }

    /** Every address in scope, once, in the order the user named them; lazy so huge ranges cost no memory. */
    public Iterator<String> addresses() {
        return new Iterator<>() {
            private final Iterator<TargetRange> ranges = included.iterator();
            private final Set<String> seenSmall = new LinkedHashSet<>();
            private Iterator<? extends IPAddress> current = List.<IPAddress>of().iterator();
            private String next = advance();

            private String advance() {
                while (true) {
                    while (current.hasNext()) {
                        IPAddress a = current.next().withoutPrefixLength();
                        if (excluded.stream().anyMatch(r -> r.contains(a))) {
                            continue;
                        }
                        String text = a.toCanonicalString();
                        if (seenSmall.size() < 65_536 && !seenSmall.add(text)) {
                            continue;
                        }
                        return toHostAddress(a);
                    }
                    if (!ranges.hasNext()) {
                        return null;
                    }
                    current = ranges.next().iterator();
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public String next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                String out = next;
                next = advance();
                return out;
            }
        };
    }

    public List<String> addressList(int max) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = addresses();
        while (it.hasNext() && out.size() < max) {
            out.add(it.next());
        }
        return out;
    }

    /** The same text {@code InetAddress#getHostAddress} prints, so observations and scope agree. */
    static String toHostAddress(IPAddress a) {
        return a.toInetAddress().getHostAddress();
    }
}
