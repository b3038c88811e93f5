package be.draaischijf.identity.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Administrators manage everyone's account: invite someone in any role, find and filter, change name, roles and
 * organisation, deactivate and reactivate, unlock a throttled account, send an invitation again. Every change is
 * recorded with who made it and when. A deactivated account, or one that lost a role, loses that access at its next
 * request, also in sessions already open. The last active administrator can be neither deactivated nor demoted.
 * <p>
 * A partner's administrator (PARTNER_ADMIN) does the same for the colleagues of their own organisation only: they
 * see only those accounts (another organisation's is not found), invite only as PARTNER or PARTNER_ADMIN of their
 * organisation, deactivate, reactivate and send invitations again; changing roles and unlocking stay with the
 * administrators.
 */
@Local
public interface StaffAccounts {

    List<StaffAccount> list(@NotNull(message = "{draaischijf.required}") @Valid AccountFilter filter,
                            @Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                            @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long count(@NotNull(message = "{draaischijf.required}") @Valid AccountFilter filter);

    /**
     * Creates the account, waiting for its owner: they get a link (valid 7 days) to choose a password, and can log in
     * after that. An account that was only signed up for with this address and never confirmed gives way to it.
     *
     * @return the new account ({@code pending})
     * @throws be.draaischijf.platform.refusal.Invalid on {@code email} when an account has this address; on
     *                                                 {@code organisationId} for a partner role without one; on
     *                                                 {@code roles} for PARTNER_ADMIN without PARTNER, or (for a
     *                                                 partner's administrator) any role but those two
     */
    StaffAccount invite(@NotNull(message = "{draaischijf.required}") @Valid StaffInvitation invitation);

    /**
     * Mails a pending account a new link to choose its password (valid 7 days); earlier links stop working.
     *
     * @throws be.draaischijf.platform.refusal.NotAllowedNow {@code NOT_PENDING} for an account that was used already
     *                                                       (it can ask for a new password itself), {@code TOO_SOON}
     *                                                       within a minute of the last one
     */
    StaffAccount resendInvitation(@NotNull(message = "{draaischijf.required}") UUID id);

    /** @throws be.draaischijf.platform.refusal.NotFound when there is no such account */
    StaffAccount get(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * @throws be.draaischijf.platform.refusal.NotFound         when there is no such account
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when someone changed it since {@code version}
     * @throws be.draaischijf.platform.refusal.Invalid          on {@code organisationId} for a partner role without one,
     *                                                          on {@code roles} for PARTNER_ADMIN without PARTNER
     * @throws be.draaischijf.platform.refusal.NotAllowedNow    {@code LAST_ADMIN}: it is the last active administrator
     */
    StaffAccount update(@NotNull(message = "{draaischijf.required}") UUID id,
                        @NotNull(message = "{draaischijf.required}") @Valid AccountUpdate update);

    /**
     * @throws be.draaischijf.platform.refusal.NotAllowedNow {@code LAST_ADMIN}, {@code OWN_ACCOUNT} for a partner's administrator
     *                                                       themselves, or {@code PENDING} for an account that
     *                                                       was never active (it cannot log in anyway)
     */
    StaffAccount deactivate(@NotNull(message = "{draaischijf.required}") UUID id);

    StaffAccount reactivate(@NotNull(message = "{draaischijf.required}") UUID id);

    /** The login throttle lets the account in again at once. */
    StaffAccount unlock(@NotNull(message = "{draaischijf.required}") UUID id);

    /** The account's recorded changes, newest first. */
    /**
     * Takes an account's two-factor sign-in away (a lost phone): it signs in with its password again, and sets a new
     * second factor up at once when its roles require one (administrators).
     */
    StaffAccount resetTwoFactor(@jakarta.validation.constraints.NotNull(message = "{draaischijf.required}") java.util.UUID id);

    List<AccountChange> changes(@NotNull(message = "{draaischijf.required}") UUID id);
}
