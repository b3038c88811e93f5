/** The case page /meldpunt/dossiers/{id} and one bean for each of its forms. */
package be.draaischijf.web.pages.meldpunt.dossier;
