package be.draaischijf.web.pages.privacy;

import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.web.layout.Messages;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The retention periods in force, in words ({@code #{retentionTexts.inForce(s)}}): "5 jaar na het afsluiten", "30 dagen
 * na het uitschrijven", "1 jaar en 6 maanden na de vorming". Read once per request from {@link RetentionPeriods}: what an
 * administrator set, else the configuration, else the default, so /privacy always says the periods that are applied.
 */
@Named
@RequestScoped
public class RetentionTexts {

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    @Inject
    Messages messages;

    private List<RetentionPeriods.Setting> settings;

    /** The periods of the application's one database (platform table {@code retention_setting}). */
    public RetentionPeriods periods() {
        return new RetentionPeriods(dataSource);
    }

    /** Every kind's period in force, in the order of {@link RetentionKind}. */
    public List<RetentionPeriods.Setting> getSettings() {
        if (settings == null) {
            settings = List.copyOf(periods().all().values());
        }
        return settings;
    }

    /** What a kind of record is called: "Afgesloten dossiers". */
    public String kind(RetentionKind kind) {
        return messages.text("retention.kind." + kind.name());
    }

    /** What a kind of record holds and what happens to it when its period ends. */
    public String what(RetentionKind kind) {
        return messages.text("retention.kind." + kind.name() + ".what");
    }

    /** A period in words: "5 jaar", "18 maanden", "1 jaar en 6 maanden", "30 dagen". */
    public String period(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(messages.format("retention.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(messages.format("retention.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(messages.format("retention.days", period.getDays()));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + messages.text("retention.and") + " "
                + parts.get(parts.size() - 1);
    }

    /** The period in force with what it counts from: "5 jaar na het afsluiten". */
    public String inForce(RetentionPeriods.Setting setting) {
        return inForceFor(setting.kind(), setting.period());
    }

    /** A kind's period with what it counts from (a period that is not in force yet, such as a new one just saved). */
    public String inForceFor(RetentionKind kind, Period period) {
        return messages.format("retention.after." + kind.name(), period(period));
    }
}
