/** Dutch first, English beside it: the chosen language, dates in Europe/Brussels, enum labels. */
package be.draaischijf.web.i18n;
