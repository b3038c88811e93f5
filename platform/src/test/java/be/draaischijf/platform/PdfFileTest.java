package be.draaischijf.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A PDF is known by how it starts, never by its name; at most 20 MB; its name is safe to show and to send back. */
class PdfFileTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void aFileIsAPdfByItsContentNotByItsName() {
        assertThat(new PdfFile("rapport.pdf", PDF).problems("file")).isEmpty();
        assertThat(new PdfFile("rapport.pdf", "<html>rapport</html>".getBytes(StandardCharsets.UTF_8)).problems("file"))
                .containsExactly(FieldError.of("file", "draaischijf.file.not-pdf"));
        assertThat(new PdfFile("rapport.pdf", "%PDF".getBytes(StandardCharsets.ISO_8859_1)).problems("file"))
                .as("the signature is five bytes, the dash included").containsExactly(FieldError.of("file", "draaischijf.file.not-pdf"));
        assertThat(new PdfFile("leeg.pdf", null).problems("document"))
                .containsExactly(FieldError.of("document", "draaischijf.file.required"));
    }

    @Test
    void aFileOfMoreThanTwentyMegabytesIsRefused() {
        byte[] twenty = new byte[PdfFile.MAX_BYTES];
        System.arraycopy(PDF, 0, twenty, 0, PDF.length);
        assertThat(new PdfFile("groot.pdf", twenty).checked("file").size()).isEqualTo(20 * 1024 * 1024);
        byte[] more = new byte[PdfFile.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, more, 0, PDF.length);
        assertThatThrownBy(() -> new PdfFile("groot.pdf", more).checked("file"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("file", "draaischijf.file.too-large", "max", 20)));
    }

    @Test
    void theNameLosesItsFoldersAndWhatADownloadHeaderCannotCarryAndEndsInPdf() {
        assertThat(new PdfFile("C:\\Users\\an\\Jaarverslag 2025.PDF", PDF).fileName()).isEqualTo("Jaarverslag 2025.PDF");
        assertThat(new PdfFile("../../etc/passwd", PDF).fileName()).isEqualTo("passwd.pdf");
        assertThat(new PdfFile("nota \"definitief\";\r\n.pdf", PDF).fileName()).isEqualTo("nota definitief.pdf");
        assertThat(new PdfFile("  ", PDF).fileName()).isEqualTo("document.pdf");
        assertThat(new PdfFile(null, PDF).fileName()).isEqualTo("document.pdf");
        assertThat(new PdfFile("x".repeat(300), PDF).fileName()).hasSize(200).endsWith(".pdf");
    }
}
