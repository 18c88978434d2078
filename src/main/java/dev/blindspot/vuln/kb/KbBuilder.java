package dev.blindspot.vuln.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds a {@link KnowledgeBase} from files a user downloaded: NVD CVE API 2.0 records, the CISA KEV catalog, CVE
 * JSON 5 records. A file that cannot be used (malformed, truncated, too large) is skipped and listed in
 * {@link KbSources#skipped()}; it never stops the build.
 */
public final class KbBuilder {

    /** Most input files read from one directory tree. */
    static final int MAX_FILES = 500_000;

    private KbBuilder() {
    }

    /**
     * @param nvd   NVD files or directories (every {@code *.json} below, sorted by name)
     * @param kev   the KEV catalog JSON, if any; its entries are kept for the CVEs in the knowledge base
     * @param cve5  CVE JSON 5 files or directories
     * @param built the build date written into the knowledge base (yyyy-mm-dd)
     */
    public static KnowledgeBase build(List<Path> nvd, Optional<Path> kev, List<Path> cve5, String built) {
        Map<String, Vulnerability> byId = new TreeMap<>(KbBuilder::compareIds);
        List<KbSources.Skipped> skipped = new ArrayList<>();
        List<String> nvdFiles = new ArrayList<>();
        Optional<String> nvdNewest = Optional.empty();
        for (Path f : files(nvd)) {
            try {
                for (Vulnerability v : NvdReader.read(f)) {
                    Vulnerability prev = byId.get(v.cve());
                    if (prev == null || newer(v.lastModified(), prev.lastModified())) {
                        byId.put(v.cve(), v);
                    }
                    if (newer(v.lastModified(), nvdNewest)) {
                        nvdNewest = v.lastModified();
                    }
                }
                nvdFiles.add(name(f));
            } catch (SourceException e) {
                skipped.add(new KbSources.Skipped(e.file(), e.reason()));
            }
        }
        List<String> cve5Files = new ArrayList<>();
        Optional<String> cve5Newest = Optional.empty();
        for (Path f : files(cve5)) {
            try {
                Cve5Reader.Record r = Cve5Reader.read(f);
                byId.merge(r.vulnerability().cve(), r.vulnerability(), KbBuilder::withCve5);
                cve5Files.add(name(f));
                if (newer(r.dateUpdated(), cve5Newest)) {
                    cve5Newest = r.dateUpdated();
                }
            } catch (SourceException e) {
                skipped.add(new KbSources.Skipped(e.file(), e.reason()));
            }
        }
        Optional<KbSources.KevCatalog> kevAbout = Optional.empty();
        if (kev.isPresent()) {
            try {
                KevReader.Catalog catalog = KevReader.read(kev.get());
                kevAbout = Optional.of(catalog.about());
                byId.replaceAll((id, v) -> catalog.entries().containsKey(id)
                        ? withKev(v, catalog.entries().get(id), catalog.about().file()) : v);
            } catch (SourceException e) {
                skipped.add(new KbSources.Skipped(e.file(), e.reason()));
            }
        }
        KbSources sources = new KbSources(nvdFiles, nvdNewest, kevAbout, cve5Files, cve5Newest, skipped);
        return new KnowledgeBase(KnowledgeBase.FORMAT, built, sources, new ArrayList<>(byId.values()));
    }

    /** NVD record first; CVE 5 adds its {@code affected} when NVD has no configuration, its CVSS when NVD has none. */
    static Vulnerability withCve5(Vulnerability nvd, Vulnerability cve5) {
        List<String> sources = new ArrayList<>(nvd.sources());
        sources.addAll(cve5.sources());
        return new Vulnerability(nvd.cve(), nvd.published(), nvd.lastModified(), nvd.status(),
                nvd.description().isEmpty() ? cve5.description() : nvd.description(),
                nvd.cvss().or(cve5::cvss), nvd.kev(), nvd.cpe(),
                nvd.cpe().isEmpty() ? cve5.affected() : List.of(), nvd.references(), sources);
    }

    static Vulnerability withKev(Vulnerability v, Vulnerability.KevEntry kev, String file) {
        List<String> sources = new ArrayList<>(v.sources());
        sources.add(file);
        return new Vulnerability(v.cve(), v.published(), v.lastModified(), v.status(), v.description(), v.cvss(),
                Optional.of(kev), v.cpe(), v.affected(), v.references(), sources);
    }

    private static boolean newer(Optional<String> a, Optional<String> b) {
        return a.isPresent() && (b.isEmpty() || a.get().compareTo(b.get()) > 0);
    }

    /** CVE ids by year, then number. */
    static int compareIds(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int c = x[1].compareTo(y[1]);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(x[2].length(), y[2].length());
        return c != 0 ? c : x[2].compareTo(y[2]);
    }

    static List<Path> files(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root, 4)) {
                    s.filter(Files::isRegularFile).filter(p -> name(p).endsWith(".json")).limit(MAX_FILES)
                            .sorted(Comparator.comparing(KbBuilder::name)).forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
                }
            } else {
                out.add(root);
            }
        }
        return out;
    }

    private static String name(Path p) {
        return String.valueOf(p.getFileName());
    }
}
