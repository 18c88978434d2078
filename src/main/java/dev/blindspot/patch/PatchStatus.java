package dev.blindspot.patch;

import dev.blindspot.patch.FirmwareReleases.Release;
import java.util.List;

/** What the release data says about one device's firmware, as a check verdict to be. */
public sealed interface PatchStatus {

    /** The device lags behind (overdue security releases, or an end-of-life notice); {@code releases} may be empty. */
    record Behind(String evidence, List<Release> releases, List<String> references) implements PatchStatus {
        public Behind {
            releases = List.copyOf(releases);
            references = List.copyOf(references);
        }
    }

    /** Nothing to fix according to the data. */
    record Current(String evidence) implements PatchStatus {}

    /** The data or the inventory cannot tell; {@code reason} says why. */
    record Unknown(String reason) implements PatchStatus {}
}
