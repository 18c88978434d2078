package dev.blindspot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code blindspot scan|inventory|demo|lab|bench|checks}. */
@Command(name = "blindspot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Security assessment for self-hosted video surveillance: cameras, NVRs, VMS.",
        subcommands = {ScanCommand.class, InventoryCommand.class, DemoCommand.class, LabCommand.class, BenchCommand.class, ChecksCommand.class, ReportCommand.class, DiffCommand.class, DbCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (!Interrupts.shuttingDown()) {
            System.exit(code);
        }
    }

    /** The configured command line (tests call {@code execute} on it). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // picocli answers invalid input with exit code 2 (ExitCodes.USAGE) by default
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("blindspot: " + ex.getMessage());
            return ExitCodes.SCAN_FAILED;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
