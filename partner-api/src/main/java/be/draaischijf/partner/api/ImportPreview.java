package be.draaischijf.partner.api;

import be.draaischijf.platform.refusal.FieldError;
import java.io.Serializable;
import java.util.List;

/**
 * Every row of an import file, checked; {@code fileErrors} are about the file as a whole (layout, columns), as message
 * keys with their values (their field is empty).
 */
public record ImportPreview(List<ImportRowResult> rows, List<FieldError> fileErrors) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    public boolean valid() {
        return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(ImportRowResult::valid);
    }

    public long invalidRows() {
        return rows.stream().filter(row -> !row.valid()).count();
    }
}
