package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.List;

/**
 * Who would hear of a referral of a case to an offer, asked before it is made (the coordinator confirms with this in
 * front of them): the offer and its organisation; the names of the organisation's partner staff the module mails (in
 * the order of their usernames; empty when nobody there has an account with an address); the case's referrer, whether
 * the module mails them, and whether they follow the case online (a professional who sent the question themselves sees
 * the referral under their own questions). Names only, never addresses.
 */
public record ReferralRecipients(
        String offerName,
        String organisationName,
        List<String> partnerStaff,
        String referrerName,
        boolean referrerMailed,
        boolean referrerFollowsOnline) implements Serializable {

    public ReferralRecipients {
        partnerStaff = List.copyOf(partnerStaff);
    }
}
