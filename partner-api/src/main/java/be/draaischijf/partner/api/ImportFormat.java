package be.draaischijf.partner.api;

/** What an import file holds: our CSV layout, or an HSDS 3.0 JSON export (a list of organizations with their services). */
public enum ImportFormat {
    CSV, HSDS_JSON
}
