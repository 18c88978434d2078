package dev.blindspot.protocol.upnp;

import dev.blindspot.inventory.UpnpIgdReply;
import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.protocol.xml.XmlRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Reads the port mappings of one IGD connection service: {@code GetGenericPortMappingEntry} from index 0 until fault
 * 713 SpecifiedArrayIndexInvalid (the specified end), another fault, an error, {@value #CAP} entries or the time
 * budget; then, on WANIPConnection:2, {@code GetListOfPortMappings} for TCP and UDP over ports 0-65535 (sample
 * upnp/GetListOfPortMappings_NewPortListing.xml; fault 730 PortMappingNotFound is an empty list). Entries are
 * de-duplicated by remote host, external port and protocol, in the order first seen.
 */
public final class PortMappings {

    public static final int CAP = 256;
    static final int MAX_LENGTH = 128;

    /** The mappings read and how the listing ended. */
    public record Result(List<UpnpIgdReply.Mapping> mappings, UpnpIgdReply.Listing listing) {
        public Result {
            mappings = List.copyOf(mappings);
        }
    }

    private final IgdSoap soap;
    private final Duration budget;

    public PortMappings(IgdSoap soap, Duration budget) {
        this.soap = soap;
        this.budget = budget;
    }

    public Result read(String address, UpnpIgdReply.Service service) {
        long end = System.nanoTime() + budget.toNanos();
        Map<String, UpnpIgdReply.Mapping> seen = new LinkedHashMap<>();
        int index = 0;
        String endedBy = "cap " + CAP;
        for (; index < CAP; index++) {
            if (System.nanoTime() > end) {
                endedBy = "time budget of " + budget.toSeconds() + " s";
                break;
            }
            Optional<IgdSoap.Answer> answer = call(address, service, "GetGenericPortMappingEntry",
                    List.of(Map.entry("NewPortMappingIndex", Integer.toString(index))));
            if (answer.isEmpty()) {
                endedBy = "control URL not on this address";
                break;
            }
            if (answer.get() instanceof IgdSoap.Answer.Ok ok) {
                entry(ok.arguments(), "NewPortMappingDescription", "NewLeaseDuration").ifPresent(m -> add(seen, m));
                continue;
            }
            endedBy = answer.get() instanceof IgdSoap.Answer.Fault f ? "fault " + f.code() + " " + f.description()
                    : ((IgdSoap.Answer.Failed) answer.get()).reason();
            break;
        }
        Optional<String> list = Optional.empty();
        if (service.serviceType().equals("urn:schemas-upnp-org:service:WANIPConnection:2") && System.nanoTime() < end) {
            list = Optional.of(listOf(address, service, "TCP", seen) + ", " + listOf(address, service, "UDP", seen));
        }
        return new Result(List.copyOf(seen.values()), new UpnpIgdReply.Listing(index, endedBy.strip(), list));
    }

    private String listOf(String address, UpnpIgdReply.Service service, String protocol,
                          Map<String, UpnpIgdReply.Mapping> seen) {
        Optional<IgdSoap.Answer> answer = call(address, service, "GetListOfPortMappings", List.of(
                Map.entry("NewStartPort", "0"), Map.entry("NewEndPort", "65535"), Map.entry("NewProtocol", protocol),
                Map.entry("NewManage", "1"), Map.entry("NewNumberOfPorts", Integer.toString(CAP))));
        if (answer.isEmpty()) {
            return protocol + ": control URL not on this address";
        }
        return switch (answer.get()) {
            case IgdSoap.Answer.Ok ok -> {
                List<UpnpIgdReply.Mapping> listed = listing(ok.arguments().getOrDefault("NewPortListing", ""));
                listed.forEach(m -> add(seen, m));
                yield protocol + ": " + listed.size() + " entries";
            }
            case IgdSoap.Answer.Fault f -> protocol + ": fault " + f.code() + " " + f.description();
            case IgdSoap.Answer.Failed f -> protocol + ": " + f.reason();
        };
    }

    /** The entries of a {@code NewPortListing} document (itself XML, parsed with DTDs off). */
    static List<UpnpIgdReply.Mapping> listing(String xml) {
        Element root;
        try {
            root = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        } catch (XmlRejectedException e) {
            return List.of();
        }
        List<UpnpIgdReply.Mapping> out = new ArrayList<>();
        for (Element entry : SafeXml.childElements(root)) {
            if (out.size() >= CAP) {
                break;
            }
            if (SafeXml.localName(entry).equals("PortMappingEntry")) {
                Map<String, String> values = new LinkedHashMap<>();
                SafeXml.childElements(entry).forEach(e -> values.putIfAbsent(SafeXml.localName(e), e.getTextContent()));
                entry(values, "NewDescription", "NewLeaseTime").ifPresent(out::add);
            }
        }
        return out;
    }

    /** One mapping from its arguments; empty when ports, protocol or client are missing or malformed. */
    static Optional<UpnpIgdReply.Mapping> entry(Map<String, String> a, String descriptionName, String leaseName) {
        Optional<Integer> external = port(a.get("NewExternalPort"));
        Optional<Integer> internal = port(a.get("NewInternalPort"));
        String protocol = text(a.get("NewProtocol")).toUpperCase(java.util.Locale.ROOT);
        String client = text(a.get("NewInternalClient"));
        if (external.isEmpty() || internal.isEmpty() || !(protocol.equals("TCP") || protocol.equals("UDP"))
                || client.isEmpty()) {
            return Optional.empty();
        }
        String enabled = text(a.get("NewEnabled"));
        String lease = text(a.get(leaseName));
        return Optional.of(new UpnpIgdReply.Mapping(text(a.get("NewRemoteHost")), external.get(), protocol, client,
                internal.get(), !enabled.equals("0") && !enabled.equalsIgnoreCase("false"),
                text(a.get(descriptionName)), lease.matches("\\d{1,10}") ? Long.parseLong(lease) : 0));
    }

    private static Optional<Integer> port(String v) {
        String t = text(v);
        return t.matches("\\d{1,5}") && Integer.parseInt(t) <= 65535 ? Optional.of(Integer.parseInt(t)) : Optional.empty();
    }

    private static String text(String v) {
        return v == null ? "" : IgdSoap.clean(v.strip());
    }

    private static void add(Map<String, UpnpIgdReply.Mapping> seen, UpnpIgdReply.Mapping m) {
        if (seen.size() < CAP) {
            seen.putIfAbsent(m.remoteHost() + "|" + m.externalPort() + "|" + m.protocol(), m);
        }
    }

    private Optional<IgdSoap.Answer> call(String address, UpnpIgdReply.Service service, String action,
                                          List<Map.Entry<String, String>> arguments) {
        return IgdSoap.request(address, service.controlUrl(), service.serviceType(), action, arguments).map(soap::call);
    }
}
