package dev.blindspot.lab.device;

import java.util.Locale;

/** A Hanwha/Samsung unit's serial and MAC (Samsung Techwin OUI 00:09:18). */
record HanwhaIds(String serial, String mac) {

    static HanwhaIds of(DeviceIds ids) {
        return new HanwhaIds("ZC7W6V2F" + ids.alnum("serial", 7), ids.mac("00:09:18").toUpperCase(Locale.ROOT));
    }
}
