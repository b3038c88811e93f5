package be.draaischijf.web.privacy;

import be.draaischijf.identity.api.IdentityPrivacy;
import be.draaischijf.platform.privacy.DataSubjects;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.privacy.RetentionResult;
import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.platform.privacy.SubjectRecord;
import be.draaischijf.referral.api.ReferralPrivacy;
import be.draaischijf.training.api.TrainingPrivacy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Every module's privacy contract, asked together: what each holds about a data subject (the modules check who may ask
 * and audit it), every retention rule applied now, and the retention periods in force. The order of the modules is the
 * order a data subject reads them in: their cases, their trainings, their account.
 */
@ApplicationScoped
public class PrivacyModules {

    /** The modules that hold personal data, in the order they are shown. */
    public static final List<String> MODULES = List.of("referral", "training", "identity");

    @EJB
    ReferralPrivacy referral;

    @EJB
    TrainingPrivacy training;

    @EJB
    IdentityPrivacy identity;

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    /** Per module (in {@link #MODULES}' order, each present, perhaps empty), what it holds about the subject. */
    public Map<String, List<SubjectRecord>> find(SubjectQuery query) {
        Map<String, List<SubjectRecord>> found = new LinkedHashMap<>();
        for (String module : MODULES) {
            found.put(module, List.copyOf(subjects(module).find(query)));
        }
        return found;
    }

    /**
     * Every module's retention rules, applied now (administrators): how many records of each kind were anonymised or
     * removed, one count per kind in the enum's order, zero included.
     */
    public Map<RetentionKind, Integer> applyRetention(Instant now) {
        Map<RetentionKind, Integer> done = new EnumMap<>(RetentionKind.class);
        for (RetentionKind kind : RetentionKind.values()) {
            done.put(kind, 0);
        }
        for (List<RetentionResult> results : List.of(referral.applyRetention(now), training.applyRetention(now),
                identity.applyRetention(now))) {
            results.forEach(result -> done.merge(result.kind(), result.count(), Integer::sum));
        }
        return done;
    }

    /** The periods in force (an administrator's, else the configuration's, else the default), and their changes. */
    public RetentionPeriods periods() {
        return new RetentionPeriods(dataSource);
    }

    /** Every module's search for a data subject, in {@link #MODULES}' order (their cases, their trainings, their account). */
    public Map<String, DataSubjects> subjects() {
        Map<String, DataSubjects> subjects = new LinkedHashMap<>();
        for (String module : MODULES) {
            subjects.put(module, subjects(module));
        }
        return subjects;
    }

    private DataSubjects subjects(String module) {
        return switch (module) {
            case "referral" -> referral;
            case "training" -> training;
            case "identity" -> identity;
            default -> throw new IllegalArgumentException("no module " + module);
        };
    }
}
