package dev.blindspot.lab;

/** The channel a login attempt reached a lab device through. */
public enum LoginProtocol {
    HTTP_BASIC, HTTP_DIGEST, RTSP_BASIC, RTSP_DIGEST, ONVIF_USERNAME_TOKEN, ONVIF_HTTP_DIGEST, TELNET, FTP,
    /** A vendor API login carried in the request itself (Reolink api.cgi JSON body or user/password query). */
    HTTP_API,
    /** Xiongmai DVRIP ("Sofia") binary login on TCP 34567. */
    DVRIP
}
