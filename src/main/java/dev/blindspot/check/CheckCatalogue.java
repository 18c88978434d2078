package dev.blindspot.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.check.rules.DefaultCredentialsAccepted;
import dev.blindspot.check.rules.UpnpIgdEnabled;
import dev.blindspot.check.rules.UpnpPortMappingToSurveillance;
import dev.blindspot.check.rules.FlatNetwork;
import dev.blindspot.check.rules.FrigateUnauthenticatedApi;
import dev.blindspot.check.rules.HttpBasicAuthCleartext;
import dev.blindspot.check.rules.OnvifUnauthenticatedAccess;
import dev.blindspot.check.rules.RtspUnauthenticatedStream;
import dev.blindspot.check.rules.TelnetEnabled;
import dev.blindspot.check.rules.ZoneMinderAuthDisabled;
import dev.blindspot.check.rules.OperatorCredential;
import dev.blindspot.check.rules.SharedPassword;
import dev.blindspot.check.rules.SnapshotUnauthenticated;
import dev.blindspot.protocol.snapshot.SnapshotPaths;
import dev.blindspot.check.rules.WeakPasswordAccepted;
import dev.blindspot.check.rules.FirmwareAuditOverdue;
import dev.blindspot.check.rules.FirmwareEndOfLife;
import dev.blindspot.check.rules.NdaaCoveredVendor;
import dev.blindspot.check.rules.SecurityUpdateOverdue;
import dev.blindspot.patch.FirmwareReleases;
import dev.blindspot.policy.NdaaCoveredList;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.site.SiteLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks Blindspot runs, each paired with its metadata from {@code checks/<id>.json}. The registry is an
 * explicit list (no classpath scanning); a check without metadata, or metadata whose id differs from its
 * file name, fails at load time.
 */
public final class CheckCatalogue {

    private final Map<String, Check> checks;
    private final Map<String, CheckMetadata> metadata;

