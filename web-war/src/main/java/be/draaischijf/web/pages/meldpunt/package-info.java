/** The coordinators' pages under /meldpunt: start page, cases, sessions, reports, a data subject's request. */
package be.draaischijf.web.pages.meldpunt;
