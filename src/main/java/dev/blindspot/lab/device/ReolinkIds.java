package dev.blindspot.lab.device;

import java.util.Locale;

/** A Reolink unit's serial, P2P UID (format of the API guide's {@code 95270000SXIPOGIJ}) and MAC (OUI ec:71:db). */
record ReolinkIds(String serial, String uid, String mac) {

    static ReolinkIds of(DeviceIds ids) {
        return new ReolinkIds(ids.digits("serial", 14), "95270000" + ids.alnum("uid", 8),
                ids.mac("ec:71:db").toUpperCase(Locale.ROOT));
    }
}
