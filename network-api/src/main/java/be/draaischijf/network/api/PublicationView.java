package be.draaischijf.network.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A publication as a list or page shows it, without its file's bytes: the file's name and size ({@code fileName} null
 * while no file was uploaded; such a publication is shown to its editors only).
 */
public record PublicationView(
        UUID id,
        String title,
        LocalDate publishedOn,
        String summary,
        PublicationAudience audience,
        String fileName,
        long fileSize,
        int version) implements Serializable {

    /** Whether its file was uploaded (only then do readers see it). */
    public boolean hasFile() {
        return fileName != null;
    }
}
