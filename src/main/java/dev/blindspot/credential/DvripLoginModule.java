package dev.blindspot.credential;

import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.dvrip.DvripLogin;
import java.util.List;
import java.util.Optional;

/**
 * Xiongmai DVRIP logins ({@link DvripLogin}) on the device's open DVRIP port (service hint {@code dvrip}, TCP 34567
 * by default). The account is the web UI's, so its candidates are the {@code http} entries of the data (the data
 * has no {@code dvrip} protocol key yet).
 */
public final class DvripLoginModule implements LoginModule {

    private final DvripLogin login;

    public DvripLoginModule(DvripLogin login) {
        this.login = login;
    }

    @Override
    public String name() {
        return "dvrip";
    }

    @Override
    public String credentialProtocol() {
        return "dvrip";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        return observations.stream()
                .filter(o -> o instanceof OpenPort p && p.address().equals(address) && p.serviceHint().equals("dvrip"))
                .map(o -> new LoginTarget(address, ((OpenPort) o).port(), false, "/"))
                .distinct().toList();
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        return new LoginAttempt(login.attempt(target.address(), target.port(), username, password), "dvrip");
    }
}
