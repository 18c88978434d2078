package dev.blindspot.cli;

import dev.blindspot.credential.AttemptBudget;
import dev.blindspot.credential.CandidatePlan;
import dev.blindspot.credential.CredentialSettings;
import dev.blindspot.credential.AuthenticatedIdentityReader;
import dev.blindspot.credential.CredentialProber;
import dev.blindspot.credential.DefaultCredentials;
import dev.blindspot.credential.HttpLogin;
import dev.blindspot.credential.DahuaRpc2Login;
import dev.blindspot.credential.DvripLoginModule;
import dev.blindspot.credential.HttpAuthModule;
import dev.blindspot.credential.LoginModule;
import dev.blindspot.credential.MotionEyeLogin;
import dev.blindspot.credential.BlueIrisLogin;
import dev.blindspot.credential.FrigateLogin;
import dev.blindspot.credential.ShinobiLogin;
import dev.blindspot.credential.ZoneMinderLogin;
import dev.blindspot.credential.OnvifLoginModule;
import dev.blindspot.credential.ReolinkApiLogin;
import dev.blindspot.credential.ReolinkModule;
import dev.blindspot.credential.RtspLoginModule;
import dev.blindspot.credential.RtspRoutes;
import dev.blindspot.protocol.dvrip.DvripLogin;
import dev.blindspot.inventory.BannerObservation;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.fingerprint.FingerprintRules;
import dev.blindspot.fingerprint.VendorAlreadyKnown;
import dev.blindspot.fingerprint.VendorVocabulary;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.MacObservation;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.protocol.active.ActiveCheckProbe;
import dev.blindspot.protocol.active.ActiveChecks;
import dev.blindspot.protocol.banner.BannerReader;
import dev.blindspot.protocol.discovery.DiscoveryProbe;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.FaviconProbe;
import dev.blindspot.protocol.http.HttpLimits;
import dev.blindspot.protocol.http.HttpProbe;
import dev.blindspot.protocol.neighbour.NeighbourTable;
import dev.blindspot.protocol.onvif.OnvifProbe;
import dev.blindspot.protocol.rtsp.RtspClient;
import dev.blindspot.protocol.rtsp.RtspProbe;
import dev.blindspot.protocol.snapshot.SnapshotPaths;
import dev.blindspot.protocol.snapshot.SnapshotProbe;
import dev.blindspot.protocol.vendor.VendorApiProbe;
import dev.blindspot.scan.PortSpec;
import dev.blindspot.scan.ProbeContext;
import dev.blindspot.scan.ProbeOutcome;
import dev.blindspot.scan.ProbeSuite;
import dev.blindspot.scan.ScanProfile;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The composition of Blindspot's protocol probes: which probes run on a port is decided by its expected
 * service; the second pass reads the host's MAC vendor prefix from the local neighbour table (no traffic), asks the
 * identified vendor's snapshot endpoints without credentials ({@link SnapshotProbe}), tries
 * vendor default credentials when the profile allows and, when one is accepted, reads the device's own identity with
 * it (read-only, once, outside the attempt budget); last the safe active checks of the identified vendor
 * ({@link ActiveCheckProbe}: read-only CVE confirmations, none sent under profile safe).
 */
final class DefaultProbeSuite implements ProbeSuite, AutoCloseable {

    private static final Set<String> HTTP = Set.of("http", "hik-sdk", "unknown");
    private static final Set<String> HTTPS = Set.of("https");
    private static final Duration BANNER_QUIET = Duration.ofMillis(300);
    private static final Duration SSH_QUIET = Duration.ofMillis(50);

    private final ScanProfile profile;
    private final CredentialProber credentials;
    private final HttpLogin httpLogin;
    private final AttemptBudget budget;
    private final NeighbourTable neighbours = NeighbourTable.linux();
    private final Duration udpDeadline;
    private final Clock clock;
    private final RtspRoutes rtspRoutes = RtspRoutes.bundled();
    private final Optional<String> gateway;

    /** The deadline of each UDP discovery exchange unless told otherwise: min(timeout, {@value #UDP_DEFAULT_MS} ms). */
    static final long UDP_DEFAULT_MS = 1500;
    private final AuthenticatedIdentityReader identityReader;
    private final dev.blindspot.credential.ExposureSettingsReader exposureReader;
    /** What the rules already name from a port's first answer (then the favicon is not fetched). */
    private final VendorAlreadyKnown known = new VendorAlreadyKnown(FingerprintRules.loadDefault(VendorVocabulary.loadDefault()));

