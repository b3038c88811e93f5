package be.draaischijf.partner.api;

import jakarta.ejb.ApplicationException;

/** An import with at least one bad row: nothing of it was saved; the preview says what is wrong where. */
@ApplicationException(rollback = true)
public class ImportRejected extends RuntimeException {

    private final ImportPreview preview;

    public ImportRejected(ImportPreview preview) {
        super(preview.invalidRows() + " invalid rows, " + preview.fileErrors().size() + " file errors");
        this.preview = preview;
    }

    public ImportPreview getPreview() {
        return preview;
    }
}
