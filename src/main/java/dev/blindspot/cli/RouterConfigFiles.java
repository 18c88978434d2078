package dev.blindspot.cli;

import dev.blindspot.exposure.routerconfig.DmzHost;
import dev.blindspot.exposure.routerconfig.InboundAllow;
import dev.blindspot.exposure.routerconfig.PortForward;
import dev.blindspot.exposure.routerconfig.RouterConfig;
import dev.blindspot.exposure.routerconfig.RouterConfigException;
import dev.blindspot.exposure.routerconfig.RouterConfigFormat;
import dev.blindspot.exposure.routerconfig.RouterConfigReader;
import dev.blindspot.inventory.RouterConfigObservation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code scan --router-config FILE[:FORMAT]} files (the file I/O stays here; checks see only the rules, as
 * {@link RouterConfigObservation}s added to the inventory after probing).
 */
final class RouterConfigFiles {

    private RouterConfigFiles() {
    }

    /**
     * @param specs       {@code FILE} or {@code FILE:FORMAT}
     * @param formatName  {@code --router-config-format}: the format of files given without their own; empty = detect
     * @throws IllegalArgumentException for an unknown format name
     */
    static Loaded load(List<String> specs, Optional<String> formatName) throws RouterConfigException {
        Optional<RouterConfigFormat> common = formatName.map(RouterConfigFiles::format);
        RouterConfigReader reader = new RouterConfigReader();
        List<RouterConfigObservation> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String spec : specs) {
            String file = spec;
            Optional<RouterConfigFormat> format = common;
            int colon = spec.lastIndexOf(':');
            if (colon > 0) {
                Optional<RouterConfigFormat> own = RouterConfigFormat.named(spec.substring(colon + 1));
                if (own.isPresent()) {
                    file = spec.substring(0, colon);
                    format = own;
                }
            }
            RouterConfig config = reader.read(Path.of(file), format);
            config.rules().forEach(r -> out.add(RouterConfigObservation.of(r)));
            notes.add(note(config));
        }
        return new Loaded(out, notes);
    }

    /** The rules of every file, and one report note per file saying what was read. */
    record Loaded(List<RouterConfigObservation> observations, List<String> notes) {

        Loaded {
            observations = List.copyOf(observations);
            notes = List.copyOf(notes);
        }
    }

    /** "router config fw.rules (iptables-save output): 4 port forwards, 0 DMZ hosts, 2 inbound allow rules (1 disabled)". */
    static String note(RouterConfig config) {
        long forwards = config.rules().stream().filter(r -> r instanceof PortForward).count();
        long dmz = config.rules().stream().filter(r -> r instanceof DmzHost).count();
        long allows = config.rules().stream().filter(r -> r instanceof InboundAllow).count();
        long disabled = config.rules().stream().filter(r -> !r.enabled()).count();
        return "router config " + config.file() + " (" + config.format().title() + "): " + forwards + " port forward"
                + (forwards == 1 ? "" : "s") + ", " + dmz + " DMZ host" + (dmz == 1 ? "" : "s") + ", " + allows
                + " inbound allow rule" + (allows == 1 ? "" : "s") + (disabled > 0 ? " (" + disabled + " disabled)" : "");
    }

    private static RouterConfigFormat format(String name) {
        return RouterConfigFormat.named(name).orElseThrow(() -> new IllegalArgumentException("router config format '"
                + name + "' is unknown (" + RouterConfigFormat.names() + ")"));
    }
}
