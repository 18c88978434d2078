package dev.blindspot.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InventoryCsvTest {

    @Test
    void cellsAreQuotedAndFormulaInjectionIsDefused() {
        assertThat(InventoryCsv.cell("Hikvision")).isEqualTo("Hikvision");
        assertThat(InventoryCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(InventoryCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(InventoryCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(InventoryCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(InventoryCsv.cell("-cmd")).isEqualTo("\"'-cmd\"");
        assertThat(InventoryCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(InventoryCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(InventoryCsv.cell("")).isEmpty();
    }
}
