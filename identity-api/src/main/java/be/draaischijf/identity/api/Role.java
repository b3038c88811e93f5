package be.draaischijf.identity.api;

/** What an account may do. The names are the security groups and roles used by the web module. */
public enum Role {
    ADMIN, COORDINATOR, PARTNER, PROFESSIONAL
}
