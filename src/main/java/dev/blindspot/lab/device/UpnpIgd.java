package dev.blindspot.lab.device;

import dev.blindspot.lab.PortMapping;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UPnP IGD v1 of a NETGEAR R7500v2 (its miniupnpd fork): {@code /rootDesc.xml} as in sample
 * upnp/http_rootDesc_netgear_R7500v2.http (URLBase and UDNs made the device's own), and SOAP control on
 * {@code /ctl/IPConn} and {@code /ctl/CommonIfCfg} in miniupnpd's envelope: GetGenericPortMappingEntry walks the
 * spec's mappings by index until fault 713 SpecifiedArrayIndexInvalid, GetSpecificPortMappingEntry (fault 714),
 * GetExternalIPAddress, GetStatusInfo, GetConnectionTypeInfo, GetCommonLinkProperties; anything else is fault 401.
 * UPnP has no authentication: that is the point of the kind (mappings expose lab cameras).
 */
final class UpnpIgd implements HttpHandler {

    /** The WAN address the router reports: TEST-NET-2 documentation space, never contacted. */
    static final String EXTERNAL_IP = "198.51.100.23";
    private static final String IP_CONN = "urn:schemas-upnp-org:service:WANIPConnection:1";
    private static final String COMMON = "urn:schemas-upnp-org:service:WANCommonInterfaceConfig:1";
    private static final String XML = "text/xml; charset=\"utf-8\"";
    private static final Pattern ACTION = Pattern.compile("^\"?([^#\"]{1,128})#([A-Za-z]{1,64})\"?$");

    private final SimDevice device;

    UpnpIgd(SimDevice device) {
        this.device = device;
    }

    /** {@code Server} of every answer (and SSDP's SERVER): model first, as NETGEAR's fork writes it. */
    String server() {
        return device.spec().model() + " UPnP/1.0 miniupnpd/1.0";
    }

    String udn(int n) {
        return "4d696e69-444c-164e-9d4" + n + "-" + device.ids().hex("upnp-mac", 12);
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        if (request.method().equals("GET") || request.method().equals("HEAD")) {
            if (path.equals("/rootDesc.xml")) {
                String base = "http://" + device.host() + ":" + exchange.localPort();
                return reply("HTTP/1.1 200 OK", XML, device.templates().render("upnp/rootDesc.xml", Map.of(
                        "urlBase", base, "udn1", udn(1), "udn2", udn(2), "udn3", udn(3))));
            }
            return reply("HTTP/1.1 404 Not Found", "text/html", "<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD>"
                    + "<BODY><H1>Not Found</H1>The requested URL was not found on this server.</BODY></HTML>\r\n");
        }
        if (!request.method().equals("POST")) {
            return reply("HTTP/1.1 501 Not Implemented", "text/html", "<HTML><HEAD><TITLE>501 Not Implemented"
                    + "</TITLE></HEAD><BODY><H1>Not Implemented</H1>The HTTP Method is not implemented by this "
                    + "server.</BODY></HTML>\r\n");
        }
        Optional<Matcher> action = request.header("SOAPAction").map(a -> ACTION.matcher(a.trim())).filter(Matcher::matches);
        if (action.isEmpty()) {
            return reply("HTTP/1.1 400 Bad Request", "text/html", "<html><body>Bad request</body></html>");
        }
        String service = action.get().group(1);
        String name = action.get().group(2);
        String body = request.bodyText();
        return switch (path + "#" + name) {
            case "/ctl/IPConn#GetGenericPortMappingEntry" -> generic(body);
            case "/ctl/IPConn#GetSpecificPortMappingEntry" -> specific(body);
            case "/ctl/IPConn#GetExternalIPAddress" -> ok(name, service,
                    "<NewExternalIPAddress>" + EXTERNAL_IP + "</NewExternalIPAddress>");
            case "/ctl/IPConn#GetStatusInfo" -> ok(name, service, "<NewConnectionStatus>Connected</NewConnectionStatus>"
                    + "<NewLastConnectionError>ERROR_NONE</NewLastConnectionError><NewUptime>"
                    + uptime() + "</NewUptime>");
            case "/ctl/IPConn#GetConnectionTypeInfo" -> ok(name, service,
                    "<NewConnectionType>IP_Routed</NewConnectionType>"
                            + "<NewPossibleConnectionTypes>IP_Routed</NewPossibleConnectionTypes>");
            case "/ctl/CommonIfCfg#GetCommonLinkProperties" -> ok(name, COMMON,
                    "<NewWANAccessType>Cable</NewWANAccessType><NewLayer1UpstreamMaxBitRate>1000000000"
                            + "</NewLayer1UpstreamMaxBitRate><NewLayer1DownstreamMaxBitRate>1000000000"
                            + "</NewLayer1DownstreamMaxBitRate><NewPhysicalLinkStatus>Up</NewPhysicalLinkStatus>");
            default -> fault(401, "Invalid Action");
        };
    }

    private Response generic(String body) {
        List<PortMapping> mappings = device.spec().app().portMappings();
        Optional<Integer> index = number(body, "NewPortMappingIndex");
        if (index.isEmpty()) {
            return fault(402, "Invalid Args");
        }
        if (index.get() >= mappings.size()) {
            return fault(713, "SpecifiedArrayIndexInvalid");
        }
        return entry("GetGenericPortMappingEntry", mappings.get(index.get()), true);
    }

    private Response specific(String body) {
        Optional<Integer> port = number(body, "NewExternalPort");
        Optional<String> protocol = text(body, "NewProtocol").map(p -> p.toUpperCase(Locale.ROOT));
        if (port.isEmpty() || protocol.isEmpty()) {
            return fault(402, "Invalid Args");
        }
        return device.spec().app().portMappings().stream()
                .filter(m -> m.externalPort() == port.get() && m.protocol().equals(protocol.get()))
                .findFirst().map(m -> entry("GetSpecificPortMappingEntry", m, false))
                .orElseGet(() -> fault(714, "NoSuchEntryInArray"));
    }

    private Response entry(String name, PortMapping m, boolean generic) {
        String key = generic ? "<NewRemoteHost></NewRemoteHost><NewExternalPort>" + m.externalPort()
                + "</NewExternalPort><NewProtocol>" + m.protocol() + "</NewProtocol>" : "";
        return ok(name, IP_CONN, key + "<NewInternalPort>" + m.internalPort() + "</NewInternalPort><NewInternalClient>"
                + m.internalClient() + "</NewInternalClient><NewEnabled>1</NewEnabled><NewPortMappingDescription>"
                + Html.escape(m.description()) + "</NewPortMappingDescription><NewLeaseDuration>0</NewLeaseDuration>");
    }

    /** miniupnpd's BuildSendAndCloseSoapResp: XML declaration, CRLF, one-line envelope, CRLF. */
    private Response ok(String name, String service, String content) {
        return reply("HTTP/1.1 200 OK", XML, "<?xml version=\"1.0\"?>\r\n"
                + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body>"
                + "<u:" + name + "Response xmlns:u=\"" + service + "\">" + content + "</u:" + name + "Response>"
                + "</s:Body></s:Envelope>\r\n");
    }

    /** miniupnpd's SoapError: 500 with the UPnPError detail (sample upnp/http_GetGenericPortMappingEntry_*_713_*). */
    private Response fault(int code, String description) {
        return reply("HTTP/1.1 500 Internal Server Error", XML,
                "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                        + "s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><s:Fault>"
                        + "<faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail>"
                        + "<UPnPError xmlns=\"urn:schemas-upnp-org:control-1-0\"><errorCode>" + code + "</errorCode>"
                        + "<errorDescription>" + description + "</errorDescription></UPnPError></detail></s:Fault>"
                        + "</s:Body></s:Envelope>");
    }

    /** Header set of the NETGEAR sample: Content-Type, Connection, Content-Length, Server, Ext, Content-Language. */
    private Response reply(String statusLine, String contentType, String body) {
        return Response.builder(statusLine).header("Content-Type", contentType).header("Connection", "close")
                .contentLength().header("Server", server()).header("Ext", "").header("Content-Language", "en-US")
                .body(body);
    }

    private long uptime() {
        return Math.max(0, device.now().getEpochSecond() % 864_000);
    }

    private static Optional<Integer> number(String body, String element) {
        return text(body, element).filter(v -> v.matches("\\d{1,5}")).map(Integer::parseInt);
    }

    private static Optional<String> text(String body, String element) {
        Matcher m = Pattern.compile("<" + element + "(?:\\s[^>]{0,200})?>\\s*([^<]{0,64}?)\\s*</" + element + ">")
                .matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
