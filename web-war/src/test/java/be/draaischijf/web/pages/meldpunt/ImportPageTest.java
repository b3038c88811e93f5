package be.draaischijf.web.pages.meldpunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A CSV saved by Excel on a Belgian Windows machine (Windows-1252) reads as well as a UTF-8 one. */
class ImportPageTest {

    @Test
    void readsUtf8AndFallsBackToWindows1252() {
        String text = "organisatie;sector\nEmmaüs Jeugdzorg;welzijn\nCoördinatie – één;jeugd\n";

        assertThat(ImportPage.decoded(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(ImportPage.decoded(text.getBytes(Charset.forName("windows-1252")))).isEqualTo(text);
    }
}
