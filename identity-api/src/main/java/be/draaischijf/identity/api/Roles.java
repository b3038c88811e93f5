package be.draaischijf.identity.api;

/**
 * The names of the {@link Role}s as constants, for {@code @RolesAllowed} on the modules' boundary EJBs and for
 * {@code Caller.isInRole}: the identity store gives a caller the groups of these names, and the container maps
 * each group to the role of the same name.
 */
public interface Roles {

    String ADMIN = "ADMIN";
    String COORDINATOR = "COORDINATOR";
    String PARTNER = "PARTNER";
    String PARTNER_ADMIN = "PARTNER_ADMIN";
    String PROFESSIONAL = "PROFESSIONAL";
}
