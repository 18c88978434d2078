package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.inventory.OnvifReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * FAIL when an ONVIF device service answered an operation outside the PRE_AUTH access class without
 * credentials, listing every operation that answered (GetDeviceInformation, GetUsers — the user list is exposed;
 * usernames only, the probe never keeps passwords — GetProfiles, GetStreamUri); PASS when it demanded them. Applies only to services that answered as ONVIF (a SOAP answer
 * or fault), so an ordinary web server is not judged.
 */
public final class OnvifUnauthenticatedAccess implements Check {

    public static final String ID = "onvif-unauthenticated-access";

    /** What one answered operation exposed, in words; never a password (the probe keeps none). */
    static String describe(OnvifObservation o) {
        Map<String, String> f = o.outcome().answer().map(OnvifReply::fields).orElse(Map.of());
        String what = switch (o.operation()) {
            case "GetDeviceInformation" -> Set.of("Manufacturer", "Model", "FirmwareVersion").stream().sorted()
                    .filter(f::containsKey).map(k -> k + "=" + f.get(k)).collect(Collectors.joining(", "));
            case "GetUsers" -> "user list exposed: " + f.getOrDefault("Users", f.getOrDefault("UserCount", "?") + " account(s)")
                    + ("true".equals(f.get("PasswordsReturned")) ? "; the device returned the passwords too (not shown)" : "");
            case "GetProfiles" -> f.getOrDefault("ProfileCount", "?") + " media profile(s)";
            case "GetStreamUri" -> f.containsKey("Uri") ? "stream " + f.get("Uri") : "";
            default -> "";
        };
        return o.operation() + " on " + o.path() + (what.isEmpty() ? "" : " (" + what + ")");
    }

    private static boolean wrongEndpoint(OnvifObservation o) {
        return o.outcome().answer().map(r -> r.fault().isEmpty() && (r.httpStatus() == 404 || r.httpStatus() == 405))
                .orElse(false);
    }

    /** ONVIF Core: operations a device must answer without authentication. */
    static final Set<String> PRE_AUTH = Set.of("GetSystemDateAndTime", "GetWsdlUrl", "GetServices",
            "GetServiceCapabilities", "GetCapabilities", "GetHostname", "GetEndpointReference");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        Map<String, List<OnvifObservation>> byService = inventory.all(OnvifObservation.class)
                .collect(Collectors.groupingBy(o -> o.address() + "\u0000" + o.port(), TreeMap::new, Collectors.toList()));
        List<CheckResult> out = new ArrayList<>();
        for (List<OnvifObservation> service : byService.values()) {
            judge(service).ifPresent(out::add);
        }
        return out;
    }

    private Optional<CheckResult> judge(List<OnvifObservation> service) {
        boolean speaksOnvif = service.stream().map(o -> o.outcome().answer()).flatMap(Optional::stream)
                .anyMatch(r -> r.fault().isPresent() || (r.succeeded() && !r.fields().isEmpty()));
        if (!speaksOnvif) {
            return Optional.empty();
        }
        OnvifObservation first = service.getFirst();
        // a path that does not answer as ONVIF at all (404 page, no fault) is a wrong endpoint, not a refusal
        List<OnvifObservation> protectedOps = service.stream().filter(o -> !PRE_AUTH.contains(o.operation()))
                .filter(o -> !wrongEndpoint(o)).toList();
        List<OnvifObservation> answered = protectedOps.stream().filter(o -> o.outcome().answer()
                .map(r -> r.succeeded() && !r.fields().isEmpty()).orElse(false)).toList();
        if (!answered.isEmpty()) {
            OnvifObservation o = answered.getFirst();
            String ops = answered.stream().map(OnvifUnauthenticatedAccess::describe).distinct()
                    .collect(Collectors.joining("; "));
            return Optional.of(CheckResult.fail(o.address(), o.port(),
                    "answered without credentials: " + ops, Confidence.CONFIRMED).withDetail(o.operation()));
        }
        List<OnvifObservation> refused = protectedOps.stream().filter(o -> o.outcome().answer()
                .map(r -> r.httpStatus() == 401 || r.fault().map(f -> f.contains("NotAuthorized")).orElse(false)).orElse(false))
                .toList();
        if (!protectedOps.isEmpty() && refused.size() == protectedOps.size()) {
            return Optional.of(CheckResult.pass(first.address(), first.port(),
                    String.join(", ", refused.stream().map(OnvifObservation::operation).toList()) + " refused without credentials"));
        }
        if (protectedOps.isEmpty()) {
            return Optional.of(CheckResult.unknown(first.address(), first.port(), "no operation beyond PRE_AUTH was probed"));
        }
        OnvifObservation unclear = protectedOps.stream().filter(o -> !refused.contains(o)).findFirst().orElseThrow();
        String why = unclear.outcome().answer()
                .map(r -> "HTTP " + r.httpStatus() + r.fault().map(f -> " fault " + f).orElse(""))
                .orElse(unclear.outcome().describe());
        return Optional.of(CheckResult.unknown(first.address(), first.port(), unclear.operation() + " gave no clear answer: " + why));
    }
}
