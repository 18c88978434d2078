package dev.blindspot.vuln.kb;

import java.util.List;
import java.util.Optional;

/**
 * Where a knowledge base came from.
 *
 * @param nvdFiles           NVD record files read (names only)
 * @param nvdNewestModified  the newest {@code lastModified} among them
 * @param kev                the KEV catalog, when one was given
 * @param cve5Files          CVE JSON 5 files read (names only)
 * @param cve5NewestUpdated  the newest {@code dateUpdated} among them
 * @param skipped            input files left out, each with the reason
 */
public record KbSources(List<String> nvdFiles, Optional<String> nvdNewestModified, Optional<KevCatalog> kev,
                        List<String> cve5Files, Optional<String> cve5NewestUpdated, List<Skipped> skipped) {

    public KbSources {
        nvdFiles = List.copyOf(nvdFiles);
        cve5Files = List.copyOf(cve5Files);
        skipped = List.copyOf(skipped);
    }

    /** The KEV catalog's identity: file name, {@code catalogVersion}, {@code dateReleased}, entry count. */
    public record KevCatalog(String file, String catalogVersion, String dateReleased, int count) {}

    /** An input file that was not used, and why. */
    public record Skipped(String file, String reason) {}
}
