package be.draaischijf.referral.api;

import java.io.Serializable;

/**
 * How to reach someone about a referral: a person (the referrer: name, function, organisation or school) or a contact
 * point of the Centraal Meldpunt (its name; no function, no organisation). {@code function} and {@code phone} may be
 * null when they were not given.
 */
public record Contact(String name, String function, String organisation, String email, String phone) implements Serializable {
}
