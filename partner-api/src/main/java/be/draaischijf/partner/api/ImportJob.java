package be.draaischijf.partner.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * An import of the directory as the database keeps it, so that any server can show it (ADR 0051): the file's name and
 * format, where it is, how many rows it has and how many are saved so far. Its checked rows come apart
 * ({@link ImportJobs#rows}): the page asks for those once, and for this every second while it runs.
 */
public record ImportJob(UUID id, String fileName, ImportFormat format, ImportJobState state, int rowsTotal, int rowsDone,
                        Instant createdAt) implements Serializable {

    /** How far the import is, 0 to 100. */
    public int percent() {
        if (state == ImportJobState.DONE) {
            return 100;
        }
        return rowsTotal <= 0 ? 0 : Math.min(100, rowsDone * 100 / rowsTotal);
    }

    public boolean running() {
        return state == ImportJobState.RUNNING;
    }
}
