package be.draaischijf.network.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner organisation invited to a theme meeting: its name as the directory has it now (null when it is no longer
 * an active organisation), and when its invitation was mailed to its address (null: not mailed, since the directory
 * knows no e-mail address for it).
 */
public record InvitedPartner(UUID organisationId, String name, Instant invitedAt) implements Serializable {

    /** Whether the invitation went out by mail. */
    public boolean invited() {
        return invitedAt != null;
    }
}
