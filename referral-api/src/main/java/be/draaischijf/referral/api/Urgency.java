package be.draaischijf.referral.api;

/** How soon the young person needs help; labels in the web bundles as {@code urgency.<NAME>}. */
public enum Urgency {
    LOW, NORMAL, HIGH
}
