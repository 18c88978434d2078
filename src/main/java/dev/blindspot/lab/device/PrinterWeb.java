package dev.blindspot.lab.device;

import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HP LaserJet's embedded web server (MODELLED: HP's {@code Server} header layout and the model in the page
 * title, no capture in the samples) on 80, and its IPP endpoint on 631 answering any IPP request with a minimal
 * {@code successful-ok} Get-Printer-Attributes reply. Nothing planted: the kind exists so the scanner learns to
 * say "printer, not surveillance".
 */
final class PrinterWeb implements HttpHandler {

    private final SimDevice device;
    private final boolean ipp;

    private PrinterWeb(SimDevice device, boolean ipp) {
        this.device = device;
        this.ipp = ipp;
    }

    static PrinterWeb web(SimDevice device) {
        return new PrinterWeb(device, false);
    }

    static PrinterWeb ipp(SimDevice device) {
        return new PrinterWeb(device, true);
    }

    String server() {
        return "HP HTTP Server; " + device.spec().model() + " - W1A53A; Serial Number: PHB"
                + device.ids().alnum("hp-serial", 7) + "; Built: Thu Jan 12, 2023 03:45:08PM {"
                + device.spec().firmware() + "_" + "000000}";
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        if (ipp && request.method().equals("POST")
                && request.header("Content-Type").map(c -> c.startsWith("application/ipp")).orElse(false)) {
            return head("HTTP/1.1 200 OK", "application/ipp").body(ippReply(request.body()));
        }
        if (!ipp && read && (request.path().equals("/") || request.path().equals("/index.html"))) {
            return head("HTTP/1.1 200 OK", "text/html; charset=utf-8").body(device.templates().render(
                    "printer/index.html", Map.of("model", device.spec().model(),
                            "hostname", "NPI" + device.ids().hex("hp-host", 6).toUpperCase(java.util.Locale.ROOT))));
        }
        return head("HTTP/1.1 404 Not Found", "text/html").body("<html><body>Not Found</body></html>");
    }

    private Response.Builder head(String statusLine, String contentType) {
        return Response.builder(statusLine).header("Server", server()).header("Content-Type", contentType)
                .contentLength().header("Cache-Control", "no-cache");
    }

    /** IPP/2.0 successful-ok with the request id echoed, charset, language and the printer's name and state. */
    private byte[] ippReply(byte[] request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(2);
        out.write(0);
        out.write(0);
        out.write(0);
        out.writeBytes(request.length >= 8 ? java.util.Arrays.copyOfRange(request, 4, 8) : new byte[] {0, 0, 0, 1});
        out.write(0x01); // operation-attributes-tag
        attribute(out, 0x47, "attributes-charset", "utf-8".getBytes(StandardCharsets.US_ASCII));
        attribute(out, 0x48, "attributes-natural-language", "en".getBytes(StandardCharsets.US_ASCII));
        out.write(0x04); // printer-attributes-tag
        attribute(out, 0x41, "printer-make-and-model", device.spec().model().getBytes(StandardCharsets.UTF_8));
        attribute(out, 0x23, "printer-state", new byte[] {0, 0, 0, 3});
        out.write(0x03); // end-of-attributes-tag
        return out.toByteArray();
    }

    private static void attribute(ByteArrayOutputStream out, int tag, String name, byte[] value) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        out.write(tag);
        out.write(n.length >> 8);
        out.write(n.length);
        out.writeBytes(n);
        out.write(value.length >> 8);
        out.write(value.length);
        out.writeBytes(value);
    }
}
