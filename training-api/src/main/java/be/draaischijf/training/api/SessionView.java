package be.draaischijf.training.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A whole session: what the public session page and the coordinator's edit form show.
 * {@code startsAt}/{@code endsAt} are the first start and the last end; {@code dates} are in Brussels time.
 * {@code freePlaces} = capacity − confirmed; {@code registrationOpen} = a registration would be taken now
 * (published and inside the window; when full it goes to the waiting list). {@code version} goes back in
 * the next {@link SessionDraft} or status change.
 */
public record SessionView(
        UUID id,
        SessionKind kind,
        String title,
        String description,
        Set<String> themes,
        Set<String> audience,
        UUID organiserId,
        String trainers,
        String venueName,
        String venueAddress,
        String onlineLink,
        List<SessionDate> dates,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        int confirmed,
        int waiting,
        int freePlaces,
        LocalDateTime registrationOpens,
        LocalDateTime registrationCloses,
        boolean registrationOpen,
        SessionStatus status,
        String cancelReason,
        int version) implements Serializable {

    public SessionView {
        themes = Set.copyOf(themes);
        audience = Set.copyOf(audience);
        dates = List.copyOf(dates);
    }

    /** A draft with this session's values, to edit it. */
    public SessionDraft toDraft() {
        return new SessionDraft(kind, title, description, themes, audience, organiserId, trainers, venueName, venueAddress,
                onlineLink, dates, capacity, registrationOpens, registrationCloses, version);
    }

    public SessionSummary toSummary() {
        return new SessionSummary(id, kind, title, startsAt, endsAt, venueName, capacity, status, confirmed, waiting,
                freePlaces, onlineLink != null && !onlineLink.isBlank(), dates.size(), themes);
    }
}
