package be.draaischijf.web.pages.account;

import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.Refusal;

/** Why a mailed link cannot be used, as the account pages say it ({@code token.<NAME>} in the bundle). */
enum LinkProblem {
    /** Unknown, cut off or not a link at all. */
    UNKNOWN,
    /** Used once already. */
    USED,
    /** Older than its lifetime. */
    EXPIRED;

    /** The identity module's refusal of a link: used or expired say so (their reason), the rest is unknown. */
    static LinkProblem of(Refusal refusal) {
        if (refusal instanceof NotAllowedNow notNow && notNow.reason() != null && !(refusal instanceof Invalid)) {
            return switch (notNow.reason()) {
                case "USED" -> USED;
                case "EXPIRED" -> EXPIRED;
                default -> UNKNOWN;
            };
        }
        return UNKNOWN;
    }
}
