package be.draaischijf.partner.boundary;

import be.draaischijf.partner.api.ImportFormat;
import be.draaischijf.partner.api.ImportJobState;
import be.draaischijf.partner.api.ImportPreview;
import be.draaischijf.partner.control.CheckedRows;
import be.draaischijf.partner.entity.ImportJobEntry;
import be.draaischijf.partner.entity.ImportJobFile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;

/**
 * What a running import job writes about itself (ADR 0051), each call in a transaction of its own, apart from the
 * import's: committed at once, so that a page on any server sees how far the job is. Each call first waits for the
 * job's row (the start holds it until it committed). Called by {@link ImportJobRunner} only.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobProgress {

    /** What a started job imports. */
    public record Work(ImportFormat format, String content) {
    }

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The format and text of a running job; null when it does not run (any more) or its file is gone. */
    public Work work(UUID id) {
        ImportJobEntry job = em.find(ImportJobEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.getState() != ImportJobState.RUNNING) {
            return null;
        }
        ImportJobFile file = em.find(ImportJobFile.class, id);
        String content = file == null ? null : file.content();
        return content == null ? null : new Work(job.getFormat(), content);
    }

    /** So many of so many rows are saved (in the import's transaction, not yet committed). */
    public void rowsDone(UUID id, int done, int total) {
        ImportJobEntry job = em.find(ImportJobEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job != null) {
            job.progress(done, total, clock.instant());
        }
    }

    /**
     * The import ended: {@code DONE}, {@code REJECTED} or {@code FAILED}. The file goes; the rows as the import saw them
     * replace the checked ones ({@code rows} null: the checked ones stay).
     */
    public void ended(UUID id, ImportJobState outcome, ImportPreview rows) {
        ImportJobEntry job = em.find(ImportJobEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            return;
        }
        job.end(outcome, clock.instant());
        ImportJobFile file = em.find(ImportJobFile.class, id);
        if (file != null) {
            file.imported(rows == null ? null : CheckedRows.json(rows));
        }
    }
}
