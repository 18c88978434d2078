package dev.blindspot.inventory;

import java.util.Map;
import java.util.Optional;

/**
 * What an ONVIF device service said to one SOAP request sent without credentials.
 *
 * @param httpStatus HTTP status of the response
 * @param fault      the SOAP fault subcode (e.g. {@code ter:NotAuthorized}) when the body was a fault
 * @param fields     leaf values of the response body by local element name (e.g. Manufacturer, Model,
 *                   FirmwareVersion), only for successful responses; bounded in count and size
 */
public record OnvifReply(int httpStatus, Optional<String> fault, Map<String, String> fields) {

    public OnvifReply {
        fields = Map.copyOf(fields);
    }

    /** True when the operation answered with data, i.e. HTTP 200 and no SOAP fault. */
    public boolean succeeded() {
        return httpStatus == 200 && fault.isEmpty();
    }
}
