/**
 * Mail for every module: {@link be.draaischijf.platform.mail.Mailer} talks SMTP,
 * {@link be.draaischijf.platform.mail.MailOutbox} keeps each mail in the database from the business transaction
 * until the mail server took it (ADR 0020). Depends on the Jakarta EE API and MicroProfile Config only.
 */
package be.draaischijf.platform.mail;
