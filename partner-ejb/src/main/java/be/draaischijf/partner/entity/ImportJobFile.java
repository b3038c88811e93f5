package be.draaischijf.partner.entity;

import be.draaischijf.partner.api.DirectoryImport;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An import job's file (its text, until it is imported) and its rows as checked (JSON), in a table of their own: read
 * when the job starts and when a page shows the rows, never while a page follows the job's progress (ADR 0051).
 */
@Entity
@Table(name = "import_job_file")
public class ImportJobFile {

    /** The most bytes a file's text can take: every character in four bytes of UTF-8. */
    static final int MAX_BYTES = DirectoryImport.MAX_CHARACTERS * 4;

    @Id
    @Column(name = "job_id")
    private UUID jobId;

    // bytea on PostgreSQL, binary varying on H2 (a length this large would make Hibernate expect a blob)
    @Column(length = MAX_BYTES)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARBINARY)
    private byte[] content;

    @Column(nullable = false, length = MAX_BYTES)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARBINARY)
    private byte[] checked;

    protected ImportJobFile() {
    }

    /** The file of a new job: its text when it is to be imported (null when not), and its rows as checked. */
    public ImportJobFile(UUID jobId, String content, byte[] checked) {
        this.jobId = jobId;
        this.content = content == null ? null : content.getBytes(StandardCharsets.UTF_8);
        this.checked = checked;
    }

    /** The file's text; null once it was imported (or when it was never to be). */
    public String content() {
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }

    public byte[] checked() {
        return checked;
    }

    /** The import ended: the file goes, the rows as the import saw them stay (null: as they were checked). */
    public void imported(byte[] rows) {
        this.content = null;
        if (rows != null) {
            this.checked = rows;
        }
    }
}
