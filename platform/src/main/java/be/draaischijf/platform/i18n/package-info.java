/**
 * The modules' messages rendered in a language ({@code ValidationMessages_nl}, {@code _en}): what the web shows of
 * a refusal or a field error, and what the REST problems say. Depends on the JDK and the refusals only.
 */
package be.draaischijf.platform.i18n;
