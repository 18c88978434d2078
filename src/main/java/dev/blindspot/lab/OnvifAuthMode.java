package dev.blindspot.lab;

/** How a device's ONVIF device service ({@code POST /onvif/device_service}) treats unauthenticated calls. */
public enum OnvifAuthMode {
    /** Every implemented operation is answered without credentials (a misconfiguration). */
    OPEN,
    /** Only GetSystemDateAndTime (access class PRE_AUTH) is answered without credentials. */
    STANDARD,
    /** No ONVIF service: the route answers like any unknown path. */
    DISABLED
}
