package be.draaischijf.partner.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Demo mode only: volume for benchmarks (generated offers spread over the demo organisations). */
@Local
public interface DemoVolume {

    /**
     * Adds generated offers until there are {@code total} active offers; returns how many were added.
     *
     * @throws be.draaischijf.platform.refusal.NotAllowedNow outside demo mode
     */
    int fillOffersUpTo(@Min(value = 1, message = "{draaischijf.min}") @Max(value = 50000, message = "{draaischijf.max}") int total);
}
