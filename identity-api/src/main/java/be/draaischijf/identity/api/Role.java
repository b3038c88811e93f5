package be.draaischijf.identity.api;

/**
 * What an account may do. The names are the security groups and roles used by the web module. A PARTNER_ADMIN is a
 * PARTNER who also invites and deactivates the colleagues of their own organisation.
 */
public enum Role {
    ADMIN, COORDINATOR, PARTNER, PARTNER_ADMIN, PROFESSIONAL;

    /** The roles bound to a partner organisation. */
    public boolean isPartnerRole() {
        return this == PARTNER || this == PARTNER_ADMIN;
    }
}
