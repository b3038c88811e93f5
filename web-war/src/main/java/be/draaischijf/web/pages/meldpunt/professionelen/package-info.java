/** /meldpunt/professionelen: coordinators create professionals' accounts and see them, through the partner module's {@code AccountSignUp} API. */
package be.draaischijf.web.pages.meldpunt.professionelen;
