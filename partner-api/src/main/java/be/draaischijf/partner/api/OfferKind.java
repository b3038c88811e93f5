package be.draaischijf.partner.api;

/** What kind of offer it is; labels in the web module's bundles as {@code offerKind.<NAME>}. */
public enum OfferKind {
    ADVICE, INDIVIDUAL_GUIDANCE, GROUP_WORK, DAY_PROGRAMME, RESIDENTIAL, SCHOOL_BASED, TIME_OUT, OTHER
}
