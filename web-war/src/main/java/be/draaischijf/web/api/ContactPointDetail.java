package be.draaischijf.web.api;

import be.draaischijf.identity.api.StaffAccount;
import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.OfficeHours;
import java.util.List;
import java.util.UUID;

/**
 * A contact point as administrators see it ({@code GET /api/contact-points/{id}}): what everyone sees, and the
 * coordinators who work there (their accounts' id, name and address).
 */
public record ContactPointDetail(UUID id, String name, String address, String phone, String email, List<OfficeHours> hours,
                                 List<String> districts, boolean cityWide, String descriptionNl, String descriptionEn,
                                 int version, List<Coordinator> coordinators) {

    /** A coordinator bound to the contact point. */
    public record Coordinator(UUID id, String displayName, String email, boolean active) {
    }

    static ContactPointDetail of(ContactPointView point, List<StaffAccount> coordinators) {
        return new ContactPointDetail(point.id(), point.name(), point.address(), point.phone(), point.email(), point.hours(),
                point.districts(), point.cityWide(), point.descriptionNl(), point.descriptionEn(), point.version(),
                coordinators.stream().map(a -> new Coordinator(a.id(), a.displayName(), a.email(), a.active())).toList());
    }
}
