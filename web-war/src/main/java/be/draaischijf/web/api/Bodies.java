package be.draaischijf.web.api;

/** Checks on request bodies before a module call: a missing body or version is a 400 problem naming it. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new BadInput("body", "api.input.body");
        }
        return body;
    }

    /** The version the caller read (optimistic locking); without it a change could silently overwrite another. */
    static int version(Integer version) {
        if (version == null) {
            throw new BadInput("version", "api.input.version");
        }
        return version;
    }
}
