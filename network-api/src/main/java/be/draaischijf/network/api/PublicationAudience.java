package be.draaischijf.network.api;

/** Who may read a publication: everyone, or only people logged in (professionals, partners, the network's staff). */
public enum PublicationAudience {
    PUBLIC, PROFESSIONALS
}
