package be.draaischijf.referral.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The network's contact points (the city-wide Centraal Meldpunt, Netsterk Kiel, more later). Everyone may read
 * them (the contact page, the intake); administrators add and change them. A contact point is never deleted:
 * cases belong to it.
 */
@Local
public interface ContactPoints {

    /** Every contact point, the city-wide one first, then by name. */
    List<ContactPointView> list();

    /** @throws be.draaischijf.platform.refusal.NotFound when there is no such contact point */
    ContactPointView get(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * The contact point that serves this district: the one that names it, else the city-wide one (also for an
     * unknown or missing district).
     */
    ContactPointView serving(String district);

    /**
     * A new contact point (administrators).
     *
     * @throws be.draaischijf.platform.refusal.Invalid when a district is unknown or already served by another
     *         contact point, or a weekday has two periods
     */
    ContactPointView create(@NotNull(message = "{draaischijf.required}") @Valid ContactPointDraft draft);

    /**
     * Changes a contact point (administrators); {@code draft.version()} must be the version read.
     *
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when it was changed meanwhile
     */
    ContactPointView update(@NotNull(message = "{draaischijf.required}") UUID id,
                            @NotNull(message = "{draaischijf.required}") @Valid ContactPointDraft draft);
}
