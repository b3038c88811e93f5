package db.demo.network;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo data (demo mode only): the final report of the network's experimental phase (2013–2014, published in September
 * 2014, as the network's own page says) as a public publication, with a small PDF made here that says it stands in for
 * the real report. In Java because H2 and PostgreSQL write binary literals differently. Idempotent: a publication that
 * is there already is left alone; Flyway runs this again only when its checksum changes.
 */
public class R__demo_publications extends BaseJavaMigration {

    static final UUID FINAL_REPORT = UUID.fromString("5b1d2f4e-7a3c-4e8b-9f10-000000000001");

    @Override
    public Integer getChecksum() {
        return 1;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement exists = connection.prepareStatement("select count(*) from publication where id = ?")) {
            exists.setObject(1, FINAL_REPORT);
            try (ResultSet rows = exists.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return;
                }
            }
        }
        byte[] pdf = pdf(List.of("Eindrapport experimentele fase 2013-2014",
                "Ondersteuningsnetwerk Onderwijs - Jeugdzorg Antwerpen",
                "",
                "Demogegevens: dit bestand staat in voor het echte eindrapport.",
                "Demo data: this file stands in for the real final report."));
        try (PreparedStatement publication = connection.prepareStatement("insert into publication (id, title, published_on,"
                + " summary, audience, file_name, file_size, file_uploaded_at, created_at, created_by, version)"
                + " values (?, ?, ?, ?, 'PUBLIC', ?, ?, ?, ?, 'coordinator', 0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            publication.setObject(1, FINAL_REPORT);
            publication.setString(2, "Eindrapport van de experimentele fase (2013–2014)");
            publication.setObject(3, LocalDate.of(2014, 9, 1));
            publication.setString(4, "In 2013 en 2014 werkten onderwijs en welzijn samen rond een tiental jongeren. Het"
                    + " eindrapport beschrijft wat die experimentele fase opleverde en hoe het netwerk daaruit groeide."
                    + " (Demogegevens: het bestand is een voorbeeld.)");
            publication.setString(5, "eindrapport-experimentele-fase-2013-2014.pdf");
            publication.setLong(6, pdf.length);
            publication.setTimestamp(7, now);
            publication.setTimestamp(8, now);
            publication.executeUpdate();
        }
        try (PreparedStatement file = connection.prepareStatement(
                "insert into publication_file (publication_id, content) values (?, ?)")) {
            file.setObject(1, FINAL_REPORT);
            file.setBytes(2, pdf);
            file.executeUpdate();
        }
    }

    /**
     * A valid one-page PDF (A4, Helvetica) with these lines: a header, five objects, a cross-reference table with each
     * object's byte offset, and a trailer. Latin-1 text only (the font's WinAnsi encoding).
     */
    public static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 14 Tf 72 770 Td 20 TL\n");
        for (String line : lines) {
            text.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") Tj T*\n");
        }
        text.append("ET\n");
        byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        offsets.add(out.size());
        write(out, "5 0 obj\n<< /Length " + stream.length + " >>\nstream\n");
        out.writeBytes(stream);
        write(out, "endstream\nendobj\n");
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(out, table + "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
