package be.draaischijf.referral.control;

import java.util.UUID;

/**
 * Who acts on a case, as the container and their account say: their roles decide what of a case they may see
 * and change (need to know), their organisation which referrals to offers are theirs.
 */
public record Actor(String username, String displayName, String email, boolean coordinates, boolean professional,
                    UUID partnerOrganisation) {

    public boolean isPartnerOf(UUID organisationId) {
        return partnerOrganisation != null && partnerOrganisation.equals(organisationId);
    }
}
