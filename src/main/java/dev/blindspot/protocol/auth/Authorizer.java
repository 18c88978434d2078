package dev.blindspot.protocol.auth;

import dev.blindspot.inventory.Secret;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers the best challenge a server offered: the strongest Digest we can compute, else Basic.
 */
public final class Authorizer {

    private final DigestAuthenticator digest;

    public Authorizer(DigestAuthenticator digest) {
        this.digest = Objects.requireNonNull(digest, "digest");
    }

    /** @throws AuthException when no offered challenge is one we can answer */
    public Authorization authorize(List<AuthChallenge> offered, String method, String uri, String username,
                                   Secret password) throws AuthException {
        Optional<AuthChallenge> bestDigest = offered.stream()
                .filter(c -> c.isScheme("Digest") && answerable(c))
                .max(Comparator.comparing(c -> DigestAlgorithm.of(c).orElseThrow()));
        if (bestDigest.isPresent()) {
            return new Authorization("Digest", digest.authorization(bestDigest.get(), method, uri, username, password));
        }
        if (offered.stream().anyMatch(c -> c.isScheme("Basic"))) {
            return new Authorization("Basic", BasicAuthenticator.authorization(username, password));
        }
        String schemes = offered.stream().map(AuthChallenge::scheme).collect(Collectors.joining(", "));
        throw new AuthException("no supported challenge among: " + (schemes.isEmpty() ? "(none)" : schemes));
    }

    private static boolean answerable(AuthChallenge c) {
        try {
            DigestAuthenticator.checkAnswerable(c);
            return true;
        } catch (AuthException e) {
            return false;
        }
    }
}
