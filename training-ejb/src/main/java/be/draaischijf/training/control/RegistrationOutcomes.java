package be.draaischijf.training.control;

import be.draaischijf.platform.metrics.Metrics;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.training.api.RegistrationReceipt;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.RegistrationStatus;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Counts how each registration for a session ended, for {@code draaischijf_registrations_total} on /metrics (ADR 0052):
 * a seat or the waiting list, or the refusal's reason (already registered, closed, busy …). On
 * both {@code SessionRegistrationsBean.register} methods with {@code @Interceptors} (one calls the other as the bean's
 * own call, which is not intercepted, so each registration counts once); the parameter check runs before it, so a form
 * with bad fields (a 400) is not a registration that ended.
 */
public class RegistrationOutcomes {

    @Inject
    Metrics metrics;

    @AroundInvoke
    public Object counted(InvocationContext invocation) throws Exception {
        Object result;
        try {
            result = invocation.proceed();
        } catch (Refusal refusal) {
            metrics.registration(Metrics.RegistrationOutcome.of(refusal));
            throw refusal;
        }
        // a retry with the same Idempotency-Key (replayed) is the same registration, counted the first time
        RegistrationResult registered = result instanceof RegistrationReceipt receipt
                ? (receipt.replayed() ? null : receipt.result())
                : (RegistrationResult) result;
        if (registered != null) {
            metrics.registration(registered.status() == RegistrationStatus.WAITLISTED
                    ? Metrics.RegistrationOutcome.WAITLISTED : Metrics.RegistrationOutcome.CONFIRMED);
        }
        return result;
    }
}
