package dev.blindspot.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything a scan learned: observations per address and the identity concluded for each address.
 * Immutable; checks read it and never do I/O.
 */
public final class Inventory {

    private final Map<String, List<Observation>> byAddress;
    private final Map<String, Identity> identities;
    private final java.util.Set<Integer> probedPorts;

    private Inventory(Map<String, List<Observation>> byAddress, Map<String, Identity> identities,
                      java.util.Set<Integer> probedPorts) {
        this.byAddress = byAddress;
        this.identities = identities;
        this.probedPorts = probedPorts;
    }

    public static Inventory of(Collection<? extends Observation> observations, Map<String, Identity> identities) {
        Map<String, List<Observation>> grouped = new TreeMap<>(Inventory::compareAddresses);
        for (Observation o : observations) {
            grouped.computeIfAbsent(o.address(), a -> new ArrayList<>()).add(o);
        }
        Map<String, List<Observation>> frozen = new LinkedHashMap<>();
        grouped.forEach((a, list) -> frozen.put(a, List.copyOf(list)));
        return new Inventory(java.util.Collections.unmodifiableMap(frozen), Map.copyOf(identities), java.util.Set.of());
    }

    public static Inventory of(Collection<? extends Observation> observations) {
        return of(observations, Map.of());
    }

    /** Addresses with at least one observation, in numeric order. */
    public List<String> addresses() {
        return List.copyOf(byAddress.keySet());
    }

    public List<Observation> of(String address) {
        return byAddress.getOrDefault(address, List.of());
    }

    public Stream<Observation> all() {
        return byAddress.values().stream().flatMap(List::stream);
    }

    public <T extends Observation> Stream<T> all(Class<T> type) {
        return all().filter(type::isInstance).map(type::cast);
    }

    public <T extends Observation> Stream<T> of(String address, Class<T> type) {
        return of(address).stream().filter(type::isInstance).map(type::cast);
    }

    public Identity identity(String address) {
        return identities.getOrDefault(address, Identity.unknown());
    }

    public Optional<Identity> knownIdentity(String address) {
        return Optional.ofNullable(identities.get(address));
    }

    /** Returns a copy with identities replaced (the identity stage runs after probing). */
    public Inventory withIdentities(Map<String, Identity> newIdentities) {
        return new Inventory(byAddress, Map.copyOf(newIdentities), probedPorts);
    }

    /** Returns a copy that knows which TCP ports every address was probed on (so "closed" can be told apart from "not looked at"). */
    public Inventory withProbedPorts(java.util.Set<Integer> ports) {
        return new Inventory(byAddress, identities, java.util.Set.copyOf(ports));
    }

    /** TCP ports every address was probed on; empty when unknown. */
    public java.util.Set<Integer> probedPorts() {
        return probedPorts;
    }

    /** Returns a copy with more observations (the second, credential pass adds to the first). */
    public Inventory plus(Collection<? extends Observation> more) {
        List<Observation> merged = new ArrayList<>(all().toList());
        merged.addAll(more);
        return of(merged, identities).withProbedPorts(probedPorts);
    }

    /** Numeric order for IPv4/IPv6 text (IPv4 first), falling back to text order. */
    public static int compareAddresses(String a, String b) {
        return ADDRESS_ORDER.compare(a, b);
    }

    private static final Comparator<String> ADDRESS_ORDER = Comparator
            .comparing((String s) -> s.contains(":") ? 1 : 0)
            .thenComparing(Inventory::ipv4Key)
            .thenComparing(Comparator.naturalOrder());

    private static long ipv4Key(String s) {
        String[] parts = s.split("\\.");
        if (parts.length != 4) {
            return Long.MAX_VALUE;
        }
        long key = 0;
        for (String p : parts) {
            try {
                key = key * 256 + Integer.parseInt(p);
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
        return key;
    }
}
