package dev.blindspot.check;

import java.util.List;

/** The results one check produced on one inventory, with the check's metadata. */
public record CheckOutput(CheckMetadata metadata, List<CheckResult> results) {

    public CheckOutput {
        results = List.copyOf(results);
    }
}
