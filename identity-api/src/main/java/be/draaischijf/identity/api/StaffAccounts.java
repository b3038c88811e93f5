package be.draaischijf.identity.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Administrators manage everyone's account: find and filter, change name, roles and organisation, deactivate and
 * reactivate, unlock a throttled account. Every change is recorded with who made it and when. A deactivated
 * account, or one that lost a role, loses that access at its next request, also in sessions already open. The
 * last active administrator can be neither deactivated nor demoted.
 */
@Local
public interface StaffAccounts {

    List<StaffAccount> list(@NotNull(message = "{draaischijf.required}") @Valid AccountFilter filter,
                            @Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                            @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long count(@NotNull(message = "{draaischijf.required}") @Valid AccountFilter filter);

    /** @throws be.draaischijf.platform.refusal.NotFound when there is no such account */
    StaffAccount get(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * @throws be.draaischijf.platform.refusal.NotFound         when there is no such account
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when someone changed it since {@code version}
     * @throws be.draaischijf.platform.refusal.Invalid          on {@code organisationId} for PARTNER without one
     * @throws be.draaischijf.platform.refusal.NotAllowedNow    {@code LAST_ADMIN}: it is the last active administrator
     */
    StaffAccount update(@NotNull(message = "{draaischijf.required}") UUID id,
                        @NotNull(message = "{draaischijf.required}") @Valid AccountUpdate update);

    /**
     * @throws be.draaischijf.platform.refusal.NotAllowedNow {@code LAST_ADMIN}, or {@code PENDING} for an account that
     *                                                       was never active (it cannot log in anyway)
     */
    StaffAccount deactivate(@NotNull(message = "{draaischijf.required}") UUID id);

    StaffAccount reactivate(@NotNull(message = "{draaischijf.required}") UUID id);

    /** The login throttle lets the account in again at once. */
    StaffAccount unlock(@NotNull(message = "{draaischijf.required}") UUID id);

    /** The account's recorded changes, newest first. */
    List<AccountChange> changes(@NotNull(message = "{draaischijf.required}") UUID id);
}
