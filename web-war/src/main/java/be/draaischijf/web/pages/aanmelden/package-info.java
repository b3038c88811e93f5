/** /aanmelden: the guided intake form professionals (and coordinators, after a call or e-mail) send a question with. */
package be.draaischijf.web.pages.aanmelden;
