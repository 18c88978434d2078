package dev.blindspot.vuln.match;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which devices of a vendor a rule is about. */
sealed interface ModelScope {

    /** Every model of the vendor (a vendor-wide range). */
    record AnyModel() implements ModelScope {}

    /** Models matching one of the patterns; {@code normalised}: patterns apply to {@link #normalise} of the model. */
    record Families(List<Pattern> patterns, boolean normalised, String label) implements ModelScope {
        public Families {
            patterns = List.copyOf(patterns);
        }

        boolean matches(Asset asset) {
            Optional<String> m = normalised ? asset.normalisedModel() : asset.model();
            if (m.isEmpty()) {
                return false;
            }
            for (Pattern p : patterns) {
                if (p.matcher(m.get()).matches()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A software product (NVD part {@code a}): the asset must be that product ({@code cpevendor:product}). */
    record Application(String key, String label) implements ModelScope {}

    /** The record names no usable model (e.g. "IPC", "Hikvision Cameras"): a vendor-level statement. */
    record VendorOnly(String label) implements ModelScope {}

    /** Lower case, letters and digits only, Dahua's {@code DH-} brand prefix dropped: {@code DH-IPC-HDW2431T} → {@code ipchdw2431t}. */
    static String normalise(String model) {
        String s = model.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return s.matches("dh(ipc|nvr|xvr|hcvr|sd|vto|dvr).*") ? s.substring(2) : s;
    }

    /**
     * A family pattern for an NVD/CVE 5 product name, matched against a normalised model as a prefix; runs of
     * {@code x} next to digits are wildcards ({@code hx5xxx}: one to four letters, then 5, then three digits).
     * Empty when the name has too little to identify a model (fewer than four letters/digits, or no digit).
     */
    static Optional<Pattern> familyPattern(String product) {
        String n = normalise(product.replace("_firmware", ""));
        if (n.length() < 4 || !n.matches(".*[0-9].*")) {
            return Optional.empty();
        }
        StringBuilder re = new StringBuilder();
        int literal = 0;
        for (int i = 0; i < n.length(); ) {
            char c = n.charAt(i);
            if (c == 'x') {
                int j = i;
                while (j < n.length() && n.charAt(j) == 'x') {
                    j++;
                }
                boolean nearDigit = i > 0 && Character.isDigit(n.charAt(i - 1)) || j < n.length() && Character.isDigit(n.charAt(j));
                if (nearDigit || j - i >= 2) {
                    re.append(j - i == 1 ? "[a-z]{1,4}" : "[0-9]{" + (j - i) + "}");
                    i = j;
                    continue;
                }
            }
            re.append(c);
            literal++;
            i++;
        }
        return literal < 3 ? Optional.empty() : Optional.of(Pattern.compile(re + ".*"));
    }
}
