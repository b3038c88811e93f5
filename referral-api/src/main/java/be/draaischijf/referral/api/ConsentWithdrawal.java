package be.draaischijf.referral.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How the last consent of a case ended: who withdrew it, on which day and how. Nothing is shared on the ground of
 * consent any more until consent is given again.
 */
public record ConsentWithdrawal(ConsentGiver by, LocalDate on, ConsentMethod method) implements Serializable {
}
