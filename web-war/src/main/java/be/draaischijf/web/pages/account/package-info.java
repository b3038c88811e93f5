/**
 * The public account pages: signing up as a professional (/aanmelden-account), confirming the address
 * (/aanmelden-account/bevestigen), asking for a new password (/wachtwoord) and choosing one with a mailed link
 * (/wachtwoord/nieuw). They call the partner module's {@code AccountSignUp} API only.
 */
package be.draaischijf.web.pages.account;
