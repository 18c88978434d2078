package dev.blindspot.lab.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;

/** One accepted TCP connection: bounded input, raw output, and who is on the other end. */
public record Connection(Socket socket, BoundedInput input, OutputStream output) {

    private static final int BUFFER = 2048;

    public static Connection over(Socket socket) throws IOException {
        return new Connection(socket, new BoundedInput(socket, socket.getInputStream(), BUFFER),
                socket.getOutputStream());
    }

    public InetAddress peer() {
        return socket.getInetAddress();
    }

    public void write(byte[] bytes) throws IOException {
        output.write(bytes);
        output.flush();
    }
}
