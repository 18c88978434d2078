package dev.blindspot.lab.device;

import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.Response;

/** How one vendor's web server carries ONVIF: header layout, fault dialect, and its answer to missing credentials. */
interface OnvifStyle {

    /** A SOAP answer in the vendor's header layout. */
    Response soap(String statusLine, String xml, HttpExchange exchange);

    /** The answer to a protected call without acceptable credentials (or from a locked-out client). */
    Response notAuthorized(AuthOutcome outcome, HttpExchange exchange);

    /** The realm HTTP Digest credentials on the ONVIF route must name. */
    String onvifRealm();

    /** {@code onvif/fault_gsoap.xml} (SOAP-ENV prefix) or {@code onvif/fault_env.xml} (env prefix). */
    String faultTemplate();

    OnvifIdentity identity();
}
