package dev.blindspot.exposure.routerconfig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code nft list ruleset} text. Rules with {@code dnat to} become port forwards (DMZ hosts without destination
 * port), except in LAN-side chains (NAT reflection); {@code accept} rules in forward/input chains (by hook or name)
 * whose in-interface or chain name is the WAN side become inbound allows. Sets, maps and flowtables are skipped;
 * rules matching a named set ({@code @ports}) are skipped since the set's content is not resolved.
 */
final class NftTextParser implements ConfigParser {

    private static final Pattern TABLE = Pattern.compile("table\\s+(\\S+)\\s+(\\S+)\\s*\\{");
    private static final Pattern CHAIN = Pattern.compile("chain\\s+(\\S+)\\s*\\{");
    private static final Pattern HOOK = Pattern.compile("type\\s+\\S+\\s+hook\\s+(\\S+)");
    private static final Pattern SKIPPED_BLOCK = Pattern.compile("(set|map|flowtable|ct\\s+\\S+|counter|quota|limit|secmark|synproxy)\\s+\\S+\\s*\\{");
    private static final Pattern ANON_SET = Pattern.compile("\\{([^{}]*)}");

    private record Block(String kind, String name, int line) {}

    @Override
    public List<RouterRule> parse(String file, String text) throws RouterConfigException {
        List<RouterRule> rules = new ArrayList<>();
        Deque<Block> open = new ArrayDeque<>();
        String hook = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Block top = open.peek();
            boolean skipping = open.stream().anyMatch(b -> b.kind().equals("skip"));
            if (line.equals("}")) {
                if (open.isEmpty()) {
                    throw new RouterConfigException(file, n, "'}' without an open table or chain");
                }
                open.pop();
                continue;
            }
            if (skipping) {
                if (line.endsWith("{")) {
                    open.push(new Block("skip", "", n));
                }
                continue;
            }
            Matcher m;
            if (top == null) {
                if ((m = TABLE.matcher(line)).matches()) {
                    open.push(new Block("table", m.group(2), n));
                } else if (!line.startsWith("flush ") && !line.startsWith("define ") && !line.startsWith("include ")) {
                    throw new RouterConfigException(file, n, "expected 'table FAMILY NAME {', found '" + Text.shorten(line) + "'");
                }
            } else if (top.kind().equals("table")) {
                if ((m = CHAIN.matcher(line)).matches()) {
                    open.push(new Block("chain", m.group(1), n));
                    hook = "";
                } else if (SKIPPED_BLOCK.matcher(line).lookingAt() && line.endsWith("{")) {
                    open.push(new Block("skip", "", n));
                } else if (!line.startsWith("flags ")) {
                    throw new RouterConfigException(file, n, "expected a chain, set, map or '}' in table " + top.name()
                            + ", found '" + Text.shorten(line) + "'");
                }
            } else {
                if ((m = HOOK.matcher(line)).lookingAt()) {
                    hook = m.group(1).replace(";", "");
                } else if (line.startsWith("policy ")) {
                    continue;
                } else if (line.endsWith("{") && !line.contains("}")) {
                    throw new RouterConfigException(file, n, "block opened inside chain " + top.name());
                } else {
                    rules.addAll(rule(file, n, top.name(), hook, line));
                }
            }
        }
        if (!open.isEmpty()) {
            Block b = open.peek();
            throw new RouterConfigException(file, b.line(), (b.kind().equals("skip") ? "block" : b.kind() + " " + b.name())
                    + " is not closed (truncated file?)");
        }
        return rules;
    }

    private static List<RouterRule> rule(String file, int n, String chain, String hook, String line)
            throws RouterConfigException {
        Matcher sets = ANON_SET.matcher(line);
        StringBuilder flat = new StringBuilder();
        while (sets.find()) {
            sets.appendReplacement(flat, Matcher.quoteReplacement(sets.group(1).replaceAll("\\s+", "").trim()));
        }
        sets.appendTail(flat);
        List<String> w = Words.split(flat.toString()).orElseThrow(() -> new RouterConfigException(file, n, "unclosed quote"));
        Origin origin = new Origin(file, n);
        String in = "";
        boolean inNegated = false;
        Protocol protocol = Protocol.ANY;
        List<PortRange> ports = new ArrayList<>();
        Optional<String> destination = Optional.empty();
        Optional<String> dnat = Optional.empty();
        Optional<String> comment = Optional.empty();
        boolean accept = false;
        boolean companion = false;
        for (int i = 0; i < w.size(); i++) {
            String t = w.get(i);
            String next = i + 1 < w.size() ? w.get(i + 1) : "";
            boolean negated = next.equals("!=");
            String value = negated ? (i + 2 < w.size() ? w.get(i + 2) : "") : next;
            switch (t) {
                case "iifname", "iif" -> {
                    in = value;
                    inNegated = negated;
                }
                case "tcp", "udp", "th", "sctp" -> {
                    if (next.equals("dport") || next.equals("dport!=")) {
                        // "th dport" keeps what "meta l4proto" said
                        protocol = t.equals("tcp") ? Protocol.TCP : t.equals("udp") ? Protocol.UDP : protocol;
                        String v = i + 2 < w.size() ? w.get(i + 2) : "";
                        if (v.equals("!=") || v.startsWith("@")) {
                            return List.of();
                        }
                        ports.addAll(portList(origin, v));
                    }
                }
                case "l4proto" -> {
                    Optional<Protocol> p = Protocol.named(value.replace(",", " "));
                    if (p.isEmpty() || negated) {
                        return List.of();
                    }
                    protocol = p.get();
                }
                case "daddr" -> {
                    if (i > 0 && (w.get(i - 1).equals("ip") || w.get(i - 1).equals("ip6"))) {
                        if (negated || value.startsWith("@") || value.contains(",")) {
                            return List.of();
                        }
                        destination = Optional.of(Addresses.hostOrNetwork(value).orElseThrow(() ->
                                new RouterConfigException(file, n, "'" + Text.shorten(value) + "' is not an address or network")));
                    }
                }
                case "dnat" -> {
                    // the statement is "dnat [ip|ip6] to ADDRESS"; "ct status dnat" is a match
                    int to = next.equals("to") ? i + 1 : (next.equals("ip") || next.equals("ip6"))
                            && i + 2 < w.size() && w.get(i + 2).equals("to") ? i + 2 : -1;
                    if (to > 0) {
                        if (to + 1 >= w.size()) {
                            throw new RouterConfigException(file, n, "dnat without 'to ADDRESS'");
                        }
                        dnat = Optional.of(w.get(to + 1));
                    }
                }
                case "accept" -> accept = true;
                case "state", "status" -> companion |= i > 0 && w.get(i - 1).equals("ct")
                        && !value.toLowerCase(Locale.ROOT).contains("new");
                case "comment" -> comment = Optional.of(value.replaceFirst("^!fw4: ?", "")).filter(c -> !c.isBlank());
                default -> { }
            }
        }
        String lowerChain = chain.toLowerCase(Locale.ROOT);
        if (dnat.isPresent()) {
            if (Interfaces.isLan(chain) || !in.isEmpty() && !inNegated && Interfaces.isLan(in)
                    || lowerChain.contains("postrouting") || hook.equals("output") || hook.equals("postrouting")) {
                return List.of();
            }
            return Forwards.of(origin, protocol, ports, dnat.get(), true, comment);
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

    private static List<PortRange> portList(Origin origin, String value) throws RouterConfigException {
        List<PortRange> out = new ArrayList<>();
        for (String p : value.split(",")) {
            if (!p.isBlank()) {
                out.add(Forwards.port(origin, p));
            }
        }
        if (out.isEmpty()) {
            throw new RouterConfigException(origin.file(), origin.line(), "dport without a port");
        }
        return out;
    }
}
