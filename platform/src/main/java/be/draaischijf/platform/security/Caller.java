package be.draaischijf.platform.security;

import java.util.Optional;

/**
 * Who is calling a module, as the container knows them: the principal and roles of the request (a page, a REST
 * call) that reached the boundary EJB. A module never takes the caller's name as an argument; it injects this
 * ({@code @Inject Caller caller}) and decides record-level scope (own organisation, own referral) itself.
 * Anonymous callers (public pages) and timers have no name. Module tests set a {@link #of fixed caller}.
 */
public interface Caller {

    /** The username of the logged-in caller; empty for anonymous callers and timers. */
    Optional<String> name();

    /** Whether the container gave the caller this role (a group of the identity store). */
    boolean isInRole(String role);

    /** The username of the logged-in caller; a boundary that is {@code @RolesAllowed} always has one. */
    default String requireName() {
        return name().orElseThrow(() -> new IllegalStateException("no caller: this operation needs a logged-in caller"));
    }

    /** Whether the caller has at least one of these roles. */
    default boolean isInAnyRole(String... roles) {
        for (String role : roles) {
            if (isInRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** A caller with this name and these roles (module tests; a null name is anonymous). */
    static Caller of(String name, String... roles) {
        java.util.Set<String> granted = java.util.Set.of(roles);
        return new Caller() {
            @Override
            public Optional<String> name() {
                return Optional.ofNullable(name);
            }

            @Override
            public boolean isInRole(String role) {
                return name != null && granted.contains(role);
            }

            @Override
            public String toString() {
                return "Caller[" + name + " " + granted + "]";
            }
        };
    }
}
