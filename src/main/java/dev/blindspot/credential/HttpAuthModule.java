package dev.blindspot.credential;

import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import java.util.List;
import java.util.Optional;

/**
 * HTTP Basic/Digest logins ({@link HttpLogin}, Apache HttpClient 5) at the paths {@link HttpTargetPlanner} picks: the
 * vendor's own login path first (Hikvision ISAPI {@code /ISAPI/Security/userCheck} with its XML statusValue, Axis
 * VAPIX {@code /axis-cgi/usergroup.cgi}, Dahua {@code magicBox.cgi}, Uniview LAPI, Hanwha SUNAPI...). Not used for
 * vendors whose web login is not HTTP authentication ({@link #skipsVendor}).
 */
public final class HttpAuthModule implements LoginModule {

    private final HttpLogin http;

    public HttpAuthModule(HttpLogin http) {
        this.http = http;
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public String credentialProtocol() {
        return "http";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        if (vendor.map(HttpAuthModule::skipsVendor).orElse(false)) {
            return List.of();
        }
        return HttpTargetPlanner.plan(address, observations, vendor).stream().map(LoginTarget::of).toList();
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        return LoginAttempt.of(http.attempt(target.http(), username, password));
    }

    /** Reolink logs in through its JSON API ({@link ReolinkModule}), never HTTP authentication. */
    static boolean skipsVendor(VendorProfile vendor) {
        return vendor.name().equals("Reolink");
    }
}
