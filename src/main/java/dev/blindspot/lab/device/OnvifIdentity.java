package dev.blindspot.lab.device;

/** What a device's ONVIF service reports about itself (GetDeviceInformation, GetScopes, GetHostname). */
record OnvifIdentity(String manufacturer, String model, String firmware, String serial, String hardwareId,
                     String hostname) {}
