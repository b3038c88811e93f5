package be.draaischijf.identity.api;

import java.io.Serializable;

/** A token just made: the only moment it can be read (copy it now). */
public record CreatedApiToken(ApiTokenView view, String token) implements Serializable {
}
