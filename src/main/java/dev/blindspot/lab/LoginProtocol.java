package dev.blindspot.lab;

/**
 * The channel a login attempt reached a lab device through. {@code HTTP_FORM}: a web application's own login
 * (form or JSON body, signed request or challenge-response), as VMS applications use instead of HTTP auth.
 */
public enum LoginProtocol {
    HTTP_BASIC, HTTP_DIGEST, RTSP_BASIC, RTSP_DIGEST, ONVIF_USERNAME_TOKEN, ONVIF_HTTP_DIGEST, TELNET, FTP,
    HTTP_FORM,
    /** Dahua's two-step JSON login on {@code POST /RPC2_Login}. */
    DAHUA_RPC2,
    /** Dahua's binary DHIP login on TCP 37777 (same JSON inside a 32-byte header). */
    DAHUA_DHIP,
    /** A vendor API login carried in the request itself (Reolink api.cgi JSON body or user/password query). */
    HTTP_API,
    /** Xiongmai DVRIP ("Sofia") binary login on TCP 34567. */
    DVRIP
}
