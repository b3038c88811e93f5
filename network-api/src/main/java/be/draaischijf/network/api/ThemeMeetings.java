package be.draaischijf.network.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;

/**
 * Theme meetings: coordinators (and administrators) plan a meeting around a theme with partner organisations from
 * several sectors, and write it up (agenda, minutes, actions with an owner and a due date). Each invited organisation
 * gets an invitation by mail, to the address the directory has for it, with an .ics (ADR 0045). Partner staff of an
 * invited organisation read the meeting; to anyone else it does not exist
 * ({@link be.draaischijf.platform.refusal.NotFound}).
 */
@Local
public interface ThemeMeetings {

    /**
     * Plans a meeting and mails each invited organisation its invitation.
     *
     * @throws be.draaischijf.platform.refusal.Invalid when the theme is not an active signal theme or an organisation
     *         is not an active one of the directory ({@code partners})
     */
    MeetingView plan(@NotNull(message = "{draaischijf.required}") @Valid MeetingDraft draft);

    /**
     * Changes a meeting from the version the coordinator read. An organisation invited now gets its invitation; when
     * the day, the hours or the place changed, the organisations invited before get the new details with the updated
     * .ics (same UID, higher SEQUENCE); an organisation no longer invited is told, with the item cancelled.
     *
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when someone changed it since {@code version}
     * @throws be.draaischijf.platform.refusal.NotFound         when there is no such meeting
     */
    MeetingView update(@NotNull(message = "{draaischijf.required}") UUID id, int version,
                       @NotNull(message = "{draaischijf.required}") @Valid MeetingDraft draft);

    /** A meeting for coordinators and administrators, or for partner staff of an organisation invited to it. */
    MeetingView open(@NotNull(message = "{draaischijf.required}") UUID id);

    /** The meetings of a theme, the latest first (coordinators and administrators). */
    List<MeetingSummary> ofTheme(@NotNull(message = "{draaischijf.required}")
                                 @Pattern(regexp = SignalDraft.CODE, message = "{draaischijf.code.unknown}") String theme);
}