    /** One suite per scan: the attempt budget is shared by every host of the scan. */
    DefaultProbeSuite(ScanProfile profile, Duration timeout, Clock clock) {
        this(profile, timeout, clock, udpDefault(timeout));
    }

    /** As above, with the deadline of each UDP discovery exchange (WS-Discovery, SSDP, DHIP). */
    DefaultProbeSuite(ScanProfile profile, Duration timeout, Clock clock, Duration udpDeadline) {
        this(profile, timeout, clock, udpDeadline, CredentialSettings.defaults());
    }

    /** As above, with the operator's credential settings ({@code --max-attempts}, {@code --credentials}, {@code --weak-passwords}). */
    DefaultProbeSuite(ScanProfile profile, Duration timeout, Clock clock, Duration udpDeadline, CredentialSettings creds) {
        this(profile, timeout, clock, udpDeadline, creds, Optional.empty());
    }

    /**
     * As above, with the site's gateway ({@code --gateway} or the default route, when in scope): its UPnP IGD is
     * audited even when it stays silent to discovery, so that a silent gateway passes.
     */
    DefaultProbeSuite(ScanProfile profile, Duration timeout, Clock clock, Duration udpDeadline, CredentialSettings creds,
                      Optional<String> gateway) {
        this.gateway = gateway;
        if (udpDeadline.isNegative() || udpDeadline.isZero()) {
            throw new IllegalArgumentException("UDP deadline must be positive");
        }
        this.udpDeadline = udpDeadline;
        this.clock = clock;
        this.profile = profile;
        Duration connect = timeout.compareTo(Duration.ofSeconds(3)) < 0 ? timeout : Duration.ofSeconds(3);
        this.httpLogin = new HttpLogin(new HttpLogin.Settings(connect, timeout, timeout.multipliedBy(2), 16 * 1024));
        DefaultCredentials defaults = DefaultCredentials.bundled();
        this.credentials = new CredentialProber(defaults, new CandidatePlan(creds.operator(), defaults,
                creds.weakPasswords()), httpLogin);
        this.identityReader = new AuthenticatedIdentityReader(httpLogin, VendorVocabulary.loadDefault());
        this.exposureReader = new dev.blindspot.credential.ExposureSettingsReader(httpLogin, VendorVocabulary.loadDefault());
        this.budget = AttemptBudget.withMaxAttempts(clock, creds.maxAttempts());
    }

    @Override
    public List<Observation> probePort(ProbeContext context, String address, PortSpec port) {
        return switch (port.service()) {
            case "ftp", "telnet" -> List.of(new BannerObservation(address, port.port(), port.service(),
                    BannerReader.read(address, port.port(), context.timeout(), BANNER_QUIET)));
            // an SSH server sends its one identification line at once and then waits for ours
            case "ssh" -> List.of(new BannerObservation(address, port.port(), port.service(),
                    BannerReader.read(address, port.port(), context.timeout(), SSH_QUIET)));
            case "rtsp" -> rtsp(context, address, port.port());
            default -> HTTP.contains(port.service()) || HTTPS.contains(port.service())
                    ? web(context, address, port.port(), HTTPS.contains(port.service()))
                    : List.of();
        };
    }

