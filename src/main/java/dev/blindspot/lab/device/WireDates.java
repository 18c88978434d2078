package dev.blindspot.lab.device;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date header values in the spellings devices use. */
final class WireDates {

    /** {@code Sun, 28 May 2023 09:56:24 GMT} (HTTP, GStreamer RTSP). */
    private static final DateTimeFormatter HTTP =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** {@code Mon, Sep 21 2020 20:08:41 GMT} (Hikvision and LIVE555 RTSP). */
    private static final DateTimeFormatter RTSP_MONTH_FIRST =
            DateTimeFormatter.ofPattern("EEE, MMM dd yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private WireDates() {}

    static String http(Instant t) {
        return HTTP.format(t);
    }

    static String rtspMonthFirst(Instant t) {
        return RTSP_MONTH_FIRST.format(t);
    }
}
