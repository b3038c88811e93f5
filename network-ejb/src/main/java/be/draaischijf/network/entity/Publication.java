package be.draaischijf.network.entity;

import be.draaischijf.network.api.PublicationAudience;
import be.draaischijf.network.api.PublicationDraft;
import be.draaischijf.network.api.PublicationView;
import be.draaischijf.platform.PdfFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document the network publishes: what is said about it and its file's name and size. The file's bytes are a
 * {@link PublicationFile} of their own, read only when someone downloads it, so that no list loads them.
 */
@Entity
@Table(name = "publication")
public class Publication {

    @Id
    private UUID id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(length = 4000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationAudience audience;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "file_uploaded_at")
    private Instant fileUploadedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Version
    private int version;

    protected Publication() {
    }

    public Publication(PublicationDraft draft, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(draft);
    }

    public void apply(PublicationDraft draft) {
        title = draft.title();
        publishedOn = draft.publishedOn();
        summary = draft.summary();
        audience = draft.audience();
    }

    /** Notes the newly uploaded file's name and size (its bytes are the {@link PublicationFile}). */
    public void fileUploaded(PdfFile file, Instant now) {
        fileName = file.fileName();
        fileSize = (long) file.size();
        // a change of the publication like any other: its version goes up, so whoever read it before gets "changed meanwhile"
        fileUploadedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public PublicationAudience getAudience() {
        return audience;
    }

    public String getFileName() {
        return fileName;
    }

    public int getVersion() {
        return version;
    }

    public PublicationDraft toDraft() {
        return new PublicationDraft(title, publishedOn, summary, audience, version);
    }

    public PublicationView toView() {
        return new PublicationView(id, title, publishedOn, summary, audience, fileName, fileSize == null ? 0 : fileSize, version);
    }
}
