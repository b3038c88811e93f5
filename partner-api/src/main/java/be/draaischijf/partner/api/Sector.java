package be.draaischijf.partner.api;

/** The sector an organisation works in; labels are in the web module's bundles as {@code sector.<NAME>}. */
public enum Sector {
    WELFARE, DROPOUT_PREVENTION, EDUCATION, YOUTH, SOCIAL_SERVICES, SAFETY
}
