package be.draaischijf.network.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.network.api.PublicationAudience;
import be.draaischijf.network.api.PublicationDraft;
import be.draaischijf.network.api.PublicationView;
import be.draaischijf.network.api.Publications;
import be.draaischijf.network.entity.Publication;
import be.draaischijf.network.entity.PublicationFile;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.PdfFile;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The network's publications (ADR 0047). Who reads what: everyone the public ones with a file, anyone logged in also
 * those for professionals, editors (coordinators, administrators) every one, also without a file yet. A file is a
 * PDF by its content ({@code %PDF-}) of at most 20 MB, kept in {@code publication_file} and read only for a download.
 */
@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class PublicationsBean implements Publications {

    /** The newest first; the same date by title; the id keeps pages stable. */
    private static final String ORDER = " order by p.publishedOn desc, lower(p.title), p.id";

    @PersistenceContext(unitName = "network")
    EntityManager em;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    @Override
    public List<PublicationView> list(int offset, int size) {
        return visible("select p from Publication p", Publication.class)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(Publication::toView).toList();
    }

    @Override
    public long count() {
        return visible("select count(p) from Publication p", Long.class).getSingleResult();
    }

    @Override
    public List<PublicationView> latestPublic(int count) {
        return em.createQuery("select p from Publication p where p.audience = :public and p.fileName is not null" + ORDER,
                        Publication.class)
                .setParameter("public", PublicationAudience.PUBLIC)
                .setMaxResults(count)
                .getResultStream().map(Publication::toView).toList();
    }

    @Override
    public Optional<PublicationView> find(UUID id) {
        return Optional.ofNullable(em.find(Publication.class, id)).filter(this::readable).map(Publication::toView);
    }

    @Override
    public PdfFile file(UUID id) {
        Publication publication = Optional.ofNullable(em.find(Publication.class, id)).filter(this::readable)
                .filter(p -> p.getFileName() != null)
                .orElseThrow(() -> new NotFound("network.publication.unknown"));
        PublicationFile file = em.find(PublicationFile.class, id);
        if (file == null) {
            throw new NotFound("network.publication.unknown");
        }
        return new PdfFile(publication.getFileName(), file.getContent());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public PublicationView create(PublicationDraft draft, PdfFile file) {
        String editor = requireEditor();
        if (file != null) {
            file.checked("file");
        }
        Publication publication = new Publication(draft, editor, clock.instant());
        if (file != null) {
            publication.fileUploaded(file, clock.instant());
        }
        em.persist(publication);
        if (file != null) {
            // the publication's row first: its file refers to it (no association tells Hibernate so)
            em.flush();
            em.persist(new PublicationFile(publication.getId(), file.content()));
        }
        em.flush();
        return publication.toView();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public PublicationView update(UUID id, PublicationDraft draft, PdfFile file) {
        requireEditor();
        if (file != null) {
            file.checked("file");
        }
        Publication publication = existing(id);
        if (publication.getVersion() != draft.version()) {
            throw new ChangedMeanwhile("network.publication.changed-meanwhile");
        }
        publication.apply(draft);
        if (file != null) {
            store(publication, file);
        }
        return flushed(publication);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public PublicationView replaceFile(UUID id, PdfFile file) {
        requireEditor();
        file.checked("file");
        Publication publication = existing(id);
        store(publication, file);
        return flushed(publication);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void withdraw(UUID id) {
        requireEditor();
        Publication publication = existing(id);
        em.createQuery("delete from PublicationFile f where f.publicationId = :id").setParameter("id", id).executeUpdate();
        em.remove(publication);
        em.flush();
    }

    /** The new bytes in place of the old ones (or the first), and the publication noting name, size and when. */
    private void store(Publication publication, PdfFile file) {
        PublicationFile stored = em.find(PublicationFile.class, publication.getId());
        if (stored == null) {
            em.persist(new PublicationFile(publication.getId(), file.content()));
        } else {
            stored.replace(file.content());
        }
        publication.fileUploaded(file, clock.instant());
    }

    /** The query with what this caller may read added to it (and the list's order, for a list). */
    private <T> TypedQuery<T> visible(String select, Class<T> type) {
        String order = type == Long.class ? "" : ORDER;
        if (isEditor()) {
            return em.createQuery(select + order, type);
        }
        if (caller.name().isPresent()) {
            return em.createQuery(select + " where p.fileName is not null" + order, type);
        }
        return em.createQuery(select + " where p.fileName is not null and p.audience = :public" + order, type)
                .setParameter("public", PublicationAudience.PUBLIC);
    }

    private boolean readable(Publication publication) {
        if (isEditor()) {
            return true;
        }
        return publication.getFileName() != null
                && (publication.getAudience() == PublicationAudience.PUBLIC || caller.name().isPresent());
    }

    private boolean isEditor() {
        return caller.isInAnyRole(Roles.COORDINATOR, Roles.ADMIN);
    }

    /** The editor's name; refused for anyone else (the container refuses them first, module tests here). */
    private String requireEditor() {
        if (!isEditor()) {
            throw new NotPermitted("network.publication.editors-only");
        }
        return caller.requireName();
    }

    private Publication existing(UUID id) {
        Publication publication = em.find(Publication.class, id);
        if (publication == null) {
            throw new NotFound("network.publication.unknown");
        }
        return publication;
    }

    private PublicationView flushed(Publication publication) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhile("network.publication.changed-meanwhile");
        }
        return publication.toView();
    }
}
