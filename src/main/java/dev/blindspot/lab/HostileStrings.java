package dev.blindspot.lab;

/**
 * What the hostile devices put where a device names itself: HTML/JavaScript, ANSI escape sequences (7-bit ESC forms
 * where the protocol carries bytes, C1 forms such as U+009B CSI where it carries XML 1.0, which cannot hold ESC even
 * as a character reference), bidi overrides and CR/LF injection attempts. Each value is what the scanner reads after
 * decoding the protocol (the device encodes it: XML escapes, ISO-8859-1 header bytes).
 */
public final class HostileStrings {

    /** Lab label of hostile devices that imitate no vendor; their answer-key vendor and class are empty (none). */
    public static final String NO_VENDOR = "(hostile)";

    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;
    private static final char CSI = 0x9b;
    private static final char OSC = 0x9d;
    private static final char ST = 0x9c;
    private static final char RLO = '\u202e';

    /** ONVIF Manufacturer: C1 CSI colour, a script tag, a right-to-left override and an injected "header" line. */
    public static final String VENDOR = CSI + "31m<script>alert('vendor')</script>" + RLO + "Acme\r\nX-Injected: 1";

    /** ONVIF Model: an HTML event handler, C1 clear-screen, NEL and LINE SEPARATOR line breaks. */
    public static final String MODEL = "<img src=x onerror=alert(1)>" + CSI + "2J\u0085DS-2CD\u2028IPC";

    /** ONVIF FirmwareVersion: a C1 OSC window-title sequence and markup that looks like an escape. */
    public static final String FIRMWARE = "V5.5.0" + OSC + "0;pwned" + ST + "\r\n&amp;<b>build</b>";

    /** HTTP {@code Server} header (ISO-8859-1 bytes on the wire): ESC clear/colour, script, a bare CR and a C1 CSI. */
    public static final String HTTP_SERVER = "Webs" + ESC + "[2J" + ESC + "[31m<script>alert(1)</script>" + CSI
            + "1m\rSet-Cookie: injected=1";

    /** Basic realm of the web login: ESC OSC window title ended by BEL, an HTML event handler, ESC background colour. */
    public static final String REALM = ESC + "]0;pwned" + BEL + "<img src=x onerror=alert(1)>" + ESC + "[41mlogin";

    /** The web page title (UTF-8 HTML): ESC sequences, a script tag, a bidi override and a CR LF pair. */
    public static final String TITLE = ESC + "[2J" + ESC + "[1;31mPWNED" + ESC + "[0m <script>alert(1)</script>" + RLO
            + "gnp.exe\r\nX-Injected: yes";

    /** RTSP {@code Server} header of the open stream. */
    public static final String RTSP_SERVER = "LIVE555" + ESC + "[2J" + ESC + "]0;pwned" + BEL
            + "<script>alert(1)</script>" + CSI + "31m\rX-Injected: 1";

    /** First line the Telnet service prints before its login prompt (an /etc/issue). */
    public static final String TELNET_BANNER = ESC + "[2J" + ESC + "]0;pwned" + BEL + "<script>alert(1)</script>"
            + CSI + "31mWelcome" + ESC + "[0m";

    /** FTP greeting after {@code 220 }. */
    public static final String FTP_GREETING = ESC + "[2J" + ESC + "[31m<script>alert(1)</script>" + CSI + "1m FTP ready";

    /** SDP session name of the open stream. */
    public static final String SDP_SESSION = ESC + "[31m<script>alert(1)</script>" + RLO + "stream";

    private HostileStrings() {}
}
