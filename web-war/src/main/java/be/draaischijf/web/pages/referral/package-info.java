/**
 * What the referral screens (intake, case, partner answer, conference) share: codes and match reasons in
 * words, the conflict and refusal messages. Depends on the referral and partner APIs only.
 */
package be.draaischijf.web.pages.referral;
