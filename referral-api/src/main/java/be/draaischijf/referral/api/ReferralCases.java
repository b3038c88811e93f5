package be.draaischijf.referral.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/** The intake point's case work. */
@Local
public interface ReferralCases {

    /** How many cases are in each status (statuses without cases count 0). */
    Map<ReferralStatus, Long> countByStatus();

    /** All cases, newest first, one page at a time (coordinators only). */
    List<ReferralSummary> list(@Min(value = 0, message = "mag niet negatief zijn") int offset, @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 500, message = "mag hoogstens 500 zijn") int size);

    long count();

    /** The cases a professional submitted, newest first: only theirs. */
    List<ReferralSummary> submittedBy(@NotNull(message = "is verplicht") String username);
}
