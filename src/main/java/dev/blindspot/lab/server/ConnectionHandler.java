package dev.blindspot.lab.server;

import java.io.IOException;

/** Speaks one protocol on one accepted connection; runs on its own virtual thread, the socket is closed after. */
@FunctionalInterface
public interface ConnectionHandler {

    void serve(Connection connection) throws IOException;
}
