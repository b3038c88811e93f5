package be.draaischijf.referral.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Case conferences (netwerkoverleg). Coordinators plan and write them up; a participant with an account
 * sees the conference they take part in, and nothing else of the case.
 */
@Local
public interface CaseConferences {

    /** Plans a conference for a case and moves the case to CASE_CONFERENCE when it is not there yet. */
    ConferenceView plan(@NotNull(message = "{draaischijf.required}") UUID caseId, int caseVersion, @NotNull(message = "{draaischijf.required}") @Valid ConferenceDraft draft);

    /** Writes up a conference (agenda, minutes, actions). */
    ConferenceView update(@NotNull(message = "{draaischijf.required}") UUID id, int version, @NotNull(message = "{draaischijf.required}") @Valid ConferenceDraft draft);

    /** One conference, for coordinators and its participants; the read is audited. */
    ConferenceView open(@NotNull(message = "{draaischijf.required}") UUID id);

    /** The conferences the caller takes part in (coordinators: all upcoming). */
    List<ConferenceView> mine();

    /**
     * Mails the owners of actions due tomorrow that are not done, once per action.
     *
     * @return how many reminders went out
     */
    int remindDueActions();
}
