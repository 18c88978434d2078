package dev.blindspot.credential;

import dev.blindspot.inventory.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order credentials are tried in on one device, all within the same attempt budget: the operator's own
 * ({@code --credentials}), then the device's vendor defaults (its own, its OEM's, a few generic pairs), then,
 * only when asked ({@code --weak-passwords}), the small weak-password list. No pair twice.
 */
public record CandidatePlan(Optional<OperatorCredentials> operator, DefaultCredentials defaults, boolean weakPasswords)
        implements CandidateSource {

    @Override
    public List<DefaultCredential> candidates(String address, Identity identity, String protocol) {
        List<DefaultCredential> out = new ArrayList<>();
        operator.ifPresent(o -> out.addAll(o.candidatesFor(address, identity, protocol)));
        add(out, defaults.candidatesFor(identity, protocol));
        if (weakPasswords) {
            add(out, defaults.weakCandidatesFor(identity, protocol));
        }
        return List.copyOf(out);
    }

    private static void add(List<DefaultCredential> out, List<DefaultCredential> more) {
        for (DefaultCredential c : more) {
            if (out.stream().noneMatch(o -> o.samePair(c))) {
                out.add(c);
            }
        }
    }
}
