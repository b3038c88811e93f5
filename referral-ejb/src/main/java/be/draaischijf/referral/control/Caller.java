package be.draaischijf.referral.control;

import be.draaischijf.partner.api.AccountView;
import be.draaischijf.partner.api.Role;
import java.util.UUID;

/** Who asks: their role decides what of a case they may see and change (need to know). */
public record Caller(String username, String displayName, String email, boolean coordinates, boolean professional,
                     UUID partnerOrganisation) {

    public static Caller of(AccountView account) {
        boolean coordinates = account.roles().contains(Role.COORDINATOR) || account.roles().contains(Role.ADMIN);
        return new Caller(account.username(), account.displayName(), account.email(), coordinates,
                account.roles().contains(Role.PROFESSIONAL),
                account.roles().contains(Role.PARTNER) ? account.organisationId() : null);
    }

    public boolean isPartnerOf(UUID organisationId) {
        return partnerOrganisation != null && partnerOrganisation.equals(organisationId);
    }
}
