package be.draaischijf.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exported cells never start like a formula, whatever a partner typed as a name. */
class FormatsTest {

    @Test
    void textThatLooksLikeAFormulaIsExportedAsText() {
        Formats formats = new Formats();
        assertThat(formats.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(formats.cell("+32 3 123")).isEqualTo("'+32 3 123");
        assertThat(formats.cell("-5")).isEqualTo("'-5");
        assertThat(formats.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(formats.cell("Time-out traject")).isEqualTo("Time-out traject");
        assertThat(formats.cell(null)).isEmpty();
    }
}
