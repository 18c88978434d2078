package dev.blindspot.credential;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What Blindspot knows about logging in to one vendor's devices.
 *
 * @param loginPaths HTTP paths that demand Basic/Digest auth, preferred first; may be empty
 * @param lockout    the documented failed-login lockout, empty when unknown
 */
public record VendorProfile(String name, List<String> aliases, List<LoginPath> loginPaths,
                            Optional<Lockout> lockout) {

    public VendorProfile {
        aliases = List.copyOf(aliases);
        loginPaths = List.copyOf(loginPaths);
    }

    /** An HTTP path and the id of the source that documents it. */
    public record LoginPath(String path, String source) {}

    /**
     * A documented lockout: the device locks after {@code attempts} failures.
     *
     * @param duration how long the lock lasts, when documented
     */
    public record Lockout(int attempts, Optional<Duration> duration, String source) {}

    public boolean answersTo(String vendorName) {
        String wanted = vendorName.trim().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(wanted)
                || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
    }

    public boolean isLoginPath(String path) {
        return loginPaths.stream().anyMatch(p -> p.path().equals(path));
    }
}
