package be.draaischijf.platform.mail;

import java.util.List;

/**
 * Where every module puts the mails it sends (ADR 0020): written in the business transaction, so a mail exists
 * exactly when the change it reports does; sent after the commit; retried while the mail server is away.
 * Modules inject it ({@code @Inject Outbox outbox}); their tests put a list of their own here.
 */
public interface Outbox {

    /**
     * Queues the mails in the caller's transaction (there must be one). Nothing is sent before it commits; a
     * rollback sends nothing. {@code module} says whose mail it is, for the administrators' list.
     */
    void queue(String module, List<Mailer.Mail> mails);

    default void queue(String module, Mailer.Mail mail) {
        queue(module, List.of(mail));
    }
}
