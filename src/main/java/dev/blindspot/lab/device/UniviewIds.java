package dev.blindspot.lab.device;

/** A Uniview unit's 20-character serial (format of the LAPI DeviceInfo example, {@code 210235...}) and MAC. */
record UniviewIds(String serial, String mac) {

    static UniviewIds of(DeviceIds ids) {
        return new UniviewIds("210235" + ids.alnum("serial", 14), ids.mac("48:ea:63"));
    }
}
