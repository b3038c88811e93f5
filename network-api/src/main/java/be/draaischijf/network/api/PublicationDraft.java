package be.draaischijf.network.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What an editor (a coordinator or administrator) says about a publication: its title, the date it was published, a
 * summary, and who may read it; with the version they started from (optimistic locking; 0 for a new one). The file
 * travels apart ({@link be.draaischijf.platform.PdfFile}).
 */
public record PublicationDraft(
        @NotBlank(message = "{network.publication.title.required}") @Size(max = 300, message = "{draaischijf.size.max}") String title,
        @NotNull(message = "{network.publication.published-on.required}") LocalDate publishedOn,
        @Size(max = 4000, message = "{draaischijf.size.max}") String summary,
        @NotNull(message = "{network.publication.audience.required}") PublicationAudience audience,
        int version) {

    public PublicationDraft {
        title = title == null || title.isBlank() ? null : title.strip();
        summary = summary == null || summary.isBlank() ? null : summary.strip();
    }
}
