package be.draaischijf.network.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded signal: what {@link SignalDraft} said (a forum code only for a forum, a case reference only for a case;
 * the themes sorted by code), and who recorded it when.
 */
public record SignalView(
        UUID id,
        LocalDate date,
        SignalSource source,
        String forumCode,
        String caseReference,
        String district,
        List<String> themes,
        String description,
        String broughtBy,
        String recordedBy,
        Instant recordedAt) implements Serializable {

    public SignalView {
        themes = List.copyOf(themes);
    }
}
