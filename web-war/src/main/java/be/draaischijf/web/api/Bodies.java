package be.draaischijf.web.api;

import jakarta.ws.rs.BadRequestException;

/** Checks on request bodies before a module call: a missing body or version is a 400 problem naming it. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body, String what) {
        if (body == null) {
            throw new BadRequestException("body: " + what + " in JSON is verplicht");
        }
        return body;
    }

    /** The version the caller read (optimistic locking); without it a change could silently overwrite another. */
    static int version(Integer version) {
        if (version == null) {
            throw new BadRequestException("version: is verplicht (de versie die je las)");
        }
        return version;
    }
}
