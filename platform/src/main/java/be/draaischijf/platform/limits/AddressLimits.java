package be.draaischijf.platform.limits;

import jakarta.ejb.Local;

/**
 * Limits per client address that hold over every server of a cluster (ADR 0051): attempts of one kind (a limit's name,
 * such as {@code login-failures}) from one address are counted in the database, at most {@code perMinute} in the
 * address's minute. That minute starts at the address's first attempt after its previous minute ended; once the
 * address made {@code perMinute} attempts in it, every further attempt waits until it is over. A {@code perMinute} of 0
 * or less switches a limit off: nothing is counted, everything is allowed.
 * <p>
 * A limit guards against abuse; it must not stop the application when the database does not answer: then every attempt
 * is allowed (fail open) and the server log says so once, until the counts can be reached again.
 */
@Local
public interface AddressLimits {

    /** The longest limit name kept; a longer one is cut. */
    int MAX_NAME = 40;

    /** The longest address kept (an IPv6 address has at most 45 characters); a longer one is cut. */
    int MAX_ADDRESS = 100;

    /** Counts one attempt of this kind from this address, and says whether it may go on. */
    Admission count(String limit, String address, int perMinute);

    /**
     * Whether one more attempt of this kind from this address would be allowed now, without counting it: a login from
     * an address that reached its limit of failures is refused before a password is looked at, right or wrong.
     */
    Admission peek(String limit, String address, int perMinute);
}
