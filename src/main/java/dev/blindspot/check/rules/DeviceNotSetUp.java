package dev.blindspot.check.rules;

import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import java.util.Optional;

/**
 * FAIL when an Axis device's Systemready API (asked without login) says {@code needsetup: yes}: the unit was never
 * set up, has no administrator account, and the first account is created without authentication (VAPIX pwdgrp.cgi
 * {@code action=add}, as Axis's own setup tools do), so whoever reaches it first owns it. PASS when it says
 * {@code needsetup: no}. Blindspot never creates the account itself.
 */
public final class DeviceNotSetUp extends VendorApiCheck {

    public static final String ID = "device-not-set-up";
    static final String API = "axis.systemready";

    @Override
    public String id() {
        return ID;
    }

    @Override
    String api() {
        return API;
    }

    @Override
    Optional<CheckResult> judge(VendorApiObservation o) {
        Optional<VendorApiReply> reply = o.outcome().answer().filter(r -> r.status() == 200);
        String needsSetup = reply.map(r -> r.fields().getOrDefault("needsetup", "")).orElse("");
        if (needsSetup.equalsIgnoreCase("yes")) {
            return Optional.of(CheckResult.fail(o.address(), o.port(), "POST /axis-cgi/systemready.cgi answered"
                    + " needsetup: yes without login: no administrator account exists yet, and anyone who reaches the"
                    + " device can create one (pwdgrp.cgi action=add needs no login in this state)", Confidence.CONFIRMED));
        }
        if (needsSetup.equalsIgnoreCase("no")) {
            return Optional.of(CheckResult.pass(o.address(), o.port(),
                    "systemready says needsetup: no (an administrator account exists)"));
        }
        return Optional.empty();
    }
}
