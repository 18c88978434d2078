package dev.blindspot.lab.device;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code param.cgi?action=list[&group=a,b]}: the whole parameter tree or the lines under the named groups
 * ({@code Properties} and {@code root.Properties} mean the same). A group that matches nothing answers an error
 * line (modelled: the exact wording of the firmware was not captured).
 */
final class AxisParams {

    private static final int MAX_GROUPS = 16;

    private AxisParams() {}

    static String list(String all, String query) {
        List<String> groups = new ArrayList<>();
        for (String pair : query.split("&", MAX_GROUPS)) {
            if (pair.startsWith("group=")) {
                for (String g : pair.substring("group=".length()).split(",", MAX_GROUPS)) {
                    if (!g.isBlank()) {
                        groups.add(g.startsWith("root.") ? g : "root." + g);
                    }
                }
            }
        }
        if (groups.isEmpty()) {
            return all;
        }
        StringBuilder out = new StringBuilder();
        for (String group : groups) {
            int before = out.length();
            for (String line : all.split("\n")) {
                if (line.startsWith(group + ".") || line.startsWith(group + "=")) {
                    out.append(line).append('\n');
                }
            }
            if (out.length() == before) {
                out.append("# Error: Error -1 getting param in group '")
                        .append(Html.escape(group.substring("root.".length()))).append("'\n");
            }
        }
        return out.toString();
    }
}
