package be.draaischijf.partner.entity;

import be.draaischijf.partner.api.AgreementDraft;
import be.draaischijf.partner.api.AgreementStatus;
import be.draaischijf.platform.PdfFile;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A cooperation agreement (samenwerkingsverband) between the network and partner organisations, or between partners:
 * its parties with their contact persons, purpose, period and status, and the signed document's name and size (the
 * bytes are an {@link AgreementDocument} of their own, read only for a download). Parties refer to organisations by id.
 */
@Entity
@Table(name = "cooperation_agreement")
public class CooperationAgreement {

    @Id
    private UUID id;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "cooperation_agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<AgreementPartyEntry> parties = new ArrayList<>();

    @Column(nullable = false, length = 2000)
    private String purpose;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    /** The day the reminder before the end went out; null: not yet (for this end date). */
    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "document_name", length = 200)
    private String documentName;

    @Column(name = "document_size")
    private Long documentSize;

    @Column(name = "document_uploaded_at")
    private Instant documentUploadedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Version
    private int version;

    protected CooperationAgreement() {
    }

    public CooperationAgreement(AgreementDraft draft, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(draft);
    }

    /** Applies an edit; a new end date gets a reminder of its own. */
    public void apply(AgreementDraft draft) {
        if (endsOn != null && !endsOn.equals(draft.endsOn())) {
            remindedOn = null;
        }
        parties.clear();
        draft.parties().forEach(party -> parties.add(new AgreementPartyEntry(party)));
        purpose = draft.purpose();
        startsOn = draft.startsOn();
        endsOn = draft.endsOn();
        status = draft.status();
    }

    /** Notes the newly uploaded signed document's name and size (its bytes are the {@link AgreementDocument}). */
    public void documentUploaded(PdfFile document, Instant now) {
        documentName = document.fileName();
        documentSize = (long) document.size();
        documentUploadedAt = now;
    }

    /** The status as it stands on {@code today}: an active agreement past its end date is over. */
    public AgreementStatus statusOn(LocalDate today) {
        return status == AgreementStatus.ACTIVE && endsOn.isBefore(today) ? AgreementStatus.ENDED : status;
    }

    /** Active on {@code today} and ending on or before {@code horizon}. */
    public boolean endsBy(LocalDate today, LocalDate horizon) {
        return statusOn(today) == AgreementStatus.ACTIVE && !endsOn.isAfter(horizon);
    }

    public UUID getId() {
        return id;
    }

    public List<AgreementPartyEntry> getParties() {
        return List.copyOf(parties);
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public String getDocumentName() {
        return documentName;
    }

    public long getDocumentSize() {
        return documentSize == null ? 0 : documentSize;
    }

    public int getVersion() {
        return version;
    }

    public AgreementDraft toDraft() {
        return new AgreementDraft(parties.stream().map(AgreementPartyEntry::toParty).toList(), purpose, startsOn, endsOn,
                status, version);
    }
}
