package be.draaischijf.platform.privacy;

import java.time.Instant;
import java.util.List;

/**
 * A module's retention rules. Each run anonymises or removes what is past its period at {@code now}, each record
 * once also when every server runs it at the same time (a conditional update per record, like the other timers'
 * claims), and says per kind how many records it changed (zero included, one result per kind of the module).
 */
public interface Retention {

    List<RetentionResult> applyRetention(Instant now);
}
