package be.draaischijf.network.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A theme meeting with its version (optimistic locking; also the SEQUENCE of its calendar item): what
 * {@link MeetingDraft} says, with each invited organisation's name and invitation, in the order they were invited.
 */
public record MeetingView(
        UUID id,
        String theme,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        List<InvitedPartner> partners,
        String agenda,
        String minutes,
        List<MeetingAction> actions,
        int version) implements Serializable {

    public MeetingView {
        partners = List.copyOf(partners);
        actions = List.copyOf(actions);
    }

    /** The meeting as a draft to change, with the same partners and actions. */
    public MeetingDraft toDraft() {
        return new MeetingDraft(theme, day, startsAt, endsAt, place,
                partners.stream().map(InvitedPartner::organisationId).toList(), agenda, minutes, actions);
    }
}
