package dev.blindspot.exposure.routerconfig;

import java.util.List;

/** The rules read from one configuration file, in file order. */
public record RouterConfig(String file, RouterConfigFormat format, List<RouterRule> rules) {

    public RouterConfig {
        rules = List.copyOf(rules);
    }
}
