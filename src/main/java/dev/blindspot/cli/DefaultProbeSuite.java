package dev.blindspot.cli;

import dev.blindspot.inventory.BannerObservation;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.protocol.banner.BannerReader;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpLimits;
import dev.blindspot.protocol.http.HttpProbe;
import dev.blindspot.protocol.onvif.OnvifProbe;
import dev.blindspot.scan.PortSpec;
import dev.blindspot.scan.ProbeContext;
import dev.blindspot.scan.ProbeOutcome;
import dev.blindspot.scan.ProbeSuite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The composition of Blindspot's protocol probes: which probes run on a port is decided by its expected
 * service; the second pass tries vendor default credentials when the profile allows.
 */
final class DefaultProbeSuite implements ProbeSuite {

    private static final Set<String> HTTP = Set.of("http", "hik-sdk", "unknown");
    private static final Set<String> HTTPS = Set.of("https");
    private static final Duration BANNER_QUIET = Duration.ofMillis(300);

    @Override
    public List<Observation> probePort(ProbeContext context, String address, PortSpec port) {
        return switch (port.service()) {
            case "ftp", "telnet" -> List.of(new BannerObservation(address, port.port(), port.service(),
                    BannerReader.read(address, port.port(), context.timeout(), BANNER_QUIET)));
            case "rtsp" -> rtsp(context, address, port.port());
            default -> HTTP.contains(port.service()) || HTTPS.contains(port.service())
                    ? web(context, address, port.port(), HTTPS.contains(port.service()))
                    : List.of();
        };
    }

    /** GET / (falling back to TLS when a plain-HTTP port speaks TLS), then the unauthenticated ONVIF operations. */
    private List<Observation> web(ProbeContext context, String address, int port, boolean tls) {
        BoundedHttpClient client = client(context);
        HttpObservation first = new HttpProbe(client).probe(address, port, tls);
        if (!tls && first.outcome() instanceof ProbeOutcome.ProtocolError<?>) {
            HttpObservation overTls = new HttpProbe(client).probe(address, port, true);
            if (overTls.outcome().answer().isPresent()) {
                first = overTls;
                tls = true;
            }
        }
        List<Observation> out = new ArrayList<>();
        out.add(first);
        if (first.outcome().answer().isPresent()) {
            out.addAll(new OnvifProbe(client).probe(address, port, tls));
        }
        return out;
    }

    private List<Observation> rtsp(ProbeContext context, String address, int port) {
        return List.of();
    }

    @Override
    public List<Observation> secondPass(ProbeContext context, String address, List<Observation> firstPass, Identity identity) {
        return List.of();
    }

    static BoundedHttpClient client(ProbeContext context) {
        HttpLimits d = HttpLimits.defaults();
        Duration connect = context.timeout().compareTo(d.connectTimeout()) < 0 ? context.timeout() : d.connectTimeout();
        return new BoundedHttpClient(context.watchdog(),
                new HttpLimits(connect, context.timeout(), d.maxHeaderBytes(), d.maxHeaderLines(), d.maxBodyBytes()));
    }
}
