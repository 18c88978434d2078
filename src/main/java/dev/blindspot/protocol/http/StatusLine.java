package dev.blindspot.protocol.http;

/** Status code and reason phrase of a response. */
record StatusLine(int code, String reason) {

    boolean interim() {
        return code >= 100 && code < 200 && code != 101;
    }
}
