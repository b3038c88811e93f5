package be.draaischijf.platform;

import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A PDF document as a module keeps it (a publication of the network, a signed cooperation agreement): a file name and
 * the bytes. A file counts as a PDF by its content, never by its name or the type a browser declared: it must start
 * with the PDF signature {@code %PDF-}, and it is at most {@link #MAX_MEGABYTES} MB (ADR 0047). The name is cleaned
 * when the record is made (no folders, no quotes or control characters, ending in {@code .pdf}, at most 200
 * characters), so it can be shown and sent back in a download header. The bytes are not copied: a file may be 20 MB.
 */
public record PdfFile(String fileName, byte[] content) implements Serializable {

    /** The largest file accepted, in MB (a publication, a signed agreement). */
    public static final int MAX_MEGABYTES = 20;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    /** How every PDF file starts (ISO 32000: the header {@code %PDF-1.7}, {@code %PDF-2.0} …). */
    private static final byte[] SIGNATURE = {'%', 'P', 'D', 'F', '-'};
    private static final int LONGEST_NAME = 200;
    private static final String SUFFIX = ".pdf";

    public PdfFile {
        content = content == null ? new byte[0] : content;
        fileName = cleanName(fileName);
    }

    /** The size in bytes. */
    public int size() {
        return content.length;
    }

    /** Whether the content starts with the PDF signature. */
    public boolean isPdf() {
        return content.length >= SIGNATURE.length && Arrays.equals(content, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    /** What is wrong with the file, as errors of this field: nothing sent, too large, or no PDF; empty when it is fine. */
    public List<FieldError> problems(String field) {
        if (content.length == 0) {
            return List.of(FieldError.of(field, "draaischijf.file.required"));
        }
        if (content.length > MAX_BYTES) {
            return List.of(FieldError.of(field, "draaischijf.file.too-large", "max", MAX_MEGABYTES));
        }
        if (!isPdf()) {
            return List.of(FieldError.of(field, "draaischijf.file.not-pdf"));
        }
        return List.of();
    }

    /**
     * This file when it is a PDF of at most 20 MB.
     *
     * @throws Invalid naming {@code field} otherwise
     */
    public PdfFile checked(String field) {
        List<FieldError> problems = problems(field);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return this;
    }

    /** "C:\\stukken\\Jaarverslag 2025" → "Jaarverslag 2025.pdf"; nothing → "document.pdf". */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?;]", "").strip();
        if (base.isEmpty() || base.equalsIgnoreCase(SUFFIX)) {
            base = "document" + SUFFIX;
        }
        if (!base.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
            base = base + SUFFIX;
        }
        if (base.length() > LONGEST_NAME) {
            base = base.substring(0, LONGEST_NAME - SUFFIX.length()).strip() + SUFFIX;
        }
        return base;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PdfFile file && fileName.equals(file.fileName) && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "PdfFile[" + fileName + ", " + content.length + " bytes]";
    }
}
