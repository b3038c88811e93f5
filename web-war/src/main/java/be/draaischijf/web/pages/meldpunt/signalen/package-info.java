/**
 * The network's own work, apart from cases (ADR 0045): /meldpunt/signalen (record a signal, the overview by theme, the
 * list), /meldpunt/themas/{code} (a theme's signals, the related cases' problem areas and offers, its meetings) and
 * /meldpunt/themabijeenkomsten/{id|nieuw} (a theme meeting). They use the network module's API only, and the case
 * module's reports for what the cases behind a theme have in common.
 */
package be.draaischijf.web.pages.meldpunt.signalen;
