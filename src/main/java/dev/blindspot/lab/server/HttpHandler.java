package dev.blindspot.lab.server;

/** A device's web application: one response per request, never null. */
@FunctionalInterface
public interface HttpHandler {

    Response handle(Request request, HttpExchange exchange);
}