    /**
     * GET / (falling back to TLS when a plain-HTTP port speaks TLS), then the vendor APIs its answer hints at (at
     * most three, see {@link VendorApiProbe#candidates}), the unauthenticated ONVIF operations and, unless a vendor API
     * identified the device, {@code GET /favicon.ico} ({@link FaviconProbe}).
     */
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
            List<VendorApiObservation> apis = new VendorApiProbe(client).probe(address, port, tls, first.outcome().answer().get());
            out.addAll(apis);
            out.addAll(new OnvifProbe(client).probe(address, port, tls));
            // the favicon's digest only when neither GET / nor a vendor API already named the vendor (one bounded GET)
            if (!known.namesVendor(first) && apis.stream().noneMatch(VendorAlreadyKnown::identifies)) {
                out.add(new FaviconProbe(client).probe(address, port, tls));
            }
        }
        return out;
    }

    /** OPTIONS, a DESCRIBE of an invented path, then DESCRIBE of common routes (caps per purpose: RtspProbe). */
    private List<Observation> rtsp(ProbeContext context, String address, int port) {
        Duration connect = context.timeout().compareTo(Duration.ofSeconds(3)) < 0 ? context.timeout() : Duration.ofSeconds(3);
        RtspClient client = new RtspClient(context.watchdog(), connect, context.timeout());
        try {
            // the engine hands out address literals only, so this never asks DNS
            return List.copyOf(new RtspProbe(client, RandomGenerator.getDefault(), RtspProbe.DEFAULT_ROUTES)
                    .probe(InetAddress.getByName(address), port));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("engine handed a non-literal address " + address, e);
        }
    }

    /** Unicast WS-Discovery, SSDP (and the UPnP description on the same address) and Dahua DHIP; read-only. */
    @Override
    public List<Observation> discover(ProbeContext context, String address) {
        Duration deadline = context.timeout().compareTo(udpDeadline) < 0 ? context.timeout() : udpDeadline;
        List<Observation> out = new ArrayList<>(new DiscoveryProbe(deadline, client(context)).probe(address));
        // router UPnP IGD audit (issue 7, upnp): the gateway, and any in-scope host that answered as an IGD
        if (gateway.filter(address::equals).isPresent() || out.stream().anyMatch(IgdAudits::answeredAsIgd)) {
            out.add(IgdAudits.audit(deadline, client(context), address));
        }
        return List.copyOf(out);
    }

    static Duration udpDefault(Duration timeout) {
        Duration d = Duration.ofMillis(UDP_DEFAULT_MS);
        return timeout.compareTo(d) < 0 ? timeout : d;
    }

    @Override
    public List<Observation> secondPass(ProbeContext context, String address, List<Observation> firstPass, Identity identity) {
        List<Observation> out = new ArrayList<>();
        neighbours.ouiOf(address).ifPresent(oui -> out.add(new MacObservation(address, oui)));
        // unauthenticated snapshot endpoints of the identified vendor (read-only, at most 3 requests, bodies capped)
        out.addAll(new SnapshotProbe(new BoundedHttpClient(context.watchdog(),
                client(context).limits().withMaxBodyBytes(SnapshotProbe.MAX_BODY)), SnapshotPaths.bundled())
                .probe(address, firstPass, identity));
        if (profile.tryDefaultCredentials()) {
            Optional<ReolinkApiLogin> reolink = Optional.of(new ReolinkApiLogin(client(context)));
            List<LoginObservation> logins = credentials.probe(address, firstPass, identity, budget,
                    loginModules(context, reolink.get()));
            out.addAll(logins);
            // firmware after login: the device's own identity, read once with the credential it just accepted
            out.addAll(identityReader.read(address, firstPass, logins, identity, reolink));
            // issue 7 (exposuredev): the device's P2P cloud, DDNS and UPnP switches, read with the same credential
            out.addAll(exposureReader.read(address, firstPass, logins, identity, reolink));
        }
        // safe active checks of the identified vendor (read-only; profile safe records them as skipped, sends nothing)
        out.addAll(new ActiveCheckProbe(new BoundedHttpClient(context.watchdog(),
                client(context).limits().withMaxBodyBytes(ActiveCheckProbe.MAX_BODY)), ActiveChecks.bundled(),
                profile, context.timeout().multipliedBy(4)).probe(address, firstPass, identity));
        return List.copyOf(out);
    }

    /**
     * The login protocols of the credential pass, in order of preference: HTTP authentication (or a vendor's web API:
     * Reolink, Dahua RPC2_Login, ZoneMinder, motionEye,
     * Frigate, Shinobi, Blue Iris), Xiongmai DVRIP, RTSP DESCRIBE, ONVIF.
     */
    private List<LoginModule> loginModules(ProbeContext context, ReolinkApiLogin reolink) {
        Duration connect = context.timeout().compareTo(Duration.ofSeconds(3)) < 0 ? context.timeout() : Duration.ofSeconds(3);
        RtspClient rtsp = new RtspClient(context.watchdog(), connect, context.timeout());
        return List.of(new HttpAuthModule(httpLogin), new ReolinkModule(reolink), new DahuaRpc2Login(client(context)),
                new ZoneMinderLogin(client(context)), new MotionEyeLogin(client(context)),
                new FrigateLogin(client(context)), new ShinobiLogin(client(context)), new BlueIrisLogin(client(context)),
                new DvripLoginModule(new DvripLogin(connect, context.timeout())),
                new RtspLoginModule(rtsp, rtspRoutes, new java.security.SecureRandom()),
                new OnvifLoginModule(client(context), clock, new java.security.SecureRandom()));
    }

    @Override
    public void close() {
        httpLogin.close();
    }

    static BoundedHttpClient client(ProbeContext context) {
        HttpLimits d = HttpLimits.defaults();
        Duration connect = context.timeout().compareTo(d.connectTimeout()) < 0 ? context.timeout() : d.connectTimeout();
        return new BoundedHttpClient(context.watchdog(),
                new HttpLimits(connect, context.timeout(), d.maxHeaderBytes(), d.maxHeaderLines(), d.maxBodyBytes()));
    }
}
