package dev.blindspot.cli;

import picocli.CommandLine;

/** The version from the jar manifest ({@code dev} when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"blindspot " + version()};
    }
}
