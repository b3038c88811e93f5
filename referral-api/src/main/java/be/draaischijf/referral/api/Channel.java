package be.draaischijf.referral.api;

/** How the question reached the Centraal Meldpunt; labels as {@code channel.<NAME>}. */
public enum Channel {
    WEB, PHONE, EMAIL
}
