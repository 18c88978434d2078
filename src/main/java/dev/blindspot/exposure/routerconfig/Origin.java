package dev.blindspot.exposure.routerconfig;

/**
 * Where a rule was read: the configuration file as the operator named it and the 1-based line the rule starts on.
 */
public record Origin(String file, int line) {

    @Override
    public String toString() {
        return file + " line " + line;
    }
}
