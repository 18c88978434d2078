package dev.blindspot.exposure.routerconfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads router and firewall configurations: at most {@value #MAX_BYTES} bytes per file and {@value #MAX_RULES}
 * rules, UTF-8, the format given or detected from the content.
 */
public final class RouterConfigReader {

    public static final int MAX_BYTES = 16 * 1024 * 1024;
    public static final int MAX_RULES = 100_000;

    /** Reads {@code path}; {@code format} empty means detect. */
    public RouterConfig read(Path path, Optional<RouterConfigFormat> format) throws RouterConfigException {
        String name = path.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new RouterConfigException(name, 0, "cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new RouterConfigException(name, 0, "larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a router configuration");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RouterConfigException(name, 0, "not UTF-8 text");
        }
        return parse(name, text, format);
    }

    /** Parses {@code text} read from {@code file} (the name used in messages and evidence). */
    public RouterConfig parse(String file, String text, Optional<RouterConfigFormat> format) throws RouterConfigException {
        if (text.length() > MAX_BYTES) {
            throw new RouterConfigException(file, 0, "larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a router configuration");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        body = body.replace("\r\n", "\n");
        if (body.indexOf('\0') >= 0) {
            throw new RouterConfigException(file, 0, "binary data, not a text configuration");
        }
        RouterConfigFormat f = format.isPresent() ? format.get() : RouterConfigFormat.detect(body).orElseThrow(() ->
                new RouterConfigException(file, 0, "cannot tell its format; name it with --router-config-format or FILE:FORMAT ("
                        + RouterConfigFormat.names() + ")"));
        List<RouterRule> rules = parser(f).parse(file, body);
        if (rules.size() > MAX_RULES) {
            throw new RouterConfigException(file, 0, "more than " + MAX_RULES + " forwarding rules; not a router configuration");
        }
        return new RouterConfig(file, f, rules);
    }

    private static ConfigParser parser(RouterConfigFormat f) {
        return switch (f) {
            case IPTABLES -> new IptablesParser();
            case NFT -> new NftTextParser();
            case NFT_JSON -> new NftJsonParser();
            case OPENWRT -> new OpenWrtParser();
            case PFSENSE -> new PfSenseParser();
            case MIKROTIK -> new MikrotikParser();
        };
    }
}
