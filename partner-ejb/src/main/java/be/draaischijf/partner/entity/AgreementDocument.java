package be.draaischijf.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The bytes of an agreement's signed document (a PDF), in a table of its own: read by its id, only for a download,
 * never by a list (ADR 0047).
 */
@Entity
@Table(name = "cooperation_agreement_document")
public class AgreementDocument {

    @Id
    @Column(name = "agreement_id")
    private UUID agreementId;

    // bytea on PostgreSQL, binary varying on H2 (a length this large would make Hibernate expect a blob)
    @Column(nullable = false, length = be.draaischijf.platform.PdfFile.MAX_BYTES)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARBINARY)
    private byte[] content;

    protected AgreementDocument() {
    }

    public AgreementDocument(UUID agreementId, byte[] content) {
        this.agreementId = agreementId;
        this.content = content;
    }

    public void replace(byte[] newContent) {
        this.content = newContent;
    }

    public byte[] getContent() {
        return content;
    }
}
