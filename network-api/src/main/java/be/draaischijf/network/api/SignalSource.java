package be.draaischijf.network.api;

/**
 * Where a signal came from: a consultation forum (a code of the reference list of consultation forums), a question to a
 * contact point that was not a case, a case (by its reference only: nothing of the case is copied, ADR 0045), or
 * something else.
 */
public enum SignalSource {
    FORUM, QUESTION, CASE, OTHER
}
