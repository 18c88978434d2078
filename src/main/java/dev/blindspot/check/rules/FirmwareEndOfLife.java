package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckOptions;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.PerAsset;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.patch.Device;
import dev.blindspot.patch.FirmwareReleases;
import dev.blindspot.patch.PatchAssessor;
import java.util.List;

/**
 * FAIL when the release data says a surveillance device, or its firmware line, is end-of-life (no further security
 * updates); PASS when the stated end of support is still ahead; UNKNOWN when the data lists end-of-life models of the
 * vendor but the model (or firmware, or scan time) needed to tell is unknown. Devices the lifecycle data says nothing
 * about get no result: no notice is no evidence either way, and an UNKNOWN for each would bury the real unknowns.
 */
public final class FirmwareEndOfLife implements Check {

    public static final String ID = "firmware-end-of-life";

    private final PatchAssessor assessor;
    private final CheckOptions options;

    public FirmwareEndOfLife(FirmwareReleases releases, CheckOptions options) {
        this.assessor = new PatchAssessor(releases);
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        return PerAsset.judge(inventory, Identity::isSurveillance, (address, identity) -> assessor
                .endOfLife(Device.of(identity), options.scanTime())
                .map(status -> List.of(PatchResults.of(address, identity, status))).orElse(List.of()));
    }
}
