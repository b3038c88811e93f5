package be.draaischijf.referral.control;

import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.Intake;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a referral's codes must be: active entries of the partner module's reference lists (a deactivated code is not
 * offered for new records), and a young person the network serves.
 */
@Dependent
public class ReferenceCodes {

    @EJB
    ReferenceLists referenceLists;

    public ReferenceCodes() {
    }

    /** Outside the container (module tests): against these lists. */
    public ReferenceCodes(ReferenceLists referenceLists) {
        this.referenceLists = referenceLists;
    }

    /**
     * Codes must be in the reference lists; the young person must be in the network's age range, and old enough (12)
     * when their own consent is recorded.
     *
     * @throws Invalid with every field that is wrong
     */
    public void check(Intake intake, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!ReferenceItem.isActive(referenceLists.districts(), intake.district())) {
            errors.add(FieldError.of("district", "referral.district.unknown"));
        }
        Set<String> problemAreas = activeCodes(referenceLists.problemAreas());
        List<String> unknown = intake.problemAreas().stream().filter(code -> !problemAreas.contains(code)).toList();
        if (!unknown.isEmpty()) {
            errors.add(FieldError.of("problemAreas", "referral.problem-areas.unknown", "codes", String.join(", ", unknown)));
        }
        if (!ReferenceItem.isActive(referenceLists.items(ReferenceList.SECTOR), intake.referrerSector())) {
            errors.add(FieldError.of("referrerSector", "draaischijf.sector.unknown"));
        }
        if (Period.between(intake.youngBirthDate(), today).getYears() > AgeBand.OLDEST) {
            errors.add(FieldError.of("youngBirthDate", "referral.young-person.too-old"));
        }
        // a child's own "yes" counts only from 12 (ADR 0041): under 12, a parent or guardian consents
        if (intake.consentYoungPerson() && !Intake.oldEnoughToConsent(intake.youngBirthDate(),
                intake.consentDate() == null ? today : intake.consentDate())) {
            errors.add(FieldError.of("consentYoungPerson", "referral.consent.young-person-under-12"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    /** @throws Invalid for the field {@code problemArea} when the code is not an active one of the list */
    public void requireProblemArea(String code) {
        if (!ReferenceItem.isActive(referenceLists.problemAreas(), code)) {
            throw new Invalid(FieldError.of("problemArea", "referral.problem-area.unknown"));
        }
    }

    /** @throws Invalid for the field {@code reason} when it is given and not an active decline reason */
    public void requireDeclineReason(String code) {
        if (code != null && !ReferenceItem.isActive(referenceLists.items(ReferenceList.DECLINE_REASON), code)) {
            throw new Invalid(FieldError.of("reason", "referral.offer-referral.reason.unknown"));
        }
    }

    /**
     * The Dutch labels of a list's codes (code → label), inactive ones included: what a data subject's export shows
     * instead of a code (ADR 0043).
     */
    public java.util.Map<String, String> dutchLabels(ReferenceList list) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        referenceLists.items(list).forEach(item -> labels.put(item.code(),
                item.labelNl() == null || item.labelNl().isBlank() ? item.code() : item.labelNl()));
        return labels;
    }

    /** The codes among these that are not in the list of districts. */
    public Set<String> unknownDistricts(Set<String> districts) {
        Set<String> known = codes(referenceLists.districts());
        return districts.stream().filter(code -> !known.contains(code)).collect(Collectors.toSet());
    }

    private static Set<String> activeCodes(List<ReferenceItem> items) {
        return items.stream().filter(ReferenceItem::active).map(ReferenceItem::code).collect(Collectors.toSet());
    }

    private static Set<String> codes(List<ReferenceItem> items) {
        return items.stream().map(ReferenceItem::code).collect(Collectors.toSet());
    }
}
