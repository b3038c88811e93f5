/** The partner staff's page /partner: their own organisation only. */
package be.draaischijf.web.pages.partner;
