package dev.blindspot.lab.server;

import java.net.InetAddress;

/** Judges (and records) one user-name/password login arriving on a line protocol such as Telnet or FTP. */
@FunctionalInterface
public interface PasswordLogin {

    boolean attempt(InetAddress client, String username, String password);
}
