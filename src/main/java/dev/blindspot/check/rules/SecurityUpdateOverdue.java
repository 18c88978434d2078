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
 * FAIL when a security release newer than a surveillance device's firmware was published more than 30 days before
 * the scan (release data: {@code vuln/firmware-releases.yaml}); PASS when the device runs the newest known security
 * release or one younger than 30 days; UNKNOWN with the reason when vendor, model, firmware, release dates or the scan
 * time are unknown.
 */
public final class SecurityUpdateOverdue implements Check {

    public static final String ID = "security-update-overdue";

    private final PatchAssessor assessor;
    private final CheckOptions options;

    public SecurityUpdateOverdue(FirmwareReleases releases, CheckOptions options) {
        this.assessor = new PatchAssessor(releases);
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        return PerAsset.judge(inventory, Identity::isSurveillance, (address, identity) -> List.of(
                PatchResults.of(address, identity, assessor.securityUpdates(Device.of(identity), options.scanTime()))));
    }
}
