/**
 * What the privacy pages share (issue 16): the retention periods in force ({@code RetentionPeriods} of the platform), said
 * in words for the public /privacy page and for the administrators' /beheer/bewaartermijnen. Depends on the platform and
 * the web layout only.
 */
package be.draaischijf.web.pages.privacy;
