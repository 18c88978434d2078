package dev.blindspot.lab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * An FTP control connection that greets, takes USER/PASS (each PASS is a login attempt) and QUIT, and refuses
 * everything else; there is no data channel.
 */
public final class FtpLoginServer implements ConnectionHandler {

    private static final int MAX_COMMANDS = 16;

    private final String greeting;
    private final PasswordLogin login;
    private final Duration deadline;

    public FtpLoginServer(String greeting, PasswordLogin login, Duration deadline) {
        this.greeting = greeting;
        this.login = login;
        this.deadline = deadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        connection.input().deadlineIn(deadline);
        reply(connection, "220 " + greeting);
        String user = null;
        for (int i = 0; i < MAX_COMMANDS; i++) {
            String line = connection.input().readLine(512);
            if (line == null) {
                return;
            }
            int space = line.indexOf(' ');
            String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
            String argument = space < 0 ? "" : line.substring(space + 1);
            switch (verb) {
                case "USER" -> {
                    user = argument;
                    reply(connection, "331 Specify password");
                }
                case "PASS" -> {
                    if (user == null) {
                        reply(connection, "503 Login with USER first");
                    } else if (login.attempt(connection.peer(), user, argument)) {
                        reply(connection, "230 Operation successful");
                    } else {
                        reply(connection, "530 Login incorrect");
                    }
                    user = null;
                }
                case "QUIT" -> {
                    reply(connection, "221 Goodbye");
                    return;
                }
                default -> reply(connection, "530 Login with USER and PASS");
            }
        }
    }

    private static void reply(Connection connection, String line) throws IOException {
        connection.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
}
