package dev.blindspot.lab.device;

import dev.blindspot.lab.AccountAttempts;
import dev.blindspot.lab.LoginProtocol;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts every login attempt one device received, per account, protocol and outcome. Created lazily and bounded:
 * user names are cut to 64 characters and accounts beyond the first 512 are counted under {@code "(other)"}.
 */
public final class AttemptLedger {

    static final String OTHER = "(other)";
    private static final int MAX_NAME = 64;
    private static final int MAX_ACCOUNTS = 512;

    private record Key(String username, LoginProtocol protocol, boolean accepted) {}

    private volatile Map<Key, AtomicInteger> counts;

    void record(LoginProtocol protocol, String username, boolean accepted) {
        Map<Key, AtomicInteger> map = counts();
        String name = username.length() > MAX_NAME ? username.substring(0, MAX_NAME) : username;
        if (map.size() >= MAX_ACCOUNTS * 4 && !map.containsKey(new Key(name, protocol, accepted))) {
            name = OTHER;
        }
        map.computeIfAbsent(new Key(name, protocol, accepted), k -> new AtomicInteger()).incrementAndGet();
    }

    /** Per account (sorted by name), optionally only one protocol. */
    public Map<String, AccountAttempts> byAccount(Optional<LoginProtocol> only) {
        Map<String, AccountAttempts> out = new TreeMap<>();
        Map<Key, AtomicInteger> map = counts;
        if (map == null) {
            return out;
        }
        map.forEach((key, count) -> {
            if (only.isEmpty() || only.get() == key.protocol()) {
                AccountAttempts add = key.accepted() ? new AccountAttempts(count.get(), 0)
                        : new AccountAttempts(0, count.get());
                out.merge(key.username(), add, AccountAttempts::plus);
            }
        });
        return out;
    }

    private Map<Key, AtomicInteger> counts() {
        Map<Key, AtomicInteger> map = counts;
        if (map == null) {
            synchronized (this) {
                if (counts == null) {
                    counts = new ConcurrentHashMap<>();
                }
                map = counts;
            }
        }
        return map;
    }
}
