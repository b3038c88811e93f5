package be.draaischijf.web.api;

import be.draaischijf.network.api.PublicationAudience;
import be.draaischijf.network.api.PublicationView;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A publication over the API: what is said about it, its file's name and size, and where to download it
 * ({@code fileUrl}; all three null while no file was uploaded).
 */
public record PublicationEntry(
        UUID id,
        String title,
        LocalDate publishedOn,
        String summary,
        PublicationAudience audience,
        String fileName,
        Long fileSize,
        String fileUrl,
        int version) {

    static PublicationEntry of(PublicationView view, UriInfo uri) {
        boolean file = view.hasFile();
        return new PublicationEntry(view.id(), view.title(), view.publishedOn(), view.summary(), view.audience(),
                file ? view.fileName() : null, file ? view.fileSize() : null,
                file ? uri.getBaseUriBuilder().path("publications").path(view.id().toString()).path("file").build().toString() : null,
                view.version());
    }
}