    public CheckCatalogue(List<Check> checks, Map<String, CheckMetadata> metadata) {
        Map<String, Check> byId = new LinkedHashMap<>();
        for (Check c : checks) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalStateException("two checks share the id " + c.id());
            }
            if (!metadata.containsKey(c.id())) {
                throw new IllegalStateException("check " + c.id() + " has no metadata file checks/" + c.id() + ".json");
            }
        }
        this.checks = byId;
        this.metadata = Map.copyOf(metadata);
    }

    /** Every check Blindspot has, segments by default (/24, /64). Add new checks here and their metadata under resources/checks/. */
    public static List<Check> registry() {
        return registry(SiteLayout.byDefault());
    }

    /** Every check Blindspot has; segmentation checks group hosts by {@code site}. */
    public static List<Check> registry(SiteLayout site) {
        return registry(site, CheckOptions.defaults());
    }

    /** Every check Blindspot has, judging with what the scan did ({@code options}: profile, --reveal-secrets). */
    public static List<Check> registry(SiteLayout site, CheckOptions options) {
        return registry(site, options, dev.blindspot.vuln.VulnKnowledge.loadDefault());
    }

    /** Every check Blindspot has, CVEs matched against {@code knowledge} ({@code scan --kb FILE}; else the bundled one). */
    public static List<Check> registry(SiteLayout site, CheckOptions options, dev.blindspot.vuln.VulnKnowledge knowledge) {
        FirmwareReleases releases = FirmwareReleases.bundled();
        return List.of(
                new DefaultCredentialsAccepted(options),
                new RtspUnauthenticatedStream(),
                new OnvifUnauthenticatedAccess(),
                new TelnetEnabled(),
                new HttpBasicAuthCleartext(),
                // --- segmentation (issue 4, segment) ---
                new FlatNetwork(site),
                // --- access checks (issue 5, access) ---
                new FrigateUnauthenticatedApi(),
                new ZoneMinderAuthDisabled(),
                // --- credentials (issue 5, cred-safety) ---
                new WeakPasswordAccepted(options),
                new SharedPassword(options),
                new OperatorCredential(options),
                // --- access checks (issue 5, snapshot) ---
                new SnapshotUnauthenticated(SnapshotPaths.bundled()),
                // --- issue 5, rest (H1): an Axis unit nobody has set up ---
                new dev.blindspot.check.rules.DeviceNotSetUp(),
                // --- safe active checks (issue 6, activechecks) ---
                new dev.blindspot.check.rules.VulnerabilityConfirmed(
                        dev.blindspot.protocol.active.ActiveChecks.bundled()),
                // --- patch hygiene and vendor risk (issue 6, hygiene) ---
                new SecurityUpdateOverdue(releases, options),
                new FirmwareEndOfLife(releases, options),
                new FirmwareAuditOverdue(options),
                new NdaaCoveredVendor(NdaaCoveredList.bundled(), options),
                // --- router UPnP IGD audit (issue 7, upnp) ---
                new UpnpIgdEnabled(),
                new UpnpPortMappingToSurveillance(),
                // --- exposure: router configuration import (issue 7, routercfg) ---
                new dev.blindspot.check.rules.RouterForwardExposesSurveillance(),
                new dev.blindspot.check.rules.RouterInboundRuleExposesSurveillance(),
                // --- vulnerabilities (issue 6, vulnkb): the knowledge base is read here, once per registry ---
                new dev.blindspot.vuln.FirmwareKnownVulnerability(knowledge),
                // --- exposure (issue 7, exposuredev): device-side P2P/DDNS/UPnP, external vantage, reverse proxies ---
                new dev.blindspot.check.rules.DeviceExposureSettingCheck(dev.blindspot.inventory.ExposureSetting.P2P_CLOUD, options),
                new dev.blindspot.check.rules.DeviceExposureSettingCheck(dev.blindspot.inventory.ExposureSetting.DDNS, options),
                new dev.blindspot.check.rules.DeviceExposureSettingCheck(dev.blindspot.inventory.ExposureSetting.UPNP, options),
                new dev.blindspot.check.rules.InternetExposedService(options),
                new dev.blindspot.check.rules.ReverseProxyWithoutAuth());
    }

    public static CheckCatalogue loadDefault() {
        return loadDefault(SiteLayout.byDefault());
    }

    /** The catalogue with segmentation checks grouping hosts by {@code site}. */
    public static CheckCatalogue loadDefault(SiteLayout site) {
        return loadDefault(site, CheckOptions.defaults());
    }

    /** The catalogue for a scan run with {@code options}. */
    public static CheckCatalogue loadDefault(SiteLayout site, CheckOptions options) {
        return load(registry(site, options));
    }

    /** The catalogue for a scan run with {@code options}, CVEs matched against {@code knowledge}. */
    public static CheckCatalogue loadDefault(SiteLayout site, CheckOptions options, dev.blindspot.vuln.VulnKnowledge knowledge) {
        return load(registry(site, options, knowledge));
    }

    private static CheckCatalogue load(List<Check> checks) {
        Map<String, CheckMetadata> meta = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (Check c : checks) {
            meta.put(c.id(), loadMetadata(json, c.id()));
        }
        return new CheckCatalogue(checks, meta);
    }

    static CheckMetadata loadMetadata(ObjectMapper json, String id) {
        String path = "/checks/" + id + ".json";
        try (InputStream in = CheckCatalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("check " + id + " has no metadata file " + path);
            }
            CheckMetadata m = json.readValue(in, CheckMetadata.class);
            if (!m.id().equals(id)) {
                throw new IllegalStateException(path + " declares id " + m.id());
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Catalogue entries, most severe first, then by id. */
    public List<CheckMetadata> entries() {
        List<CheckMetadata> out = new ArrayList<>();
        checks.keySet().forEach(id -> out.add(metadata.get(id)));
        out.sort(Comparator.comparing(CheckMetadata::severity).thenComparing(CheckMetadata::id));
        return out;
    }

    /** Runs every check on the inventory. A check that throws is a programming error and propagates. */
    public List<CheckOutput> evaluate(Inventory inventory) {
        List<CheckOutput> out = new ArrayList<>();
        for (Check c : checks.values()) {
            out.add(new CheckOutput(metadata.get(c.id()), c.evaluate(inventory)));
        }
        return out;
    }
}
