package dev.blindspot.exposure.routerconfig;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code nft -j list ruleset} (libnftables JSON, schema in libnftables-json(5)): the same rules as {@link NftTextParser}
 * read from {@code rule} objects' {@code expr} lists ({@code match} on {@code meta iifname}, {@code payload} tcp/udp
 * dport and ip/ip6 daddr, {@code meta l4proto}, {@code ct state}; statements {@code dnat} and {@code accept}). The
 * line of each rule object is kept. Nesting, string and number sizes are limited.
 */
final class NftJsonParser implements ConfigParser {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20)
                    .maxNumberLength(32).build()).build());

    private record Element(int line, JsonNode node) {}

    @Override
    public List<RouterRule> parse(String file, String text) throws RouterConfigException {
        List<Element> elements = elements(file, text);
        Map<String, String> hooks = new HashMap<>();
        for (Element e : elements) {
            JsonNode chain = e.node().get("chain");
            if (chain != null && chain.isObject()) {
                hooks.put(chain.path("table").asText() + "/" + chain.path("name").asText(), chain.path("hook").asText(""));
            }
        }
        List<RouterRule> rules = new ArrayList<>();
        for (Element e : elements) {
            JsonNode rule = e.node().get("rule");
            if (rule == null) {
                continue;
            }
            if (!rule.isObject() || !rule.path("chain").isTextual() || !rule.path("expr").isArray()) {
                throw new RouterConfigException(file, e.line(), "rule object without a chain name and an expr list");
            }
            String chain = rule.get("chain").asText();
            rules.addAll(rule(new Origin(file, e.line()), chain, hooks.getOrDefault(rule.path("table").asText() + "/" + chain, ""),
                    rule));
        }
        return rules;
    }

    private static List<Element> elements(String file, String text) throws RouterConfigException {
        List<Element> out = new ArrayList<>();
        int elementLine = 1;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RouterConfigException(file, line(p.currentTokenLocation()), "expected a JSON object {\"nftables\": [...]}");
            }
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!name.equals("nftables")) {
                    p.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new RouterConfigException(file, line(p.currentTokenLocation()), "\"nftables\" is not a list");
                }
                found = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int line = line(p.currentTokenLocation());
                    elementLine = line;
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw new RouterConfigException(file, line, "\"nftables\" element is not an object");
                    }
                    out.add(new Element(line, JSON.readTree(p)));
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new RouterConfigException(file, line(p.currentTokenLocation()), "JSON object not closed (truncated file?)");
            }
            if (!found) {
                throw new RouterConfigException(file, 1, "no \"nftables\" list");
            }
        } catch (JsonProcessingException e) {
            throw new RouterConfigException(file, e.getLocation() == null ? elementLine : line(e.getLocation()),
                    "invalid JSON: " + Text.shorten(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RouterConfigException(file, 0, "invalid JSON: " + Text.shorten(String.valueOf(e.getMessage())));
        }
        return out;
    }

    private static int line(JsonLocation location) {
        return Math.max(0, location.getLineNr());
    }

    private static List<RouterRule> rule(Origin origin, String chain, String hook, JsonNode rule) throws RouterConfigException {
        String in = "";
        boolean inNegated = false;
        Protocol protocol = Protocol.ANY;
        List<PortRange> ports = new ArrayList<>();
        Optional<String> destination = Optional.empty();
        Optional<JsonNode> dnat = Optional.empty();
        boolean accept = false;
        boolean companion = false;
        for (JsonNode expr : rule.get("expr")) {
            if (!expr.isObject()) {
                throw wrong(origin, "expression is not an object");
            }
            if (expr.has("accept")) {
                accept = true;
            } else if (expr.has("dnat")) {
                dnat = Optional.of(expr.get("dnat"));
            } else if (expr.has("match")) {
                JsonNode m = expr.get("match");
                if (!m.isObject() || !m.has("left") || !m.has("right")) {
                    throw wrong(origin, "match without left and right");
                }
                boolean negated = m.path("op").asText("==").equals("!=");
                JsonNode left = m.get("left");
                JsonNode right = m.get("right");
                String metaKey = left.path("meta").path("key").asText("");
                String field = left.path("payload").path("field").asText("");
                String proto = left.path("payload").path("protocol").asText("");
                if (metaKey.equals("iifname") || metaKey.equals("iif")) {
                    in = scalar(origin, right);
                    inNegated = negated;
                } else if (metaKey.equals("l4proto")) {
                    Optional<Protocol> p = Protocol.named(String.join(" ", strings(origin, right)));
                    if (p.isEmpty() || negated) {
                        return List.of();
                    }
                    protocol = p.get();
                } else if (field.equals("dport")) {
                    if (negated) {
                        return List.of();
                    }
                    protocol = proto.equals("tcp") ? Protocol.TCP : proto.equals("udp") ? Protocol.UDP : protocol;
                    List<PortRange> matched = portsOf(origin, right);
                    if (matched.isEmpty()) {
                        return List.of();
                    }
                    ports.addAll(matched);
                } else if (field.equals("daddr") && (proto.equals("ip") || proto.equals("ip6"))) {
                    if (negated || !right.isTextual() && !right.has("prefix")) {
                        return List.of();
                    }
                    String d = right.isTextual() ? right.asText()
                            : right.get("prefix").path("addr").asText() + "/" + right.get("prefix").path("len").asInt();
                    destination = Optional.of(Addresses.hostOrNetwork(d).orElseThrow(() ->
                            wrong(origin, "'" + Text.shorten(d) + "' is not an address or network")));
                } else if (left.path("ct").path("key").asText("").matches("state|status")) {
                    companion = !String.join(",", strings(origin, right)).toLowerCase(Locale.ROOT).contains("new");
                }
            }
        }
        Optional<String> comment = Optional.ofNullable(rule.get("comment")).filter(JsonNode::isTextual)
                .map(c -> c.asText().replaceFirst("^!fw4: ?", "")).filter(c -> !c.isBlank())
                .or(() -> Optional.of("chain " + chain + (rule.has("handle") ? " handle " + rule.get("handle").asText() : "")));
        String lowerChain = chain.toLowerCase(Locale.ROOT);
        if (dnat.isPresent()) {
            JsonNode d = dnat.get();
            if (Interfaces.isLan(chain) || !in.isEmpty() && !inNegated && Interfaces.isLan(in)
                    || hook.equals("output") || hook.equals("postrouting")) {
                return List.of();
            }
            if (!d.isObject() || !d.path("addr").isTextual()) {
                throw wrong(origin, "dnat without an address");
            }
            String host = Addresses.canonical(d.get("addr").asText()).orElseThrow(() ->
                    wrong(origin, "dnat address '" + Text.shorten(d.get("addr").asText()) + "' is not an address"));
            Optional<PortRange> internal = d.has("port") ? Optional.of(portsOf(origin, d.get("port")).getFirst()) : Optional.empty();
            return Forwards.of(origin, protocol, ports, host, internal, true, comment);
        }
        if (accept && !companion) {
            boolean forward = hook.equals("forward") || hook.isEmpty() && lowerChain.contains("forward");
            boolean input = hook.equals("input") || hook.isEmpty() && lowerChain.contains("input");
            boolean wan = !in.isEmpty() ? !inNegated && Interfaces.isWan(in) : Interfaces.isWan(chain);
            if ((forward || input) && wan) {
                return List.of(new InboundAllow(origin, protocol, destination, ports, !forward, true, comment));
            }
        }
        return List.of();
    }

    private static RouterConfigException wrong(Origin origin, String problem) {
        return new RouterConfigException(origin.file(), origin.line(), problem);
    }

    private static String scalar(Origin origin, JsonNode n) throws RouterConfigException {
        if (!n.isValueNode()) {
            throw wrong(origin, "expected a name, found " + n.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return n.asText();
    }

    private static List<String> strings(Origin origin, JsonNode n) throws RouterConfigException {
        JsonNode items = n.has("set") ? n.get("set") : n;
        List<String> out = new ArrayList<>();
        if (items.isArray()) {
            for (JsonNode i : items) {
                out.add(scalar(origin, i));
            }
        } else {
            out.add(scalar(origin, items));
        }
        return out;
    }

    private static List<PortRange> portsOf(Origin origin, JsonNode n) throws RouterConfigException {
        List<PortRange> out = new ArrayList<>();
        if (n.isObject() && n.has("set") && n.get("set").isArray()) {
            for (JsonNode i : n.get("set")) {
                out.addAll(portsOf(origin, i));
            }
        } else if (n.isObject() && n.has("range") && n.get("range").isArray() && n.get("range").size() == 2) {
            out.add(range(origin, n.get("range").get(0), n.get("range").get(1)));
        } else if (n.isTextual() && n.asText().startsWith("@")) {
            return out;
        } else if (n.isInt() || n.isTextual()) {
            out.add(n.isInt() ? range(origin, n, n) : Forwards.port(origin, n.asText()));
        } else {
            throw wrong(origin, "port is not a number, set or range");
        }
        return out;
    }

    private static PortRange range(Origin origin, JsonNode first, JsonNode last) throws RouterConfigException {
        if (!first.isInt() || !last.isInt()) {
            throw wrong(origin, "port range bounds are not numbers");
        }
        try {
            return new PortRange(first.asInt(), last.asInt());
        } catch (IllegalArgumentException e) {
            throw wrong(origin, e.getMessage());
        }
    }
}
