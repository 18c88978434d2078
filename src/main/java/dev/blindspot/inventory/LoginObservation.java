package dev.blindspot.inventory;

/**
 * One credential attempt Blindspot made.
 *
 * @param protocol e.g. {@code http-digest}, {@code http-basic}, {@code rtsp-digest}, {@code onvif-wsse}
 * @param source   where the credential came from (e.g. {@code default:Hikvision}, {@code operator})
 */
public record LoginObservation(String address, int port, String protocol, String username, Secret password,
                               String source, LoginResult result) implements Observation {}
