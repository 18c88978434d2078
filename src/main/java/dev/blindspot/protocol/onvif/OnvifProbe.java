package dev.blindspot.protocol.onvif;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.Outcomes;

import java.util.List;

/**
 * Asks an ONVIF device service, without credentials, for GetSystemDateAndTime (which the ONVIF core spec leaves
 * open so clients can sync clocks) and GetDeviceInformation (which should require authentication). Both are
 * always sent, each on its own connection within the client's limits. How the device answers is recorded, not
 * judged: a Digest 401 is an answered reply with status 401, a SOAP fault carries its code.
 */
public final class OnvifProbe {

    public static final String DEVICE_SERVICE = "/onvif/device_service";
    public static final List<OnvifOperation> UNAUTHENTICATED =
            List.of(OnvifOperation.GET_SYSTEM_DATE_AND_TIME, OnvifOperation.GET_DEVICE_INFORMATION);

    private final BoundedHttpClient client;

    public OnvifProbe(BoundedHttpClient client) {
        this.client = client;
    }

    /** GetSystemDateAndTime then GetDeviceInformation on {@value #DEVICE_SERVICE}. */
    public List<OnvifObservation> probe(String address, int port, boolean tls) {
        return UNAUTHENTICATED.stream().map(op -> call(address, port, tls, DEVICE_SERVICE, op)).toList();
    }

    /** One operation, sent without credentials. */
    public OnvifObservation call(String address, int port, boolean tls, String path, OnvifOperation op) {
        HttpRequestSpec spec = HttpRequestSpec.post(address, port, tls, path,
                List.of(new Header("Content-Type", OnvifSoap.contentType(op))), OnvifSoap.envelope(op));
        return new OnvifObservation(address, port, path, op.name(), Outcomes.flatMap(client.exchangeRaw(spec),
                raw -> OnvifSoap.parse(raw.reply().status(), raw.body())));
    }
}
