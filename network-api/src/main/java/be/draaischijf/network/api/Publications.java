package be.draaischijf.network.api;

import be.draaischijf.platform.PdfFile;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents the network publishes (the pilot's final report, annual reports, policy notes), each a PDF of at most
 * 20 MB kept in the database (ADR 0047). Everyone reads the public ones; anyone logged in also those for professionals;
 * coordinators and administrators publish, change and withdraw them. What a caller may not read does not exist for
 * them (not found). Lists never carry a file's bytes: {@link #file} reads them for one publication.
 */
@Local
public interface Publications {

    /**
     * What the caller may read, newest first (by date, then title), one page at a time. Editors also see the publications
     * whose file is not uploaded yet.
     */
    List<PublicationView> list(@Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                               @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    /** How many {@link #list} has in all for this caller. */
    long count();

    /** The newest public publications with a file (the home page shows three), whoever asks. */
    List<PublicationView> latestPublic(@Min(value = 1, message = "{draaischijf.min}") @Max(value = 20, message = "{draaischijf.max}") int count);

    /** One publication, if the caller may read it. */
    Optional<PublicationView> find(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * The file of a publication the caller may read.
     *
     * @throws be.draaischijf.platform.refusal.NotFound when there is no such publication, the caller may not read it, or
     *                                                  it has no file yet
     */
    PdfFile file(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * Publishes (coordinators and administrators). {@code file} may be left out (null) and uploaded afterwards with
     * {@link #replaceFile}; until then only editors see the publication.
     *
     * @throws be.draaischijf.platform.refusal.Invalid      naming {@code file} when it is no PDF or larger than 20 MB
     * @throws be.draaischijf.platform.refusal.NotPermitted when the caller is no coordinator or administrator
     */
    PublicationView create(@NotNull(message = "{draaischijf.required}") @Valid PublicationDraft draft, PdfFile file);

    /**
     * Changes what is said about a publication, and its file when {@code file} is given (null keeps it).
     *
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when it changed since {@code draft.version()}
     * @throws be.draaischijf.platform.refusal.NotFound         when there is no such publication
     */
    PublicationView update(@NotNull(message = "{draaischijf.required}") UUID id,
                           @NotNull(message = "{draaischijf.required}") @Valid PublicationDraft draft, PdfFile file);

    /** Uploads (or replaces) the file of a publication; refused like {@link #create} and {@link #update}. */
    PublicationView replaceFile(@NotNull(message = "{draaischijf.required}") UUID id,
                                @NotNull(message = "{draaischijf.file.required}") PdfFile file);

    /**
     * Withdraws a publication: it and its file are gone from the site and the API.
     *
     * @throws be.draaischijf.platform.refusal.NotFound when there is no such publication
     */
    void withdraw(@NotNull(message = "{draaischijf.required}") UUID id);
}
