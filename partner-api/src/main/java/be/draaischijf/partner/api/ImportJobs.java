package be.draaischijf.partner.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The import of the directory as a page does it (ADR 0051): the file is checked and kept in the database as a job of
 * the caller's, which any server can start, run and report on; the page holds the job's id only. Coordinators and
 * administrators, each their own jobs (another's job is "not found"); a job is removed a day after it was made. The REST
 * API imports in one request instead ({@link DirectoryImport}).
 */
@Local
public interface ImportJobs {

    /**
     * Checks every row of the file (saving nothing in the directory) and keeps it as a new job: {@code CHECKED} when
     * every row is in order, else {@code INVALID} (then the file itself is not kept).
     *
     * @param fileName the name the file had on the caller's computer, shown with the result; may be null
     */
    ImportJob check(@NotNull(message = "{partner.import.format.required}") ImportFormat format, String fileName,
                    @NotNull(message = "{partner.import.file.required}") @Size(max = DirectoryImport.MAX_CHARACTERS, message = "{partner.import.file.too-large}") String content);

    /** The caller's job as it is now (cheap: a page asks every second while it runs). */
    ImportJob find(@NotNull(message = "{draaischijf.required}") UUID id);

    /** Every row of the caller's job as checked, or as imported once it is done. */
    ImportPreview rows(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * Starts importing a {@code CHECKED} job in the background, all rows or none, and returns at once: the job is
     * {@code RUNNING}. A job that already runs or ran is returned as it is (a second click starts nothing);
     * an {@code INVALID} one is refused ({@code NotAllowedNow}).
     */
    ImportJob start(@NotNull(message = "{draaischijf.required}") UUID id);
}
