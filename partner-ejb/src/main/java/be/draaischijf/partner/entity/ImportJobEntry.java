package be.draaischijf.partner.entity;

import be.draaischijf.partner.api.ImportFormat;
import be.draaischijf.partner.api.ImportJob;
import be.draaischijf.partner.api.ImportJobState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An import of the directory that any server can run and show (ADR 0051): whose it is, the file's name and format,
 * where it is and how far. The file and the checked rows are an {@link ImportJobFile} of their own.
 */
@Entity
@Table(name = "import_job")
public class ImportJobEntry {

    /**
     * A running job whose progress has not moved for this long belonged to a server that stopped: it is shown as failed
     * (its import ran in one transaction, which the database rolled back).
     */
    public static final Duration STALLED = Duration.ofMinutes(10);

    @Id
    private UUID id;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportJobState state;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    protected ImportJobEntry() {
    }

    /** A job just checked: {@code CHECKED} when every row is in order, else {@code INVALID}. */
    public ImportJobEntry(UUID id, String createdBy, String fileName, ImportFormat format, boolean valid, int rowsTotal,
                          Instant now) {
        this.id = id;
        this.createdBy = createdBy;
        this.fileName = fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        this.format = format;
        this.state = valid ? ImportJobState.CHECKED : ImportJobState.INVALID;
        this.rowsTotal = rowsTotal;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public ImportJobState getState() {
        return state;
    }

    /** Whether the job belongs to this user (another's job is not found). */
    public boolean belongsTo(String username) {
        return createdBy.equals(username);
    }

    /** Starts a checked job; false (and nothing changes) when it is not {@code CHECKED}: nothing starts twice. */
    public boolean start(Instant now) {
        if (state != ImportJobState.CHECKED) {
            return false;
        }
        state = ImportJobState.RUNNING;
        rowsDone = 0;
        updatedAt = now;
        return true;
    }

    /** How far a running job is. */
    public void progress(int done, int total, Instant now) {
        if (state == ImportJobState.RUNNING) {
            rowsTotal = total;
            rowsDone = Math.min(done, total);
            updatedAt = now;
        }
    }

    /** The import ended: {@code DONE}, {@code REJECTED} or {@code FAILED}. */
    public void end(ImportJobState outcome, Instant now) {
        if (!outcome.finished() || outcome == ImportJobState.INVALID) {
            throw new IllegalArgumentException(outcome + " does not end an import");
        }
        state = outcome;
        if (outcome == ImportJobState.DONE) {
            rowsDone = rowsTotal;
        }
        updatedAt = now;
    }

    /** The job as a page shows it now: a running job that stalled is failed. */
    public ImportJob view(Instant now) {
        ImportJobState shown = state == ImportJobState.RUNNING && updatedAt.plus(STALLED).isBefore(now)
                ? ImportJobState.FAILED : state;
        return new ImportJob(id, fileName, format, shown, rowsTotal, rowsDone, createdAt);
    }
}
