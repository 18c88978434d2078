package dev.blindspot.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Shinobi's dashboard login (docs.shinobi.video/api/authentication: {@code POST /?json=true} with form fields
 * {@code mail} and {@code pass}; the user name is an e-mail address), on ports whose {@code GET /} was Shinobi's
 * login page (title "Shinobi" from an Express server). Accepted: JSON {@code "ok":true}; rejected: {@code "ok":false}.
 *
 * <p>The factory superuser of super.json ({@value #FACTORY_SUPERUSER}) is no dashboard account: its pair is posted once
 * to the superuser login instead, {@code POST /super?json=true} with {@code mail}, {@code pass} and
 * {@code function=super} (Shinobi libs/webServerPaths.js: the login handler calls superLogin when
 * {@code function === 'super'}, and the dashboard login with the same pair when superuser login is disabled). A
 * refusal is {@code {"ok": false}}; a success is the superuser page's data, the language file first and
 * {@code "ok": true} last, too large for a bounded read, so an answer whose first key is {@code "lang"} (or
 * {@code "$user"}, the dashboard's first key) counts as accepted when the body was cut before the end.
 */
public final class ShinobiLogin implements LoginModule {

    public static final String PATH = "/?json=true";
    /** The superuser login (webPaths.super, default {@code /super}), JSON answers. */
    public static final String SUPER_PATH = "/super?json=true";
    /** super.sample.json's superuser mail (credentials/defaults.yaml source shinobi-super-sample). */
    public static final String FACTORY_SUPERUSER = "admin@shinobi.video";
    /** The start of a login's page data: the superuser page's language file or the dashboard's user. */
    private static final java.util.regex.Pattern PAGE_DATA = java.util.regex.Pattern.compile("^\\{\\s*\"(lang|\\$user)\"\\s*:");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BoundedHttpClient client;

    public ShinobiLogin(BoundedHttpClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "shinobi";
    }

    @Override
    public String credentialProtocol() {
        return "http";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        return observations.stream()
                .filter(o -> o instanceof HttpObservation h && h.address().equals(address) && h.path().equals("/")
                        && h.outcome().answer().map(r -> r.title().map(t -> t.equals("Shinobi")).orElse(false)
                                && r.headers().first("X-Powered-By").map(x -> x.equals("Express")).orElse(false))
                                .orElse(false))
                .map(o -> new LoginTarget(address, ((HttpObservation) o).port(), ((HttpObservation) o).tls(), PATH))
                .distinct().toList();
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        boolean superuser = username.equalsIgnoreCase(FACTORY_SUPERUSER);
        String form = "mail=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&pass="
                + URLEncoder.encode(password.reveal(), StandardCharsets.UTF_8) + (superuser ? "&function=super" : "");
        Optional<RawHttpResponse> answer = client.exchangeRaw(HttpRequestSpec.post(target.address(), target.port(),
                target.tls(), superuser ? SUPER_PATH : target.path(), List.of(new Header("Content-Type", "application/x-www-form-urlencoded")),
                form.getBytes(StandardCharsets.UTF_8))).answer();
        if (answer.isEmpty()) {
            return new LoginAttempt(new LoginResult.Failed("no Shinobi answer"), name());
        }
        return new LoginAttempt(classify(answer.get()), name());
    }

    static LoginResult classify(RawHttpResponse answer) {
        int status = answer.reply().status();
        String text = new String(answer.body(), StandardCharsets.ISO_8859_1);
        Optional<String> lock = LoginResponseClassifier.lockSignal(status, text);
        if (lock.isPresent()) {
            return new LoginResult.LockoutSignal(lock.get());
        }
        if (status != 200) {
            return new LoginResult.Failed("unexpected Shinobi login answer: HTTP " + status);
        }
        if (answer.truncated()) {
            // a refusal is a few bytes; only a login's page data is this long
            return PAGE_DATA.matcher(text.stripLeading()).find() ? new LoginResult.Accepted()
                    : new LoginResult.Failed("unexpected Shinobi login answer: cut before its end");
        }
        try {
            JsonNode node = JSON.readTree(answer.body());
            if (node != null && node.path("ok").isBoolean()) {
                return node.path("ok").asBoolean() ? new LoginResult.Accepted() : new LoginResult.Rejected();
            }
        } catch (IOException e) {
            // not JSON: falls through
        }
        return new LoginResult.Failed("Shinobi login answer is not its JSON");
    }
}
