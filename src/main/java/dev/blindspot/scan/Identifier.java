package dev.blindspot.scan;

import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import java.util.List;

/** Concludes what a host is from its observations. Pure; no I/O. */
@FunctionalInterface
public interface Identifier {
    Identity identify(String address, List<Observation> observations);
}
