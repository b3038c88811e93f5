package be.draaischijf.referral.api;

import java.io.Serializable;

/**
 * The case conferences held in a period and their agreed actions: done (and of those, done by their due date), still
 * open past their due date, and still open before it. A conference's action is "done on time" when it was marked done
 * on or before its due date.
 */
public record ConferenceCounts(long conferences, long actions, long done, long doneOnTime, long overdue, long open)
        implements Serializable {
}
