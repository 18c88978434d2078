package dev.blindspot.lab.device;

/** A Dahua unit's 15-character serial and the RTSP/ONVIF realm built from it ({@code Login to <serial>}). */
record DahuaIds(String serial) {

    static DahuaIds of(DeviceIds ids) {
        return new DahuaIds(ids.digits("lead", 1) + ids.alnum("serial", 14));
    }

    String realm() {
        return "Login to " + serial;
    }
}
