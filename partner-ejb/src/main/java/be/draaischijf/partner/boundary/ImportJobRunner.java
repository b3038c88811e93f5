package be.draaischijf.partner.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.api.DirectoryImport;
import be.draaischijf.partner.api.ImportJobState;
import be.draaischijf.partner.api.ImportPreview;
import be.draaischijf.partner.api.ImportRejected;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a started import job in the background on the server that started it (ADR 0051), as the caller who started it:
 * the directory's import in one transaction of its own (all rows or none), while {@link ImportJobProgress} writes how
 * far it is, each percent in a short transaction of its own, where every server reads it.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ImportJobRunner {

    private static final Logger LOG = Logger.getLogger(ImportJobRunner.class.getName());

    @EJB
    DirectoryImport directoryImport;

    @EJB
    ImportJobProgress progress;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(UUID id) {
        int[] percentShown = {-1};
        ImportPreview imported;
        try {
            ImportJobProgress.Work work = progress.work(id);
            if (work == null) {
                return;
            }
            imported = directoryImport.apply(work.format(), work.content(), (done, total) -> {
                int percent = total <= 0 ? 100 : done * 100 / total;
                if (percent != percentShown[0]) {
                    percentShown[0] = percent;
                    progress.rowsDone(id, done, total);
                }
            });
        } catch (ImportRejected rejected) {
            progress.ended(id, ImportJobState.REJECTED, rejected.getPreview());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import job " + id + " failed; nothing of it was saved", e);
            try {
                progress.ended(id, ImportJobState.FAILED, null);
            } catch (RuntimeException notRecorded) {
                LOG.log(Level.WARNING, "Import job " + id + " could not be marked as failed; its page says so after"
                        + " ten minutes without progress", notRecorded);
            }
            return;
        }
        progress.ended(id, ImportJobState.DONE, imported);
    }
}
