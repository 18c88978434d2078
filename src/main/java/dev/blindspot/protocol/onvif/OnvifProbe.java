package dev.blindspot.protocol.onvif;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.inventory.OnvifReply;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.Outcomes;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Asks an ONVIF device service, without credentials and read-only, for GetSystemDateAndTime (which the ONVIF core
 * spec leaves open so clients can sync clocks) and GetDeviceInformation (which should require authentication). When
 * the port speaks ONVIF (a SOAP answer or fault to either), it goes on with GetCapabilities (PRE_AUTH, for the media
 * service's XAddr), GetUsers, GetProfiles on the media service and, when a profile came back, GetStreamUri for it:
 * at most {@value #MAX_REQUESTS} requests, each on its own connection within the client's limits. How the device
 * answers is recorded, not judged: a Digest 401 is an answered reply with status 401, a SOAP fault carries its code.
 *
 * <p>Only the path of an XAddr is used, always on the scanned address and port (devices often name another
 * address: NAT, a second interface); when the media path does not answer as ONVIF, GetProfiles is asked once more on
 * {@value #DEVICE_SERVICE} (single-endpoint gSOAP servers serve every service there).
 */
public final class OnvifProbe {

    public static final String DEVICE_SERVICE = "/onvif/device_service";
    public static final List<OnvifOperation> UNAUTHENTICATED =
            List.of(OnvifOperation.GET_SYSTEM_DATE_AND_TIME, OnvifOperation.GET_DEVICE_INFORMATION);
    /** Upper bound of requests one {@link #probe} sends. */
    public static final int MAX_REQUESTS = 7;
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9_.~/\\-]{0,127}");

    private final BoundedHttpClient client;

    public OnvifProbe(BoundedHttpClient client) {
        this.client = client;
    }

    /** GetSystemDateAndTime and GetDeviceInformation on {@value #DEVICE_SERVICE}, then the media and user operations. */
    public List<OnvifObservation> probe(String address, int port, boolean tls) {
        List<OnvifObservation> out = new ArrayList<>();
        for (OnvifOperation op : UNAUTHENTICATED) {
            out.add(call(address, port, tls, DEVICE_SERVICE, op));
        }
        if (out.stream().noneMatch(OnvifProbe::speaksOnvif)) {
            return List.copyOf(out);
        }
        OnvifObservation caps = call(address, port, tls, DEVICE_SERVICE, OnvifOperation.GET_CAPABILITIES);
        out.add(caps);
        out.add(call(address, port, tls, DEVICE_SERVICE, OnvifOperation.GET_USERS));
        String mediaPath = caps.outcome().answer().flatMap(r -> Optional.ofNullable(r.fields().get("Media.XAddr")))
                .flatMap(OnvifProbe::pathOf).orElse(DEVICE_SERVICE);
        OnvifObservation profiles = call(address, port, tls, mediaPath, OnvifOperation.GET_PROFILES);
        out.add(profiles);
        if (!speaksOnvif(profiles) && !mediaPath.equals(DEVICE_SERVICE)) {
            mediaPath = DEVICE_SERVICE;
            profiles = call(address, port, tls, mediaPath, OnvifOperation.GET_PROFILES);
            out.add(profiles);
        }
        Optional<String> token = profiles.outcome().answer().filter(OnvifReply::succeeded)
                .flatMap(r -> Optional.ofNullable(r.fields().get("ProfileToken")));
        if (token.isPresent()) {
            out.add(call(address, port, tls, mediaPath, OnvifOperation.getStreamUri(token.get())));
        }
        return List.copyOf(out);
    }

    /** One operation, sent without credentials. */
    public OnvifObservation call(String address, int port, boolean tls, String path, OnvifOperation op) {
        HttpRequestSpec spec = HttpRequestSpec.post(address, port, tls, path,
                List.of(new Header("Content-Type", OnvifSoap.contentType(op))), OnvifSoap.envelope(op));
        return new OnvifObservation(address, port, path, op.name(), Outcomes.flatMap(client.exchangeRaw(spec),
                raw -> OnvifSoap.parse(op.name(), raw.reply().status(), raw.body())));
    }

    /** A SOAP fault, or a successful answer with data. */
    static boolean speaksOnvif(OnvifObservation o) {
        return o.outcome().answer().map(r -> r.fault().isPresent() || (r.succeeded() && !r.fields().isEmpty()))
                .orElse(false);
    }

    /** The path of an XAddr when it is a plain path (no query, no odd characters). */
    static Optional<String> pathOf(String xaddr) {
        try {
            String path = new URI(xaddr).getRawPath();
            return path != null && SAFE_PATH.matcher(path).matches() && new URI(xaddr).getRawQuery() == null
                    ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
