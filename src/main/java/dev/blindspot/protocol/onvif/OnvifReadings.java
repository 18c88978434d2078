package dev.blindspot.protocol.onvif;

import dev.blindspot.protocol.xml.SafeXml;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Reads the answers of the operations beyond the device information into small, safe field maps (what
 * {@link dev.blindspot.inventory.OnvifReply#fields()} carries for them). Secrets never leave this class:
 * GetUsers passwords (some firmware returns them) become {@code PasswordsReturned=true}; user info in a stream
 * URI becomes {@code ****}.
 * <ul>
 *   <li>GetCapabilities: {@code Media.XAddr}, {@code Device.XAddr};</li>
 *   <li>GetUsers: {@code Users} ("admin (Administrator), operator (Operator)", at most {@value #MAX_USERS}),
 *       {@code UserCount}, and {@code PasswordsReturned} when any password came back;</li>
 *   <li>GetProfiles: {@code ProfileCount} and {@code ProfileToken} (the first token that is a plain name);</li>
 *   <li>GetStreamUri: {@code Uri} (user info masked).</li>
 * </ul>
 */
final class OnvifReadings {

    static final int MAX_USERS = 16;
    private static final int MAX_TEXT = 64;
    private static final int MAX_URI = 256;
    private static final int MAX_ELEMENTS = 256;
    /** Profile tokens go back to the device inside XML: only plain names are ever sent. */
    static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    private OnvifReadings() {
    }

    /** The fields of {@code operation}'s response element; empty for operations read generically. */
    static Optional<Map<String, String>> read(String operation, Element response) {
        return switch (operation) {
            case "GetCapabilities" -> Optional.of(capabilities(response));
            case "GetUsers" -> Optional.of(users(response));
            case "GetProfiles" -> Optional.of(profiles(response));
            case "GetStreamUri" -> Optional.of(streamUri(response));
            default -> Optional.empty();
        };
    }

    private static Map<String, String> capabilities(Element response) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element caps : children(response, "Capabilities")) {
            for (String service : List.of("Media", "Device")) {
                for (Element s : children(caps, service)) {
                    children(s, "XAddr").stream().findFirst().map(e -> text(e, MAX_URI)).filter(t -> !t.isEmpty())
                            .ifPresent(x -> out.putIfAbsent(service + ".XAddr", x));
                }
            }
        }
        return out;
    }

    private static Map<String, String> users(Element response) {
        List<String> users = new ArrayList<>();
        boolean passwords = false;
        int count = 0;
        for (Element user : children(response, "User")) {
            count++;
            String name = children(user, "Username").stream().findFirst().map(OnvifReadings::text).orElse("");
            String level = children(user, "UserLevel").stream().findFirst().map(OnvifReadings::text).orElse("");
            passwords |= children(user, "Password").stream().anyMatch(p -> !text(p).isEmpty());
            if (users.size() < MAX_USERS && !name.isEmpty()) {
                users.add(level.isEmpty() ? name : name + " (" + level + ")");
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("UserCount", Integer.toString(count));
        if (!users.isEmpty()) {
            out.put("Users", String.join(", ", users));
        }
        if (passwords) {
            out.put("PasswordsReturned", "true");
        }
        return out;
    }

    private static Map<String, String> profiles(Element response) {
        List<Element> profiles = children(response, "Profiles");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ProfileCount", Integer.toString(profiles.size()));
        profiles.stream().map(p -> p.getAttribute("token")).filter(t -> SAFE_TOKEN.matcher(t).matches()).findFirst()
                .ifPresent(t -> out.put("ProfileToken", t));
        return out;
    }

    private static Map<String, String> streamUri(Element response) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element media : children(response, "MediaUri")) {
            children(media, "Uri").stream().findFirst().map(e -> text(e, MAX_URI)).filter(t -> !t.isEmpty())
                    .ifPresent(u -> out.putIfAbsent("Uri", maskUserInfo(u)));
        }
        return out;
    }

    /** {@code rtsp://user:pass@host/x} becomes {@code rtsp://****@host/x}; anything unparsable that holds '@' is dropped to the scheme. */
    static String maskUserInfo(String uri) {
        try {
            URI u = new URI(uri);
            if (u.getRawUserInfo() == null) {
                return uri;
            }
            return uri.replace(u.getRawUserInfo() + "@", "****@");
        } catch (URISyntaxException e) {
            int at = uri.lastIndexOf('@');
            int scheme = uri.indexOf("://");
            return at < 0 ? uri : (scheme > 0 ? uri.substring(0, scheme + 3) : "") + "****@" + uri.substring(at + 1);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element e : SafeXml.childElements(parent)) {
            if (out.size() >= MAX_ELEMENTS) {
                break;
            }
            if (SafeXml.localName(e).equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element e) {
        return text(e, MAX_TEXT);
    }

    private static String text(Element e, int max) {
        String t = e.getTextContent().strip();
        StringBuilder clean = new StringBuilder();
        t.codePoints().limit(max).filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
