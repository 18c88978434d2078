package dev.blindspot.cli;

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
    static List<RouterConfigObservation> load(List<String> specs, Optional<String> formatName) throws RouterConfigException {
        Optional<RouterConfigFormat> common = formatName.map(RouterConfigFiles::format);
        RouterConfigReader reader = new RouterConfigReader();
        List<RouterConfigObservation> out = new ArrayList<>();
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
        }
        return out;
    }

    private static RouterConfigFormat format(String name) {
        return RouterConfigFormat.named(name).orElseThrow(() -> new IllegalArgumentException("router config format '"
                + name + "' is unknown (" + RouterConfigFormat.names() + ")"));
    }
}
