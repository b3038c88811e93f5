package be.draaischijf.referral.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.referral.api.ContactPointDraft;
import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.ContactPoints;
import be.draaischijf.referral.api.OfficeHours;
import be.draaischijf.referral.control.ContactPointDirectory;
import be.draaischijf.referral.control.ReferenceCodes;
import be.draaischijf.referral.entity.ContactPoint;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Stateless
// the contact page and the intake show contact points to everyone; changing them is for administrators
@PermitAll
@Interceptors(ParameterValidation.class)
public class ContactPointsBean implements ContactPoints {

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @Inject
    ContactPointDirectory directory;

    @Inject
    ReferenceCodes codes;

    @Override
    public List<ContactPointView> list() {
        return directory.all().stream().map(ContactPoint::toView).toList();
    }

    @Override
    public ContactPointView get(UUID id) {
        return directory.require(id).toView();
    }

    @Override
    public ContactPointView serving(String district) {
        return directory.serving(district).toView();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public ContactPointView create(ContactPointDraft draft) {
        check(null, draft);
        ContactPoint point = new ContactPoint(draft);
        em.persist(point);
        em.flush();
        return point.toView();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public ContactPointView update(UUID id, ContactPointDraft draft) {
        ContactPoint point = directory.require(id);
        em.lock(point, LockModeType.PESSIMISTIC_WRITE);
        if (point.getVersion() != draft.version()) {
            throw new ChangedMeanwhile("referral.contact-point.changed-meanwhile");
        }
        check(id, draft);
        point.change(draft);
        em.flush();
        return point.toView();
    }

    /**
     * Every district known and served by no other contact point (routing must be unambiguous); one period per
     * weekday.
     */
    private void check(UUID id, ContactPointDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (!codes.unknownDistricts(draft.districts()).isEmpty()) {
            errors.add(FieldError.of("districts", "referral.contact-point.district.unknown"));
        } else {
            draft.districts().stream().sorted()
                    .flatMap(district -> directory.servedBy(district).filter(other -> !other.getId().equals(id)).stream())
                    .findFirst()
                    .ifPresent(other -> errors.add(FieldError.of("districts", "referral.contact-point.district.taken",
                            "point", other.getName())));
        }
        if (draft.hours().stream().map(OfficeHours::day).distinct().count() < draft.hours().size()) {
            errors.add(FieldError.of("hours", "referral.contact-point.hours.twice"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }
}
