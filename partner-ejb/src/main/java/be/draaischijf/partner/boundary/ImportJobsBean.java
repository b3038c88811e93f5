package be.draaischijf.partner.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.api.DirectoryImport;
import be.draaischijf.partner.api.ImportFormat;
import be.draaischijf.partner.api.ImportJob;
import be.draaischijf.partner.api.ImportJobState;
import be.draaischijf.partner.api.ImportJobs;
import be.draaischijf.partner.api.ImportPreview;
import be.draaischijf.partner.control.CheckedRows;
import be.draaischijf.partner.entity.ImportJobEntry;
import be.draaischijf.partner.entity.ImportJobFile;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Import jobs (ADR 0051): the checked file and its rows are kept in {@code import_job} and {@code import_job_file}, so
 * that the page's session holds the job's id only and any server can start the job, run it and show how far it is. The
 * import itself is the directory's ({@link DirectoryImport#apply}), run by {@link ImportJobRunner} in the background.
 */
@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class ImportJobsBean implements ImportJobs {

    /** A job, with its file, is removed this long after it was made. */
    static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    Caller caller;

    @EJB
    DirectoryImport directoryImport;

    @EJB
    ImportJobRunner runner;

    Clock clock = Clock.systemUTC();

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ImportJob check(ImportFormat format, String fileName, String content) {
        Instant now = clock.instant();
        em.createQuery("delete from ImportJobEntry j where j.createdAt < :before")
                .setParameter("before", now.minus(KEPT)).executeUpdate();
        ImportPreview preview = directoryImport.preview(format, content);
        UUID id = UUID.randomUUID();
        ImportJobEntry job = new ImportJobEntry(id, caller.requireName(), fileName, format, preview.valid(),
                preview.rows().size(), now);
        em.persist(job);
        em.flush();
        em.persist(new ImportJobFile(id, preview.valid() ? content : null, CheckedRows.json(preview)));
        return job.view(now);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ImportJob find(UUID id) {
        return mine(id, LockModeType.NONE).view(clock.instant());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ImportPreview rows(UUID id) {
        mine(id, LockModeType.NONE);
        ImportJobFile file = em.find(ImportJobFile.class, id);
        if (file == null) {
            throw new NotFound("partner.import.job.unknown");
        }
        return CheckedRows.read(file.checked());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ImportJob start(UUID id) {
        ImportJobEntry job = mine(id, LockModeType.PESSIMISTIC_WRITE);
        if (job.getState() == ImportJobState.INVALID) {
            throw new NotAllowedNow("partner.import.job.invalid");
        }
        Instant now = clock.instant();
        if (job.start(now)) {
            em.flush();
            // in the background, as this caller: it reads the job once this transaction let go of it
            runner.run(id);
        }
        return job.view(now);
    }

    /** The caller's job; another's, or one that is gone, is not found. */
    private ImportJobEntry mine(UUID id, LockModeType lock) {
        ImportJobEntry job = em.find(ImportJobEntry.class, id, lock);
        if (job == null || !job.belongsTo(caller.requireName())) {
            throw new NotFound("partner.import.job.unknown");
        }
        return job;
    }
}
