package dev.blindspot.credential;

import dev.blindspot.inventory.LoginObservation;

/** The one-line description of a login attempt used in logs: it shows the password only masked. */
public final class AttemptLog {

    private AttemptLog() {}

    public static String describe(LoginObservation o) {
        return "login attempt " + hostPort(o.address(), o.port()) + " " + o.protocol() + " user=" + o.username()
                + " password=" + o.password().masked() + " source=" + o.source() + " -> " + o.result();
    }

    private static String hostPort(String address, int port) {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }
}
