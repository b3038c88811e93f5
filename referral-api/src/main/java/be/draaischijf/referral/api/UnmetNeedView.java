package be.draaischijf.referral.api;

import java.io.Serializable;
import java.time.Instant;

/** A recorded unmet need. */
public record UnmetNeedView(Instant recordedAt, String recordedBy, String problemArea, AgeBand ageBand, String district,
                            UnmetNeedReason reason, Integer waitingWeeks, String note) implements Serializable {
}
