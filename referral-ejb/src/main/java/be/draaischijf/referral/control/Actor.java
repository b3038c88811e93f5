package be.draaischijf.referral.control;

import java.util.UUID;

/**
 * Who acts on a case, as the container and their account say: their roles decide what of a case they may see
 * and change (need to know), their organisation which referrals to offers are theirs. {@code coordinates}: the
 * COORDINATOR role, who work on every case; {@code administers}: the ADMIN role, who are no case workers and read a
 * case only with a break-glass grant for it (ADR 0042, checked by {@link CaseRecords#visibleCase}).
 */
public record Actor(String username, String displayName, String email, boolean coordinates, boolean professional,
                    UUID partnerOrganisation, boolean administers) {

    public boolean isPartnerOf(UUID organisationId) {
        return partnerOrganisation != null && partnerOrganisation.equals(organisationId);
    }

    /**
     * The network's own staff: coordinators, and administrators. What such a caller may do with one case's contents
     * still depends, for an administrator, on a grant for it (asked by {@link CaseRecords#visibleCase}).
     */
    public boolean staff() {
        return coordinates || administers;
    }

    /** An administrator who is not a coordinator too: reads a case's contents only with a break-glass grant. */
    public boolean needsGrant() {
        return administers && !coordinates;
    }

    /** Their name as pages and mails show it: the account's display name, else the username. */
    public String shownName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
