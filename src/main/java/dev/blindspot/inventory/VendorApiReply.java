package dev.blindspot.inventory;

import java.util.Map;

/**
 * What a vendor API answered without login, as far as Blindspot read it: the HTTP status and a small map of
 * named text fields (e.g. Axis {@code ProdNbr}, ZoneMinder {@code version}); empty when nothing was recognised.
 */
public record VendorApiReply(int status, Map<String, String> fields) {

    public VendorApiReply {
        fields = Map.copyOf(fields);
    }
}
