package dev.blindspot.inventory;

import dev.blindspot.scan.ProbeOutcome;

/** The outcome of one unauthenticated ONVIF operation (e.g. GetSystemDateAndTime, GetDeviceInformation). */
public record OnvifObservation(String address, int port, String path, String operation,
                               ProbeOutcome<OnvifReply> outcome) implements Observation {}
