/** The coordinators' pages under /meldpunt: start page, cases, sessions, reports. */
package be.draaischijf.web.pages.meldpunt;
