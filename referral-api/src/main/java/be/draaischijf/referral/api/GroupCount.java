package be.draaischijf.referral.api;

import java.io.Serializable;

/** One row of a grouped report: a key (a code, an enum name, or a month {@code 2026-03}) and its count. */
public record GroupCount(String key, long count) implements Serializable {
}
