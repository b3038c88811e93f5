package be.draaischijf.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The bytes of a publication's PDF, in a table of their own (bytea on PostgreSQL, binary varying on H2): read by
 * its id, only when the file is downloaded, never by a list (ADR 0047).
 */
@Entity
@Table(name = "publication_file")
public class PublicationFile {

    @Id
    @Column(name = "publication_id")
    private UUID publicationId;

    // bytea on PostgreSQL, binary varying on H2 (a length this large would make Hibernate expect a blob)
    @Column(nullable = false, length = be.draaischijf.platform.PdfFile.MAX_BYTES)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARBINARY)
    private byte[] content;

    protected PublicationFile() {
    }

    public PublicationFile(UUID publicationId, byte[] content) {
        this.publicationId = publicationId;
        this.content = content;
    }

    public void replace(byte[] newContent) {
        this.content = newContent;
    }

    public byte[] getContent() {
        return content;
    }
}
