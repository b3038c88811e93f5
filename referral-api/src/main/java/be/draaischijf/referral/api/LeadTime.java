package be.draaischijf.referral.api;

import java.io.Serializable;

/**
 * A lead time over the cases received in a period that reached the stage: how many, and the median and 90th
 * percentile in days (continuous percentiles over the exact durations, computed in the database; null when no case
 * reached the stage).
 */
public record LeadTime(LeadTimeStage stage, long cases, Double medianDays, Double p90Days) implements Serializable {
}
