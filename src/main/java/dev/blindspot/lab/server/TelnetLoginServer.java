package dev.blindspot.lab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * BusyBox telnetd + login as found on embedded cameras: option negotiation, {@code <host> login: }, {@code Password: },
 * {@code Login incorrect} and three tries per connection. A successful login gets the shell banner and a prompt, but
 * no command is ever executed: the next line closes the connection.
 */
public final class TelnetLoginServer implements ConnectionHandler {

    /** IAC DO ECHO, IAC DO NAWS, IAC WILL ECHO, IAC WILL SGA: what BusyBox telnetd sends first. */
    static final byte[] NEGOTIATION = {(byte) 255, (byte) 253, 1, (byte) 255, (byte) 253, 31,
        (byte) 255, (byte) 251, 1, (byte) 255, (byte) 251, 3};
    private static final int TRIES = 3;
    private static final int MAX_LINE = 128;

    private final String loginPrompt;
    private final String shellBanner;
    private final PasswordLogin login;
    private final Duration deadline;

    public TelnetLoginServer(String hostname, String shellBanner, PasswordLogin login, Duration deadline) {
        this.loginPrompt = hostname + " login: ";
        this.shellBanner = shellBanner;
        this.login = login;
        this.deadline = deadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        connection.input().deadlineIn(deadline);
        connection.write(NEGOTIATION);
        write(connection, loginPrompt);
        for (int i = 0; i < TRIES; i++) {
            String user = TelnetLines.read(connection.input(), MAX_LINE);
            if (user == null) {
                return;
            }
            write(connection, user + "\r\nPassword: ");
            String password = TelnetLines.read(connection.input(), MAX_LINE);
            if (password == null) {
                return;
            }
            if (login.attempt(connection.peer(), user, password)) {
                write(connection, "\r\n\r\n" + shellBanner + "\r\n\r\n# ");
                TelnetLines.read(connection.input(), MAX_LINE);
                return;
            }
            write(connection, "\r\nLogin incorrect\r\n" + (i + 1 < TRIES ? loginPrompt : ""));
        }
    }

    private static void write(Connection connection, String text) throws IOException {
        connection.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
