package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A contact point (contactpunt) as everyone may see it: where professionals with a question about a young person
 * turn to. {@code districts} are the district codes it serves; the {@code cityWide} one (the Centraal Meldpunt)
 * also serves every district no other contact point serves. {@code hours} are its office hours, Monday first.
 */
public record ContactPointView(
        UUID id,
        String name,
        String address,
        String phone,
        String email,
        List<OfficeHours> hours,
        List<String> districts,
        boolean cityWide,
        String descriptionNl,
        String descriptionEn,
        int version) implements Serializable {

    public ContactPointView {
        hours = List.copyOf(hours);
        districts = List.copyOf(districts);
    }

    /** The description in this language ("en": English, else Dutch), the Dutch one when there is no English. */
    public String description(String language) {
        return "en".equals(language) && descriptionEn != null ? descriptionEn : descriptionNl;
    }
}
