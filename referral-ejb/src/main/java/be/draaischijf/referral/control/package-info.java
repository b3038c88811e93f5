/** The referral module's rules: which state changes case work allows. */
package be.draaischijf.referral.control;
