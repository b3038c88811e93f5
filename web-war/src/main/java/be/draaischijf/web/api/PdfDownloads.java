package be.draaischijf.web.api;

import be.draaischijf.platform.PdfFile;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * PDF files over the API (a publication, a signed agreement, ADR 0047): sent as a download under their own name
 * ({@code Content-Disposition: attachment}, the name in ASCII and, for other characters, in UTF-8 as RFC 6266 says),
 * never cached; the security headers filter adds {@code X-Content-Type-Options: nosniff} to every answer. Received as
 * the request's body, at most one byte more than 20 MB read, so a larger one is refused by the module, not kept.
 */
final class PdfDownloads {

    static final String PDF = "application/pdf";

    private PdfDownloads() {
    }

    static Response of(PdfFile file) {
        return Response.ok(file.content(), PDF)
                .header("Content-Disposition", disposition(file.fileName()))
                .header("Content-Length", file.size())
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The body of an upload as a {@link PdfFile} with this name (the module checks it); never more than 20 MB + 1. */
    static PdfFile upload(InputStream body, String fileName) {
        if (body == null) {
            return new PdfFile(fileName, new byte[0]);
        }
        try (InputStream in = body) {
            return new PdfFile(fileName, in.readNBytes(PdfFile.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code attachment; filename="Jaarverslag 2025.pdf"; filename*=UTF-8''Jaarverslag%202025.pdf}. */
    static String disposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
