package dev.blindspot.lab.server;

/** A device's RTSP behaviour: one response per request. */
@FunctionalInterface
public interface RtspHandler {

    Response handle(Request request, RtspSession session);
}
