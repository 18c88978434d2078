package dev.blindspot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads what the benchmark needs from nmap's XML output ({@code -oX -}): per host, the products version detection
 * named, and what the {@code http-default-accounts} and {@code rtsp-url-brute} scripts found. Streaming (StAX), DTDs
 * and external entities off, at most {@value #MAX_HOSTS} hosts.
 */
final class NmapXml {

    static final int MAX_HOSTS = 100_000;
    private static final int MAX_TEXT = 4096;

    /**
     * One host of the run.
     *
     * @param products        "product version" (or the CPE) of each service nmap named
     * @param defaultAccounts {@code user:password} pairs {@code http-default-accounts} logged in with
     * @param rtspUrls        URLs {@code rtsp-url-brute} could DESCRIBE without credentials
     * @param timedOut        nmap gave up on the host ({@code --host-timeout})
     */
    record Host(String address, List<String> products, List<String> defaultAccounts, List<String> rtspUrls,
                boolean timedOut) {

        boolean named() {
            return !products.isEmpty();
        }
    }

    private NmapXml() {}

    static List<Host> parse(InputStream in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("nmap XML unreadable: " + e.getMessage(), e);
        }
    }

    private static List<Host> read(XMLStreamReader xml) throws XMLStreamException, IOException {
        Map<String, Host> hosts = new LinkedHashMap<>();
        HostBuilder host = null;
        String script = "";
        Deque<String> tables = new ArrayDeque<>();
        String elemKey = "";
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                text.setLength(0);
                switch (xml.getLocalName()) {
                    case "host" -> {
                        host = new HostBuilder();
                        host.timedOut = "true".equals(attr(xml, "timedout"));
                    }
                    case "address" -> {
                        if (host != null && "ipv4".equals(xml.getAttributeValue(null, "addrtype"))) {
                            host.address = xml.getAttributeValue(null, "addr");
                        }
                    }
                    case "service" -> {
                        if (host != null) {
                            host.serviceProduct(attr(xml, "product"), attr(xml, "version"));
                        }
                    }
                    case "script" -> {
                        script = attr(xml, "id");
                        tables.clear();
                    }
                    case "table" -> tables.push(attr(xml, "key"));
                    case "elem" -> elemKey = attr(xml, "key");
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (text.length() < MAX_TEXT) {
                    text.append(xml.getText(), 0, Math.min(xml.getTextLength(), MAX_TEXT - text.length()));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "cpe" -> {
                        if (host != null) {
                            host.cpe(text.toString().trim());
                        }
                    }
                    case "elem" -> {
                        if (host != null) {
                            host.elem(script, tables, elemKey, text.toString().trim());
                        }
                        elemKey = "";
                    }
                    case "table" -> {
                        if (!tables.isEmpty()) {
                            tables.pop();
                        }
                    }
                    case "script" -> script = "";
                    case "host" -> {
                        if (host != null && host.address != null) {
                            if (hosts.size() >= MAX_HOSTS) {
                                throw new IOException("nmap XML has more than " + MAX_HOSTS + " hosts");
                            }
                            hosts.put(host.address, host.build());
                        }
                        host = null;
                    }
                    default -> { }
                }
                text.setLength(0);
            }
        }
        return List.copyOf(hosts.values());
    }

    private static String attr(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static final class HostBuilder {
        private String address;
        private final List<String> products = new ArrayList<>();
        private final List<String> accounts = new ArrayList<>();
        private final List<String> urls = new ArrayList<>();
        private String pendingUser = "";
        private boolean timedOut;

        void serviceProduct(String product, String version) {
            if (!product.isBlank()) {
                products.add(version.isBlank() ? product : product + " " + version);
            }
        }

        void cpe(String cpe) {
            if (!cpe.isBlank() && products.stream().noneMatch(p -> p.equals(cpe))) {
                products.add(cpe);
            }
        }

        /** Script results: credentials of http-default-accounts, discovered URLs of rtsp-url-brute. */
        void elem(String script, Deque<String> tables, String key, String value) {
            if (script.equals("http-default-accounts") && tables.size() >= 2) {
                if (key.equals("username")) {
                    pendingUser = value;
                } else if (key.equals("password")) {
                    accounts.add(pendingUser + ":" + value);
                    pendingUser = "";
                }
            } else if (script.equals("rtsp-url-brute") && "discovered".equals(tables.peek()) && key.isEmpty()) {
                urls.add(value);
            }
        }

        Host build() {
            return new Host(address, products, accounts, urls, timedOut);
        }
    }
}
