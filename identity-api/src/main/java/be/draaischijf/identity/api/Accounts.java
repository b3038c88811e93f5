package be.draaischijf.identity.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Accounts of everyone who logs in, with their roles and (for partner staff) their organisation. The login check
 * and the look-ups other modules make about a caller or the staff to notify are open to every caller; the list of
 * all accounts is for administrators; the search for people to invite is for coordinators and administrators.
 */
@Local
public interface Accounts {

    /**
     * Checks a username and password, counting failures towards the login throttle; a login through the login page:
     * its success and its failure go into the security event log.
     */
    LoginResult verifyCredentials(String username, String password);

    /**
     * The same check for an API call with HTTP Basic, made at every request: only a failure goes into the security
     * event log. An account with two-factor sign-in (or whose roles require it) is refused: it uses a personal API
     * token, since the password alone would bypass its second factor.
     */
    LoginResult verifyApiCredentials(String username, String password);

    /**
     * The second step of a login whose password was right ({@link LoginResult.Outcome#SECOND_FACTOR}): a code of the
     * authenticator app (each code once), or one of the account's recovery codes (each once). Failures count towards
     * the login throttle like wrong passwords.
     */
    LoginResult verifySecondFactor(String username, String code);

    /** An API call with a personal API token (HTTP {@code Authorization: Bearer}): the account whose token it is. */
    LoginResult verifyApiToken(String token);

    Optional<AccountView> find(@NotNull(message = "{draaischijf.required}") String username);

    /**
     * What an open session of this account must still hold (checked at each request): empty when the account is
     * gone. Cheap: one look-up by username, no password check.
     */
    Optional<AccountStanding> standing(@NotNull(message = "{draaischijf.required}") String username);

    /** Remembers the language the logged-in caller chose ("nl" or "en"); nothing for anonymous callers. */
    void changeLanguage(@NotNull(message = "{draaischijf.required}") @Pattern(regexp = "nl|en", message = "{draaischijf.language}") String language);

    List<AccountView> list(@Min(value = 0, message = "{draaischijf.not-negative}") int offset, @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long count();

    /**
     * The accounts with this role, by username; with an organisation, only that organisation's (the partner
     * staff to notify about a referral, the coordinators to assign a case to).
     */
    List<AccountView> withRole(@NotNull(message = "{draaischijf.required}") Role role, java.util.UUID organisationId);

    /**
     * The people a coordinator or administrator may invite (to a case conference): the accounts whose name, e-mail
     * address or username contains {@code query}, in any case ({@code %} and {@code _} are letters like any other).
     * Only accounts that can log in: never one waiting for its address or password, a deactivated one, or (outside demo
     * mode) a demo account. By name, at most {@code max}; ask one more than you show to know whether there are more.
     * A query of fewer than two characters (spaces around it left out) finds nobody: it would list almost everyone.
     */
    List<AccountView> search(@NotNull(message = "{draaischijf.required}") @Size(max = 100, message = "{draaischijf.size.max}") String query,
                             @Min(value = 1, message = "{draaischijf.min}") @Max(value = 50, message = "{draaischijf.max}") int max);

    /** The active coordinators bound to this contact point (those to tell about a case that arrives there). */
    List<AccountView> coordinatorsOf(@NotNull(message = "{draaischijf.required}") java.util.UUID contactPointId);
}
