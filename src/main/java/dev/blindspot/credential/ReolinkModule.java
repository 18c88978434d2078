package dev.blindspot.credential;

import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import java.util.List;
import java.util.Optional;

/** Reolink's JSON API login ({@link ReolinkApiLogin}) on every web port of a device fingerprinted as Reolink. */
public final class ReolinkModule implements LoginModule {

    private final ReolinkApiLogin api;

    public ReolinkModule(ReolinkApiLogin api) {
        this.api = api;
    }

    @Override
    public String name() {
        return "reolink-api";
    }

    @Override
    public String credentialProtocol() {
        return "http";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        if (!vendor.map(v -> v.name().equals("Reolink")).orElse(false)) {
            return List.of();
        }
        return HttpTargetPlanner.webPorts(address, observations, ReolinkApiLogin.PATH).stream()
                .map(LoginTarget::of).toList();
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        return LoginAttempt.of(api.attempt(target.http(), username, password));
    }
}
